"""Reading and checking request bodies: types here (400), meanings here or in the library."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import g, request

from api.problems import ApiError

ID_FIELDS = ("conversation_id", "order_id", "seller_id", "buyer_id", "message_id")
TIME_FIELDS = ("buyer_message_received_at", "sent_at")
CONTEXT_FIELDS = frozenset({"buyer_message", "country", *ID_FIELDS, *TIME_FIELDS})
MESSAGE_FIELDS = frozenset({"text", "context", "language"})
BATCH_ITEM_FIELDS = MESSAGE_FIELDS | {"id"}
MAX_ID_CHARS = 128
MAX_SHORT_CHARS = 64


@dataclass(frozen=True, slots=True)
class MessageInput:
    text: Any  # type-checked by the library (one set of rules for CLI and API)
    language: Any
    buyer_message: Any
    ids: dict[str, str]
    received_at: datetime | None
    sent_at: datetime | None
    country: str | None
    context: dict[str, Any]
    item_id: str | None = None


def json_body() -> Any:
    """The request's JSON (parsed once per request): 415 unless JSON, 400 when malformed."""
    if "payload" in g:
        return g.payload
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json")
    raw = request.get_data(cache=True)
    try:
        g.payload = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, "malformed_json", "the body is not UTF-8") from exc
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, and ints over 4300 digits
        detail = (
            f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
            if isinstance(exc, json.JSONDecodeError)
            else "malformed JSON: a number too long or nesting too deep"
        )
        raise ApiError(400, "malformed_json", detail) from exc
    return g.payload


def expect_object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ApiError(400, "invalid_type", f"{where} must be a JSON object", field=where)
    return value


def parse_message(body: Any, allowed: frozenset[str] = MESSAGE_FIELDS, where: str = "body") -> MessageInput:
    obj = expect_object(body, where)
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise ApiError(400, "unknown_field", f"unknown field(s): {', '.join(unknown[:10])}", field=unknown[0])
    if "text" not in obj:
        raise ApiError(400, "missing_field", "text is required", field="text")
    ctx_raw = obj.get("context")
    context = {} if ctx_raw is None else expect_object(ctx_raw, "context")
    unknown = sorted(set(context) - CONTEXT_FIELDS)
    if unknown:
        raise ApiError(
            400,
            "unknown_field",
            f"unknown context field(s): {', '.join(unknown[:10])}",
            field=f"context.{unknown[0]}",
        )
    ids = {
        name: _id(context.get(name), f"context.{name}") for name in ID_FIELDS if context.get(name) is not None
    }
    times = {name: _timestamp(context.get(name), f"context.{name}") for name in TIME_FIELDS}
    country = context.get("country")
    if country is not None and (not isinstance(country, str) or len(country) > MAX_SHORT_CHARS):
        raise ApiError(
            400,
            "invalid_type",
            "context.country must be a country code such as 'EE'",
            field="context.country",
        )
    if times["sent_at"] is not None and times["buyer_message_received_at"] is None:
        raise ApiError(
            422,
            "invalid_value",
            "context.sent_at needs context.buyer_message_received_at",
            field="context.sent_at",
        )
    item_id = obj.get("id")
    if item_id is not None:
        item_id = _id(item_id, "id")
    return MessageInput(
        text=obj["text"],
        language=obj.get("language"),
        buyer_message=context.get("buyer_message"),
        ids=ids,
        received_at=times["buyer_message_received_at"],
        sent_at=times["sent_at"],
        country=country,
        context=context,
        item_id=item_id,
    )


def _id(value: Any, field: str) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        value = int(value)  # JSON Schema counts 12.0 as an integer
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ApiError(400, "invalid_type", f"{field} must be a string or an integer", field=field)
    out = str(value)
    if not out or len(out) > MAX_ID_CHARS:
        raise ApiError(400, "invalid_value", f"{field} must be 1-{MAX_ID_CHARS} characters", field=field)
    return out


def _timestamp(value: Any, field: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(400, "invalid_type", f"{field} must be an ISO 8601 string", field=field)
    try:
        parsed = datetime.fromisoformat(value[:MAX_SHORT_CHARS]) if len(value) <= MAX_SHORT_CHARS else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise ApiError(422, "invalid_value", f"{field} is not an ISO 8601 timestamp", field=field)
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ApiError(
            422, "invalid_value", f"{field} needs a UTC offset, e.g. 2025-03-10T09:00:00+02:00", field=field
        )
    return parsed
