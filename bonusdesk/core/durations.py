"""Durations of deadline rules and calendar arithmetic in a time zone.

Two kinds of unit, on purpose:

* ``hours`` are elapsed time: a 24 h reporting window ends 24 real hours after
  the incident, even across a DST change (local clock time then moves by one
  hour).
* ``days``, ``working_days``, ``weeks``, ``months`` and ``years`` are calendar
  units counted in the rule's zone: the deadline falls on the same local clock
  time as the start, whatever DST did in between ("8 weeks" from 10:00 ends at
  10:00 local). A local time that does not exist on the end day (spring gap) is
  moved forward by the gap; an ambiguous one (autumn) is its first occurrence.

Working days skip Saturdays and Sundays (no public holidays: they differ by
country and the rule file would have to carry them). Counting starts the day
after the start: Friday + 1 working day = Monday; Saturday + 1 = Monday.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .timeutil import get_zone

UNITS = ("hours", "days", "working_days", "weeks", "months", "years")
SATURDAY = 5


@dataclass(frozen=True)
class Duration:
    amount: int
    unit: str

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ValueError(f"unknown duration unit {self.unit!r}; use one of {', '.join(UNITS)}")
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 0:
            raise ValueError(f"duration must be a whole number >= 0, not {self.amount!r}")

    def describe(self) -> str:
        """English text such as ``10 working days``; the UI translates by unit."""
        unit = self.unit.replace("_", " ")
        if self.amount == 1:
            unit = unit[:-1]
        return f"{self.amount} {unit}"


def add(start: datetime, duration: Duration, zone: str) -> datetime:
    """``start`` + ``duration``, counted in ``zone``; returns an aware UTC datetime."""
    if start.tzinfo is None:
        raise ValueError("naive datetime: a time zone is required")
    if duration.unit == "hours":
        return start.astimezone(UTC) + timedelta(hours=duration.amount)
    tz = get_zone(zone)
    local = start.astimezone(tz)
    day = local.date()
    if duration.unit == "days":
        day += timedelta(days=duration.amount)
    elif duration.unit == "weeks":
        day += timedelta(weeks=duration.amount)
    elif duration.unit == "working_days":
        day = add_working_days(day, duration.amount)
    elif duration.unit == "months":
        day = _add_months(day, duration.amount)
    else:  # years
        day = _add_months(day, 12 * duration.amount)
    return at_local_time(day, local, zone)


def at_local_time(day: date, like: datetime, zone: str) -> datetime:
    """``day`` at the local clock time of ``like`` in ``zone``, as UTC."""
    tz = get_zone(zone)
    local = like.astimezone(tz)
    wall = datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=tz)  # fold=0
    # A UTC round trip turns a wall time inside the spring gap into a real instant.
    return wall.astimezone(UTC)


def add_working_days(day: date, count: int) -> date:
    """The ``count``-th Monday-to-Friday day after ``day`` (``day`` itself if 0)."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < SATURDAY:
            count -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Weekdays in ``(start, end]``: how many working days ``end`` is after ``start``."""
    if end <= start:
        return 0
    full_weeks, rest = divmod((end - start).days, 7)
    count = full_weeks * 5
    day = start + timedelta(weeks=full_weeks)
    for _ in range(rest):
        day += timedelta(days=1)
        if day.weekday() < SATURDAY:
            count += 1
    return count


def _add_months(day: date, months: int) -> date:
    """Same day of month ``months`` later, clamped (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
