"""Publication dates as callers give them: a date, a datetime or a common date string.

``to_date("October 16, 2022")``, ``to_date("16/10/2022")``, ``to_date("2022-10-16")`` and
``to_date(datetime(2022, 10, 16, 9, 30))`` all give ``date(2022, 10, 16)``. A value that
names no date (or two: ``"03/04/2022"`` is 3 April or March 4) raises ``BadDate`` saying
what is accepted, rather than being dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

ACCEPTED = (
    "a date, a datetime, or a string such as 2022-10-16, 16/10/2022, 16.10.2022, "
    "October 16, 2022, 16 Oct 2022 or Sun, 16 Oct 2022 09:30:00 GMT"
)

_WORD_DATE = [
    # October 16, 2022 / Oct. 16 2022 / Sunday, October 16th, 2022
    re.compile(
        r"^(?:[a-z]+,?\s+)?(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})$"
    ),
    # 16 October 2022 / Sun, 16 Oct 2022 (an RFC 822 date, time and zone cut off below)
    re.compile(
        r"^(?:[a-z]+,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{4})$"
    ),
]
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<year>\d{4})$")
_YMD = re.compile(r"^(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})$")
_TIME_TAIL = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|[a-z]{1,5}|[+\-]\d{2}:?\d{2}))*$")


class BadDate(ValueError):
    """A publication date that could not be read; the message names the value and what is accepted."""


def _make(year: int, month: int, day: int, value: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as e:
        raise BadDate(f"{value!r} is not a date ({e}); use {ACCEPTED}") from None


def _from_string(s: str, value: object) -> dt.date | None:
    try:  # ISO 8601: 2022-10-16, 2022-10-16T09:30:00Z, 2022-10-16 09:30
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    low = _TIME_TAIL.sub("", s.lower().strip()).strip()
    if m := _YMD.match(low):
        return _make(int(m["year"]), int(m["month"]), int(m["day"]), value)
    if m := _NUMERIC.match(low):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:  # 16/10/2022: day first
            return _make(int(m["year"]), b, a, value)
        if b > 12 >= a:  # 10/16/2022: month first
            return _make(int(m["year"]), a, b, value)
        if a == b:
            return _make(int(m["year"]), a, b, value)
        raise BadDate(
            f"{value!r} is ambiguous (day/month or month/day); use YYYY-MM-DD, e.g. "
            f"{m['year']}-{b:02d}-{a:02d} or {m['year']}-{a:02d}-{b:02d}"
        )
    for rx in _WORD_DATE:
        if (m := rx.match(low)) and m["month"] in MONTHS:
            return _make(int(m["year"]), MONTHS[m["month"]], int(m["day"]), value)
    return None


def to_date(value: Any) -> dt.date | None:
    """``value`` as a date; ``None`` and empty strings give ``None``; anything unreadable raises ``BadDate``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise BadDate(f"{value!r} ({type(value).__name__}) is not a date; use {ACCEPTED}")
    s = value.strip()
    if not s:
        return None
    found = _from_string(s, value)
    if found is None:
        raise BadDate(f"{value!r} is not a date tidings can read; use {ACCEPTED}")
    return found
