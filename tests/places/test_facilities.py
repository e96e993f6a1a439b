"""Facilities the index lacks, placed by the town the text says they are in
(tidings.places.facilities), and the events that happen at them."""

from __future__ import annotations

from tidings.places import event_location
from tidings.places.component import PlacesStage
from tidings.places.gazetteer import gazetteer

LONDON = 2643743

HALL = [
    "Khan Khan PROPN NNP nsubj 1",
    "stabbed stab VERB VBD ROOT 1",
    "people people NOUN NNS dobj 1",
    "at at ADP IN prep 2",
    "Fishmongers Fishmongers PROPN NNP poss 6",
    "' ' PART POS case 4",
    "Hall Hall PROPN NNP pobj 3",
    "in in ADP IN prep 6",
    "London London PROPN NNP pobj 7",
    ", , PUNCT , punct 1",
    "then then ADV RB advmod 11",
    "fled flee VERB VBD conj 1",
    "up up ADP RP prt 11",
    "London London PROPN NNP compound 14",
    "Bridge Bridge PROPN NNP dobj 11",
    ". . PUNCT . punct 1",
    "Others other NOUN NNS nsubj 17",
    "struck strike VERB VBD ROOT 17",
    "him he PRON PRP dobj 17",
    ". . PUNCT . punct 17",
]
HALL_ENTS = (
    ["O"] * 4 + ["B-FAC", "I-FAC", "I-FAC", "O", "B-GPE", "O", "O", "O", "O", "B-FAC", "I-FAC"] + ["O"] * 5
)
HALL_TEXT = (
    "Khan stabbed people at Fishmongers' Hall in London, then fled up London Bridge. Others struck him."
)


def _hall(build):
    return PlacesStage()(build(HALL_TEXT, HALL, ents=HALL_ENTS))


def _place(doc, loc):
    return next(p for p in doc._.places if p.id == loc.place)


def test_a_building_in_a_town_is_a_place_at_the_towns_point(build):
    doc = _hall(build)
    hall = next(p for p in doc._.places if p.text == "Fishmongers' Hall")
    assert (hall.geonameid, hall.name, hall.reason) == (LONDON, "London", "facility in London, at its point")


def test_the_building_wins_over_the_town_that_qualifies_it(build):
    doc = _hall(build)
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source, loc.evidence) == ("Fishmongers' Hall", "clause", 'at "Fishmongers\' Hall"')


def test_a_path_particle_makes_its_object_a_scene(build):
    doc = _hall(build)
    loc = event_location(doc, 0, [11])  # "fled up London Bridge": "up" parsed as a particle
    assert (loc.text, loc.source, loc.evidence) == ("London Bridge", "clause", "up 'London Bridge'")
    later = event_location(doc, 1, [17])  # "Others struck him." goes on at the last scene told
    assert (later.text, later.source) == ("London Bridge", "context")


EMBASSY = [
    "Rockets rocket NOUN NNS nsubj 1",
    "hit hit VERB VBD ROOT 1",
    "the the DET DT det 5",
    "United United PROPN NNP compound 4",
    "States States PROPN NNP compound 5",
    "Embassy Embassy PROPN NNP dobj 1",
    "in in ADP IN prep 5",
    "Iraq Iraq PROPN NNP pobj 6",
    ". . PUNCT . punct 1",
]


def test_an_embassy_in_a_country_sits_in_its_capital(build):
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O"]
    doc = PlacesStage()(build("Rockets hit the United States Embassy in Iraq.", EMBASSY, ents=ents))
    loc = event_location(doc, 0, [1])
    place = _place(doc, loc)
    assert (place.text, place.name, place.geonameid) == ("United States Embassy", "Baghdad", 98182)
    assert place.reason == "facility in Iraq, at its capital Baghdad"


def test_a_hospital_in_a_country_is_not_placed(build):
    rows = [r.replace("Embassy", "Hospital") for r in EMBASSY]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O"]
    doc = PlacesStage()(build("Rockets hit the United States Hospital in Iraq.", rows, ents=ents))
    assert [p.text for p in doc._.places if p.source != "embedded"] == ["Iraq"]


ROAD = [
    "He he PRON PRP nsubj 1",
    "injured injure VERB VBD ROOT 1",
    "two two NUM CD nummod 3",
    "women woman NOUN NNS dobj 1",
    "on on ADP IN prep 1",
    "Streatham Streatham PROPN NNP compound 7",
    "High High PROPN NNP compound 7",
    "Road Road PROPN NNP pobj 4",
    ", , PUNCT , punct 7",
    "London London PROPN NNP appos 7",
    ". . PUNCT . punct 1",
]


def test_a_street_qualified_by_its_town_and_the_town_inside_its_name(build):
    ents = ["O"] * 5 + ["B-FAC", "I-FAC", "I-FAC", "O", "B-GPE", "O"]
    doc = PlacesStage()(build("He injured two women on Streatham High Road, London.", ROAD, ents=ents))
    by_text = {p.text: p for p in doc._.places}
    assert (by_text["Streatham High Road"].geonameid, by_text["Streatham"].source) == (LONDON, "embedded")
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source) == ("Streatham High Road", "clause")


def test_a_street_no_town_qualifies_is_not_placed(build):
    rows = ROAD[:8] + [". . PUNCT . punct 1"]
    ents = ["O"] * 5 + ["B-FAC", "I-FAC", "I-FAC", "O"]
    doc = PlacesStage()(build("He injured two women on Streatham High Road.", rows, ents=ents))
    assert "Streatham High Road" not in [p.text for p in doc._.places]


def test_a_later_bare_mention_is_the_facility_placed_before(build):
    rows = ROAD + [
        "They they PRON PRP nsubj 12",
        "closed close VERB VBD ROOT 12",
        "Streatham Streatham PROPN NNP compound 15",
        "High High PROPN NNP compound 15",
        "Road Road PROPN NNP dobj 12",
        ". . PUNCT . punct 12",
    ]
    ents = ["O"] * 5 + [
        "B-FAC",
        "I-FAC",
        "I-FAC",
        "O",
        "B-GPE",
        "O",
        "O",
        "O",
        "B-FAC",
        "I-FAC",
        "I-FAC",
        "O",
    ]
    text = "He injured two women on Streatham High Road, London. They closed Streatham High Road."
    doc = PlacesStage()(build(text, rows, ents=ents))
    roads = [p for p in doc._.places if p.text == "Streatham High Road"]
    assert [p.geonameid for p in roads] == [LONDON, LONDON]
    assert roads[1].reason == "facility as 'Streatham High Road' earlier; facility in London, at its point"


def test_capitals():
    assert [gazetteer().capital(c).name for c in ("IQ", "GB", "NZ")] == ["Baghdad", "London", "Wellington"]
    assert gazetteer().capital(None) is None


def test_the_sentence_before_lends_its_own_acts_scene_not_a_clause_below(build):
    rows = [
        "He he PRON PRP nsubj 1",
        "appeared appear VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Tehran Tehran PROPN NNP pobj 2",
        ", , PUNCT , punct 1",
        "charged charge VERB VBN advcl 1",
        "over over ADP IN prep 5",
        "a a DET DT det 8",
        "shooting shooting NOUN NN pobj 6",
        "in in ADP IN prep 8",
        "Mashhad Mashhad PROPN NNP pobj 9",
        ". . PUNCT . punct 1",
        "Judges judge NOUN NNS nsubj 13",
        "met meet VERB VBD ROOT 13",
        ". . PUNCT . punct 13",
    ]
    ents = ["O", "O", "O", "B-GPE"] + ["O"] * 6 + ["B-GPE"] + ["O"] * 4
    text = "He appeared in Tehran, charged over a shooting in Mashhad. Judges met."
    doc = PlacesStage()(build(text, rows, ents=ents))
    loc = event_location(doc, 1, [13])
    assert (loc.text, loc.source, loc.evidence) == ("Tehran", "context", "'Tehran' in a sentence before")


PRISON = [
    "He he PRON PRP nsubjpass 2",
    "was be AUX VBD auxpass 2",
    "stabbed stab VERB VBN ROOT 2",
    "while while SCONJ IN mark 4",
    "in in ADP IN prep 2",
    "prison prison NOUN NN pobj 4",
    ". . PUNCT . punct 2",
    "He he PRON PRP nsubj 8",
    "served serve VERB VBD ROOT 8",
    "his his PRON PRP$ poss 10",
    "time time NOUN NN dobj 8",
    "at at ADP IN prep 8",
    "Kellerman Kellerman PROPN NNP compound 14",
    "Correctional Correctional PROPN NNP compound 14",
    "Facility Facility PROPN NNP pobj 11",
    "in in ADP IN prep 14",
    "Sydney Sydney PROPN NNP pobj 15",
    ". . PUNCT . punct 8",
]
PRISON_ENTS = ["O"] * 12 + ["B-FAC", "I-FAC", "I-FAC", "O", "B-GPE", "O"]


def test_in_prison_is_the_prison_the_story_names(build):
    text = "He was stabbed while in prison. He served his time at Kellerman Correctional Facility in Sydney."
    doc = PlacesStage()(build(text, PRISON, ents=PRISON_ENTS))
    loc = event_location(doc, 0, [2])
    assert (loc.text, loc.source, _place(doc, loc).geonameid) == (
        "Kellerman Correctional Facility",
        "clause",
        2147714,
    )
    assert loc.evidence == "'in prison': the prison the story names, 'Kellerman Correctional Facility'"


def test_a_facility_of_another_kind_does_not_stand_for_it(build):
    text = (
        "He was stabbed while in hospital. He served his time at Kellerman Correctional Facility in Sydney."
    )
    rows = [r.replace("prison prison", "hospital hospital") for r in PRISON]
    doc = PlacesStage()(build(text, rows, ents=PRISON_ENTS))
    assert event_location(doc, 0, [2]) is None


def test_a_town_elsewhere_in_the_sentence_narrowed_to_the_next_sentences_facility_in_it(build):
    rows = [
        "In in ADP IN prep 4",
        "London London PROPN NNP pobj 0",
        ", , PUNCT , punct 4",
        "he he PRON PRP nsubj 4",
        "ran run VERB VBD ROOT 4",
        "and and CCONJ CC cc 4",
        "began begin VERB VBD conj 4",
        "to to PART TO aux 8",
        "stab stab VERB VB xcomp 6",
        "people people NOUN NNS dobj 8",
        ". . PUNCT . punct 4",
    ] + [_shift(r, 11) for r in ROAD]
    ents = ["O", "B-GPE"] + ["O"] * 9 + ["O"] * 5 + ["B-FAC", "I-FAC", "I-FAC", "O", "B-GPE", "O"]
    text = "In London, he ran and began to stab people. He injured two women on Streatham High Road, London."
    doc = PlacesStage()(build(text, rows, ents=ents))
    loc = event_location(doc, 0, [8])
    assert (loc.text, loc.source, _place(doc, loc).geonameid) == ("Streatham High Road", "sentence", LONDON)
    assert loc.evidence.endswith("; more precisely 'Streatham High Road', the next sentence's scene")


def _shift(row: str, by: int) -> str:
    *rest, head = row.split(" ")
    return " ".join([*rest, str(int(head) + by)])
