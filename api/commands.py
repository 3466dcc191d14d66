"""``moderation serve``, ``moderation keys create|list|revoke`` and ``moderation db upgrade``."""

from __future__ import annotations

import argparse
import json
import sys

from api.keys import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = subparsers.add_parser("serve", help="serve the HTTP API with gunicorn (app preloaded)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2)
    serve.add_argument("--threads", type=int, default=4, help="threads per worker (gthread)")
    serve.add_argument("--timeout", type=int, default=30, help="seconds before a stuck worker is restarted")
    serve.set_defaults(func=cmd_serve)

    keys = subparsers.add_parser("keys", help="manage API keys (stored hashed in the database)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="create a key and print it once on standard output")
    create.add_argument("--role", required=True, choices=ROLES)
    create.add_argument("--name", default="unnamed")
    create.set_defaults(func=cmd_keys_create)
    listing = keys_sub.add_parser("list", help="list keys (never the keys themselves)")
    listing.set_defaults(func=cmd_keys_list)
    revoke = keys_sub.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("id", type=int)
    revoke.set_defaults(func=cmd_keys_revoke)

    db = subparsers.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="apply every Alembic migration")
    up.set_defaults(func=cmd_db_upgrade)


def _engine():  # noqa: ANN202 - a SQLAlchemy Engine
    from api.config import default_database_url, load_config
    from api.db import make_engine, upgrade

    cfg = load_config()
    url = cfg["DATABASE_URL"] or default_database_url()
    engine = make_engine(url, float(cfg["DB_TIMEOUT_S"]))
    upgrade(engine)
    return engine


def cmd_serve(args: argparse.Namespace) -> int:
    from api.serve import run

    run(args.host, args.port, args.workers, args.threads, args.timeout)
    return 0


def cmd_keys_create(args: argparse.Namespace) -> int:
    from api.keys import create_key

    key_id, key = create_key(_engine(), args.role, args.name)
    print(key)
    print(f"created key {key_id} ({args.role}, {args.name}); it is shown only this once", file=sys.stderr)
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    from api.keys import list_keys

    for row in list_keys(_engine()):
        print(json.dumps(row))
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from api.keys import revoke_key

    if revoke_key(_engine(), args.id):
        print(f"revoked key {args.id}", file=sys.stderr)
        return 0
    print(f"no active key with id {args.id}", file=sys.stderr)
    return 1


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    _engine()
    print("database is at the latest schema", file=sys.stderr)
    return 0
