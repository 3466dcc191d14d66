"""The ``moderation`` command line.

Core commands live here (``check``, ``batch``); commands of the other packages
(``serve``, ``keys``) register themselves from ``api.commands`` when it is installed,
so the library itself never imports the web layer.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import IO, Any

from moderation.config import Settings
from moderation.errors import ModerationError
from moderation.moderator import Moderator
from moderation.sla import compute_sla, parse_instant

EXTRA_COMMAND_MODULES = ("api.commands",)


def build_moderator(args: argparse.Namespace) -> Moderator:
    """The moderator with the model from ``--model``, else the settings' ``model_path``, else
    ``models/CURRENT``; ``--no-model`` runs the rules alone. A model that fails to load is an error."""
    settings = Settings.load(getattr(args, "policy", None))
    if getattr(args, "no_model", False):
        return Moderator.build(settings)
    from moderation.model_store import load_model

    return Moderator.build(settings, model=load_model(getattr(args, "model", None) or settings.model_path))


def dumps(obj: Any) -> str:
    """JSON on one line; falls back to ASCII escapes when the text holds lone surrogates."""
    try:
        out = json.dumps(obj, ensure_ascii=False)
        out.encode("utf-8")
        return out
    except UnicodeEncodeError:
        return json.dumps(obj, ensure_ascii=True)


def cmd_check(args: argparse.Namespace) -> int:
    moderator = build_moderator(args)
    try:
        decision = moderator.check(args.text, context=args.context, language=args.lang)
    except ModerationError as exc:
        print(dumps({"error": {"code": exc.code, "message": str(exc)}}), file=sys.stderr)
        return 2
    print(
        json.dumps(decision.to_dict(), ensure_ascii=False, indent=2)
        if args.pretty
        else dumps(decision.to_dict())
    )
    return 0


def run_batch(moderator: Moderator, lines: IO[str], out: IO[str]) -> tuple[int, int]:
    """Check one JSON object per line; a bad line becomes an error record. Returns (ok, failed)."""
    ok = failed = 0
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record_id: Any = None
        try:
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ModerationError(f"invalid JSON: {exc.msg} at column {exc.colno}") from exc
            if not isinstance(item, dict):
                raise ModerationError(f"expected a JSON object, got {type(item).__name__}")
            record_id = item.get("id")
            if "text" not in item:
                raise ModerationError("missing field 'text'")
            decision = moderator.check(
                item["text"], context=item.get("context"), language=item.get("lang"), message_id=record_id
            )
            out.write(dumps(decision.to_dict()) + "\n")
            ok += 1
        except ModerationError as exc:
            error = {"code": getattr(exc, "code", "invalid_input"), "line": lineno, "message": str(exc)}
            if getattr(exc, "field", None):
                error["field"] = exc.field
            out.write(dumps({"id": record_id, "error": error}) + "\n")
            failed += 1
    return ok, failed


def cmd_batch(args: argparse.Namespace) -> int:
    moderator = build_moderator(args)
    source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8", errors="surrogateescape")
    sink = sys.stdout if args.output in (None, "-") else open(args.output, "w", encoding="utf-8")
    try:
        ok, failed = run_batch(moderator, source, sink)
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()
    print(f"checked {ok + failed} lines: {ok} ok, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_sla(args: argparse.Namespace) -> int:
    """Print the response-time figures of one buyer message (answered now unless --answered-at)."""
    try:
        received = parse_instant(args.received_at, "received_at")
        answered = parse_instant(args.answered_at, "answered_at") if args.answered_at else datetime.now(UTC)
        result = compute_sla(received, answered, country=args.country)
    except ModerationError as exc:
        print(dumps({"error": {"code": exc.code, "message": str(exc)}}), file=sys.stderr)
        return 2
    print(dumps(result.to_dict()))
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="moderation", description=__doc__.splitlines()[0])
    parser.add_argument("--policy", help="policy TOML file merged over the defaults")
    parser.add_argument("--model", help="model directory (default: models/CURRENT)")
    parser.add_argument("--no-model", action="store_true", help="check with the rules alone, no classifier")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check one seller message and print the decision as JSON")
    check.add_argument("text")
    check.add_argument("--context", help="the buyer's previous message")
    check.add_argument("--lang", help="the message's language (detected when absent)")
    check.add_argument("--pretty", action="store_true", help="indent the JSON")
    check.set_defaults(func=cmd_check)

    batch = sub.add_parser("batch", help='check a JSONL file of {"id", "text", "context"?, "lang"?}')
    batch.add_argument("input", help="input JSONL file, or - for standard input")
    batch.add_argument("-o", "--output", help="output JSONL file (standard output when absent)")
    batch.set_defaults(func=cmd_batch)

    sla = sub.add_parser("sla", help="deadline (24 working hours) and working time of one buyer message")
    sla.add_argument("received_at", help="when the buyer's message arrived, ISO 8601 with offset")
    sla.add_argument("--country", default="EE", help="marketplace country: EE, LV, LT or FI (default EE)")
    sla.add_argument("--answered-at", help="when the seller answered, ISO 8601 with offset (default: now)")
    sla.set_defaults(func=cmd_sla)

    for module_name in EXTRA_COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except ModerationError as exc:  # a broken model or policy file: say what, not a traceback
        print(f"moderation: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
