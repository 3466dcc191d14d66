"""``POST /v1/moderate`` and ``POST /v1/moderate/batch``: the pre-send check."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, g, jsonify

from api.auth import require
from api.compliance import check_row
from api.inputs import BATCH_ITEM_FIELDS, MessageInput, json_body, parse_message
from api.models import SellerCheck
from api.problems import ApiError, problem_dict, to_api_error
from api.runtime import Runtime, runtime
from moderation import Moderator
from moderation.errors import InvalidInput, ModerationError
from moderation.types import Decision

bp = Blueprint("moderate", __name__, url_prefix="/v1")


def _batch_cost() -> float:
    body = json_body()
    messages = body.get("messages") if isinstance(body, dict) else None
    return float(len(messages)) if isinstance(messages, list) and messages else 1.0


@bp.post("/moderate")
@require("service")
def moderate() -> Any:
    rt = runtime()
    msg = parse_message(json_body())
    return jsonify(check_one(rt, rt.holder.current, msg))


@bp.post("/moderate/batch")
@require("service", cost=_batch_cost)
def moderate_batch() -> Any:
    rt = runtime()
    body = json_body()
    if not isinstance(body, dict) or set(body) != {"messages"}:
        raise ApiError(400, "invalid_type", 'the body must be {"messages": [...]}', field="messages")
    messages = body["messages"]
    if not isinstance(messages, list):
        raise ApiError(400, "invalid_type", "messages must be a list", field="messages")
    limit = int(rt.config["MAX_BATCH"])
    if not messages or len(messages) > limit:
        raise ApiError(
            413 if messages else 400, "batch_size", f"messages must hold 1 to {limit} items", field="messages"
        )
    moderator = rt.holder.current  # one moderator for the whole batch, even across a reload
    results = []
    for index, item in enumerate(messages):
        item_id = item.get("id") if isinstance(item, dict) else None
        try:
            msg = parse_message(item, BATCH_ITEM_FIELDS, where=f"messages[{index}]")
            results.append(check_one(rt, moderator, msg))
        except (ApiError, ModerationError) as exc:
            err = to_api_error(exc)
            problem = problem_dict(err)
            problem.pop("request_id", None)
            results.append({"id": item_id if isinstance(item_id, str | int) else None, "error": problem})
    return jsonify({"results": results, "request_id": g.request_id})


def check_one(rt: Runtime, moderator: Moderator, msg: MessageInput) -> dict[str, Any]:
    decision = moderator.check(
        msg.text,
        context=msg.buyer_message,
        language=msg.language,
        message_id=msg.item_id or msg.ids.get("message_id"),
    )
    now = datetime.now(UTC)
    sla = _sla(msg, now)
    decision_id = uuid.uuid4().hex
    out = decision.to_dict()
    out["decision_id"] = decision_id
    out["request_id"] = g.request_id
    if sla is not None:
        out["sla"] = sla
    out["seller_flags"] = rt.seller_flags.flags(msg.ids.get("seller_id"))
    _count(rt, decision)
    stored = False
    if decision.decision != "allow" or random.random() < float(rt.config["STORE_ALLOW_SAMPLE_RATE"]):
        stored = rt.writer.submit(_row(decision, decision_id, msg, sla, now))
    seller_id = msg.ids.get("seller_id")
    if seller_id:  # every check of a seller, for compliance figures (no text)
        rt.writer.submit(
            check_row(decision, decision_id if stored else None, seller_id, sla, now), SellerCheck
        )
    return out


def _sla(msg: MessageInput, now: datetime) -> dict[str, Any] | None:
    if msg.received_at is None:
        return None
    from moderation.sla import compute_sla

    try:
        result = compute_sla(msg.received_at, msg.sent_at or now, msg.country or "EE")
    except InvalidInput as exc:  # well-typed but impossible values: a 422, not a 400
        raise ApiError(
            422, "invalid_value", str(exc), field=f"context.{exc.field}" if exc.field else None
        ) from exc
    return result.to_dict()


def _count(rt: Runtime, decision: Decision) -> None:
    rt.metrics.decisions.labels(decision.decision, decision.language).inc()
    for c in decision.categories:
        if c.flagged:
            rt.metrics.flagged.labels(c.category, decision.language).inc()


def _row(
    decision: Decision, decision_id: str, msg: MessageInput, sla: dict[str, Any] | None, now: datetime
) -> dict[str, Any]:
    d = decision.to_dict()
    return {
        "id": decision_id,
        "created_at": now,
        "request_id": g.request_id,
        "message_id": msg.item_id or msg.ids.get("message_id"),
        "seller_id": msg.ids.get("seller_id"),
        "buyer_id": msg.ids.get("buyer_id"),
        "conversation_id": msg.ids.get("conversation_id"),
        "order_id": msg.ids.get("order_id"),
        "text": msg.text,
        "context": msg.context or None,
        "language": decision.language,
        "decision": decision.decision,
        "scores": d["categories"],
        "findings": d["findings"],
        "categories_flagged": [c.category for c in decision.categories if c.flagged],
        "model_version": decision.model_version,
        "policy_version": decision.policy_version,
        "received_at": msg.received_at,
        "due_at": datetime.fromisoformat(sla["due_at"]) if sla else None,
        "answered_at": datetime.fromisoformat(sla["answered_at"]) if sla else None,
        "working_hours_elapsed": sla["working_hours_elapsed"] if sla else None,
        "sla_met": sla["met"] if sla else None,
    }
