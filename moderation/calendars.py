"""Working-day calendars for the response-time rule: which local dates count.

A date is a working day when its weekday is one of ``workdays`` (Monday=0 ... Sunday=6),
it is not a public holiday of the country (as the ``holidays`` package lists them, bundled
data, no network) and the operator has not added it to ``extra_days_off``.

Holiday lookups are cached per (country, year) in a bounded LRU cache; ``holidays`` itself
is imported on first use so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from zoneinfo import ZoneInfo

from moderation.errors import InvalidInput

#: Marketplace countries and the time zone their working days are counted in.
COUNTRY_ZONES: dict[str, str] = {
    "EE": "Europe/Tallinn",
    "LV": "Europe/Riga",
    "LT": "Europe/Vilnius",
    "FI": "Europe/Helsinki",
}
SUPPORTED_COUNTRIES: tuple[str, ...] = tuple(COUNTRY_ZONES)
DEFAULT_COUNTRY = "EE"
MONDAY_TO_FRIDAY: frozenset[int] = frozenset(range(5))
#: At most this many operator days off per calendar (bounds untrusted configuration).
MAX_EXTRA_DAYS_OFF = 10_000
_HOLIDAY_CACHE_SIZE = 64  # 4 countries x 16 years


def normalize_country(country: object) -> str:
    """Return the upper-case ISO code, or raise `InvalidInput` listing the supported ones."""
    if isinstance(country, str) and country.strip().upper() in COUNTRY_ZONES:
        return country.strip().upper()
    shown = country if isinstance(country, str) and len(country) <= 20 else type(country).__name__
    raise InvalidInput(
        f"unsupported country {shown!r}; supported: {', '.join(SUPPORTED_COUNTRIES)}", field="country"
    )


@lru_cache(maxsize=_HOLIDAY_CACHE_SIZE)
def public_holidays(country: str, year: int) -> frozenset[date]:
    """The public holidays of a supported country in one year, from the ``holidays`` package."""
    import holidays  # deferred: importing the package costs ~60 ms

    return frozenset(holidays.country_holidays(normalize_country(country), years=year))


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@dataclass(frozen=True)
class WorkingCalendar:
    """Which local dates count as working days in one marketplace country.

    ``workdays`` and ``extra_days_off`` accept any iterable and are stored as frozensets,
    so a calendar is hashable and safe to share.
    """

    country: str = DEFAULT_COUNTRY
    workdays: frozenset[int] = MONDAY_TO_FRIDAY
    extra_days_off: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "country", normalize_country(self.country))
        object.__setattr__(self, "workdays", _check_workdays(self.workdays))
        object.__setattr__(self, "extra_days_off", _check_days_off(self.extra_days_off))

    @property
    def zone(self) -> ZoneInfo:
        return _zone(COUNTRY_ZONES[self.country])

    def is_working_day(self, day: date) -> bool:
        return (
            day.weekday() in self.workdays
            and day not in self.extra_days_off
            and day not in public_holidays(self.country, day.year)
        )


def _check_workdays(workdays: Iterable[int]) -> frozenset[int]:
    try:
        days = frozenset(workdays)
    except TypeError as exc:
        raise InvalidInput("workdays must be a collection of weekday numbers 0-6", field="workdays") from exc
    if not days or not all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in days):
        raise InvalidInput(
            "workdays must be a non-empty set of weekday numbers 0 (Monday) to 6", field="workdays"
        )
    return days


def _check_days_off(days_off: Iterable[date]) -> frozenset[date]:
    try:
        days = frozenset(days_off)
    except TypeError as exc:
        raise InvalidInput("extra_days_off must be a collection of dates", field="extra_days_off") from exc
    if len(days) > MAX_EXTRA_DAYS_OFF:
        raise InvalidInput(f"at most {MAX_EXTRA_DAYS_OFF} extra days off", field="extra_days_off")
    # A datetime is a date subclass but would never equal a date in membership tests.
    if not all(isinstance(d, date) and not hasattr(d, "hour") for d in days):
        raise InvalidInput("extra_days_off must hold dates (not datetimes)", field="extra_days_off")
    return days
