"""Response-time rule: sellers answer a buyer within 24 working hours.

Stable API (the HTTP API's pre-send endpoint and the ``moderation sla`` command use it):

``compute_sla(received_at, answered_at, country=None, calendar=None) -> SlaResult``
    (``country`` is EE when neither it nor ``calendar`` is given)
    ``SlaResult.to_dict()`` is exactly::

        {"due_at": "2025-03-10T15:30:00+02:00",      # ISO 8601 with offset, country's zone
         "answered_at": "2025-03-10T09:00:00+02:00", # same
         "working_hours_elapsed": 17.5,              # float, 2 decimals
         "met": true}                                # answered_at <= due_at

``deadline(received_at, calendar) -> datetime`` and
``working_time_between(start, end, calendar) -> timedelta`` are the two primitives;
``parse_instant(text, field)`` reads an ISO 8601 instant for adapters (CLI, HTTP).

What "24 working hours" means here:

* Time is counted on the country's *local* dates (Europe/Tallinn, Riga, Vilnius, Helsinki).
  A local date counts when `WorkingCalendar.is_working_day` says so (Mon-Fri by default,
  minus the country's public holidays and the operator's extra days off).
* What is counted is *real elapsed time*: the seconds between two instants that fall on a
  working local date. A working day with a daylight-saving change is 23 or 25 hours long,
  not 24. (In the EU the change happens on a Sunday night, so with the default Mon-Fri
  calendar it never touches a working day; it matters for calendars that count Sundays.)
* Each local date is the half-open interval [local 00:00, next local 00:00). A message
  received on a non-working day starts the clock at the next working day's 00:00 local.
* The deadline is the instant at which the 24th working hour ends. When that is the end of
  a working day it is that day's end, i.e. the next date's 00:00 local (which may be a
  weekend's first instant); the moment just before the deadline always lies on a working day.
* ``met`` compares instants: an answer sent on Saturday to a question whose deadline was
  Friday 24:00 is late even though no further working time has passed (its
  ``working_hours_elapsed`` then reads 24.0).

All elapsed-time arithmetic and every comparison of instants is done in UTC; local time is
used only to find where a date begins. (Python subtracts and compares aware datetimes that
share one ``ZoneInfo`` by wall clock, ignoring the offset and ``fold``; callers doing their
own arithmetic on the returned local datetimes should convert to UTC first.)

Inputs must be timezone-aware datetimes between the years `MIN_YEAR` and `MAX_YEAR`;
anything else raises `moderation.errors.InvalidInput`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from moderation.calendars import DEFAULT_COUNTRY, WorkingCalendar, normalize_country
from moderation.errors import InvalidInput

RESPONSE_ALLOWANCE = timedelta(hours=24)
MAX_ALLOWANCE = timedelta(days=366)
MIN_YEAR = 1970
MAX_YEAR = 2100
_ONE_DAY = timedelta(days=1)
# Longest run of non-working days the deadline search walks through before giving up, on
# top of the operator's own days off (weekends plus the longest holiday run are far below).
_MAX_IDLE_DAYS = 400
_MAX_INSTANT_CHARS = 64


@dataclass(frozen=True, slots=True)
class SlaResult:
    """The response-time figures of one answered buyer message."""

    country: str
    received_at: datetime
    due_at: datetime
    answered_at: datetime
    working_time: timedelta

    @property
    def met(self) -> bool:
        # Compared in UTC: two datetimes sharing one ZoneInfo compare by wall clock, ignoring
        # ``fold``, which gets the repeated hour of a fall-back night wrong.
        return self.answered_at.astimezone(UTC) <= self.due_at.astimezone(UTC)

    @property
    def working_hours_elapsed(self) -> float:
        return round(self.working_time.total_seconds() / 3600, 2)

    def to_dict(self) -> dict[str, Any]:
        return {
            "due_at": self.due_at.isoformat(),
            "answered_at": self.answered_at.isoformat(),
            "working_hours_elapsed": self.working_hours_elapsed,
            "met": self.met,
        }


def compute_sla(
    received_at: datetime,
    answered_at: datetime,
    country: str | None = None,
    calendar: WorkingCalendar | None = None,
) -> SlaResult:
    """Deadline and working time for a buyer message received at ``received_at``.

    ``country`` (EE when absent) picks the default calendar; ``calendar`` replaces it, and
    giving both with different countries is an error.
    """
    if calendar is None:
        calendar = WorkingCalendar(DEFAULT_COUNTRY if country is None else country)
    elif not isinstance(calendar, WorkingCalendar):
        raise InvalidInput("calendar must be a WorkingCalendar", field="calendar")
    elif country is not None and normalize_country(country) != calendar.country:
        raise InvalidInput(
            f"country {country!r} does not match the calendar's {calendar.country!r}", field="country"
        )
    received = _to_utc(received_at, "received_at")
    answered = _to_utc(answered_at, "answered_at")
    if answered < received:
        raise InvalidInput("answered_at is before received_at", field="answered_at")
    zone = calendar.zone
    return SlaResult(
        country=calendar.country,
        received_at=received.astimezone(zone),
        due_at=deadline(received, calendar),
        answered_at=answered.astimezone(zone),
        working_time=working_time_between(received, answered, calendar),
    )


def deadline(
    received_at: datetime, calendar: WorkingCalendar, allowance: timedelta = RESPONSE_ALLOWANCE
) -> datetime:
    """The instant, in the calendar's zone, when ``allowance`` of working time has passed."""
    if not isinstance(allowance, timedelta) or not timedelta(0) < allowance <= MAX_ALLOWANCE:
        raise InvalidInput(f"allowance must be positive and at most {MAX_ALLOWANCE}", field="allowance")
    start = _to_utc(received_at, "received_at")
    zone = calendar.zone
    remaining = allowance
    day = start.astimezone(zone).date()
    day_begins = _day_start(day, zone)
    budget = _MAX_IDLE_DAYS + len(calendar.extra_days_off) + allowance.days + 1
    for _ in range(budget):
        next_day = day + _ONE_DAY
        next_begins = _day_start(next_day, zone)
        if calendar.is_working_day(day):
            begin = max(start, day_begins)
            available = next_begins - begin
            if available >= remaining:
                return (begin + remaining).astimezone(zone)
            remaining -= available
        day, day_begins = next_day, next_begins
    raise InvalidInput(f"no working time found within {budget} days of {received_at.isoformat()}")


def working_time_between(start: datetime, end: datetime, calendar: WorkingCalendar) -> timedelta:
    """Real time between two instants that falls on the calendar's working days.

    Additive (a→b + b→c == a→c) and zero when ``end <= start``.
    """
    lo = _to_utc(start, "start")
    hi = _to_utc(end, "end")
    if hi <= lo:
        return timedelta(0)
    zone = calendar.zone
    total = timedelta(0)
    day = lo.astimezone(zone).date()
    last = hi.astimezone(zone).date()
    day_begins = _day_start(day, zone)
    while day <= last:
        next_day = day + _ONE_DAY
        next_begins = _day_start(next_day, zone)
        if calendar.is_working_day(day):
            total += min(hi, next_begins) - max(lo, day_begins)
        day, day_begins = next_day, next_begins
    return total


def parse_instant(text: object, field: str = "received_at") -> datetime:
    """Parse an ISO 8601 instant such as ``2025-03-07T15:30+02:00`` or ``...Z``; it must carry an offset."""
    if not isinstance(text, str) or len(text) > _MAX_INSTANT_CHARS or not text.strip():
        raise InvalidInput(f"{field} must be an ISO 8601 date-time with an offset", field=field)
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"{field} is not an ISO 8601 date-time: {text.strip()!r}", field=field) from exc
    _to_utc(value, field)  # naive or out-of-range values fail here, with the field named
    return value


def _day_start(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant a local date begins.

    For a midnight that a DST gap skips, ``fold=0`` resolves to the instant the gap ends,
    which is when that date begins; the four supported zones change at 03:00/04:00 anyway.
    """
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _to_utc(value: object, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidInput(f"{field} must be a datetime, got {type(value).__name__}", field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(f"{field} must be timezone-aware (include an offset)", field=field)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InvalidInput(f"{field} must be between the years {MIN_YEAR} and {MAX_YEAR}", field=field)
    return value.astimezone(UTC)
