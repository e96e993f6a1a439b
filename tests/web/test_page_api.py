"""The API the page's newer controls use: HEAD, series by year, ordered events, JSONL download.

Runs on the hand-built sample documents in a DuckDB file (tests/web/sample.py)."""

from __future__ import annotations

import json
import typing
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from tidings.query.events import EVENT_ORDERS
from tidings.query.rows import EVENT_FIELDS
from tidings.web.filters import EventOrder


@pytest.fixture(scope="module")
def api(sample_duckdb):
    from tidings.web import create_app
    from tidings.web.store_data import StoreData

    data = StoreData(sample_duckdb)
    yield TestClient(create_app(data))
    data.close()


def get(client: TestClient, path: str, **params) -> dict:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/api/stats",
        "/api/events?limit=3",
        "/api/series?by=month",
        "/api/events.csv",
        "/static/app.js",
        "/openapi.json",
    ],
)
def test_head_answers_like_get_without_a_body(api, path):
    g, h = api.get(path), api.head(path)
    assert (g.status_code, h.status_code) == (200, 200)
    assert h.content == b""
    assert int(h.headers["content-length"]) == len(g.content) > 0
    assert h.headers["content-type"] == g.headers["content-type"]


def test_head_of_a_bad_request_is_the_same_error(api):
    assert api.head("/api/events?quad_class=7").status_code == 422
    assert api.head("/api/documents/nope").status_code == 404
    assert api.post("/api/stats").status_code == 405


def test_series_by_year_sums_the_months(api):
    years = get(api, "/api/series", by="year")
    months = get(api, "/api/series", by="month")
    assert years["by"] == "year"
    per_year = Counter()
    for m in months["items"]:
        per_year[m["period"][:4] + "-01-01"] += m["count"]
    assert {y["period"]: y["count"] for y in years["items"]} == dict(per_year)
    assert [y["period"] for y in years["items"]] == ["2019-01-01", "2022-01-01"]
    assert sum(y["count"] for y in years["items"]) == get(api, "/api/events")["total"]


def test_page_orders_are_the_query_orders():
    assert set(typing.get_args(EventOrder)) == set(EVENT_ORDERS)


def test_events_in_each_order(api):
    total = get(api, "/api/events")["total"]
    by = {o: get(api, "/api/events", order=o, limit=500)["items"] for o in EVENT_ORDERS}
    assert all(len(rows) == total for rows in by.values())
    gs = [r["goldstein"] for r in by["goldstein"]]
    assert gs == sorted(gs) and gs[0] == -10.0
    assert [r["goldstein"] for r in by["-goldstein"]] == sorted(gs, reverse=True)
    days = [r["period_start"] for r in by["day"]]
    assert days == sorted(days)
    assert [r["period_start"] for r in by["-day"]] == sorted(days, reverse=True)
    arts = [r["num_articles"] for r in by["articles"]]
    assert arts == sorted(arts, reverse=True)
    # The order holds across pages: page 2 continues page 1.
    p1 = get(api, "/api/events", order="-goldstein", limit=4)["items"]
    p2 = get(api, "/api/events", order="-goldstein", limit=4, offset=4)["items"]
    assert [r["id"] for r in p1 + p2] == [r["id"] for r in by["-goldstein"][:8]]


def test_bad_order_names_the_choices(api):
    r = api.get("/api/events", params={"order": "date"})
    assert r.status_code == 422
    (err,) = r.json()["detail"]
    assert err["param"] == "order" and "-goldstein" in err["message"]


def test_jsonl_download_is_the_filtered_events(api):
    want = get(api, "/api/events", dyad="IRN:IRQ", directed="false", order="-day", limit=500)
    r = api.get("/api/events.jsonl", params={"dyad": "IRN:IRQ", "directed": "false", "order": "-day"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/x-ndjson")
    assert 'filename="tidings-events.jsonl"' in r.headers["content-disposition"]
    rows = [json.loads(line) for line in r.text.splitlines()]
    assert len(rows) == want["total"] > 0
    assert [x["id"] for x in rows] == [x["id"] for x in want["items"]]
    assert list(rows[0]) == [f.name for f in EVENT_FIELDS]
    assert rows[0]["cameo"] == want["items"][0]["cameo"]


def test_csv_download_follows_the_order(api):
    want = [r["id"] for r in get(api, "/api/events", order="goldstein", limit=500)["items"]]
    lines = api.get("/api/events.csv", params={"order": "goldstein"}).text.splitlines()
    header = lines[0].split(",")
    idx = header.index("id")
    assert [line.split(",")[idx] for line in lines[1:]] == want


@pytest.mark.parametrize(
    ("params", "param", "says"),
    [
        ({"plover": "CONSLT"}, "plover", "use one of ACCUSE, AGREE"),
        ({"cameo": "999"}, "cameo", "not a CAMEO code or prefix"),
        ({"country": "ZZ"}, "country", "not an ISO 3166-1 country code"),
        ({"country": "Narnia"}, "country", "use a country code"),
    ],
)
def test_codes_the_tables_do_not_know_are_refused(api, params, param, says):
    r = api.get("/api/events", params=params)
    assert r.status_code == 422
    (err,) = r.json()["detail"]
    assert err["param"] == param and says in err["message"]


def test_known_codes_are_taken(api):
    assert (
        get(api, "/api/events", plover="consult")["total"] == get(api, "/api/events", cameo="04")["total"] > 0
    )
    assert (
        get(api, "/api/events", country="IR")["total"] == get(api, "/api/events", country="IRN")["total"] > 0
    )
