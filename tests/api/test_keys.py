"""API keys: stored hashed, compared in constant time, revocable, managed from the CLI."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.db import make_engine, upgrade
from api.keys import KeyCache, Principal, create_key, hash_key, list_keys, revoke_key
from api.models import ApiKey
from moderation.cli import main


def test_only_the_hash_is_stored_and_keys_are_unique(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/k.sqlite3")
    upgrade(engine)
    keys = {create_key(engine, "service", f"n{i}")[1] for i in range(5)}
    assert len(keys) == 5 and all(len(k) > 40 for k in keys)
    with Session(engine) as s:
        stored = set(s.scalars(select(ApiKey.hash)).all())
    assert stored == {hashlib.sha256(k.encode()).hexdigest() for k in keys}
    assert not stored & keys


def test_cache_finds_active_keys_and_forgets_revoked_ones(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/k.sqlite3")
    upgrade(engine)
    key_id, key = create_key(engine, "reviewer", "alice")
    cache = KeyCache(engine, ttl_s=0.0)
    assert cache.lookup(key) == Principal(str(key_id), "alice", "reviewer")
    assert cache.lookup(key + "x") is None
    assert revoke_key(engine, key_id) is True
    assert revoke_key(engine, key_id) is False
    assert cache.lookup(key) is None


def test_static_bootstrap_keys(tmp_path):
    cache = KeyCache(
        None, ttl_s=30, static=[{"name": "boot", "role": "admin", "sha256": hash_key("secret-key")}]
    )
    assert cache.lookup("secret-key").role == "admin"
    assert cache.lookup("other") is None


def test_admin_may_do_everything_other_roles_only_their_own():
    assert Principal("1", "a", "admin").may("service") and Principal("1", "a", "admin").may("reviewer")
    assert Principal("1", "a", "service").may("service") and not Principal("1", "a", "service").may("admin")
    assert not Principal("1", "a", "reviewer").may("service")


def test_cli_create_list_revoke(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path}/cli.sqlite3"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["keys", "create", "--role", "service", "--name", "shop-backend"]) == 0
    out, err = capsys.readouterr()
    key = out.strip()
    assert key.startswith("mk_") and key not in err
    assert main(["keys", "list"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["role"], r["revoked_at"]) for r in rows] == [("shop-backend", "service", None)]
    assert key not in json.dumps(rows)
    assert main(["keys", "revoke", str(rows[0]["id"])]) == 0
    assert main(["keys", "revoke", str(rows[0]["id"])]) == 1
    engine = make_engine(url)
    assert list_keys(engine)[0]["revoked_at"] is not None


def test_keys_never_reach_the_logs(make_app, caplog):
    from tests.api.conftest import key_for

    app = make_app(LOG_LEVEL="DEBUG")
    key = key_for(app, "service")
    import logging

    logging.getLogger("api").addHandler(caplog.handler)
    try:
        app.test_client().post(
            "/v1/moderate", json={"text": "hi"}, headers={"Authorization": f"Bearer {key}"}
        )
        app.test_client().post(
            "/v1/moderate", json={"text": "hi"}, headers={"Authorization": f"Bearer {key}x"}
        )
    finally:
        logging.getLogger("api").removeHandler(caplog.handler)
    assert caplog.records
    assert key not in caplog.text
