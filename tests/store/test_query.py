"""tidings.query on both backends: every filter, paging with totals, series, actors, quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.query import (
    ActorFilter,
    EventFilter,
    QuoteFilter,
    actors,
    document,
    documents,
    event,
    events,
    parse_dyad,
    quotes,
    series,
)


def days(page):
    return [(str(e["period_start"]), e["source_code"], e["target_code"]) for e in page.items]


def test_parse_dyad():
    assert parse_dyad("irn:IRQ") == ("IRN", "IRQ")
    with pytest.raises(ValueError):
        parse_dyad("IRN")


def test_all_events_oldest_first_with_sentence(filled):
    page = events(filled)
    assert page.total == 3
    assert days(page) == [
        ("2022-10-14", "TURMIL", "IRQCVL"),
        ("2022-10-15", "IRNGOV", "IRQGOV"),
        ("2022-10-20", "IRNGOV", "IRQGOV"),
    ]
    assert (
        page.items[0]["sentence_text"]
        == "Turkish warplanes bombed villages near Duhok in northern Iraq on Friday."
    )


@pytest.mark.parametrize(
    "flt, expected",
    [
        (EventFilter(dyad="IRN:IRQ"), 2),
        (EventFilter(dyad="IRQ:IRN"), 0),
        (EventFilter(dyad="IRQ:IRN", undirected=True), 2),
        (EventFilter(dyad="IRNGOV:IRQGOV"), 2),
        (EventFilter(dyad="TUR:"), 1),
        (EventFilter(actor="IRQ"), 3),
        (EventFilter(actor="amir-abdollahian"), 2),
        (EventFilter(source="TUR"), 1),
        (EventFilter(target="Qasim"), 2),
        (EventFilter(cameo="04"), 2),
        (EventFilter(cameo="195"), 1),
        (EventFilter(cameo="19_"), 0),  # wildcards in values are literal characters
        (EventFilter(plover="consult"), 2),
        (EventFilter(quad_class=4), 1),
        (EventFilter(date_from=dt.date(2022, 10, 15)), 2),
        (EventFilter(date_to=dt.date(2022, 10, 15)), 2),
        (EventFilter(date_from=dt.date(2022, 10, 15), date_to=dt.date(2022, 10, 15)), 1),
        (EventFilter(place="tehran"), 1),
        (EventFilter(place="96994"), 1),
        (EventFilter(country="IQ"), 1),
        (EventFilter(country="IRN"), 1),
        (EventFilter(text="phone"), 1),
        (EventFilter(text="Rudaw reported"), 1),  # a later report's sentence finds the merged event
        (EventFilter(text="' OR 1=1 --"), 0),
        (EventFilter(document="reuters-1"), 1),
        (EventFilter(min_articles=2), 1),
    ],
)
def test_event_filters(filled, flt, expected):
    assert events(filled, flt).total == expected
    assert len(events(filled, flt).items) == expected


def test_paging_keeps_the_total(filled):
    first = events(filled, limit=2, offset=0)
    rest = events(filled, limit=2, offset=2)
    assert (first.total, rest.total, len(first.items), len(rest.items)) == (3, 3, 2, 1)
    assert {e["id"] for e in first.items}.isdisjoint(e["id"] for e in rest.items)
    assert first.to_dict()["total"] == 3


def test_event_with_its_mentions(filled):
    eid = events(filled, EventFilter(min_articles=3)).items[0]["id"]
    ev = event(filled, eid)
    assert [m["document_id"] for m in ev["mentions"]] == ["irna-1", "rudaw-1", "reuters-1"]
    assert [m["cameo"] for m in ev["mentions"]] == ["040", "043", "040"]
    assert ev["mentions"][1]["sentence_text"].startswith("Amir-Abdollahian received")
    assert event(filled, "nope") is None


def test_series_by_day_week_month(filled):
    by_day = series(filled, EventFilter(dyad="IRN:IRQ"), by="day")
    assert [(str(r["period"]), r["events"], r["quad1"], r["goldstein_sum"]) for r in by_day] == [
        ("2022-10-15", 1, 1, 1.0),
        ("2022-10-20", 1, 1, 1.0),
    ]
    by_week = series(filled, EventFilter(dyad="IRN:IRQ"), by="week")
    assert [(str(r["period"]), r["events"]) for r in by_week] == [("2022-10-10", 1), ("2022-10-17", 1)]
    by_month = series(filled, EventFilter(actor="IRQ"), by="month")
    (m,) = by_month
    assert (str(m["period"]), m["events"], m["quad1"], m["quad4"], m["mentions"]) == (
        "2022-10-01",
        3,
        2,
        1,
        5,
    )
    assert m["goldstein_sum"] == -8.0 and m["goldstein_mean"] == pytest.approx(-2.6667, abs=1e-4)
    with pytest.raises(ValueError):
        series(filled, by="fortnight")


def test_actors(filled):
    page = actors(filled)
    top = page.items[0]
    assert (top["code"], top["documents"]) in {("IRNGOV", 4), ("IRQGOV", 4)}
    assert actors(filled, ActorFilter(code="TUR")).items[0]["name"] == "Turkish warplanes"
    (araji,) = actors(filled, ActorFilter(name="araji")).items  # one actor across four documents
    assert (araji["code"], araji["documents"], araji["mentions"]) == ("IRQGOV", 4, 4)
    assert actors(filled, limit=1).total == page.total


def test_quotes_by_speaker_name_or_code(filled):
    for who in ("IRNGOV", "Amir-Abdollahian", "hossein"):
        page = quotes(filled, QuoteFilter(speaker=who))
        assert page.total == 1
        q = page.items[0]
        assert q["text"] == "Iran will not tolerate threats from the Kurdistan Region"
        assert (q["speaker_code"], q["published"]) == ("IRNGOV", dt.date(2022, 10, 16))
    assert quotes(filled, QuoteFilter(speaker="IRQ")).total == 0


def test_documents_and_document(filled):
    page = documents(filled)
    assert page.total == 5
    assert [d["id"] for d in page.items][:2] == ["afp-strike", "irna-1"]
    doc = document(filled, "irna-1")
    assert len(doc["sentences"]) == 2 and len(doc["event_mentions"]) == 1
    assert doc["event_mentions"][0]["evidence"] == {"rule": "test", "verb": "meet"}


def test_iter_events_pages_through_everything(filled):
    from tidings.query import iter_events

    assert [e["id"] for e in iter_events(filled, page_size=2)] == [e["id"] for e in events(filled).items]
    assert len(list(iter_events(filled, EventFilter(dyad="IRN:IRQ"), page_size=1))) == 2


def test_event_orders(filled):
    assert [e["num_articles"] for e in events(filled, order="articles").items] == [3, 1, 1]
    assert [str(e["period_start"]) for e in events(filled, order="-day").items] == [
        "2022-10-20",
        "2022-10-15",
        "2022-10-14",
    ]
    assert events(filled, order="goldstein").items[0]["cameo"] == "195"
    with pytest.raises(ValueError):
        events(filled, order="day; DROP TABLE events")
