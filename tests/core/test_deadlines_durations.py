"""Calendar arithmetic of deadline rules: elapsed hours, calendar units in a zone, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bonusdesk.core.durations import Duration, add, add_working_days, working_days_between

PARIS = "Europe/Paris"


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(PARIS))


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


# Europe/Paris 2026: clocks go forward on 29 March (02:00 -> 03:00) and back on
# 25 October (03:00 -> 02:00).

def test_hours_are_elapsed_time_across_spring_dst():
    start = paris(2026, 3, 28, 12, 0)  # 11:00 UTC
    due = add(start, Duration(24, "hours"), PARIS)
    assert due == utc(2026, 3, 29, 11, 0)
    assert due.astimezone(ZoneInfo(PARIS)).hour == 13  # local clock moved by one hour


def test_days_keep_local_clock_time_across_spring_dst():
    due = add(paris(2026, 3, 28, 12, 0), Duration(1, "days"), PARIS)
    assert due == utc(2026, 3, 29, 10, 0)  # 12:00 CEST
    assert due.tzinfo is UTC


def test_hours_are_elapsed_time_across_autumn_dst():
    start = paris(2026, 10, 24, 12, 0)  # 10:00 UTC, CEST
    assert add(start, Duration(24, "hours"), PARIS) == utc(2026, 10, 25, 10, 0)  # 11:00 CET


def test_days_keep_local_clock_time_across_autumn_dst():
    due = add(paris(2026, 10, 24, 12, 0), Duration(1, "days"), PARIS)
    assert due == utc(2026, 10, 25, 11, 0)  # 12:00 CET


def test_weeks_across_spring_dst_keep_local_time():
    # The UK rule: 8 weeks from 2 March 10:00 CET ends 27 April 10:00 CEST.
    due = add(paris(2026, 3, 2, 10, 0), Duration(8, "weeks"), PARIS)
    assert due == utc(2026, 4, 27, 8, 0)


def test_local_time_in_the_spring_gap_moves_forward():
    # 02:30 on 29 March does not exist in Paris: it becomes 03:30 CEST.
    due = add(paris(2026, 3, 28, 2, 30), Duration(1, "days"), PARIS)
    assert due == utc(2026, 3, 29, 1, 30)
    assert due.astimezone(ZoneInfo(PARIS)).strftime("%H:%M") == "03:30"


def test_ambiguous_autumn_time_is_its_first_occurrence():
    due = add(paris(2026, 10, 24, 2, 30), Duration(1, "days"), PARIS)
    assert due == utc(2026, 10, 25, 0, 30)  # 02:30 CEST, the first 02:30 that night


def test_calendar_units_count_in_the_given_zone():
    # 23:30 UTC on Friday is already Saturday in Paris but still Friday in New York.
    start = utc(2026, 11, 20, 23, 30)
    # Paris: Saturday 00:30 + 1 working day = Monday 00:30 CET = Sunday 23:30 UTC.
    assert add(start, Duration(1, "working_days"), PARIS) == utc(2026, 11, 22, 23, 30)
    # New York: Friday 18:30 + 1 working day = Monday 18:30 EST.
    assert add(start, Duration(1, "working_days"), "America/New_York") == \
        utc(2026, 11, 23, 23, 30)
    assert add(start, Duration(3, "working_days"), PARIS) == utc(2026, 11, 24, 23, 30)
    assert add(start, Duration(3, "working_days"), "America/New_York") == \
        utc(2026, 11, 25, 23, 30)


@pytest.mark.parametrize(("start", "count", "expected"), [
    (date(2026, 11, 20), 1, date(2026, 11, 23)),  # Friday -> Monday
    (date(2026, 11, 21), 1, date(2026, 11, 23)),  # Saturday -> Monday
    (date(2026, 11, 22), 1, date(2026, 11, 23)),  # Sunday -> Monday
    (date(2026, 11, 23), 1, date(2026, 11, 24)),  # Monday -> Tuesday
    (date(2026, 11, 23), 5, date(2026, 11, 30)),  # a full week
    (date(2026, 11, 18), 10, date(2026, 12, 2)),  # Wednesday + two weeks
    (date(2026, 11, 21), 0, date(2026, 11, 21)),
])
def test_working_days_skip_weekends(start, count, expected):
    assert add_working_days(start, count) == expected
    assert working_days_between(start, expected) == count


def test_working_days_across_dst_keep_local_time():
    due = add(paris(2026, 3, 27, 10, 0), Duration(1, "working_days"), PARIS)
    assert due == utc(2026, 3, 30, 8, 0)  # Monday 10:00 CEST


def test_months_and_years_clamp_to_the_end_of_month():
    assert add(paris(2026, 1, 31, 9, 0), Duration(1, "months"), PARIS) == \
        paris(2026, 2, 28, 9, 0)
    assert add(paris(2028, 2, 29, 9, 0), Duration(1, "years"), PARIS) == \
        paris(2029, 2, 28, 9, 0)
    assert add(paris(2026, 11, 21, 9, 0), Duration(1, "years"), PARIS) == \
        paris(2027, 11, 21, 9, 0)


def test_working_days_between_counts_only_weekdays():
    assert working_days_between(date(2026, 11, 20), date(2026, 11, 20)) == 0
    assert working_days_between(date(2026, 11, 20), date(2026, 11, 22)) == 0
    assert working_days_between(date(2026, 11, 20), date(2026, 12, 4)) == 10


@pytest.mark.parametrize(("amount", "unit"), [
    (-1, "days"), (1.5, "days"), (True, "days"), ("3", "days"), (3, "fortnights")])
def test_bad_durations_are_refused(amount, unit):
    with pytest.raises(ValueError):
        Duration(amount, unit)


def test_naive_start_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        add(datetime(2026, 1, 1), Duration(1, "days"), PARIS)


def test_duration_description():
    assert Duration(10, "working_days").describe() == "10 working days"
    assert Duration(1, "years").describe() == "1 year"
