"""Cross-document deduplication: several reports of one event -> one event row with its mentions."""

from __future__ import annotations

import datetime as dt

from store_corpus import TEHRAN, make_document, meeting_reports

from tidings.store.dedup import group_mentions, is_coarse

BAGHDAD = dict(
    geonameid=98182, name="Baghdad", country="IQ", admin1="07", lat=33.34058, lon=44.40088, feature="P.PPLC"
)


def _m(doc, gid=None, feature=None, country=None, published="2022-10-16"):
    return {
        "document_id": doc,
        "id": "e1",
        "sentence": 0,
        "geonameid": gid,
        "place_feature": feature,
        "place_country": country,
        "doc_published": published,
    }


def test_coarse_features_are_admin_areas():
    assert is_coarse("A.PCLI") and is_coarse("ADM1") and is_coarse("A")
    assert not is_coarse("P.PPLC") and not is_coarse(None)


def test_group_mentions_merges_compatible_places():
    groups = group_mentions(
        [
            _m("a", "112931", "P.PPLC", "IR"),
            _m("b", "112931", "P.PPLC", "IR"),
            _m("c", "130758", "A.PCLI", "IR"),  # "in Iran": joins the Tehran report
            _m("d"),  # no place: joins the biggest group
            _m("e", "98182", "P.PPLC", "IQ"),  # Baghdad: another event
        ]
    )
    assert {k: sorted(m["document_id"] for m in v) for k, v in groups.items()} == {
        "112931": ["a", "b", "c", "d"],
        "98182": ["e"],
    }


def test_group_mentions_without_places_is_one_event():
    assert list(group_mentions([_m("a"), _m("b")])) == ["-"]


def test_three_reports_of_one_meeting_become_one_event(filled):
    assert filled.counts()["event_mentions"] == 5
    assert filled.counts()["events"] == 3
    (ev,) = filled.db.dicts(
        "SELECT * FROM events WHERE source_country = ? AND target_country = ? AND day = ?",
        ["IRN", "IRQ", dt.date(2022, 10, 15)],
    )
    assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 3, 3)
    assert (ev["first_report"], ev["last_report"]) == (dt.date(2022, 10, 16), dt.date(2022, 10, 17))
    assert (
        ev["cameo"] == "040" and ev["cameo_root"] == "04"
    )  # the commonest code of the three reports (040, 043, 040)
    assert ev["goldstein"] == 1.0 and ev["quad_class"] == 1
    assert (ev["geonameid"], ev["place_name"], ev["lat"], ev["lon"]) == (
        "112931",
        "Tehran",
        35.69439,
        51.42151,
    )
    assert ev["first_document"] == "irna-1" and ev["first_url"] == "https://en.irna.ir/news/84915521/"
    assert ev["source_name"] == "Hossein Amir-Abdollahian" and ev["target_name"] == "Qasim al-Araji"
    linked = filled.db.fetchall(
        "SELECT document_id FROM event_mentions WHERE event_id = ? ORDER BY document_id", [ev["id"]]
    )
    assert [r[0] for r in linked] == ["irna-1", "reuters-1", "rudaw-1"]


def test_same_dyad_on_another_day_is_another_event(filled):
    rows = filled.db.fetchall(
        "SELECT day, num_articles FROM events WHERE source_country = ? ORDER BY day", ["IRN"]
    )
    assert rows == [(dt.date(2022, 10, 15), 3), (dt.date(2022, 10, 20), 1)]


def test_every_mention_belongs_to_exactly_one_event(filled):
    assert filled.db.scalar("SELECT COUNT(*) FROM event_mentions WHERE event_id IS NULL") == 0
    assert filled.db.scalar("SELECT SUM(num_mentions) FROM events") == 5
    assert (
        filled.db.scalar(
            "SELECT COUNT(*) FROM event_mentions m LEFT JOIN events e ON e.id = m.event_id WHERE e.id IS NULL"
        )
        == 0
    )


def test_same_outlet_counts_as_one_source(store):
    docs = meeting_reports()
    second = make_document(
        "irna-3",
        "Iran's foreign minister met al-Araji in Tehran on Saturday.",
        "2022-10-16",
        "IRNA",
        "https://en.irna.ir/news/84915530/",
        [
            dict(
                source=("Iran's foreign minister", "IRNGOV"),
                target=("al-Araji", "IRQGOV"),
                verb="met",
                lemma="meet",
                cameo="040",
                plover="CONSULT",
                goldstein=1.0,
                quad=1,
                when="on Saturday",
                date="2022-10-15",
            )
        ],
        place=("Tehran", TEHRAN),
    )
    store.write([docs[0], second], store.start_run("t"))
    ev = store.db.dicts("SELECT num_mentions, num_articles, num_sources FROM events")
    assert ev == [{"num_mentions": 2, "num_articles": 2, "num_sources": 1}]


def test_other_place_direction_or_negation_is_another_event(store):
    base = dict(
        cameo="040",
        plover="CONSULT",
        goldstein=1.0,
        quad=1,
        when="on Saturday",
        date="2022-10-15",
        verb="met",
        lemma="meet",
    )
    in_baghdad = make_document(
        "x1",
        "Amir-Abdollahian met al-Araji in Baghdad on Saturday.",
        "2022-10-16",
        "A",
        None,
        [dict(base, source=("Amir-Abdollahian", "IRNGOV"), target=("al-Araji", "IRQGOV"))],
        place=("Baghdad", BAGHDAD),
    )
    reverse = make_document(
        "x2",
        "Al-Araji met Amir-Abdollahian in Tehran on Saturday.",
        "2022-10-16",
        "B",
        None,
        [dict(base, source=("Al-Araji", "IRQGOV"), target=("Amir-Abdollahian", "IRNGOV"))],
        place=("Tehran", TEHRAN),
    )
    denied = make_document(
        "x3",
        "Amir-Abdollahian met al-Araji in Tehran on Saturday, Iraq denied.",
        "2022-10-16",
        "C",
        None,
        [dict(base, source=("Amir-Abdollahian", "IRNGOV"), target=("al-Araji", "IRQGOV"))],
        place=("Tehran", TEHRAN),
    )
    denied.events[0].negated = True
    store.write([meeting_reports()[0], in_baghdad, reverse, denied], store.start_run("t"))
    assert store.counts()["events"] == 4
    assert store.db.scalar("SELECT MAX(num_articles) FROM events") == 1


def test_uncoded_parties_are_never_merged(store):
    text = "Gunmen attacked a checkpoint on Saturday."
    ev = dict(
        source=("Gunmen", "IRQ"),
        target=None,
        verb="attacked",
        lemma="attack",
        cameo="190",
        plover="ASSAULT",
        goldstein=-10.0,
        quad=4,
        when="on Saturday",
        date="2022-10-15",
    )
    d1 = make_document("g1", text, "2022-10-16", "A", None, [ev])
    d2 = make_document("g2", text + " ", "2022-10-16", "B", None, [ev])
    for d in (d1, d2):
        d.events[0].source.code = d.events[0].source.country = None
    store.write([d1, d2], store.start_run("t"))
    assert store.counts()["events"] == 2


def test_untargeted_events_merge_across_articles_only_with_a_place(store):
    ev = dict(
        source=("The US State Department", "USAGOV"),
        target=None,
        verb="criticised",
        lemma="criticise",
        cameo="111",
        plover="DISAPPROVE",
        goldstein=-2.0,
        quad=3,
        when="on Monday",
        date="2022-10-17",
    )
    text = "The US State Department criticised the decision on Monday."
    a = make_document("u1", text, "2022-10-18", "A", None, [ev])
    b = make_document("u2", text + " ", "2022-10-18", "B", None, [ev])
    placed = "The US State Department criticised the decision in Tehran on Monday."
    c = make_document("u3", placed, "2022-10-18", "C", None, [ev], place=("Tehran", TEHRAN))
    d = make_document("u4", placed + " ", "2022-10-18", "D", None, [ev], place=("Tehran", TEHRAN))
    store.write([a, b, c, d], store.start_run("t"))
    rows = store.db.fetchall("SELECT num_articles, geonameid FROM events ORDER BY num_articles, geonameid")
    assert rows == [(1, None), (1, None), (2, "112931")]
