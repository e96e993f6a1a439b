"""Court districts (hand-built Docs)."""

from __future__ import annotations

from tidings.places.find import find_places

COURT = [
    "The the DET DT det 1",
    "lawsuit lawsuit NOUN NN nsubjpass 3",
    "was be AUX VBD auxpass 3",
    "filed file VERB VBN ROOT 3",
    "in in ADP IN prep 3",
    "the the DET DT det 7",
    "District District PROPN NNP compound 7",
    "Court Court PROPN NNP pobj 4",
    "for for ADP IN prep 7",
    "the the DET DT det 11",
    "Northern Northern PROPN NNP compound 11",
    "District District PROPN NNP pobj 8",
    "of of ADP IN prep 11",
    "California California PROPN NNP pobj 12",
    ". . PUNCT . punct 3",
]
COURT_TEXT = "The lawsuit was filed in the District Court for the Northern District of California."
COURT_ENTS = ["O"] * 5 + ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O"]


def test_a_court_district_is_the_division_it_names(build):
    doc = build(COURT_TEXT, COURT, ents=COURT_ENTS)
    got = [(s.text, p.geonameid, p.feature) for s, p in find_places(doc)]
    # not "Northern District" read as some country's Northern region
    assert got == [("Northern District of California", 5332921, "A.ADM1")]
    (_, place) = find_places(doc)[0]
    assert place.reason.startswith("a court district of California")


def test_a_court_for_a_district_sits_in_it(build):
    from tidings.places import event_location
    from tidings.places.component import PlacesStage

    doc = PlacesStage()(build(COURT_TEXT, COURT, ents=COURT_ENTS))
    loc = event_location(doc, 0, [3])  # filed
    place = next(p for p in doc._.places if p.id == loc.place)
    assert (place.text, place.name, loc.source) == ("Northern District of California", "California", "clause")


def test_a_place_in_a_clause_on_another_noun_is_not_the_events(build):
    from tidings.places import event_location
    from tidings.places.component import PlacesStage

    rows = [
        "A a DET DT det 1",
        "judge judge NOUN NN nsubj 2",
        "sentenced sentence VERB VBD ROOT 2",
        "a a DET DT det 4",
        "doctor doctor NOUN NN dobj 2",
        "based base VERB VBN acl 4",
        "in in ADP IN prep 5",
        "Martinsville Martinsville PROPN NNP pobj 6",
        ". . PUNCT . punct 2",
    ]
    ents = ["O"] * 7 + ["B-GPE", "O"]
    doc = PlacesStage()(build("A judge sentenced a doctor based in Martinsville.", rows, ents=ents))
    assert [p.name for p in doc._.places] == ["Martinsville"]
    assert event_location(doc, 0, [2]) is None  # where the doctor is based, not where he was sentenced
    based = event_location(doc, 0, [5])
    assert based is not None and based.source == "clause"
