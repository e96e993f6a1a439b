"""resolve(): one date expression + publication date + tense -> TIMEX3 value."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.times.resolve import NO_ANCHOR, WEEKDAYS, resolve

SUNDAY = dt.date(2022, 10, 16)  # the seed's publication date


@pytest.mark.parametrize(
    ("text", "tense", "value", "granularity"),
    [
        ("on Saturday", None, "2022-10-15", "day"),
        ("late on Saturday", None, "2022-10-15", "day"),
        ("on Thursday", None, "2022-10-13", "day"),
        ("Sunday", None, "2022-10-16", "day"),  # the publication weekday is that same day
        ("on Sunday", "future", "2022-10-16", "day"),
        ("on Tuesday", "future", "2022-10-18", "day"),
        ("next Tuesday", None, "2022-10-18", "day"),
        ("last Sunday", None, "2022-10-09", "day"),
        ("Saturday morning", None, "2022-10-15", "day"),
        ("yesterday", None, "2022-10-15", "day"),
        ("today", None, "2022-10-16", "day"),
        ("tomorrow", None, "2022-10-17", "day"),
        ("last night", None, "2022-10-15", "day"),
        ("two days ago", None, "2022-10-14", "day"),
        ("3 weeks ago", None, "2022-W38", "week"),
        ("last week", None, "2022-W40", "week"),
        ("earlier this week", None, "2022-W41", "week"),
        ("this weekend", None, "2022-W41-WE", "weekend"),
        ("earlier this month", None, "2022-10", "month"),
        ("last month", None, "2022-09", "month"),
        ("last year", None, "2021", "year"),
        ("October 3", None, "2022-10-03", "day"),
        ("on 3 March", None, "2022-03-03", "day"),
        ("December 3", "past", "2021-12-03", "day"),
        ("December 3", None, "2022-12-03", "day"),  # within two months ahead: the coming one
        ("June 5", "future", "2023-06-05", "day"),
        ("January 4, 2019", None, "2019-01-04", "day"),
        ("Friday, January 4, 2019", None, "2019-01-04", "day"),
        ("4 January 2019", None, "2019-01-04", "day"),
        ("2019-01-04", None, "2019-01-04", "day"),
        ("in 2019", None, "2019", "year"),
        ("since 2015", None, "2015", "year"),
        ("late 2018", None, "2018", "year"),
        ("in March", None, "2022-03", "month"),
        ("mid-October", None, "2022-10", "month"),
        ("by the end of October", None, "2022-10", "month"),
        ("September 2015", None, "2015-09", "month"),
        ("in January of last year", None, "2021-01", "month"),  # not the last January (2022's)
        ("March of next year", None, "2023-03", "month"),
        ("summer 2019", None, "2019-SU", "season"),
        ("this summer", None, "2022-SU", "season"),
        ("last winter", None, "2021-WI", "season"),
        ("the 1990s", None, "199", "decade"),
        ("now", None, "PRESENT_REF", "present"),
        ("currently", None, "PRESENT_REF", "present"),
    ],
)
def test_resolve_against_the_seed_date(text, tense, value, granularity):
    res = resolve(text, SUNDAY, tense)
    assert (res.value, res.granularity) == (value, granularity)


def test_relative_expression_without_publication_date_stays_unresolved():
    res = resolve("late on Saturday", None)
    assert res.value is None and res.granularity == "day" and res.note == NO_ANCHOR
    assert resolve("last week", None).value is None


def test_absolute_dates_need_no_anchor():
    assert resolve("January 4, 2019", None).value == "2019-01-04"
    assert resolve("in 2019", None).value == "2019"


def test_non_dates_are_not_resolved():
    for text in ("the meeting", "six years", "decades"):
        res = resolve(text, SUNDAY)
        assert res.value is None and res.granularity is None


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.sampled_from(WEEKDAYS))
def test_weekday_is_the_latest_such_day_on_or_before_publication(anchor, weekday):
    got = dt.date.fromisoformat(resolve(f"on {weekday.title()}", anchor).value)
    assert got.weekday() == WEEKDAYS.index(weekday)
    assert 0 <= (anchor - got).days <= 6


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.sampled_from(WEEKDAYS))
def test_future_weekday_is_the_first_such_day_on_or_after_publication(anchor, weekday):
    got = dt.date.fromisoformat(resolve(weekday.title(), anchor, "future").value)
    assert got.weekday() == WEEKDAYS.index(weekday)
    assert 0 <= (got - anchor).days <= 6


@given(st.dates(min_value=dt.date(1950, 1, 8), max_value=dt.date(2090, 12, 31)))
def test_last_week_is_the_iso_week_before_publication(anchor):
    value = resolve("last week", anchor).value
    year, week, _ = (anchor - dt.timedelta(days=7)).isocalendar()
    assert value == f"{year}-W{week:02d}"


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_month_day_without_year_lands_near_publication(anchor, month, day):
    name = dt.date(2001, month, 1).strftime("%B")
    got = dt.date.fromisoformat(resolve(f"{name} {day}", anchor).value)
    assert (got.month, got.day) == (month, day)
    assert -306 <= (got - anchor).days <= 60  # news reports the past, or the next two months
    past = dt.date.fromisoformat(resolve(f"{name} {day}", anchor, "past").value)
    assert past <= anchor and (anchor - past).days < 366
