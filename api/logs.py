"""Structured JSON logs, one object per line, with the request id when there is one."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from flask import g, has_request_context

_STD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if has_request_context() and getattr(g, "request_id", None):
            out["request_id"] = g.request_id
        for key, value in vars(record).items():
            if key not in _STD and not key.startswith("_"):
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def configure(level: str, as_json: bool) -> None:
    """Give the ``api`` logger one stderr handler (idempotent: safe for many apps in tests)."""
    logger = logging.getLogger("api")
    logger.setLevel(level.upper())
    if not any(getattr(h, "_moderation_api", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler._moderation_api = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False
    for h in logger.handlers:
        if getattr(h, "_moderation_api", False):
            h.setFormatter(
                JsonFormatter()
                if as_json
                else logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
            )
