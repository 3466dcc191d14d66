"""Storage on SQLite and PostgreSQL: migrations from empty, decision rows, seller flags,
and the pre-send path surviving a dead database."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from api.db import alembic_config, make_engine, upgrade
from api.keys import hash_key
from api.metrics import Metrics
from api.models import DecisionRecord
from api.storage import SellerFlags
from tests.api.conftest import key_for

TABLES = {"decisions", "reviews", "review_claims", "api_keys", "alembic_version"}  # and later migrations' own


def test_migrations_apply_from_empty_and_round_trip(database_url):
    engine = make_engine(database_url)
    assert not set(inspect(engine).get_table_names()) - {"alembic_version"}
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES
    from alembic import command

    command.downgrade(alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_app_stores_decisions_and_flags_sellers(make_app, database_url):
    app = make_app(DATABASE_URL=database_url, SELLER_FLAG_MIN_BLOCKS=2)
    h = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    c = app.test_client()
    ctx = {
        "seller_id": "s-1",
        "buyer_message_received_at": "2025-03-07T16:00:00+02:00",
        "sent_at": "2025-03-10T09:00:00+02:00",
        "buyer_message": "Kas saadate täna?",
    }
    first = c.post(
        "/v1/moderate", json={"text": "kirjuta jüri@gmail.com", "context": ctx}, headers=h
    ).get_json()
    rt = app.extensions["moderation"]
    assert rt.writer.flush()
    c.post("/v1/moderate", json={"text": "mail a@gmail.com", "context": ctx}, headers=h)
    assert rt.writer.flush()
    third = c.post("/v1/moderate", json={"text": "tere", "context": ctx}, headers=h).get_json()
    assert third["seller_flags"][0]["blocked_messages"] == 2
    with Session(rt.engine) as s:
        row = s.get(DecisionRecord, first["decision_id"])
        assert row.text == "kirjuta jüri@gmail.com"
        assert row.context["buyer_message"] == "Kas saadate täna?"
        assert row.sla_met is first["sla"]["met"]
        assert row.due_at == datetime.fromisoformat(first["sla"]["due_at"])
        assert row.scores["contact_details"]["flagged"] is True


def test_seller_flag_window_is_rolling(database_url):
    engine = make_engine(database_url)
    upgrade(engine)
    now = datetime(2025, 5, 1, 12, tzinfo=UTC)
    rows = [
        {
            "id": f"d{i}",
            "created_at": now - timedelta(days=age),
            "text": "x",
            "decision": decision,
            "seller_id": "s",
        }
        for i, (age, decision) in enumerate(
            [(1, "block"), (2, "block"), (8, "block"), (1, "warn"), (0, "allow")]
        )
    ]
    with engine.begin() as conn:
        conn.execute(DecisionRecord.__table__.insert(), rows)
    flags = SellerFlags(engine, Metrics(), min_blocks=2, window_days=7, clock=lambda: now)
    assert flags.flags("s")[0]["blocked_messages"] == 2
    assert SellerFlags(engine, Metrics(), 3, 7, clock=lambda: now).flags("s") == []
    assert SellerFlags(engine, Metrics(), 3, 10, clock=lambda: now).flags("s")[0]["blocked_messages"] == 3
    assert flags.flags("other") == [] and flags.flags(None) == []
    engine.dispose()


def test_seller_flag_query_uses_the_index_on_postgres(postgres_url):
    engine = make_engine(postgres_url)
    upgrade(engine)
    from sqlalchemy import text

    with engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                text(
                    "EXPLAIN SELECT count(*) FROM decisions WHERE seller_id = 's' AND decision = 'block' "
                    "AND created_at >= now() - interval '7 days'"
                )
            )
        )
    assert "ix_decisions_seller_decision_created" in plan
    engine.dispose()


def test_dead_database_does_not_block_the_pre_send_path(make_app):
    """DATABASE_URL points at a closed port: the check still answers, failures are counted."""
    app = make_app(
        DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none",
        API_KEYS=[{"name": "boot", "role": "service", "sha256": hash_key("boot-key")}],
        STORE_ALLOW_SAMPLE_RATE=1.0,
    )
    c = app.test_client()
    h = {"Authorization": "Bearer boot-key"}
    started = time.monotonic()
    for _ in range(5):
        resp = c.post(
            "/v1/moderate", json={"text": "mail x@gmail.com", "context": {"seller_id": "s"}}, headers=h
        )
        assert resp.status_code == 200 and resp.get_json()["decision"] == "block"
    assert time.monotonic() - started < 5
    assert app.extensions["moderation"].writer.flush()
    metrics = c.get("/metrics").get_data(as_text=True)
    assert 'moderation_storage_failures_total{operation="write"}' in metrics
    assert (
        'moderation_storage_failures_total{operation="seller_flags"} 1.0' in metrics
    )  # then skipped (breaker)


def test_full_write_queue_drops_and_counts(make_app):
    app = make_app(STORE_QUEUE_SIZE=1)
    rt = app.extensions["moderation"]
    rt.writer._ensure_thread = lambda: None  # no writer thread: the queue can only fill
    assert rt.writer.submit({"id": "a"}) is True
    assert rt.writer.submit({"id": "b"}) is False
    assert rt.metrics.storage_dropped._value.get() == 1
