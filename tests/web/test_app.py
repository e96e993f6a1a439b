"""The JSON API on the sample documents, on every data source (memory, DuckDB, PostgreSQL).

Expected numbers are counted by hand from tests/web/sample.py: 13 events in 2 documents.
"""

from __future__ import annotations

import pytest


def get(client, path, **params):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_stats(client):
    s = get(client, "/api/stats")
    assert (s["documents"], s["events"], s["quotes"]) == (2, 12, 5)  # the negated event is not counted
    assert (s["date_min"], s["date_max"]) == ("2019-01-21", "2022-10-15")
    assert s["places"] == 4  # place mentions in the texts
    docs = get(client, "/api/documents")
    assert [d["id"] for d in docs["items"]] == ["mahan", "seed"]  # oldest first
    assert [d["events"] for d in docs["items"]] == [3, 10]


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ({}, 13),
        ({"dyad": "IRN:IRQ"}, 4),  # meeting, do not expect, military operations, phone chat
        ({"dyad": "IRN:IRQ", "directed": "false"}, 6),  # + respond, headed (IRQGOV -> IRN)
        ({"dyad": "IRQ:"}, 2),
        ({"actor": "AZE"}, 4),
        ({"actor": "Zarif"}, 1),  # a name part
        ({"source": "DEU"}, 2),
        ({"target": "IRNBUS"}, 1),
        ({"cameo": "04"}, 4),
        ({"cameo": "043"}, 2),
        ({"root": "05"}, 3),
        ({"plover": "consult"}, 4),
        ({"quad_class": 4}, 2),
        ({"quad_class": 3, "source": "DEU"}, 1),
        ({"date_from": "2022-10-13", "date_to": "2022-10-15"}, 8),
        ({"date_to": "2019-12-31"}, 3),
        ({"place": "Tehran"}, 5),
        ({"place": "112931"}, 5),
        ({"country": "DE"}, 2),
        ({"country": "DEU"}, 2),
        ({"document": "mahan"}, 3),
        ({"q": "phone"}, 2),
        ({"q": "no such words anywhere"}, 0),
        ({"include_unasserted": "false"}, 12),  # the default: the negated "do not expect" left out
        ({"min_articles": 1}, 13),
        ({"min_articles": 2}, 0),
    ],
)
def test_event_filters(client, params, total):
    # counted by hand over every event; unasserted ones included unless the case says otherwise
    page = get(client, "/api/events", **{"include_unasserted": "true", **params})
    assert page["total"] == total
    assert len(page["items"]) == min(total, 50)


def test_event_rows_are_oldest_first_and_paged(client):
    first = get(client, "/api/events", limit=5, offset=0)
    second = get(client, "/api/events", limit=5, offset=5)
    assert [r["date"] for r in first["items"]][:3] == ["2019-01-21", "2019-01-21", "2019-01-22"]
    ids = {r["id"] for r in first["items"]} | {r["id"] for r in second["items"]}
    assert len(ids) == 10
    row = get(client, "/api/events", dyad="IRNMIL:IRQREB")["items"][0]
    assert (row["cameo"], row["quad_class"], row["goldstein"], row["plover_event"]) == (
        "190",
        4,
        -10.0,
        "ASSAULT",
    )
    assert row["sentence_text"].startswith("Recent military operations")
    assert row["document"] == "seed"


def test_event_detail_lists_its_reports(client):
    row = get(client, "/api/events", dyad="DEU:IRNBUS")["items"][0]
    ev = get(client, f"/api/events/{row['id']}")
    assert [m["document"] for m in ev["mentions"]] == ["mahan"]
    assert client.get("/api/events/nope").status_code == 404


def test_series_by_week(client):
    s = get(client, "/api/series", by="week")
    assert [i["period"] for i in s["items"]] == ["2019-01-21", "2022-09-26", "2022-10-10"]
    last = s["items"][-1]
    assert (last["count"], last["q1"], last["q3"]) == (8, 7, 1)  # the negated "do not expect" (-2.0) left out
    assert last["goldstein_sum"] == pytest.approx(18.6)
    assert (s["undated"], s["coarser"]) == (0, 0)
    dyad = get(client, "/api/series", dyad="IRN:IRQ", by="month")
    assert [(i["period"], i["count"]) for i in dyad["items"]] == [("2022-10-01", 3)]
    assert dyad["items"][0]["goldstein_mean"] == pytest.approx((1.9 - 10.0 + 1.0) / 3, abs=1e-3)
    every = get(client, "/api/series", dyad="IRN:IRQ", by="month", include_unasserted="true")
    assert [(i["period"], i["count"]) for i in every["items"]] == [("2022-10-01", 4)]
    assert get(client, "/api/series", by="year")["items"][0]["period"] == "2019-01-01"


def test_actors_network_places(client):
    actors = get(client, "/api/actors", limit=3, include_unasserted="true")["items"]
    assert actors[0]["code"] == "IRNGOV" and actors[0]["as_source"] == 6
    assert get(client, "/api/actors", limit=3)["items"][0]["as_source"] == 5
    net = get(client, "/api/network", dyad="IRN:IRQ", directed="false", include_unasserted="true")
    edges = {(e["source"], e["target"]): e["count"] for e in net["edges"]}
    assert edges == {
        ("IRNGOV", "IRQGOV"): 2,
        ("IRQGOV", "IRN"): 2,
        ("IRNGOV", "IRQ"): 1,
        ("IRNMIL", "IRQREB"): 1,
    }
    assert {n["code"] for n in net["nodes"]} == {"IRNGOV", "IRQGOV", "IRN", "IRQ", "IRNMIL", "IRQREB"}
    assert [p["name"] for p in get(client, "/api/places", limit=1, offset=1)["items"]] == ["Berlin"]
    places = get(client, "/api/places")["items"]
    assert [(p["name"], p["events"]) for p in places] == [("Tehran", 4), ("Berlin", 2), ("Astana", 1)]
    assert places[0]["lat"] == pytest.approx(35.69, abs=0.01) and places[0]["lon"] == pytest.approx(
        51.42, abs=0.01
    )


def test_quotes_and_speakers(client):
    sp = get(client, "/api/speakers")["items"]
    assert [(s["speaker"], s["quotes"]) for s in sp] == [
        ("Hossein Amir Abdollahian", 3),
        ("Mohammad Javad Zarif", 1),
        ("(unattributed)", 1),
    ]
    nobody = get(client, "/api/quotes", speaker="(unattributed)")
    assert [q["text"] for q in nobody["items"]] == ['"long overdue"'] and nobody["items"][0][
        "speaker"
    ] is None
    q = get(client, "/api/quotes", speaker="Mohammad Javad Zarif")
    assert q["total"] == 1 and q["items"][0]["text"] == '"This is a hostile act,"'
    assert get(client, "/api/quotes", q="security")["total"] == 2


def test_document_has_offsets_for_highlighting(client):
    doc = get(client, "/api/documents/seed")
    text = doc["text"]
    ev = next(e for e in doc["events"] if e["action"]["text"] == "meeting")
    assert text[ev["action"]["start"] : ev["action"]["end"]] == "meeting"
    assert text[ev["source"]["start"] : ev["source"]["end"]] == "Amir-Abdollahian"
    assert text[ev["target"]["start"] : ev["target"]["end"]] == "Qasim al-Araji"
    for q in doc["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    tehran = next(p for p in doc["places"] if p["name"] == "Tehran")
    assert text[tehran["start"] : tehran["end"]] == "Tehran"
    mentions = next(a for a in doc["actors"] if a["code"] == "AZEGOV")["mentions"]
    assert {m["text"] for m in mentions} == {"Jeyhun Bayramov", "Bayramov"}
    listed = get(client, "/api/documents", q="Mahan")
    assert [d["id"] for d in listed["items"]] == ["mahan"]
    assert client.get("/api/documents/missing").status_code == 404


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"dyad": "IRN"}, "dyad"),
        ({"dyad": "I1:IRQ"}, "dyad"),
        ({"quad_class": 7}, "quad_class"),
        ({"quad_class": "x"}, "quad_class"),
        ({"cameo": "4a"}, "cameo"),
        ({"root": "21"}, "root"),
        ({"date_from": "2022-13-01"}, "date_from"),
        ({"date_from": "2022-10-15", "date_to": "2022-10-01"}, "date_to"),
        ({"country": "Iran!"}, "country"),
        ({"actor": "<script>"}, "actor"),
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"dyads": "IRN:IRQ"}, "dyads"),
        ({"min_articles": 0}, "min_articles"),
        ({"include_unasserted": "maybe"}, "include_unasserted"),
    ],
)
def test_bad_parameters_get_a_clear_422(client, params, param):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert [d["param"] for d in detail] == [param], detail
    assert detail[0]["message"]


def test_sql_metacharacters_are_only_data(client):
    assert get(client, "/api/events", q="'; DROP TABLE events; --")["total"] == 0
    assert get(client, "/api/events", q="100%")["total"] == 0
    assert get(client, "/api/events", place="_")["total"] == 0
    assert get(client, "/api/stats")["events"] == 12


def test_read_only_and_openapi(client):
    assert client.post("/api/events").status_code == 405
    assert client.delete("/api/documents/seed").status_code == 405
    schema = get(client, "/openapi.json")
    paths = set(schema["paths"])
    assert {
        "/api/events",
        "/api/series",
        "/api/actors",
        "/api/quotes",
        "/api/places",
        "/api/documents",
    } <= paths
    row = schema["components"]["schemas"]["EventRow"]["properties"]
    from tidings.query import EVENT_COLUMNS

    assert list(row) == list(EVENT_COLUMNS)  # the API's event rows are the exports' columns
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "dyad",
        "directed",
        "cameo",
        "root",
        "plover",
        "quad_class",
        "date_from",
        "date_to",
        "country",
        "place",
        "q",
        "min_articles",
        "include_unasserted",
        "limit",
        "offset",
    } <= names


def test_page_and_assets_are_served(client):
    r = client.get("/")
    assert r.status_code == 200 and '<svg id="timeline"' in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    for asset in (
        "app.js",
        "util.js",
        "timeline.js",
        "map.js",
        "network.js",
        "article.js",
        "style.css",
        "world.json",
    ):
        assert client.get(f"/static/{asset}").status_code == 200, asset
    assert "http" not in client.get("/static/app.js").text.replace("http://www.w3.org", "")


def test_token_is_required_on_every_request(data):
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    c = TestClient(create_app(data, token="s3cret"))
    assert c.get("/api/stats").status_code == 401
    assert c.get("/").status_code == 401
    assert c.get("/api/stats", params={"token": "wrong"}).status_code == 401
    assert c.get("/api/stats", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert c.get("/api/stats", params={"token": "s3cret"}).status_code == 200


def test_foreign_host_header_is_refused(data):
    """DNS rebinding: a page on another site resolving to 127.0.0.1 must not read the store."""
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    c = TestClient(create_app(data), base_url="http://evil.example")
    assert c.get("/api/stats").status_code == 400
    assert TestClient(create_app(data), base_url="http://127.0.0.1:8000").get("/api/stats").status_code == 200
    assert TestClient(create_app(data), base_url="http://[::1]:8000").get("/api/stats").status_code == 200
    assert TestClient(create_app(data), base_url="http://localhost").get("/api/stats").status_code == 200
    assert (
        TestClient(create_app(data), base_url="http://127.0.0.1.evil.example").get("/api/stats").status_code
        == 400
    )


def test_host_name():
    from tidings.web.app import host_name

    assert [host_name(h) for h in ("127.0.0.1:8000", "[::1]:8000", "[::1]", "LocalHost", "::1")] == [
        "127.0.0.1",
        "::1",
        "::1",
        "localhost",
        "::1",
    ]


def test_an_empty_store_answers_with_empty_lists(tmp_path):
    from fastapi.testclient import TestClient

    from tidings.store import Store
    from tidings.web import create_app
    from tidings.web.store_data import StoreData

    url = str(tmp_path / "empty.duckdb")
    Store(url).close()
    data = StoreData(url)
    c = TestClient(create_app(data))
    s = get(c, "/api/stats")
    assert (s["documents"], s["events"], s["date_min"]) == (0, 0, None)
    assert get(c, "/api/series")["items"] == [] and get(c, "/api/series")["undated"] == 0
    assert get(c, "/api/events")["total"] == 0
    assert get(c, "/api/network") == {"nodes": [], "edges": []}
    assert get(c, "/api/places")["items"] == [] and get(c, "/api/speakers")["items"] == []
    data.close()


def test_a_missing_store_is_reported(tmp_path):
    from tidings.web.store_data import StoreData, StoreUnavailable

    with pytest.raises(StoreUnavailable, match="tidings ingest"):
        StoreData(str(tmp_path / "nothing.duckdb"))


def test_extract_output_can_be_served_without_a_store(tmp_path, sample_docs):
    import json

    from tidings.web import open_data

    path = tmp_path / "extracted.jsonl"
    path.write_text("".join(json.dumps(d.to_json_dict()) + "\n" for d in sample_docs), encoding="utf-8")
    data = open_data(jsonl=[path])
    assert data.backend == "memory"
    assert data.stats()["events"] == 12
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"extracted.jsonl:3: not a 'tidings extract' document"):
        open_data(jsonl=[path])


def test_serve_refuses_a_public_host_without_a_token():
    from typer.testing import CliRunner

    from tidings.cli import app

    r = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert r.exit_code == 2
    assert "token" in r.output


def test_document_ids_with_slashes_and_spaces(tmp_path, sample_docs):
    from fastapi.testclient import TestClient

    from tidings.web import create_app
    from tidings.web.store_data import StoreData

    doc = sample_docs[1].model_copy(update={"id": "feeds/bbc 2019/01", "content_hash": "slashes"})
    c = TestClient(create_app(StoreData.from_documents([doc])))
    assert get(c, "/api/documents/feeds%2Fbbc%202019%2F01")["id"] == "feeds/bbc 2019/01"
    assert c.get("/api/documents/" + "x" * 600).status_code == 422


def test_events_as_csv(client):
    import csv
    import io

    r = client.get("/api/events.csv", params={"dyad": "IRN:IRQ"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3  # the negated "do not expect" is left out unless asked for
    assert all(x["source_code"].startswith("IRN") and x["target_code"].startswith("IRQ") for x in rows)
    assert {x["cameo"] for x in rows} == {"043", "190", "040"}
    every = client.get("/api/events.csv", params={"dyad": "IRN:IRQ", "include_unasserted": "true"}).text
    assert {x["cameo"]: x["asserted"] for x in csv.DictReader(io.StringIO(every))}["112"] == "false"
    assert client.get("/api/events.csv", params={"quad_class": 9}).status_code == 422
