"""Seller compliance: two JSON endpoints and two pages for the trust-and-safety team.

``GET /v1/sellers/<id>/compliance`` and ``GET /v1/sellers/compliance`` (JSON or CSV) take the
usual ``Authorization: Bearer KEY`` (role reviewer or admin).

Pages (``GET /sellers``, ``GET /sellers/<id>``) take the same API key in the Authorization
header, as HTTP Basic (any user name, the key as the password) or Bearer. Why Basic and not a
login form: the browser asks once and sends the header itself; no session cookie, no
secret to configure, nothing to forge across sites, and the key never goes into a URL. Serve
it over HTTPS only (as the API). The browser keeps the credentials until it is closed.

Periods: ``from`` / ``to`` are ISO dates (``2025-03-01``, a UTC day; ``to`` includes its day)
or instants with an offset (``2025-03-01T08:00:00+02:00``, ``...Z``); default the last 30 days;
at most 366 days.
"""

from __future__ import annotations

import base64
import binascii
import csv
import functools
import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from flask import Blueprint, Response, jsonify, render_template, request
from sqlalchemy.orm import Session

from api import compliance
from api.auth import authorize, require
from api.keys import Principal
from api.problems import ApiError
from api.runtime import runtime
from api.seller_chart import history_svg
from moderation.types import CATEGORIES

bp = Blueprint("sellers", __name__)

F = TypeVar("F", bound=Callable[..., Any])
ROLE = "reviewer"  # admin keys may too (Principal.may)
DEFAULT_DAYS = 30
MAX_DAYS = 366
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
_MAX_PARAM_CHARS = 64
_MAX_KEY_CHARS = 200
_MAX_SELLER_ID_CHARS = 128
_PAGE_CHALLENGE = {"WWW-Authenticate": 'Basic realm="moderation trust and safety", charset="UTF-8"'}
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
RISK_FORMULA = (
    "100 * (3 * blocked_contact_or_off_platform + warned) / (messages_checked + 10) "
    "+ 25 * late / (on_time + late + 5)"
)


# --- parameters -------------------------------------------------------------------------


def _instant(name: str, *, end: bool) -> datetime | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return None
    bad = ApiError(
        400,
        "invalid_parameter",
        f"{name} must be an ISO date (2025-03-01) or an instant with an offset (2025-03-01T08:00:00Z)",
        field=name,
    )
    if len(raw) > _MAX_PARAM_CHARS:
        raise bad
    try:
        if len(raw) == 10:  # a calendar day, in UTC; ``to`` includes the whole day
            day = date.fromisoformat(raw)
            start = datetime(day.year, day.month, day.day, tzinfo=UTC)
            return start + timedelta(days=1) if end else start
        value = datetime.fromisoformat(raw)
    except (ValueError, OverflowError) as exc:
        raise bad from exc
    if value.tzinfo is None or value.utcoffset() is None:
        raise bad
    return value.astimezone(UTC)


def parse_period(now: datetime) -> compliance.Period:
    end = _instant("to", end=True)
    start = _instant("from", end=False)
    end = end or now
    start = start or end - timedelta(days=DEFAULT_DAYS)
    if start >= end:
        raise ApiError(400, "invalid_parameter", "from must be before to", field="from")
    if end - start > timedelta(days=MAX_DAYS):
        raise ApiError(400, "invalid_parameter", f"the period may be at most {MAX_DAYS} days", field="from")
    return compliance.Period(start, end)


def _limit() -> int:
    raw = request.args.get("limit")
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    if not raw.isascii() or not raw.isdigit() or len(raw) > 6 or not 1 <= int(raw) <= MAX_LIMIT:
        raise ApiError(
            400, "invalid_parameter", f"limit must be an integer from 1 to {MAX_LIMIT}", field="limit"
        )
    return int(raw)


def _seller_id(raw: str) -> str:
    if not 1 <= len(raw) <= _MAX_SELLER_ID_CHARS:
        raise ApiError(
            400,
            "invalid_parameter",
            f"seller_id must be 1-{_MAX_SELLER_ID_CHARS} characters",
            field="seller_id",
        )
    return raw


# --- queries, shared by the API and the pages ---------------------------------------------


def _one_seller(seller_id: str, period: compliance.Period) -> dict[str, Any]:
    rt = runtime()
    with Session(rt.engine) as session:
        figures = compliance.seller_figures(session, seller_id, period)
    flags = rt.seller_flags.flags(seller_id)
    return {
        **figures.to_dict(),
        "period": period.to_dict(),
        "flagged": any(f.get("code") == rt.seller_flags.CODE for f in flags),
        "seller_flags": flags,
    }


def _ranked(period: compliance.Period, limit: int) -> list[dict[str, Any]]:
    rt = runtime()
    flags = rt.seller_flags
    with Session(rt.engine) as session:
        rows = compliance.ranking(session, period, limit)
        flagged = compliance.repeat_offenders(
            session,
            [r.seller_id for r in rows],
            flags.clock(),
            flags.window.total_seconds() / 86400,
            flags.min_blocks,
        )
    return [{"rank": i, **r.to_dict(), "flagged": r.seller_id in flagged} for i, r in enumerate(rows, 1)]


# --- JSON / CSV -----------------------------------------------------------------------------


@bp.get("/v1/sellers/<seller_id>/compliance")
@require(ROLE)
def seller_compliance(seller_id: str) -> Any:
    seller_id = _seller_id(seller_id)
    return jsonify(_one_seller(seller_id, parse_period(datetime.now(UTC))))


@bp.get("/v1/sellers/compliance")
@require(ROLE)
def sellers_compliance() -> Any:
    fmt = request.args.get("format", "json")
    if fmt not in ("json", "csv"):
        raise ApiError(400, "invalid_parameter", "format must be json or csv", field="format")
    period = parse_period(datetime.now(UTC))
    limit = _limit()
    sellers = _ranked(period, limit)
    if fmt == "csv":
        return _csv(sellers, period)
    return jsonify(
        {"period": period.to_dict(), "limit": limit, "risk_score": RISK_FORMULA, "sellers": sellers}
    )


CSV_COLUMNS = (
    "rank",
    "seller_id",
    "risk_score",
    "messages_checked",
    "blocked",
    "warned",
    "allowed",
    "blocked_contact_or_off_platform",
    *(f"blocked_{c}" for c in CATEGORIES),
    *(f"warned_{c}" for c in CATEGORIES),
    "answers_on_time",
    "answers_late",
    "late_rate",
    "flagged",
)


def _cell(value: Any) -> Any:
    # Spreadsheets run cells that start with these as formulas; seller ids come from callers.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _csv(sellers: list[dict[str, Any]], period: compliance.Period) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for s in sellers:
        flat = {
            **s,
            **{f"blocked_{c}": n for c, n in s["blocked_by_category"].items()},
            **{f"warned_{c}": n for c, n in s["warned_by_category"].items()},
            "answers_on_time": s["answers"]["on_time"],
            "answers_late": s["answers"]["late"],
            "late_rate": s["answers"]["late_rate"],
            "flagged": "true" if s["flagged"] else "false",
        }
        writer.writerow([_cell(flat[c]) for c in CSV_COLUMNS])
    name = f"seller-compliance_{period.start:%Y%m%dT%H%M%SZ}_{period.end:%Y%m%dT%H%M%SZ}.csv"
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


# --- pages ----------------------------------------------------------------------------------


def _page_key() -> str:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer":
        return value
    if scheme.lower() == "basic" and 0 < len(value) <= 4 * _MAX_KEY_CHARS:
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return ""
        return decoded.partition(":")[2]
    return ""


def require_page(role: str) -> Callable[[F], F]:
    """Like ``api.auth.require``, for pages: the key as HTTP Basic password (or Bearer)."""

    def wrap(view: F) -> F:
        @functools.wraps(view)
        def inner(*args: Any, **kwargs: Any) -> Any:
            key = _page_key()
            rt = runtime()
            principal: Principal | None = None
            if key and len(key) <= _MAX_KEY_CHARS:
                principal = rt.keys.lookup(key)
            if principal is None:
                raise ApiError(
                    401, "unauthorized", "sign in with an API key as the password", headers=_PAGE_CHALLENGE
                )
            authorize(principal, role)
            response = Response(view(*args, **kwargs), mimetype="text/html")
            response.headers.update(_PAGE_HEADERS)
            return response

        return inner  # type: ignore[return-value]

    return wrap


def _period_form(period: compliance.Period) -> dict[str, str]:
    last = period.end - timedelta(microseconds=1)
    return {"from": f"{period.start:%Y-%m-%d}", "to": f"{last:%Y-%m-%d}"}


@bp.get("/sellers")
@require_page(ROLE)
def sellers_page() -> str:
    period = parse_period(datetime.now(UTC))
    limit = _limit()
    return render_template(
        "sellers.html",
        sellers=_ranked(period, limit),
        period=period,
        form=_period_form(period),
        limit=limit,
        categories=CATEGORIES,
        formula=RISK_FORMULA,
    )


@bp.get("/sellers/<seller_id>")
@require_page(ROLE)
def seller_page(seller_id: str) -> str:
    seller_id = _seller_id(seller_id)
    period = parse_period(datetime.now(UTC))
    summary = _one_seller(seller_id, period)
    with Session(runtime().engine) as session:
        bucket, points = compliance.seller_history(session, seller_id, period)
    return render_template(
        "sellers_detail.html",
        seller=summary,
        period=period,
        form=_period_form(period),
        bucket=bucket,
        points=points,
        chart=history_svg(points, bucket),
        categories=CATEGORIES,
    )
