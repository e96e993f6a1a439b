"""The period a TIMEX3 value names (tidings/times/periods.py): bounds, bins and fits."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.times.periods import bin_start, fits, period_bounds

D = dt.date


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2022-10-15", (D(2022, 10, 15), D(2022, 10, 15))),
        ("2022-10-15T08:00", (D(2022, 10, 15), D(2022, 10, 15))),
        ("2022-W40", (D(2022, 10, 3), D(2022, 10, 9))),  # ISO week 40 of 2022: Monday 3 October
        ("2020-W53", (D(2020, 12, 28), D(2021, 1, 3))),
        ("2014-12", (D(2014, 12, 1), D(2014, 12, 31))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),  # leap year
        ("2019-Q2", (D(2019, 4, 1), D(2019, 6, 30))),
        ("2019-H2", (D(2019, 7, 1), D(2019, 12, 31))),
        ("2019-SU", (D(2019, 6, 1), D(2019, 8, 31))),
        ("2019-WI", (D(2019, 12, 1), D(2020, 2, 29))),  # December to February of the next year
        ("1997", (D(1997, 1, 1), D(1997, 12, 31))),
        ("201X", (D(2010, 1, 1), D(2019, 12, 31))),
    ],
)
def test_bounds(value, bounds):
    assert period_bounds(value) == bounds


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "2019-13", "2019-W60", "soon", "2019-02-30"])
def test_unreadable_values_have_no_period(value):
    assert period_bounds(value) is None


def test_bins_and_fits():
    assert bin_start(D(2022, 10, 15), "week") == D(2022, 10, 10)
    assert bin_start(D(2022, 10, 15), "month") == D(2022, 10, 1)
    assert bin_start(D(2022, 10, 15), "year") == D(2022, 1, 1)
    month = period_bounds("2022-10")
    assert month is not None and fits(month, "month") and fits(month, "year")
    assert not fits(month, "week") and not fits(month, "day")
    week = period_bounds("2022-W39")  # 26 Sep - 2 Oct: across two months
    assert week is not None and fits(week, "week") and not fits(week, "month") and fits(week, "year")
    with pytest.raises(ValueError):
        bin_start(D(2022, 1, 1), "decade")
