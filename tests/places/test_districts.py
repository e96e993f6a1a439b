"""Court districts and qualified towns as event scenes (hand-built Docs)."""

from __future__ import annotations

from tidings.places import event_location
from tidings.places.component import PlacesStage
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


def test_the_scene_told_before_is_the_town_not_its_qualifier(build):
    rows = [
        "A a DET DT det 1",
        "gunman gunman NOUN NN nsubj 2",
        "struck strike VERB VBD ROOT 2",
        "in in ADP IN prep 2",
        "El El PROPN NNP compound 5",
        "Paso Paso PROPN NNP pobj 3",
        ", , PUNCT , punct 5",
        "Texas Texas PROPN NNP appos 5",
        ". . PUNCT . punct 2",
        "He he PRON PRP nsubj 10",
        "surrendered surrender VERB VBD ROOT 10",
        ". . PUNCT . punct 10",
    ]
    ents = ["O", "O", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O", "O"]
    doc = PlacesStage()(build("A gunman struck in El Paso, Texas. He surrendered.", rows, ents=ents))
    loc = event_location(doc, 1, [10])
    place = next(p for p in doc._.places if p.id == loc.place)
    assert (place.name, loc.source, loc.evidence) == ("El Paso", "context", "'El Paso' in a sentence before")
