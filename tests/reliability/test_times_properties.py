"""Property tests of date resolution (tidings.times.resolve) against any publication date.

Expressions come from a grammar of the words the resolver knows (leads, relatives, weekdays,
months, seasons, numbers, units, directions) mixed with arbitrary text; anchors are any
date Python can represent, tenses any of past/future/None. Whatever the input:
- ``resolve`` returns a Resolution and never raises;
- a value is valid TIMEX3 for its granularity (a real calendar date, an ISO week that
  exists, a four-digit year ...), or None with a note saying why;
- a resolved weekday has that weekday and lies within 7 days of the publication date;
- "N days ago" / "in N days" style offsets land exactly N days away.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.reliability.test_properties import FUZZ  # noqa: F401  (loads the ci/fuzz profile)
from tidings.times.resolve import MONTHS, SEASONS, WEEKDAYS, Resolution, resolve

pytestmark = pytest.mark.fuzz

LEADS = [
    "",
    "on ",
    "in ",
    "during ",
    "by ",
    "since ",
    "until ",
    "late on ",
    "early ",
    "the end of ",
    "mid-",
    "earlier ",
    "later ",
    "the beginning of the ",
    "through ",
]
RELS = ["", "last ", "this ", "next ", "past ", "coming ", "previous ", "the past ", "the coming "]
PARTS = ["", " morning", " afternoon", " evening", " night", " noon"]
NUMS = [
    "a",
    "an",
    "one",
    "two",
    "three",
    "ten",
    "twelve",
    "a couple of",
    "a few",
    "several",
    "0",
    "1",
    "7",
    "31",
    "365",
    "1000",
    "9999",
    "100000",
    "99999999999",
    "10" * 30,
]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "weekend"]
DIRS = ["ago", "earlier", "before", "later", "from now", "hence"]
DEICTIC = [
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "the day before yesterday",
    "the day after tomorrow",
    "this morning",
    "last night",
    "overnight",
    "now",
    "currently",
    "at present",
]
month_names = st.sampled_from(sorted(MONTHS))
days = st.one_of(
    st.integers(0, 40).map(str), st.sampled_from(["1st", "2nd", "3rd", "29th", "31st", "00", "99"])
)
years = st.one_of(
    st.integers(1600, 2099).map(str), st.sampled_from(["0000", "1599", "2100", "9999", "12345"])
)
sep = st.sampled_from([" ", "  ", ", ", " of ", "\u00a0", "\n"])


def _cat(*parts):
    return st.tuples(*parts).map(lambda t: "".join(t))


WEEKDAY_RELS = [r for r in RELS if not r.startswith("the ")]  # "the past Monday" is not an expression
weekday_expr = _cat(
    st.sampled_from(LEADS), st.sampled_from(WEEKDAY_RELS), st.sampled_from(WEEKDAYS), st.sampled_from(PARTS)
)
expressions = st.one_of(
    weekday_expr,
    _cat(st.sampled_from(LEADS), st.sampled_from(RELS), st.sampled_from([*MONTHS, *SEASONS])),
    _cat(
        st.sampled_from(LEADS),
        month_names,
        sep,
        days,
        st.sampled_from(["", ",", ", "]),
        st.sampled_from(["", " "]),
        years,
    ),
    _cat(st.sampled_from(LEADS), days, sep, month_names, st.sampled_from(["", " "]), years),
    _cat(st.sampled_from(LEADS), st.sampled_from([*SEASONS, *MONTHS]), sep, years),
    _cat(st.sampled_from(LEADS), st.sampled_from(["", "year "]), years, st.sampled_from(["", "s", "'s"])),
    _cat(st.sampled_from(["", "earlier ", "later "]), st.sampled_from(RELS), st.sampled_from(UNITS)),
    _cat(st.sampled_from(NUMS), st.just(" "), st.sampled_from(UNITS), st.just(" "), st.sampled_from(DIRS)),
    _cat(st.sampled_from(LEADS), st.sampled_from(DEICTIC), st.sampled_from(PARTS)),
    _cat(
        years,
        st.just("-"),
        st.integers(0, 13).map("{:02d}".format),
        st.just("-"),
        st.integers(0, 32).map("{:02d}".format),
    ),
    st.text(max_size=40),
    st.lists(
        st.sampled_from([*WEEKDAYS, *MONTHS, *UNITS, *DIRS, *NUMS[:6], "last", "next", "the", "of", "1999"]),
        max_size=6,
    ).map(" ".join),
).map(lambda s: s.title() if len(s) % 3 == 0 else s)  # case varies
anchors = st.one_of(
    st.dates(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.none()
)
tenses = st.sampled_from([None, "past", "future"])

GRANULARITIES = {"day", "week", "weekend", "month", "season", "year", "decade", "present"}


def assert_valid_timex(res: Resolution) -> None:
    """The value is well-formed TIMEX3 for its granularity, or None with a reason."""
    if res.value is None:
        assert res.note, res
        assert res.granularity is None or res.granularity in GRANULARITIES
        return
    g, v = res.granularity, res.value
    assert g in GRANULARITIES, res
    if g == "day":
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), res
        dt.date.fromisoformat(v)
    elif g in ("week", "weekend"):
        m = re.fullmatch(r"(\d{4})-W(\d{2})" + ("-WE" if g == "weekend" else ""), v)
        assert m, res
        dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)  # the ISO week exists in that year
    elif g == "month":
        assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v), res
    elif g == "season":
        assert re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", v), res
    elif g == "year":
        assert re.fullmatch(r"\d{4}", v), res
    elif g == "decade":
        assert re.fullmatch(r"\d{3}", v), res
    else:
        assert v == "PRESENT_REF", res


@given(expressions, anchors, tenses)
def test_resolve_never_raises_and_values_are_valid_timex3(text, anchor, tense):
    res = resolve(text, anchor, tense)
    assert isinstance(res, Resolution)
    assert_valid_timex(res)
    if anchor is None and res.relative:
        assert res.value in (None, "PRESENT_REF")


@given(weekday_expr, st.dates(), tenses)
def test_a_resolved_weekday_is_that_weekday_within_7_days_of_publication(text, anchor, tense):
    res = resolve(text, anchor, tense)
    assert_valid_timex(res)
    if res.value is None:  # only at the very ends of the calendar
        assert anchor <= dt.date.min + dt.timedelta(days=7) or anchor >= dt.date.max - dt.timedelta(days=7)
        return
    got = dt.date.fromisoformat(res.value)
    wanted = next(w for w in WEEKDAYS if w in text.lower())
    assert got.weekday() == WEEKDAYS.index(wanted)
    assert abs((got - anchor).days) <= 7
    low = text.lower()
    if re.search(r"\b(last|past|previous) ", low):
        assert got < anchor
    elif re.search(r"\b(next|coming) ", low):
        assert got > anchor
    elif tense == "past" or (tense is None and "this " not in low):
        assert got <= anchor


@given(
    st.integers(0, 5000),
    st.sampled_from(["ago", "earlier", "before", "later", "from now"]),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_n_days_ago_is_exactly_n_days_away(n, direction, anchor):
    res = resolve(f"{n} days {direction}", anchor)
    sign = 1 if direction in ("later", "from now") else -1
    want = anchor + dt.timedelta(days=sign * n)
    assume(dt.date(1000, 1, 1) <= want)
    assert (res.value, res.granularity) == (want.isoformat(), "day")


@given(
    month_names,
    st.sampled_from(["last", "next"]),
    st.dates(min_value=dt.date(1000, 2, 1), max_value=dt.date(9998, 11, 30)),
)
def test_last_and_next_month_names_are_strictly_before_and_after(month, rel, anchor):
    res = resolve(f"{rel} {month}", anchor)
    assert res.granularity == "month"
    y, m = map(int, res.value.split("-"))
    assert m == MONTHS[month]
    here = anchor.year * 12 + anchor.month
    there = y * 12 + m
    assert (there < here if rel == "last" else there > here) and abs(there - here) <= 12
