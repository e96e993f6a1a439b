"""The calendar period a TIMEX3 value names: its first and last day.

A date value keeps the precision the text gave ("2019-01-22" a day, "2019-W04" an ISO week,
"2019-01" a month, "2019-Q1" a quarter, "2019-SU" a season, "2019" a year, "201X" a
decade). Filters and series use the period, never the publication day. Seasons are those
of the northern hemisphere, as TimeML defines them: SP March-May, SU June-August,
FA September-November, WI December of that year to February of the next.
"""

from __future__ import annotations

import datetime as dt
import re

Period = tuple[dt.date, dt.date]

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")


def _month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` (months past 12 roll into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _months(year: int, first: int, last: int) -> Period:
    return dt.date(year, first, 1), _month_end(year, last)


def period_bounds(value: str | None) -> Period | None:
    """(first day, last day) of a TIMEX3 date value; None for PRESENT_REF and the unreadable."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            return _months(int(m[1]), int(m[2]), int(m[2]))
        if m := _PART.match(value):
            year, part = int(m[1]), m[2]
            if part[0] == "Q":
                q = int(part[1])
                return _months(year, 3 * q - 2, 3 * q)
            if part[0] == "H":
                h = int(part[1])
                return _months(year, 6 * h - 5, 6 * h)
            return _months(year, *_SEASONS[part])
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _DECADE.match(value):
            return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    except ValueError:  # month 13, week 54 ...
        return None
    return None


def bin_start(day: dt.date, by: str) -> dt.date:
    """The first day of the ``by`` period (day, week, month, year) that holds ``day``."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return day.replace(month=1, day=1)
    raise ValueError(f"by must be one of day, week, month, year, not {by!r}")


def fits(period: Period, by: str) -> bool:
    """Whether a period lies inside one ``by`` bin (a month-dated event fits a month or a year)."""
    return bin_start(period[0], by) == bin_start(period[1], by)
