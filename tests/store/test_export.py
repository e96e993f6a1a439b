"""Exports: GDELT 2.0 Events TSV (61 columns, GDELT order), PLOVER JSONL, CSV, JSONL, Parquet, pandas."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tidings.export import GDELT_COLUMNS, export, gdelt_row, global_event_id, plover_record, to_dataframe
from tidings.query import EVENT_COLUMNS, EventFilter, events, series

REFERENCE = "reference/gdelt/GDELT2_events_columns.tsv"


def test_gdelt_columns_are_the_codebooks(shared):
    lines = [ln for ln in (shared / REFERENCE).read_text().splitlines() if ln and not ln.startswith("#")][1:]
    assert tuple(ln.split("\t")[1] for ln in lines) == GDELT_COLUMNS
    assert len(GDELT_COLUMNS) == 61


@pytest.fixture
def meeting(filled):
    return events(filled, EventFilter(min_articles=3)).items[0]


def test_gdelt_row_values(meeting):
    row = dict(zip(GDELT_COLUMNS, gdelt_row(meeting), strict=True))
    assert row["GlobalEventId"] == str(global_event_id(meeting["id"]))
    assert (row["Day"], row["MonthYear"], row["Year"], row["FractionDate"]) == (
        "20221015",
        "202210",
        "2022",
        "2022.7863",
    )
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("IRNGOV", "IRN", "GOV")
    assert (row["Actor2Code"], row["Actor2Name"], row["Actor2CountryCode"]) == (
        "IRQGOV",
        "QASIM AL-ARAJI",
        "IRQ",
    )
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("040", "040", "04")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == ("1", "1", "1")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("3", "3", "3")
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"], row["ActionGeo_FeatureID"]) == (
        "4",
        "IR",
        "112931",
    )
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == ("35.69439", "51.42151")
    assert row["ActionGeo_Fullname"] == "Tehran, Iran" and row["ActionGeo_ADM1Code"] == "IR26"
    assert row["SOURCEURL"] == "https://en.irna.ir/news/84915521/"
    assert len(row["DATEADDED"]) == 14 and row["DATEADDED"].isdigit()
    assert row["AvgTone"] == "" and row["Actor1EthnicCode"] == ""
    # actors with a country get country-level geography (type 1, FIPS, no FeatureID)
    assert (row["Actor1Geo_Type"], row["Actor1Geo_CountryCode"], row["Actor1Geo_ADM1Code"]) == (
        "1",
        "IR",
        "IR",
    )
    assert (row["Actor2Geo_Type"], row["Actor2Geo_CountryCode"], row["Actor2Geo_Fullname"]) == (
        "1",
        "IZ",
        "Iraq",
    )
    assert row["Actor1Geo_FeatureID"] == "" and row["Actor1KnownGroupCode"] == ""


def test_gdelt_file_is_headerless_with_61_columns(filled, tmp_path):
    out = tmp_path / "events.tsv"
    n = export(events(filled, limit=None).items, "gdelt", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 3
    assert all(len(ln.split("\t")) == 61 for ln in lines)
    assert lines[0].split("\t")[1] == "20221014"  # data from the first line on, no header


def test_plover_record_has_the_manuals_fields(meeting):
    rec = plover_record(meeting)
    assert {"id", "date", "actor", "recipient", "event"} <= set(rec)  # required by the manual
    assert rec["date"] == "2022-10-15" and rec["event"] == ["CONSULT"] and rec["mode"] == ["visit"]
    assert rec["actor"] == [
        {
            "code": "IRN",
            "sector": "GOV",
            "entity_text": "Hossein Amir-Abdollahian",
            "identifier_text": "Hossein Amir-Abdollahian",
            "cameo_code": "IRNGOV",
        }
    ]
    assert rec["recipient"][0]["code"] == "IRQ"
    assert rec["event_loc"] == {
        "extracted_place": "Tehran",
        "resolved_place": "Tehran",
        "geonameid": 112931,
        "lat": 35.69439,
        "lon": 51.42151,
        "province": "26",
        "country_code": "IRN",
        "feature_class": "P",
        "feature_code": "PPLC",
    }
    assert (rec["quad_code"], rec["event_scale"]) == (1, 1.0)
    assert rec["text"] is None  # only on request: the manual fills it where the rights to the text allow
    assert plover_record(meeting, include_text=True)["text"].startswith(
        "Iranian Foreign Minister Hossein Amir-Abdollahian met"
    )
    assert rec["text_info"]["sequence"] == 0
    assert rec["cite_info"]["url"] == "https://en.irna.ir/news/84915521/"
    assert (rec["num_articles"], rec["enddate"], rec["date_granularity"]) == (3, None, "day")
    assert (rec["negated"], rec["modality"], rec["asserted"]) == (False, "asserted", True)


def test_plover_jsonl(filled):
    buf = io.StringIO()
    export(events(filled).items, "plover", stream=buf)
    recs = [json.loads(ln) for ln in buf.getvalue().splitlines()]
    assert [r["event"] for r in recs] == [["ASSAULT"], ["CONSULT"], ["CONSULT"]]
    assert recs[0]["actor"][0]["code"] == "TUR" and recs[0]["event_loc"]["geonameid"] == 96994


def test_csv_and_jsonl_keep_every_column(filled):
    items = events(filled).items
    buf = io.StringIO()
    export(items, "csv", stream=buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert len(rows) == 4 and rows[0] == list(items[0]) == list(EVENT_COLUMNS)
    assert all(len(r) == len(rows[0]) for r in rows)
    assert dict(zip(rows[0], rows[2], strict=True))["num_articles"] == "3"
    buf = io.StringIO()
    export(items, "jsonl", stream=buf)
    first = json.loads(buf.getvalue().splitlines()[0])
    assert first["date"] == "2022-10-14" and first["period_start"] == "2022-10-14" and first["cameo"] == "195"


def test_parquet_round_trip(filled, tmp_path):
    import pyarrow.parquet as pq

    items = events(filled).items
    out = tmp_path / "events.parquet"
    assert export(items, "parquet", out) == 3
    table = pq.read_table(out)
    assert table.num_rows == 3 and table.column_names == list(items[0]) == list(EVENT_COLUMNS)
    assert table.column("num_articles").to_pylist() == [1, 3, 1]
    with pytest.raises(ValueError, match="--output"):
        export(items, "parquet")


def test_gdelt_and_plover_are_for_events_only(filled):
    with pytest.raises(ValueError, match="events only"):
        export(series(filled), "gdelt", kind="series")


def test_dataframe(filled):
    df = to_dataframe(events(filled).items)
    assert df.shape[0] == 3
    assert df.groupby("quad_class")["num_mentions"].sum().to_dict() == {1: 4, 4: 1}
    s = to_dataframe(series(filled, by="month"))
    assert list(s.columns[:6]) == ["period", "events", "quad1", "quad2", "quad3", "quad4"]
