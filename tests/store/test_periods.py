"""Dates at their own precision and unasserted events, through the store, queries and exports.

The dated corpus (store_corpus.dated_reports, published 2019-01-22): a ban on 2019-01-21 (day),
a recall in 2014-10 (month), an expulsion in 1997 (year), criticism in 2019-W03 (week, 14-20
January) and a hypothetical strike in 2019-W05 (28 January - 3 February).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from tidings.export import GDELT_COLUMNS, export, gdelt_row
from tidings.query import EventFilter, events, series, series_coverage


@pytest.fixture
def dated(store):
    from store_corpus import dated_reports

    store.write(dated_reports(), store.start_run("test"))
    return store


def _codes(page):
    return sorted(e["cameo"] + ":" + (e["date"] or "") for e in page.items)


def test_periods_are_stored_and_unasserted_events_left_out(dated):
    page = events(dated)
    assert _codes(page) == ["111:2019-W03", "161:1997", "161:2014-10", "163:2019-01-21"]
    by_code = {e["date"]: e for e in page.items}
    assert (by_code["2014-10"]["period_start"], by_code["2014-10"]["period_end"]) == (
        dt.date(2014, 10, 1),
        dt.date(2014, 10, 31),
    )
    assert by_code["2014-10"]["date_granularity"] == "month" and by_code["1997"]["period_end"] == dt.date(
        1997, 12, 31
    )
    every = events(dated, EventFilter(include_unasserted=True))
    strike = next(e for e in every.items if e["cameo"] == "195")
    assert (every.total, strike["asserted"], strike["modality"], strike["negated"]) == (
        5,
        False,
        "hypothetical",
        False,
    )


def test_date_range_keeps_events_whose_whole_period_is_inside(dated):
    jan = EventFilter(date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 1, 31))
    assert _codes(events(dated, jan)) == ["111:2019-W03", "163:2019-01-21"]  # not the 1997 or 2014 ones
    year = EventFilter(date_from=dt.date(1997, 1, 1), date_to=dt.date(1997, 12, 31))
    assert _codes(events(dated, year)) == ["161:1997"]
    assert _codes(events(dated, EventFilter(date_to=dt.date(2014, 12, 31)))) == ["161:1997", "161:2014-10"]


def test_series_count_an_event_only_in_bins_its_period_fits(dated):
    def periods(by):
        return [(str(r["period"]), r["events"]) for r in series(dated, by=by)]

    assert periods("day") == [("2019-01-21", 1)]
    assert series_coverage(dated, by="day") == {"events": 4, "binned": 1, "coarser": 3, "undated": 0}
    assert periods("week") == [("2019-01-14", 1), ("2019-01-21", 1)]
    assert periods("month") == [("2014-10-01", 1), ("2019-01-01", 2)]
    assert periods("year") == [("1997-01-01", 1), ("2014-01-01", 1), ("2019-01-01", 2)]
    assert series_coverage(dated, by="year")["binned"] == 4
    # the hypothetical strike (2019-W05, across January and February) only on request, and in no month
    every = EventFilter(include_unasserted=True)
    assert [(str(r["period"]), r["events"]) for r in series(dated, every, by="week")][-1] == ("2019-01-28", 1)
    assert series_coverage(dated, every, by="month")["coarser"] == 2  # 1997 and the strike week


def test_gdelt_uses_the_period_start_and_leaves_unasserted_out(dated):
    rows = [dict(zip(GDELT_COLUMNS, gdelt_row(e), strict=True)) for e in events(dated).items]
    days = sorted((r["EventCode"], r["Day"], r["MonthYear"], r["Year"]) for r in rows)
    assert days == [
        ("111", "20190114", "201901", "2019"),
        ("161", "19970101", "199701", "1997"),
        ("161", "20141001", "201410", "2014"),
        ("163", "20190121", "201901", "2019"),
    ]
    assert "195" not in {r["EventCode"] for r in rows}
    buf = io.StringIO()
    export(events(dated, EventFilter(include_unasserted=True)).items, "gdelt", stream=buf)
    assert len(buf.getvalue().splitlines()) == 5  # on request


def test_csv_marks_assertion_and_precision(dated):
    buf = io.StringIO()
    export(events(dated, EventFilter(include_unasserted=True)).items, "csv", stream=buf)
    rows = {r["cameo"] + r["date"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert (rows["1952019-W05"]["asserted"], rows["1952019-W05"]["modality"]) == ("false", "hypothetical")
    assert (rows["1612014-10"]["period_start"], rows["1612014-10"]["date_granularity"]) == (
        "2014-10-01",
        "month",
    )
    assert rows["1632019-01-21"]["asserted"] == "true" and rows["1632019-01-21"]["is_root"] == "true"
