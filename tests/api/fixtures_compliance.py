"""A hand-counted compliance fixture: 3 sellers, 20 checks in the period, 3 outside it.

Every expected figure in ``EXPECTED`` was counted by hand from ``CHECKS`` (see the comments);
the tests compare the API's answers with these numbers, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert

from api.models import DecisionRecord, SellerCheck

PERIOD = {"from": "2025-03-01", "to": "2025-03-07"}  # [03-01T00:00Z, 03-08T00:00Z)

# (seller, created_at, decision, flagged categories, working hours, sla met)
CHECKS: list[tuple[str, str, str, tuple[str, ...], float | None, bool | None]] = [
    # s-alpha: 8 in the period
    ("s-alpha", "2025-03-01T00:00:00Z", "block", ("contact_details",), 2.0, True),
    ("s-alpha", "2025-03-01T09:00:00Z", "block", ("contact_details", "off_platform"), 30.0, False),
    ("s-alpha", "2025-03-01T23:59:59Z", "block", ("off_platform",), None, None),
    ("s-alpha", "2025-03-03T10:00:00+00:00", "warn", ("marketing",), 5.0, True),
    ("s-alpha", "2025-03-04T01:30:00+02:00", "warn", ("contact_details",), 26.0, False),  # 03-03 in UTC
    ("s-alpha", "2025-03-07T08:00:00Z", "allow", (), 1.0, True),
    ("s-alpha", "2025-03-07T12:00:00Z", "allow", (), 10.0, True),
    ("s-alpha", "2025-03-07T23:59:59.999999Z", "allow", (), None, None),
    # s-alpha outside: one microsecond before, and exactly at the (exclusive) end
    ("s-alpha", "2025-02-28T23:59:59.999999Z", "block", ("contact_details",), 50.0, False),
    ("s-alpha", "2025-03-08T00:00:00Z", "block", ("contact_details",), 50.0, False),
    # s-beta: 7 in the period
    ("s-beta", "2025-03-02T10:00:00Z", "allow", (), 20.0, True),
    ("s-beta", "2025-03-02T11:00:00Z", "allow", (), 25.0, False),
    ("s-beta", "2025-03-04T10:00:00Z", "allow", (), 40.0, False),
    ("s-beta", "2025-03-05T10:00:00Z", "allow", (), 48.0, False),
    ("s-beta", "2025-03-05T11:00:00Z", "warn", ("evasive",), 3.0, True),
    ("s-beta", "2025-03-06T10:00:00Z", "allow", (), None, None),
    ("s-beta", "2025-03-06T11:00:00Z", "allow", (), None, None),
    # "7" (a numeric id, as the API stores it): 5 in the period, no SLA at all
    ("7", "2025-03-02T10:00:00Z", "block", ("marketing",), None, None),
    ("7", "2025-03-02T10:05:00Z", "block", ("marketing", "evasive"), None, None),
    ("7", "2025-03-03T10:00:00Z", "allow", (), None, None),
    ("7", "2025-03-04T10:00:00Z", "allow", (), None, None),
    ("7", "2025-03-05T10:00:00Z", "allow", (), None, None),
    # s-gone: only outside the period
    ("s-gone", "2025-03-09T10:00:00Z", "block", ("contact_details",), None, None),
]

ZERO = {"contact_details": 0, "off_platform": 0, "marketing": 0, "evasive": 0}

EXPECTED: dict[str, dict[str, Any]] = {
    "s-alpha": {
        "messages_checked": 8,
        "blocked": 3,
        "warned": 2,
        "allowed": 3,
        "blocked_contact_or_off_platform": 3,
        "blocked_by_category": {**ZERO, "contact_details": 2, "off_platform": 2},
        "warned_by_category": {**ZERO, "marketing": 1, "contact_details": 1},
        "answers": {"on_time": 4, "late": 2, "late_rate": round(2 / 6, 3)},
        # hours 1 2 5 10 26 30: median between 5 and 10; p90 at rank 4.5, between 26 and 30
        "working_hours_to_answer": {"median": 7.5, "p90": 28.0},
        # 100 * (3*3 + 2) / (8 + 10) + 25 * 2 / (6 + 5)
        "risk_score": round(1100 / 18 + 50 / 11, 3),
    },
    "s-beta": {
        "messages_checked": 7,
        "blocked": 0,
        "warned": 1,
        "allowed": 6,
        "blocked_contact_or_off_platform": 0,
        "blocked_by_category": ZERO,
        "warned_by_category": {**ZERO, "evasive": 1},
        "answers": {"on_time": 2, "late": 3, "late_rate": 0.6},
        # hours 3 20 25 40 48: median 25; p90 at rank 3.6 = 40 + 0.6 * 8
        "working_hours_to_answer": {"median": 25.0, "p90": 44.8},
        "risk_score": round(100 / 17 + 75 / 10, 3),
    },
    "7": {
        "messages_checked": 5,
        "blocked": 2,
        "warned": 0,
        "allowed": 3,
        "blocked_contact_or_off_platform": 0,
        "blocked_by_category": {**ZERO, "marketing": 2, "evasive": 1},
        "warned_by_category": ZERO,
        "answers": {"on_time": 0, "late": 0, "late_rate": None},
        "working_hours_to_answer": {"median": None, "p90": None},
        "risk_score": 0.0,
    },
}
RANKING = ["s-alpha", "s-beta", "7"]

# s-alpha's history per UTC day, 03-01 .. 03-07: (checked, blocked, warned, late)
ALPHA_DAYS = [
    (3, 3, 0, 1),
    (0, 0, 0, 0),
    (2, 0, 2, 1),
    (0, 0, 0, 0),
    (0, 0, 0, 0),
    (0, 0, 0, 0),
    (3, 0, 0, 0),
]


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def seed(engine: Engine, now: datetime | None = None) -> None:
    """Insert ``CHECKS``, and block decisions that flag s-alpha (3 in the last week) but not "7" (2)."""
    now = now or datetime.now(UTC)
    rows = []
    for seller, at, decision, flagged, hours, met in CHECKS:
        row: dict[str, Any] = {
            "decision_id": None,
            "seller_id": seller,
            "created_at": _at(at),
            "language": "et",
            "decision": decision,
            "working_hours_elapsed": hours,
            "sla_met": met,
        }
        for c in ZERO:
            row[f"flag_{c}"] = c in flagged
        rows.append(row)
    decisions = [
        {
            "id": f"{seller}-{i}".ljust(8, "x"),
            "created_at": now - timedelta(days=1, minutes=i),
            "seller_id": seller,
            "text": "(fixture)",
            "decision": "block",
        }
        for seller, count in (("s-alpha", 3), ("7", 2))
        for i in range(count)
    ]
    with engine.begin() as conn:
        conn.execute(insert(SellerCheck), rows)
        conn.execute(insert(DecisionRecord), decisions)
