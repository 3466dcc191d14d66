import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from moderation.calendars import COUNTRY_ZONES, SUPPORTED_COUNTRIES, WorkingCalendar
from moderation.cli import main
from moderation.errors import InvalidInput
from moderation.sla import compute_sla, deadline, parse_instant, working_time_between

DAY = timedelta(hours=24)
TINY = timedelta(microseconds=1)
ALL_WEEK = frozenset(range(7))


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def utc(value: datetime) -> datetime:
    """Instant arithmetic and comparison belong in UTC: aware datetimes sharing one ZoneInfo
    subtract, add and compare by wall clock (ignoring the offset and ``fold``)."""
    return value.astimezone(UTC)


# --- hand-computed deadlines -------------------------------------------------------------
# Each row: received (local, with offset) -> due (local, with offset), with the reasoning.
DEADLINES = [
    # Friday afternoon, ordinary week: 8.5 h on Friday, weekend skipped, 15.5 h on Monday.
    ("EE", "2025-03-07T15:30:00+02:00", "2025-03-10T15:30:00+02:00"),
    ("LV", "2025-03-07T15:30:00+02:00", "2025-03-10T15:30:00+02:00"),
    ("LT", "2025-03-07T15:30:00+02:00", "2025-03-10T15:30:00+02:00"),
    ("FI", "2025-03-07T15:30:00+02:00", "2025-03-10T15:30:00+02:00"),
    # The same instant given in UTC is answered in local time.
    ("EE", "2025-03-07T13:30:00+00:00", "2025-03-10T15:30:00+02:00"),
    # Received at Friday 00:00: the deadline is the end of Friday, i.e. Saturday's first instant.
    ("EE", "2025-03-07T00:00:00+02:00", "2025-03-08T00:00:00+02:00"),
    # Received on Saturday: the clock starts Monday 00:00 and ends Tuesday 00:00.
    ("LV", "2025-03-08T11:00:00+02:00", "2025-03-11T00:00:00+02:00"),
    # ... but Lithuania's 11 March is a holiday: Monday counts, then Tuesday is skipped.
    ("LT", "2025-03-08T11:00:00+02:00", "2025-03-11T00:00:00+02:00"),
    ("LT", "2025-03-10T06:00:00+02:00", "2025-03-12T06:00:00+02:00"),
    # Christmas. EE 2024: Mon 23rd 15:00 -> 9 h; 24-26 holidays; Fri 27th 15 h.
    ("EE", "2024-12-23T15:00:00+02:00", "2024-12-27T15:00:00+02:00"),
    # LV 2024: 23rd is a substituted day off, 24-26 holidays: Fri 20th 9 h, Fri 27th 15 h.
    ("LV", "2024-12-20T15:00:00+02:00", "2024-12-27T15:00:00+02:00"),
    # LT 2025: Tue 23rd 18:00 -> 6 h; Wed-Fri 24-26 holidays; weekend; Mon 29th 18 h.
    ("LT", "2025-12-23T18:00:00+02:00", "2025-12-29T18:00:00+02:00"),
    ("FI", "2025-12-23T18:00:00+02:00", "2025-12-29T18:00:00+02:00"),
    # New Year. EE/LT/FI: Tue 31.12.2024 12:00 -> 12 h; 1 Jan holiday; Thu 2 Jan 12 h.
    ("EE", "2024-12-31T12:00:00+02:00", "2025-01-02T12:00:00+02:00"),
    ("LT", "2024-12-31T12:00:00+02:00", "2025-01-02T12:00:00+02:00"),
    ("FI", "2024-12-31T12:00:00+02:00", "2025-01-02T12:00:00+02:00"),
    # LV: Fri 27.12.2024 10:00 -> 14 h; 30th (substituted), 31st and 1 Jan off; Thu 2 Jan 10 h.
    ("LV", "2024-12-27T10:00:00+02:00", "2025-01-02T10:00:00+02:00"),
    # FI Epiphany, Mon 6.1.2025: Fri 3rd 08:00 -> 16 h; Tue 7th 8 h.
    ("FI", "2025-01-03T08:00:00+02:00", "2025-01-07T08:00:00+02:00"),
    # Midsummer. EE 2025: Võidupüha Mon 23.6 and Jaanipäev Tue 24.6. Fri 20th 14:00 -> 10 h; Wed 25th 14 h.
    ("EE", "2025-06-20T14:00:00+03:00", "2025-06-25T14:00:00+03:00"),
    # LV 2024: Līgo Sun 23.6 and Jāņi Mon 24.6. Fri 21st 09:00 -> 15 h; Tue 25th 9 h.
    ("LV", "2024-06-21T09:00:00+03:00", "2024-06-25T09:00:00+03:00"),
    # LT 2025: Joninės Tue 24.6 only. Mon 23rd 20:00 -> 4 h; Wed 25th 20 h.
    ("LT", "2025-06-23T20:00:00+03:00", "2025-06-25T20:00:00+03:00"),
    # FI 2025: Juhannusaatto Fri 20.6, Juhannuspäivä Sat 21.6. Thu 19th 16:00 -> 8 h; Mon 23rd 16 h.
    ("FI", "2025-06-19T16:00:00+03:00", "2025-06-23T16:00:00+03:00"),
    # Easter 2025: Good Friday 18.4, Easter Monday 21.4.
    # EE: only Good Friday. Thu 17th 12:00 -> 12 h; Mon 21st 12 h.
    ("EE", "2025-04-17T12:00:00+03:00", "2025-04-21T12:00:00+03:00"),
    # LV and FI: both. Thu 17th 12:00 -> 12 h; Tue 22nd 12 h.
    ("LV", "2025-04-17T12:00:00+03:00", "2025-04-22T12:00:00+03:00"),
    ("FI", "2025-04-17T12:00:00+03:00", "2025-04-22T12:00:00+03:00"),
    # LT: only Easter Monday, Good Friday is worked. Thu 17th 12:00 -> Fri 18th 12:00 ...
    ("LT", "2025-04-17T12:00:00+03:00", "2025-04-18T12:00:00+03:00"),
    # ... and Fri 18th 12:00 -> 12 h; Mon off; Tue 22nd 12 h.
    ("LT", "2025-04-18T12:00:00+03:00", "2025-04-22T12:00:00+03:00"),
    # DST with the default calendar: the change happens on a Sunday, wall clock time is kept.
    ("EE", "2025-03-28T15:00:00+02:00", "2025-03-31T15:00:00+03:00"),
    ("FI", "2025-10-24T15:00:00+03:00", "2025-10-27T15:00:00+02:00"),
]


@pytest.mark.parametrize(("country", "received", "due"), DEADLINES)
def test_deadline_table(country, received, due):
    calendar = WorkingCalendar(country)
    got = deadline(at(received), calendar)
    assert got.isoformat() == due
    assert got.tzinfo == ZoneInfo(COUNTRY_ZONES[country])
    assert working_time_between(at(received), got, calendar) == DAY


# When Sunday counts, the spring-forward Sunday has 23 hours and the fall-back Sunday 25.
DST_ALL_WEEK = [
    ("EE", "2025-03-29T12:00:00+02:00", "2025-03-30T13:00:00+03:00"),
    ("FI", "2025-03-30T00:00:00+02:00", "2025-03-31T01:00:00+03:00"),
    ("EE", "2025-10-25T12:00:00+03:00", "2025-10-26T11:00:00+02:00"),
    ("FI", "2025-10-26T00:00:00+03:00", "2025-10-26T23:00:00+02:00"),
    # Received during the repeated hour (second 03:30, UTC 01:30).
    ("EE", "2025-10-26T03:30:00+02:00", "2025-10-27T03:30:00+02:00"),
]


@pytest.mark.parametrize(("country", "received", "due"), DST_ALL_WEEK)
def test_dst_counts_real_elapsed_time(country, received, due):
    calendar = WorkingCalendar(country, workdays=ALL_WEEK)
    got = deadline(at(received), calendar)
    assert got.isoformat() == due
    assert utc(got) - utc(at(received)) == DAY


def test_working_time_of_dst_days():
    calendar = WorkingCalendar("EE", workdays=ALL_WEEK)
    tallinn = ZoneInfo("Europe/Tallinn")
    spring = working_time_between(
        datetime(2025, 3, 30, tzinfo=tallinn), datetime(2025, 3, 31, tzinfo=tallinn), calendar
    )
    autumn = working_time_between(
        datetime(2025, 10, 26, tzinfo=tallinn), datetime(2025, 10, 27, tzinfo=tallinn), calendar
    )
    assert spring == timedelta(hours=23)
    assert autumn == timedelta(hours=25)


# Regressions: the property test below once did `due - TINY` on a local fold=1 deadline,
# which is wall-clock arithmetic and lands an hour early (fall-back) or late (spring-forward).
# Calendar: Saturday, Sunday and Monday count; each night's change happens early on Sunday.
SAT_SUN_MON = frozenset({0, 5, 6})
DST_EDGE_DEADLINES = [
    # Fall-back 2019-10-27 (04:00 EEST -> 03:00 EET): Saturday 04:00 -> 20 h on Saturday, then
    # 4 h of the 25-hour Sunday: the deadline is the *second* 03:00 (01:00 UTC).
    ("2019-10-26T04:00:00+03:00", "2019-10-27T03:00:00+02:00", timedelta(hours=23)),
    # Spring-forward 2019-03-31 (03:00 EET -> 04:00 EEST): Saturday 03:00 -> 21 h on Saturday,
    # then 3 h of the 23-hour Sunday: the deadline is 04:00 EEST, the instant the gap ends.
    ("2019-03-30T03:00:00+02:00", "2019-03-31T04:00:00+03:00", timedelta(hours=25)),
]


@pytest.mark.parametrize(("received", "due", "wall_clock"), DST_EDGE_DEADLINES)
def test_deadline_on_a_dst_edge(received, due, wall_clock):
    calendar = WorkingCalendar("EE", workdays=SAT_SUN_MON)
    got = deadline(at(received), calendar)
    assert got.isoformat() == due
    assert got.replace(tzinfo=None) - at(received).replace(tzinfo=None) == wall_clock
    assert working_time_between(at(received), got, calendar) == DAY
    assert working_time_between(at(received), utc(got) - TINY, calendar) == DAY - TINY
    # The pitfall itself: local arithmetic moves by a wall-clock hour, not by 1 µs.
    assert abs(utc(got - TINY) - utc(got)) > timedelta(minutes=59)


def test_working_time_of_the_repeated_hour():
    calendar = WorkingCalendar("EE", workdays=ALL_WEEK)
    tallinn = ZoneInfo("Europe/Tallinn")
    first = datetime(2025, 10, 26, 3, 30, tzinfo=tallinn)  # EEST, 00:30 UTC
    second = first.replace(fold=1)  # EET, 01:30 UTC; `second - first` would say 0
    assert working_time_between(first, second, calendar) == timedelta(hours=1)
    assert working_time_between(second, first, calendar) == timedelta(0)


@pytest.mark.parametrize(
    ("answered", "met"),
    [
        ("2025-10-26T03:45:00+03:00", True),  # exactly at the deadline (first 03:45, EEST)
        ("2025-10-26T03:30:00+03:00", True),  # first 03:30: early
        ("2025-10-26T03:30:00+02:00", False),  # second 03:30: 45 min late, earlier wall clock
        ("2025-10-26T03:45:00+02:00", False),  # second 03:45: an hour late, same wall clock
    ],
)
def test_met_compares_instants_in_the_repeated_hour(answered, met):
    calendar = WorkingCalendar("EE", workdays=ALL_WEEK)
    result = compute_sla(at("2025-10-25T03:45:00+03:00"), at(answered), calendar=calendar)
    assert result.to_dict()["due_at"] == "2025-10-26T03:45:00+03:00"
    assert result.met is met
    assert (result.working_hours_elapsed <= 24.0) is met


def test_extra_days_off_push_the_deadline():
    received = at("2025-03-07T15:30:00+02:00")
    calendar = WorkingCalendar("EE", extra_days_off={date(2025, 3, 10)})
    assert deadline(received, calendar).isoformat() == "2025-03-11T15:30:00+02:00"


def test_six_day_week():
    received = at("2025-03-07T15:30:00+02:00")
    calendar = WorkingCalendar("EE", workdays=range(6))
    assert deadline(received, calendar).isoformat() == "2025-03-08T15:30:00+02:00"


# --- compute_sla -------------------------------------------------------------------------


def test_compute_sla_to_dict_shape():
    result = compute_sla(at("2025-03-07T13:30:00Z"), at("2025-03-10T07:00:00Z"), country="LV")
    assert result.to_dict() == {
        "due_at": "2025-03-10T15:30:00+02:00",
        "answered_at": "2025-03-10T09:00:00+02:00",
        "working_hours_elapsed": 17.5,
        "met": True,
    }


@pytest.mark.parametrize(
    ("answered", "hours", "met"),
    [
        ("2025-03-10T15:30:00+02:00", 24.0, True),  # exactly on time
        ("2025-03-10T15:30:01+02:00", 24.0, False),  # one second late (rounds to 24.0)
        ("2025-03-11T10:00:00+02:00", 42.5, False),
        ("2025-03-07T15:30:00+02:00", 0.0, True),  # answered at once
        ("2025-03-08T10:00:00+02:00", 8.5, True),  # answered on Saturday
    ],
)
def test_compute_sla_met_and_elapsed(answered, hours, met):
    result = compute_sla(at("2025-03-07T15:30:00+02:00"), at(answered))
    assert result.working_hours_elapsed == hours
    assert result.met is met


def test_answer_on_weekend_after_friday_midnight_deadline_is_late():
    result = compute_sla(at("2025-03-07T00:00:00+02:00"), at("2025-03-08T09:00:00+02:00"), "FI")
    assert result.to_dict()["due_at"] == "2025-03-08T00:00:00+02:00"
    assert result.working_hours_elapsed == 24.0
    assert not result.met


def test_weekend_message_answered_on_weekend():
    result = compute_sla(at("2025-03-08T11:00:00+02:00"), at("2025-03-09T20:00:00+02:00"))
    assert result.working_hours_elapsed == 0.0 and result.met
    assert result.to_dict()["due_at"] == "2025-03-11T00:00:00+02:00"


def test_compute_sla_uses_given_calendar():
    calendar = WorkingCalendar("LT", workdays=ALL_WEEK)
    result = compute_sla(at("2025-03-08T11:00:00+02:00"), at("2025-03-08T12:00:00+02:00"), None, calendar)
    assert result.country == "LT"
    assert result.to_dict()["due_at"] == "2025-03-09T11:00:00+02:00"
    received, answered = at("2025-03-08T11:00:00+02:00"), at("2025-03-08T12:00:00+02:00")
    assert compute_sla(received, answered, calendar=calendar).met
    with pytest.raises(InvalidInput) as info:
        compute_sla(at("2025-03-08T11:00:00+02:00"), at("2025-03-08T12:00:00+02:00"), "EE", calendar)
    assert info.value.field == "country"
    assert (
        compute_sla(at("2025-03-08T11:00:00+02:00"), at("2025-03-08T12:00:00+02:00"), "lt", calendar).country
        == "LT"
    )


@pytest.mark.parametrize(
    ("received", "answered", "country", "field"),
    [
        (datetime(2025, 3, 7, 12), at("2025-03-08T00:00:00+02:00"), "EE", "received_at"),
        (at("2025-03-07T12:00:00+02:00"), datetime(2025, 3, 8), "EE", "answered_at"),
        ("2025-03-07T12:00:00+02:00", at("2025-03-08T00:00:00+02:00"), "EE", "received_at"),
        (date(2025, 3, 7), at("2025-03-08T00:00:00+02:00"), "EE", "received_at"),
        (at("2025-03-07T12:00:00+02:00"), at("2025-03-07T11:59:59+02:00"), "EE", "answered_at"),
        (at("2025-03-07T12:00:00+02:00"), at("2025-03-08T00:00:00+02:00"), "SE", "country"),
        (at("1900-03-07T12:00:00+02:00"), at("2025-03-08T00:00:00+02:00"), "EE", "received_at"),
        (at("2025-03-07T12:00:00+02:00"), at("9999-03-08T00:00:00+02:00"), "EE", "answered_at"),
    ],
)
def test_compute_sla_invalid_input(received, answered, country, field):
    with pytest.raises(InvalidInput) as info:
        compute_sla(received, answered, country)
    assert info.value.field == field
    if field == "country":
        assert all(code in str(info.value) for code in SUPPORTED_COUNTRIES)


@pytest.mark.parametrize("allowance", [timedelta(0), timedelta(hours=-1), timedelta(days=400), 24])
def test_deadline_rejects_bad_allowance(allowance):
    with pytest.raises(InvalidInput):
        deadline(at("2025-03-07T12:00:00+02:00"), WorkingCalendar(), allowance)


def test_working_time_between_is_zero_for_reversed_interval():
    calendar = WorkingCalendar()
    later, earlier = at("2025-03-07T12:00:00+02:00"), at("2025-03-06T12:00:00+02:00")
    assert working_time_between(later, earlier, calendar) == timedelta(0)


# --- properties --------------------------------------------------------------------------

ZONES = [ZoneInfo(name) for name in COUNTRY_ZONES.values()]
instants = st.datetimes(
    min_value=datetime(2019, 1, 1),
    max_value=datetime(2031, 12, 31),
    timezones=st.sampled_from([UTC, *ZONES]),
    allow_imaginary=False,
)
days_off = st.frozensets(st.dates(min_value=date(2019, 1, 1), max_value=date(2032, 3, 1)), max_size=15)
calendars = st.builds(
    WorkingCalendar,
    country=st.sampled_from(SUPPORTED_COUNTRIES),
    workdays=st.frozensets(st.integers(0, 6), min_size=1),
    extra_days_off=days_off,
)


def oracle_working_time(start: datetime, end: datetime, calendar: WorkingCalendar) -> timedelta:
    """Independent check: walk whole UTC hours (all four zones have whole-hour offsets, so a
    local date never changes inside one) and keep the pieces that start on a working day."""
    lo, hi = start.astimezone(UTC), end.astimezone(UTC)
    total = timedelta(0)
    cursor = lo
    while cursor < hi:
        next_hour = cursor.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        piece_end = min(hi, next_hour)
        if calendar.is_working_day(cursor.astimezone(calendar.zone).date()):
            total += piece_end - cursor
        cursor = piece_end
    return total


@settings(max_examples=300, deadline=None)
@given(received=instants, calendar=calendars)
@example(  # the fall-back deadline that exposed wall-clock `due - TINY` (see DST_EDGE_DEADLINES)
    received=datetime(2019, 10, 26, 4, tzinfo=ZoneInfo("Europe/Tallinn")),
    calendar=WorkingCalendar("EE", workdays=SAT_SUN_MON),
)
def test_deadline_ends_on_a_working_day_after_exactly_24_working_hours(received, calendar):
    due = deadline(received, calendar)
    assert utc(due) > utc(received)
    assert due.tzinfo == calendar.zone
    # the instant just before the deadline lies on a working day (a deadline at 00:00 is the
    # end of the previous, working, date); 1 µs earlier in real time, so computed in UTC
    just_before = utc(due) - TINY
    assert calendar.is_working_day(just_before.astimezone(calendar.zone).date())
    assert working_time_between(received, due, calendar) == DAY
    # and it is the earliest such instant
    assert working_time_between(received, just_before, calendar) == DAY - TINY


@settings(max_examples=150, deadline=None)
@given(received=instants, calendar=calendars, more=days_off)
def test_more_days_off_never_move_the_deadline_earlier(received, calendar, more):
    stricter = WorkingCalendar(calendar.country, calendar.workdays, calendar.extra_days_off | more)
    assert utc(deadline(received, stricter)) >= utc(deadline(received, calendar))


@settings(max_examples=300, deadline=None)
@given(points=st.lists(instants, min_size=3, max_size=3), calendar=calendars)
def test_working_time_is_additive_and_monotone(points, calendar):
    a, b, c = sorted(points, key=utc)
    ab = working_time_between(a, b, calendar)
    bc = working_time_between(b, c, calendar)
    ac = working_time_between(a, c, calendar)
    assert ab + bc == ac
    assert timedelta(0) <= ab <= ac
    assert ac <= utc(c) - utc(a)


@settings(max_examples=200, deadline=None)
@given(
    start=instants,
    length=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=9)),
    calendar=calendars,
)
def test_working_time_matches_an_hourly_oracle(start, length, calendar):
    end = (utc(start) + length).astimezone(start.tzinfo)  # `length` of real time, given locally
    assert working_time_between(start, end, calendar) == oracle_working_time(start, end, calendar)


DST_NIGHTS = [datetime(2025, 3, 30, 1, tzinfo=UTC), datetime(2025, 10, 26, 1, tzinfo=UTC)]


@settings(max_examples=200, deadline=None)
@given(
    night=st.sampled_from(DST_NIGHTS),
    before=st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=30)),
    zone=st.sampled_from(["Europe/Tallinn", "Europe/Helsinki"]),
)
def test_received_before_a_dst_night_gets_24_real_hours(night, before, zone):
    """Every day counts and no holiday is near: the deadline is 24 real hours later, which on
    the wall clock is 23 or 25 hours when the night is crossed."""
    country = "EE" if zone == "Europe/Tallinn" else "FI"
    calendar = WorkingCalendar(country, workdays=ALL_WEEK)
    received = (night - before).astimezone(ZoneInfo(zone))
    due = deadline(received, calendar)
    assert due.astimezone(UTC) - received.astimezone(UTC) == DAY
    wall = due.replace(tzinfo=None) - received.replace(tzinfo=None)
    crosses = received.astimezone(UTC) < night <= due.astimezone(UTC)
    if not crosses:
        assert wall == DAY
    else:
        assert wall == (DAY - timedelta(hours=1) if night.month == 10 else DAY + timedelta(hours=1))


@settings(max_examples=100, deadline=None)
@given(night=st.sampled_from(DST_NIGHTS), before=st.timedeltas(timedelta(0), timedelta(days=4)))
def test_default_calendar_keeps_24_working_hours_across_dst(night, before):
    for country in ("EE", "FI"):
        calendar = WorkingCalendar(country)
        received = night - before
        due = deadline(received, calendar)
        assert working_time_between(received, due, calendar) == DAY
        assert oracle_working_time(received, due, calendar) == DAY


# --- parse_instant and the command line --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-07T15:30:00+02:00", "2025-03-07T15:30:00+02:00"),
        ("2025-03-07T13:30Z", "2025-03-07T13:30:00+00:00"),
        (" 2025-03-07 15:30:00.250+02:00 ", "2025-03-07T15:30:00.250000+02:00"),
    ],
)
def test_parse_instant(text, expected):
    assert parse_instant(text).isoformat() == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "yesterday", "2025-03-07T15:30:00", "2025-13-07T15:30Z", "9" * 65, 5]
)
def test_parse_instant_rejects(text):
    with pytest.raises(InvalidInput) as info:
        parse_instant(text, "answered_at")
    assert info.value.field == "answered_at"


def test_cli_prints_sla_json(capsys):
    argv = ["sla", "2024-12-20T15:00:00+02:00", "--country", "LV", "--answered-at", "2024-12-27T13:00:00Z"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out) == {
        "due_at": "2024-12-27T15:00:00+02:00",
        "answered_at": "2024-12-27T15:00:00+02:00",
        "working_hours_elapsed": 24.0,
        "met": True,
    }


def test_cli_answered_at_defaults_to_now(capsys):
    before = datetime.now(UTC)
    assert main(["sla", "2025-03-07T15:30:00+02:00", "--country", "fi"]) == 0
    out = json.loads(capsys.readouterr().out)
    answered = datetime.fromisoformat(out["answered_at"])
    assert answered >= before and answered.utcoffset() in (timedelta(hours=2), timedelta(hours=3))
    assert out["met"] is False and out["working_hours_elapsed"] > 24


@pytest.mark.parametrize(
    "argv",
    [
        ["sla", "2025-03-07T15:30:00"],
        ["sla", "not a date"],
        ["sla", "2025-03-07T15:30:00+02:00", "--country", "SE"],
        ["sla", "2025-03-07T15:30:00+02:00", "--answered-at", "2025-03-06T15:30:00+02:00"],
    ],
)
def test_cli_sla_invalid_input(argv, capsys):
    assert main(argv) == 2
    assert json.loads(capsys.readouterr().err)["error"]["code"] == "invalid_input"
