"""Seller compliance: figures against a hand-counted fixture (SQLite and PostgreSQL), ranking,
CSV, history, parameters, auth, and that every check of a seller is recorded."""

from __future__ import annotations

import base64
import csv
import io
import statistics
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from api import compliance
from api.models import DecisionRecord, SellerCheck
from tests.api.conftest import key_for
from tests.api.fixtures_compliance import ALPHA_DAYS, EXPECTED, PERIOD, RANKING, seed


@pytest.fixture
def seeded(make_app, database_url):
    app = make_app(DATABASE_URL=database_url, SELLER_FLAG_MIN_BLOCKS=3, SELLER_FLAG_WINDOW_DAYS=7)
    seed(app.extensions["moderation"].engine)
    yield app, {"Authorization": f"Bearer {key_for(app, 'reviewer')}"}
    app.extensions["moderation"].engine.dispose()


@pytest.mark.parametrize("seller", RANKING)
def test_one_seller_figures_match_the_hand_count(seeded, seller):
    app, h = seeded
    resp = app.test_client().get(f"/v1/sellers/{seller}/compliance", query_string=PERIOD, headers=h)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    body = resp.get_json()
    for key, value in EXPECTED[seller].items():
        assert body[key] == value, key
    assert body["seller_id"] == seller
    assert body["period"] == {"from": "2025-03-01T00:00:00+00:00", "to": "2025-03-08T00:00:00+00:00"}


@pytest.mark.parametrize(("seller", "flagged"), [("s-alpha", True), ("7", False), ("s-beta", False)])
def test_flagged_uses_the_pre_send_seller_flag_rule(seeded, seller, flagged):
    app, h = seeded
    body = (
        app.test_client().get(f"/v1/sellers/{seller}/compliance", query_string=PERIOD, headers=h).get_json()
    )
    assert body["flagged"] is flagged
    assert [f["code"] for f in body["seller_flags"]] == (
        ["repeated_off_platform_attempts"] if flagged else []
    )


def test_unknown_seller_has_zero_figures(seeded):
    app, h = seeded
    body = app.test_client().get("/v1/sellers/nobody/compliance", query_string=PERIOD, headers=h).get_json()
    assert body["messages_checked"] == 0 and body["risk_score"] == 0.0
    assert body["working_hours_to_answer"] == {"median": None, "p90": None}


def test_ranking_orders_by_risk_and_carries_the_figures(seeded):
    app, h = seeded
    body = app.test_client().get("/v1/sellers/compliance", query_string=PERIOD, headers=h).get_json()
    assert [s["seller_id"] for s in body["sellers"]] == RANKING  # s-gone has nothing in the period
    assert [s["rank"] for s in body["sellers"]] == [1, 2, 3]
    for s in body["sellers"]:
        exp = EXPECTED[s["seller_id"]]
        for key in ("messages_checked", "blocked", "warned", "blocked_by_category", "risk_score"):
            assert s[key] == exp[key], (s["seller_id"], key)
        assert s["answers"] == exp["answers"]
    assert [s["flagged"] for s in body["sellers"]] == [True, False, False]
    assert "late" in body["risk_score"]  # the formula is documented in the answer


def test_ranking_limit(seeded):
    app, h = seeded
    q = {**PERIOD, "limit": "2"}
    body = app.test_client().get("/v1/sellers/compliance", query_string=q, headers=h).get_json()
    assert [s["seller_id"] for s in body["sellers"]] == RANKING[:2]


def test_ranking_as_csv_parses_with_a_header(seeded):
    app, h = seeded
    resp = app.test_client().get(
        "/v1/sellers/compliance", query_string={**PERIOD, "format": "csv"}, headers=h
    )
    assert resp.status_code == 200
    assert resp.mimetype == "text/csv"
    disposition = resp.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and 'filename="seller-compliance_20250301' in disposition
    rows = list(csv.DictReader(io.StringIO(resp.get_data(as_text=True))))
    assert [r["seller_id"] for r in rows] == RANKING
    alpha = rows[0]
    assert int(alpha["messages_checked"]) == 8
    assert int(alpha["blocked_off_platform"]) == 2 and int(alpha["warned_marketing"]) == 1
    assert float(alpha["risk_score"]) == EXPECTED["s-alpha"]["risk_score"]
    assert alpha["flagged"] == "true" and rows[2]["late_rate"] == ""


def test_csv_cells_never_start_a_formula(make_app):
    app = make_app()
    seller = "=HYPERLINK(1)"
    with app.extensions["moderation"].engine.begin() as conn:
        conn.execute(
            SellerCheck.__table__.insert(),
            [
                {
                    "seller_id": seller,
                    "created_at": datetime.now(UTC),
                    "decision": "allow",
                    "flag_contact_details": False,
                    "flag_off_platform": False,
                    "flag_marketing": False,
                    "flag_evasive": False,
                }
            ],
        )
    h = {"Authorization": f"Bearer {key_for(app, 'admin')}"}
    text = app.test_client().get("/v1/sellers/compliance?format=csv", headers=h).get_data(as_text=True)
    row = list(csv.DictReader(io.StringIO(text)))[0]
    assert row["seller_id"] == "'" + seller


def test_history_per_utc_day_has_every_day(seeded):
    app, _ = seeded
    period = compliance.Period(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 8, tzinfo=UTC))
    with Session(app.extensions["moderation"].engine) as s:
        bucket, points = compliance.seller_history(s, "s-alpha", period)
        weekly = compliance.seller_history(s, "s-alpha", period, "week")[1]
    assert bucket == "day"
    assert [p.start.isoformat() for p in points] == [f"2025-03-0{d}" for d in range(1, 8)]
    assert [(p.checked, p.blocked, p.warned, p.late) for p in points] == ALPHA_DAYS
    # ISO weeks: 2025-03-01 is a Saturday, so the period spans the weeks of 02-24 and 03-03
    assert [(p.start.isoformat(), p.checked, p.blocked, p.warned, p.late) for p in weekly] == [
        ("2025-02-24", 3, 3, 0, 1),
        ("2025-03-03", 5, 0, 2, 1),
    ]


def test_long_periods_are_drawn_per_week():
    start = datetime(2025, 1, 1, tzinfo=UTC)
    assert compliance.bucket_for(compliance.Period(start, datetime(2025, 3, 3, tzinfo=UTC))) == "day"
    assert compliance.bucket_for(compliance.Period(start, datetime(2025, 6, 1, tzinfo=UTC))) == "week"


def test_ranking_sql_score_agrees_with_the_documented_formula(seeded):
    app, _ = seeded
    period = compliance.Period(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 8, tzinfo=UTC))
    with Session(app.extensions["moderation"].engine) as s:
        rows = compliance.ranking(s, period, 10)
    scores = [r.risk for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert [r.seller_id for r in rows] == RANKING


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": "yesterday"}, "from"),
        ({"to": "2025-13-01"}, "to"),
        ({"from": "2025-03-01T10:00:00"}, "from"),  # an instant needs an offset
        ({"to": "2025-03-01T10:00:00+25:00"}, "to"),
        ({"from": "9" * 100}, "from"),
        ({"from": "2025-03-05", "to": "2025-03-01"}, "from"),
        ({"from": "2023-01-01", "to": "2025-01-01"}, "from"),  # more than 366 days
        ({"limit": "0"}, "limit"),
        ({"limit": "abc"}, "limit"),
        ({"limit": "１２"}, "limit"),  # full-width digits
        ({"format": "xml"}, "format"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_parameter(client, reviewer_headers, query, field):
    for path in ("/v1/sellers/compliance", "/v1/sellers/s-1/compliance"):
        if field in ("limit", "format") and "/s-1/" in path:
            continue
        resp = client.get(path, query_string=query, headers=reviewer_headers)
        assert resp.status_code == 400, (path, query)
        assert resp.mimetype == "application/problem+json"
        assert resp.get_json()["field"] == field


def test_instants_with_offsets_are_accepted(seeded):
    app, h = seeded
    q = {"from": "2025-03-01T02:00:00+02:00", "to": "2025-03-01T12:00:00Z"}  # 00:00Z .. 12:00Z
    body = app.test_client().get("/v1/sellers/s-alpha/compliance", query_string=q, headers=h).get_json()
    assert body["messages_checked"] == 2


def test_default_period_is_the_last_30_days(client, reviewer_headers):
    body = client.get("/v1/sellers/compliance", headers=reviewer_headers).get_json()
    start = datetime.fromisoformat(body["period"]["from"])
    end = datetime.fromisoformat(body["period"]["to"])
    assert (end - start).days == 30 and abs((datetime.now(UTC) - end).total_seconds()) < 60


@pytest.mark.parametrize(
    "path", ["/v1/sellers/compliance", "/v1/sellers/s-1/compliance", "/sellers", "/sellers/s-1"]
)
def test_auth_no_key_401_service_403_reviewer_and_admin_200(app, client, path):
    assert client.get(path).status_code == 401
    assert client.get(path, headers={"Authorization": f"Bearer {key_for(app, 'service')}"}).status_code == 403
    for role in ("reviewer", "admin"):
        assert client.get(path, headers={"Authorization": f"Bearer {key_for(app, role)}"}).status_code == 200


def _basic(key: str, user: str = "ts") -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{key}".encode()).decode()}


def test_pages_take_the_key_as_basic_password_and_never_from_the_url(app, client):
    key = key_for(app, "reviewer")
    resp = client.get("/sellers")
    assert resp.status_code == 401 and resp.headers["WWW-Authenticate"].startswith("Basic ")
    assert client.get(f"/sellers?key={key}").status_code == 401
    assert client.get("/sellers", headers=_basic("wrong")).status_code == 401
    assert client.get("/sellers", headers={"Authorization": "Basic !!!"}).status_code == 401
    assert client.get("/sellers", headers=_basic(key_for(app, "service"))).status_code == 403
    ok = client.get("/sellers", headers=_basic(key))
    assert ok.status_code == 200 and ok.mimetype == "text/html"
    assert "default-src 'none'" in ok.headers["Content-Security-Policy"]
    assert ok.headers["Cache-Control"] == "no-store"


def test_pages_show_the_ranking_and_the_chart(seeded):
    app, h = seeded
    c = app.test_client()
    page = c.get("/sellers", query_string=PERIOD, headers=h).get_data(as_text=True)
    assert page.count('class="seller-row"') == 3
    assert page.index('data-seller-id="s-alpha"') < page.index('data-seller-id="s-beta"')
    detail = c.get("/sellers/s-alpha", query_string=PERIOD, headers=h).get_data(as_text=True)
    assert "<svg" in detail and detail.count('class="series ') == 4
    assert detail.count('class="history-row"') == 7


def test_page_escapes_the_seller_id(app, client):
    h = _basic(key_for(app, "reviewer"))
    resp = client.get("/sellers/<img src=x onerror=alert(1)>", headers=h)
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_every_check_with_a_seller_is_recorded_without_text(make_app):
    app = make_app(STORE_ALLOW_SAMPLE_RATE=0.0)
    c = app.test_client()
    h = {"Authorization": f"Bearer {key_for(app, 'service')}"}
    ctx = {
        "seller_id": 42,
        "buyer_message_received_at": "2025-03-03T09:00:00+02:00",
        "sent_at": "2025-03-03T10:00:00+02:00",
    }
    blocked = c.post(
        "/v1/moderate", json={"text": "mail a.b@gmail.com", "context": ctx}, headers=h
    ).get_json()
    allowed = c.post("/v1/moderate", json={"text": "shipped today", "context": ctx}, headers=h).get_json()
    c.post("/v1/moderate", json={"text": "no seller here"}, headers=h)
    c.post(
        "/v1/moderate/batch",
        json={"messages": [{"text": "call me", "context": {"seller_id": "s-b"}}]},
        headers=h,
    )
    rt = app.extensions["moderation"]
    assert rt.writer.flush()
    with Session(rt.engine) as s:
        checks = {r.decision: r for r in s.scalars(select(SellerCheck))}
        stored = set(s.scalars(select(DecisionRecord.id)))
    assert set(checks) == {"block", "allow", "warn"}
    assert checks["block"].seller_id == "42" and checks["block"].flag_contact_details
    assert checks["block"].decision_id == blocked["decision_id"] and blocked["decision_id"] in stored
    assert checks["allow"].decision_id is None and allowed["decision_id"] not in stored  # not sampled
    assert not checks["allow"].flag_contact_details
    assert checks["block"].sla_met is True and checks["block"].working_hours_elapsed == pytest.approx(1.0)
    assert checks["warn"].seller_id == "s-b" and checks["warn"].sla_met is None
    assert not hasattr(SellerCheck, "text")


@given(st.lists(st.floats(min_value=0, max_value=1e4, allow_nan=False), min_size=2, max_size=50))
def test_percentile_agrees_with_statistics(values):
    assert compliance.percentile(values, 0.5) == pytest.approx(statistics.median(values), abs=1e-9)
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    assert compliance.percentile(values, 0.9) == pytest.approx(deciles[8], abs=1e-9)


def test_percentile_of_nothing_and_of_one():
    assert compliance.percentile([], 0.5) is None
    assert compliance.percentile([3.0], 0.9) == 3.0
