from datetime import date, datetime

import pytest

from moderation.calendars import SUPPORTED_COUNTRIES, WorkingCalendar, public_holidays
from moderation.errors import InvalidInput


@pytest.mark.parametrize(
    ("country", "day", "holiday"),
    [
        # Dates checked against the `holidays` package's data, not memory.
        ("EE", date(2025, 6, 23), True),  # Võidupüha
        ("EE", date(2025, 6, 24), True),  # Jaanipäev
        ("EE", date(2025, 4, 18), True),  # Good Friday
        ("EE", date(2025, 4, 21), False),  # Easter Monday is not an Estonian holiday
        ("EE", date(2024, 12, 24), True),
        ("EE", date(2024, 12, 31), False),
        ("LV", date(2024, 12, 23), True),  # substituted day off
        ("LV", date(2024, 12, 31), True),  # New Year's Eve
        ("LV", date(2025, 4, 21), True),  # Easter Monday
        ("LT", date(2025, 4, 18), False),  # no Good Friday in Lithuania
        ("LT", date(2025, 4, 21), True),  # Easter Monday
        ("LT", date(2025, 6, 23), False),
        ("LT", date(2025, 6, 24), True),  # Joninės
        ("FI", date(2025, 6, 20), True),  # Juhannusaatto (listed by `holidays`)
        ("FI", date(2025, 1, 6), True),  # Epiphany
        ("FI", date(2025, 6, 23), False),
    ],
)
def test_public_holidays(country, day, holiday):
    assert (day in public_holidays(country, day.year)) is holiday
    assert WorkingCalendar(country).is_working_day(day) is (not holiday and day.weekday() < 5)


def test_public_holidays_cache_is_bounded():
    info = public_holidays.cache_info()
    assert info.maxsize is not None and info.maxsize > 0


def test_weekends_are_not_working_days_by_default():
    calendar = WorkingCalendar()
    assert calendar.country == "EE"
    assert not calendar.is_working_day(date(2025, 3, 8))  # Saturday
    assert not calendar.is_working_day(date(2025, 3, 9))  # Sunday
    assert calendar.is_working_day(date(2025, 3, 10))


def test_configurable_workdays_and_extra_days_off():
    calendar = WorkingCalendar("fi", workdays=[0, 1, 2, 3, 4, 5], extra_days_off=[date(2025, 3, 10)])
    assert calendar.country == "FI"
    assert calendar.is_working_day(date(2025, 3, 8))  # Saturday now counts
    assert not calendar.is_working_day(date(2025, 3, 10))  # operator's day off
    assert isinstance(calendar.workdays, frozenset) and isinstance(calendar.extra_days_off, frozenset)
    hash(calendar)


def test_calendar_is_frozen():
    with pytest.raises(AttributeError):
        WorkingCalendar().country = "LV"  # type: ignore[misc]


@pytest.mark.parametrize("country", ["SE", "", "EEE", None, 5])
def test_unknown_country_lists_supported(country):
    with pytest.raises(InvalidInput) as info:
        WorkingCalendar(country)
    assert info.value.field == "country"
    for code in SUPPORTED_COUNTRIES:
        assert code in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"workdays": []}, "workdays"),
        ({"workdays": [7]}, "workdays"),
        ({"workdays": [True]}, "workdays"),
        ({"workdays": 5}, "workdays"),
        ({"extra_days_off": ["2025-01-02"]}, "extra_days_off"),
        ({"extra_days_off": [datetime(2025, 1, 2)]}, "extra_days_off"),
        ({"extra_days_off": 3}, "extra_days_off"),
    ],
)
def test_bad_calendar_configuration(kwargs, field):
    with pytest.raises(InvalidInput) as info:
        WorkingCalendar("EE", **kwargs)
    assert info.value.field == field
