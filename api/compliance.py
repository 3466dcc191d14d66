"""Seller compliance figures from ``seller_checks``: pure queries over a SQLAlchemy connection.

Everything here takes a ``Connection`` (or ``Session``) and a ``Period``; nothing reads Flask
or the environment, so tests and the benchmark call these directly.

Counts are SQL aggregates (``SUM(CASE ...)``) that read the same on SQLite and PostgreSQL.
Percentiles of working hours are computed in Python over the seller's rows in the period
(SQLite has no ``percentile_cont``), by linear interpolation between closest ranks, the
same definition as ``numpy.percentile``'s default.

Risk score (``risk_score``), the order of the ranking, higher = look at this seller first::

    100 * (3 * attempts + warned) / (checked + 10)  +  25 * late / (answered + 5)

``attempts`` = blocked messages that were flagged for contact_details or off_platform (one
message counts once); ``warned`` = warn decisions; ``checked`` = every check; ``late`` =
answers past the 24-working-hour deadline out of ``answered`` (checks that carried an SLA).
The ``+ 10`` and ``+ 5`` are priors: one blocked message out of one check, or one late
answer out of one, does not outrank a seller with a steady pattern. Roughly: a seller whose
every message is a blocked attempt tends to 300, every message warned to 100, and always late
adds up to 25.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Float, and_, case, cast, false, func, literal, or_, select, true
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from api.models import DecisionRecord, SellerCheck
from moderation.types import BLOCK, CATEGORIES, CONTACT_DETAILS, OFF_PLATFORM, WARN, Decision

ATTEMPT_WEIGHT = 3.0
WARN_WEIGHT = 1.0
VOLUME_PRIOR = 10
LATE_WEIGHT = 25.0
LATE_PRIOR = 5
WEEKLY_AFTER_DAYS = 62  # history in days up to this span, in ISO weeks beyond it

_FLAG = {c: getattr(SellerCheck, f"flag_{c}") for c in CATEGORIES}


@dataclass(frozen=True, slots=True)
class Period:
    """``[start, end)`` in UTC."""

    start: datetime
    end: datetime

    def to_dict(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


def check_row(
    decision: Decision,
    decision_id: str | None,
    seller_id: str,
    sla: dict[str, Any] | None,
    now: datetime,
) -> dict[str, Any]:
    """The ``seller_checks`` row for one check (no text: only what compliance counts)."""
    flagged = {c.category for c in decision.categories if c.flagged}
    row: dict[str, Any] = {
        "decision_id": decision_id,
        "seller_id": seller_id,
        "created_at": now,
        "language": decision.language,
        "decision": decision.decision,
        "working_hours_elapsed": sla["working_hours_elapsed"] if sla else None,
        "sla_met": sla["met"] if sla else None,
    }
    for category in CATEGORIES:
        row[f"flag_{category}"] = category in flagged
    return row


def risk_score(checked: int, attempts: int, warned: int, answered: int, late: int) -> float:
    """The documented score (module docstring); the SQL in ``ranking`` computes the same."""
    return 100.0 * (ATTEMPT_WEIGHT * attempts + WARN_WEIGHT * warned) / (checked + VOLUME_PRIOR) + (
        LATE_WEIGHT * late / (answered + LATE_PRIOR)
    )


def percentile(values: Sequence[float], q: float) -> float | None:
    """``q`` in [0, 1], linear interpolation between closest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _n(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _in_period(period: Period) -> Any:
    return and_(SellerCheck.created_at >= period.start, SellerCheck.created_at < period.end)


_IS_BLOCK = SellerCheck.decision == BLOCK
_IS_WARN = SellerCheck.decision == WARN
_IS_ATTEMPT = and_(_IS_BLOCK, or_(_FLAG[CONTACT_DETAILS] == true(), _FLAG[OFF_PLATFORM] == true()))
_IS_LATE = SellerCheck.sla_met == false()
_IS_ON_TIME = SellerCheck.sla_met == true()


def _counts() -> list[Any]:
    cols = [
        func.count().label("checked"),
        _n(_IS_BLOCK).label("blocked"),
        _n(_IS_WARN).label("warned"),
        _n(_IS_ATTEMPT).label("attempts"),
        _n(_IS_ON_TIME).label("on_time"),
        _n(_IS_LATE).label("late"),
    ]
    for c in CATEGORIES:
        cols.append(_n(and_(_IS_BLOCK, _FLAG[c] == true())).label(f"blocked_{c}"))
        cols.append(_n(and_(_IS_WARN, _FLAG[c] == true())).label(f"warned_{c}"))
    return cols


@dataclass(frozen=True, slots=True)
class SellerFigures:
    seller_id: str
    checked: int
    blocked: int
    warned: int
    attempts: int
    blocked_by_category: dict[str, int]
    warned_by_category: dict[str, int]
    on_time: int
    late: int
    median_hours: float | None = None
    p90_hours: float | None = None

    @property
    def answered(self) -> int:
        return self.on_time + self.late

    @property
    def late_rate(self) -> float | None:
        return self.late / self.answered if self.answered else None

    @property
    def risk(self) -> float:
        return risk_score(self.checked, self.attempts, self.warned, self.answered, self.late)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seller_id": self.seller_id,
            "messages_checked": self.checked,
            "blocked": self.blocked,
            "warned": self.warned,
            "allowed": self.checked - self.blocked - self.warned,
            "blocked_contact_or_off_platform": self.attempts,
            "blocked_by_category": dict(self.blocked_by_category),
            "warned_by_category": dict(self.warned_by_category),
            "answers": {
                "on_time": self.on_time,
                "late": self.late,
                "late_rate": _round(self.late_rate),
            },
            "working_hours_to_answer": {"median": _round(self.median_hours), "p90": _round(self.p90_hours)},
            "risk_score": _round(self.risk),
        }


def _figures(seller_id: str, row: Any, **extra: Any) -> SellerFigures:
    m = row._mapping
    return SellerFigures(
        seller_id=seller_id,
        checked=int(m["checked"]),
        blocked=int(m["blocked"]),
        warned=int(m["warned"]),
        attempts=int(m["attempts"]),
        blocked_by_category={c: int(m[f"blocked_{c}"]) for c in CATEGORIES},
        warned_by_category={c: int(m[f"warned_{c}"]) for c in CATEGORIES},
        on_time=int(m["on_time"]),
        late=int(m["late"]),
        **extra,
    )


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def seller_figures(conn: Connection | Session, seller_id: str, period: Period) -> SellerFigures:
    """One seller's counts in the period (one indexed aggregate), plus answer-time percentiles."""
    where = and_(SellerCheck.seller_id == seller_id, _in_period(period))
    row = conn.execute(select(*_counts()).where(where)).one()
    hours = [
        float(h)
        for h in conn.execute(
            select(SellerCheck.working_hours_elapsed).where(
                where, SellerCheck.working_hours_elapsed.is_not(None)
            )
        ).scalars()
    ]
    return _figures(seller_id, row, median_hours=percentile(hours, 0.5), p90_hours=percentile(hours, 0.9))


def ranking(conn: Connection | Session, period: Period, limit: int) -> list[SellerFigures]:
    """Sellers with checks in the period, highest ``risk_score`` first (ties: seller id)."""
    counts = (
        select(SellerCheck.seller_id.label("seller_id"), *_counts())
        .where(_in_period(period))
        .group_by(SellerCheck.seller_id)
        .subquery()
    )
    score = literal(100.0) * cast(
        ATTEMPT_WEIGHT * counts.c.attempts + WARN_WEIGHT * counts.c.warned, Float
    ) / (counts.c.checked + VOLUME_PRIOR) + literal(LATE_WEIGHT) * cast(counts.c.late, Float) / (
        counts.c.on_time + counts.c.late + LATE_PRIOR
    )
    stmt = select(counts).order_by(score.desc(), counts.c.seller_id).limit(limit)
    return [_figures(row.seller_id, row) for row in conn.execute(stmt)]


def repeat_offenders(
    conn: Connection | Session, seller_ids: Sequence[str], now: datetime, window_days: float, min_blocks: int
) -> set[str]:
    """Which of ``seller_ids`` carry the pre-send ``repeated_off_platform_attempts`` flag now.

    The same rule and settings as ``api.storage.SellerFlags`` (>= ``min_blocks`` blocks in
    ``decisions`` within ``window_days`` before now), for many sellers in one query.
    """
    if not seller_ids or min_blocks <= 0:
        return set()
    stmt = (
        select(DecisionRecord.seller_id)
        .where(
            DecisionRecord.seller_id.in_(list(seller_ids)),
            DecisionRecord.decision == BLOCK,
            DecisionRecord.created_at >= now - timedelta(days=window_days),
        )
        .group_by(DecisionRecord.seller_id)
        .having(func.count() >= min_blocks)
    )
    return {str(s) for s in conn.execute(stmt).scalars()}


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    start: date
    checked: int
    blocked: int
    warned: int
    late: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "checked": self.checked,
            "blocked": self.blocked,
            "warned": self.warned,
            "late": self.late,
        }


def bucket_for(period: Period) -> str:
    return "day" if period.end - period.start <= timedelta(days=WEEKLY_AFTER_DAYS) else "week"


def _day_key(conn: Connection | Session) -> Any:
    """The UTC calendar day of ``created_at`` as 'YYYY-MM-DD', per dialect."""
    name = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    if name == "postgresql":
        return func.to_char(func.timezone("UTC", SellerCheck.created_at), "YYYY-MM-DD")
    return func.substr(SellerCheck.created_at, 1, 10)  # SQLite stores 'YYYY-MM-DD HH:MM:SS' in UTC


def seller_history(
    conn: Connection | Session, seller_id: str, period: Period, bucket: str | None = None
) -> tuple[str, list[HistoryPoint]]:
    """Checked / blocked / warned / late per UTC day (or ISO week), every bucket present."""
    bucket = bucket or bucket_for(period)
    day = _day_key(conn).label("day")
    stmt = (
        select(day, func.count(), _n(_IS_BLOCK), _n(_IS_WARN), _n(_IS_LATE))
        .where(SellerCheck.seller_id == seller_id, _in_period(period))
        .group_by(day)
    )
    per_day = {date.fromisoformat(str(d)): tuple(int(v) for v in rest) for d, *rest in conn.execute(stmt)}
    first = period.start.astimezone(UTC).date()
    last = (period.end.astimezone(UTC) - timedelta(microseconds=1)).date()
    if bucket == "week":
        first -= timedelta(days=first.weekday())
    totals: dict[date, list[int]] = {}
    day_ = first
    while day_ <= last:
        totals[day_] = [0, 0, 0, 0]
        day_ += timedelta(days=7 if bucket == "week" else 1)
    for d, values in per_day.items():
        key = d - timedelta(days=d.weekday()) if bucket == "week" else d
        slot = totals.setdefault(key, [0, 0, 0, 0])
        for i, v in enumerate(values):
            slot[i] += v
    points = [HistoryPoint(k, *v) for k, v in sorted(totals.items())]
    return bucket, points
