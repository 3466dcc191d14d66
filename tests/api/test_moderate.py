"""POST /v1/moderate and /v1/moderate/batch: answers, SLA, seller flags, what gets stored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from api.models import DecisionRecord


def stored(app) -> list[DecisionRecord]:
    rt = app.extensions["moderation"]
    assert rt.writer.flush()
    from sqlalchemy.orm import Session

    with Session(rt.engine) as s:
        return list(s.scalars(select(DecisionRecord)).all())


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Write to john.doe@gmail.com please", "block"),
        ("Or call me tomorrow", "warn"),
        ("The parcel left today, tracking 123456789", "allow"),
    ],
)
def test_moderate_returns_the_decision_with_ids(client, service_headers, text, decision):
    resp = client.post("/v1/moderate", json={"text": text}, headers=service_headers)
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["decision"] == decision
    assert len(body["decision_id"]) == 32
    assert body["request_id"] == resp.headers["X-Request-Id"]
    assert body["seller_flags"] == []
    assert "sla" not in body
    assert set(body["categories"]) == {"contact_details", "off_platform", "marketing", "evasive"}


def test_request_id_from_the_caller_is_kept_when_well_formed(client, service_headers):
    headers = {**service_headers, "X-Request-Id": "abc-123"}
    assert (
        client.post("/v1/moderate", json={"text": "hello"}, headers=headers).get_json()["request_id"]
        == "abc-123"
    )
    headers["X-Request-Id"] = "bad id with spaces"
    assert (
        client.post("/v1/moderate", json={"text": "hello"}, headers=headers).get_json()["request_id"]
        != headers["X-Request-Id"]
    )


def test_block_and_warn_are_stored_with_context_and_allow_is_sampled(make_app):
    from tests.api.conftest import key_for

    app = make_app(STORE_ALLOW_SAMPLE_RATE=0.0)
    h = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    c = app.test_client()
    ctx = {
        "seller_id": "s-1",
        "buyer_id": 7,
        "conversation_id": "c-1",
        "order_id": "o-1",
        "message_id": "m-1",
        "buyer_message": "Where is my parcel?",
    }
    blocked = c.post(
        "/v1/moderate", json={"text": "mail me: a.b@gmail.com", "context": ctx}, headers=h
    ).get_json()
    c.post("/v1/moderate", json={"text": "call me", "context": ctx}, headers=h)
    for _ in range(20):
        c.post("/v1/moderate", json={"text": "Thank you, shipped today"}, headers=h)
    rows = stored(app)
    assert sorted(r.decision for r in rows) == ["block", "warn"]
    row = next(r for r in rows if r.decision == "block")
    assert row.id == blocked["decision_id"]
    assert (row.seller_id, row.buyer_id, row.conversation_id, row.order_id, row.message_id) == (
        "s-1",
        "7",
        "c-1",
        "o-1",
        "m-1",
    )
    assert row.context["buyer_message"] == "Where is my parcel?"
    assert row.categories_flagged == ["contact_details"]
    assert row.findings[0]["text"] == "a.b@gmail.com"
    assert row.policy_version == blocked["policy_version"]

    app_all = make_app(STORE_ALLOW_SAMPLE_RATE=1.0)
    h2 = {"Authorization": f"Bearer {key_for(app_all, 'service')}"}
    for _ in range(3):
        app_all.test_client().post("/v1/moderate", json={"text": "Thank you"}, headers=h2)
    assert [r.decision for r in stored(app_all)] == ["allow"] * 3


def test_sla_is_computed_and_stored(app, client, service_headers):
    ctx = {
        "buyer_message_received_at": "2025-03-07T16:00:00+02:00",  # Friday afternoon, Tallinn
        "sent_at": "2025-03-10T09:00:00+02:00",
        "country": "EE",
    }
    body = client.post(
        "/v1/moderate", json={"text": "Ok, mail me x@gmail.com", "context": ctx}, headers=service_headers
    ).get_json()
    from datetime import datetime

    from moderation.sla import compute_sla

    expected = compute_sla(
        datetime.fromisoformat(ctx["buyer_message_received_at"]), datetime.fromisoformat(ctx["sent_at"]), "EE"
    ).to_dict()
    assert body["sla"] == expected
    row = stored(app)[0]
    assert row.sla_met is expected["met"]
    assert row.working_hours_elapsed == expected["working_hours_elapsed"]
    assert row.due_at is not None and row.received_at is not None


def test_sla_without_sent_at_uses_now(client, service_headers):
    ctx = {"buyer_message_received_at": "2020-01-02T10:00:00+02:00", "country": "fi"}
    sla = client.post(
        "/v1/moderate", json={"text": "hello", "context": ctx}, headers=service_headers
    ).get_json()["sla"]
    assert sla["met"] is False
    assert sla["answered_at"] > "2025"


def test_seller_flag_after_repeated_blocks_in_the_window(make_app):
    from tests.api.conftest import key_for

    app = make_app(SELLER_FLAG_MIN_BLOCKS=3, SELLER_FLAG_WINDOW_DAYS=7)
    h = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    c = app.test_client()
    bad = {"text": "x@gmail.com", "context": {"seller_id": "s-9"}}
    flags = []
    for _ in range(4):
        flags.append(c.post("/v1/moderate", json=bad, headers=h).get_json()["seller_flags"])
        app.extensions["moderation"].writer.flush()
    assert flags[:3] == [[], [], []]
    assert flags[3][0]["code"] == "repeated_off_platform_attempts"
    assert flags[3][0]["blocked_messages"] == 3
    other = c.post(
        "/v1/moderate", json={"text": "hi", "context": {"seller_id": "s-10"}}, headers=h
    ).get_json()
    assert other["seller_flags"] == []


def test_batch_keeps_order_and_isolates_bad_items(client, service_headers):
    messages = [
        {"id": "a", "text": "mail x@gmail.com"},
        {"id": "b", "text": ""},
        {"id": 3, "text": "thanks", "language": "en"},
        "not an object",
        {"id": "e", "text": "hi", "context": {"buyer_message_received_at": "yesterday"}},
        {"id": "f", "text": "hi", "surprise": 1},
    ]
    resp = client.post("/v1/moderate/batch", json={"messages": messages}, headers=service_headers)
    assert resp.status_code == 200
    results = resp.get_json()["results"]
    assert len(results) == len(messages)
    assert results[0]["id"] == "a" and results[0]["decision"] == "block"
    assert (
        results[1]["id"] == "b"
        and results[1]["error"]["status"] == 400
        and results[1]["error"]["field"] == "text"
    )
    assert results[2]["id"] == "3" and results[2]["decision"] == "allow"
    assert results[3]["error"]["status"] == 400 and results[3]["id"] is None
    assert results[4]["error"]["status"] == 422
    assert results[5]["error"]["field"] == "surprise"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"messages": []}, 400),
        ({"messages": [{"text": "hi"}] * 101}, 413),
        ({"messages": {"text": "hi"}}, 400),
        ({"items": []}, 400),
        ([{"text": "hi"}], 400),
    ],
)
def test_batch_level_errors(client, service_headers, body, status):
    resp = client.post("/v1/moderate/batch", json=body, headers=service_headers)
    assert resp.status_code == status
    assert resp.content_type == "application/problem+json"
