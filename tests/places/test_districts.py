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
