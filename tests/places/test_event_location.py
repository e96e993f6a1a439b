"""event_location(): the place of the event's clause, else the dateline, else None."""

from __future__ import annotations

import pytest

from tests.places.conftest import sent_index, token_index
from tests.places.test_find import ASTANA
from tidings.places import event_location
from tidings.places.component import PlacesStage


def test_in_city_comma_country_gives_the_city(build):
    doc = PlacesStage()(
        build(
            "Talks were held in Astana, Kazakhstan.",
            ASTANA,
            ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"],
            dateline="Tehran",
        )
    )
    loc = event_location(doc, 0, [2])
    assert (loc.place, loc.text, loc.source) == ("pl1", "Astana", "clause")


def test_dateline_when_the_sentence_names_no_scene(build):
    rows = [
        "Iran Iran PROPN NNP nsubj 1",
        "condemned condemn VERB VBD ROOT 1",
        "Iraq Iraq PROPN NNP dobj 1",
        ". . PUNCT . punct 1",
    ]
    ents = ["B-GPE", "O", "B-GPE", "O"]
    doc = PlacesStage()(build("Iran condemned Iraq.", rows, ents=ents, dateline="Tehran"))
    loc = event_location(doc, 0, [1])
    assert (loc.place, loc.text, loc.source) == ("dateline", "Tehran", "dateline")
    doc = PlacesStage()(build("Iran condemned Iraq.", rows, ents=ents))
    assert event_location(doc, 0, [1]) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("word", "geonameid", "country", "lat", "lon"),
    [("meeting", 112931, "IR", 35.69, 51.42), ("summit", 1526273, "KZ", 51.18, 71.45)],
)
def test_seed_event_places(seed_spacy_doc, word, geonameid, country, lat, lon):
    doc = seed_spacy_doc
    tok = token_index(doc, word)
    loc = event_location(doc, sent_index(doc, tok), [tok])
    place = next(p for p in doc._.places if p.id == loc.place)
    assert loc.source == "clause"
    assert (place.geonameid, place.country, round(place.lat, 2), round(place.lon, 2)) == (
        geonameid,
        country,
        lat,
        lon,
    )


@pytest.mark.slow
def test_seed_places(seed_spacy_doc):
    by_text = {}
    for p in seed_spacy_doc._.places:
        by_text.setdefault(p.text, p)
    assert by_text["Kurdistan Region"].feature == "L.RGN" and by_text["Kurdistan Region"].country == "IQ"
    assert by_text["Caucasus"].feature == "L.RGN"
    assert by_text["Iraq"].geonameid == 99237 and by_text["Baghdad"].geonameid == 98182
    # adjectives are places of their own kind, never an event's scene by themselves
    adjectives = {
        (p.text, p.geonameid, p.source) for p in seed_spacy_doc._.places if p.text in ("Iranian", "Iraqi")
    }
    assert adjectives >= {("Iranian", 130758, "adjective"), ("Iraqi", 99237, "adjective")}
    assert {source for _, _, source in adjectives} == {
        "adjective",
        "embedded",
    }  # "Iraqi National Security ..."
    assert (
        seed_spacy_doc._.places[-1].source == "dateline" and seed_spacy_doc._.places[-1].geonameid == 112931
    )


def test_town_naming_the_event_noun_is_its_place(build):
    rows = [
        "A a DET DT det 3",
        "Kabul Kabul PROPN NNP compound 3",
        "car car NOUN NN compound 3",
        "bombing bombing NOUN NN nsubj 4",
        "killed kill VERB VBD ROOT 4",
        "five five NUM CD dobj 4",
        ". . PUNCT . punct 4",
    ]
    doc = PlacesStage()(
        build("A Kabul car bombing killed five.", rows, ents=["O", "B-GPE", "O", "O", "O", "O", "O"])
    )
    loc = event_location(doc, 0, [2, 3])
    place = doc._.places[0]
    assert (loc.place, loc.source, place.geonameid) == ("pl1", "clause", 1138958)


def test_country_naming_the_event_noun_is_the_actor_not_the_place(build):
    rows = [
        "The the DET DT det 2",
        "US US PROPN NNP compound 2",
        "airstrike airstrike NOUN NN nsubj 3",
        "failed fail VERB VBD ROOT 3",
        ". . PUNCT . punct 3",
    ]
    doc = PlacesStage()(build("The US airstrike failed.", rows, ents=["O", "B-GPE", "O", "O", "O"]))
    assert event_location(doc, 0, [2]) is None


def test_relative_clause_on_the_event_noun_gives_the_place(build):
    rows = [
        "the the DET DT det 1",
        "airstrike airstrike NOUN NN nsubj 7",
        "that that PRON WDT nsubj 3",
        "killed kill VERB VBD relcl 1",
        "him he PRON PRP dobj 3",
        "at at ADP IN prep 3",
        "Baghdad Baghdad PROPN NNP pobj 5",
        "failed fail VERB VBD ROOT 7",
        ". . PUNCT . punct 7",
    ]
    text = "the airstrike that killed him at Baghdad failed."
    doc = PlacesStage()(build(text, rows, ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O", "O"]))
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source) == ("Baghdad", "clause")


PRAISED = [
    "Bayramov Bayramov PROPN NNP nsubj 1",
    "praised praise VERB VBD ROOT 1",
    "relations relation NOUN NNS dobj 1",
    ". . PUNCT . punct 1",
]


def test_dateline_only_when_the_source_acts_locally(build):
    doc = PlacesStage()(
        build("Bayramov praised relations.", PRAISED, ents=["B-PERSON", "O", "O", "O"], dateline="Tehran")
    )
    assert event_location(doc, 0, [1], source_country="AZE") is None  # phoned from Baku
    loc = event_location(doc, 0, [1], source_country="IRN")
    assert (loc.place, loc.source) == ("dateline", "dateline")
    assert "source of IRN" in loc.evidence
    loc = event_location(doc, 0, [1])  # the old call: no known source, the dateline stands
    assert (loc.place, loc.source) == ("dateline", "dateline")


def test_the_paragraph_scene_carries_to_a_sentence_without_places(build):
    rows = [
        "A a DET DT det 1",
        "bomb bomb NOUN NN nsubj 2",
        "exploded explode VERB VBD ROOT 2",
        "in in ADP IN prep 2",
        "Kabul Kabul PROPN NNP pobj 3",
        ". . PUNCT . punct 2",
        "Two two NUM CD nummod 7",
        "people people NOUN NNS nsubjpass 9",
        "were be AUX VBD auxpass 9",
        "killed kill VERB VBN ROOT 9",
        ". . PUNCT . punct 9",
    ]
    ents = ["O", "O", "O", "O", "B-GPE", "O", "B-CARDINAL", "O", "O", "O", "O"]
    doc = PlacesStage()(build("A bomb exploded in Kabul. Two people were killed.", rows, ents=ents))
    loc = event_location(doc, 1, [9])
    place = next(p for p in doc._.places if p.id == loc.place)
    assert (place.geonameid, loc.source) == (1138958, "context")
    assert loc.evidence == "'Kabul' in a sentence before"


def test_a_town_that_undergoes_the_event_is_its_scene(build):
    rows = [
        "Sanaa Sanaa PROPN NNP nsubj 1",
        "fell fall VERB VBD ROOT 1",
        "to to ADP IN prep 1",
        "rebels rebel NOUN NNS pobj 2",
        ". . PUNCT . punct 1",
    ]
    doc = PlacesStage()(build("Sanaa fell to rebels.", rows, ents=["B-GPE", "O", "O", "O", "O"]))
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source) == ("Sanaa", "clause")
    assert loc.evidence.startswith("subject or object")
    # a country in that position is the actor, not the scene
    doc = PlacesStage()(
        build(
            "Yemen fell to rebels.",
            [r.replace("Sanaa", "Yemen") for r in rows],
            ents=["B-GPE", "O", "O", "O", "O"],
        )
    )
    assert event_location(doc, 0, [1]) is None


def test_an_adjective_inside_a_locative_phrase_names_the_scene(build):
    rows = [
        "Missiles missile NOUN NNS nsubj 1",
        "hit hit VERB VBD ROOT 1",
        "troops troop NOUN NNS dobj 1",
        "in in ADP IN prep 1",
        "Iraqi iraqi ADJ JJ amod 5",
        "bases base NOUN NNS pobj 3",
        ". . PUNCT . punct 1",
    ]
    ents = ["O", "O", "O", "O", "B-NORP", "O", "O"]
    doc = PlacesStage()(build("Missiles hit troops in Iraqi bases.", rows, ents=ents))
    loc = event_location(doc, 0, [1])
    place = next(p for p in doc._.places if p.id == loc.place)
    assert (place.geonameid, place.source, loc.source, loc.evidence) == (
        99237,
        "adjective",
        "clause",
        "in 'Iraqi'",
    )


def test_a_country_modifying_an_operation_is_the_actor_not_the_scene(build):
    rows = [
        "He he PRON PRP nsubjpass 2",
        "was be AUX VBD auxpass 2",
        "killed kill VERB VBN ROOT 2",
        "in in ADP IN prep 2",
        "a a DET DT det 6",
        "US US PROPN NNP compound 6",
        "operation operation NOUN NN pobj 3",
        ". . PUNCT . punct 2",
    ]
    ents = ["O", "O", "O", "O", "O", "B-GPE", "O", "O"]
    doc = PlacesStage()(build("He was killed in a US operation.", rows, ents=ents))
    assert event_location(doc, 0, [2]) is None
    text = "He was killed in a US base."
    rows[6] = "base base NOUN NN pobj 3"
    loc = event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [2])
    assert (loc.text, loc.source, loc.evidence) == ("US", "clause", "in 'US'")


def test_a_capital_acting_on_something_is_an_actor(build):
    rows = [
        "Tehran Tehran PROPN NNP nsubj 1",
        "expanded expand VERB VBD ROOT 1",
        "ties tie NOUN NNS dobj 1",
        ". . PUNCT . punct 1",
    ]
    doc = PlacesStage()(build("Tehran expanded ties.", rows, ents=["B-GPE", "O", "O", "O"]))
    assert event_location(doc, 0, [1]) is None


def _retold(verb: str, lemma: str) -> tuple[str, list[str], list[str]]:
    rows = [
        "Unions union NOUN NNS nsubj 1",
        "filed file VERB VBD ROOT 1",
        "a a DET DT det 3",
        "lawsuit lawsuit NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    for _ in range(7):  # seven sentences between: beyond LATER_SENTENCES
        i = len(rows)
        rows += [
            f"It it PRON PRP nsubj {i + 1}",
            f"rained rain VERB VBD ROOT {i + 1}",
            f". . PUNCT . punct {i + 1}",
        ]
    i = len(rows)
    rows += [
        f"The the DET DT det {i + 1}",
        f"suit suit NOUN NN nsubjpass {i + 3}",
        f"was be AUX VBD auxpass {i + 3}",
        f"{verb} {lemma} VERB VBN ROOT {i + 3}",
        f"in in ADP IN prep {i + 3}",
        f"Billings Billings PROPN NNP pobj {i + 4}",
        f". . PUNCT . punct {i + 3}",
    ]
    text = "Unions filed a lawsuit." + " It rained." * 7 + f" The suit was {verb} in Billings."
    ents = ["O"] * (len(rows) - 2) + ["B-GPE", "O"]
    return text, rows, ents


def test_an_event_retold_with_its_own_verb_far_on_takes_that_scene(build):
    text, rows, ents = _retold("filed", "file")
    doc = PlacesStage()(build(text, rows, ents=ents))
    loc = event_location(doc, 0, [1, 3])
    assert (loc.text, loc.source) == ("Billings", "context")
    assert "'the suit' named again later" in loc.evidence
    # another verb that far on is no retelling ("The suit was heard in Billings")
    text, rows, ents = _retold("heard", "hear")
    assert event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [1, 3]) is None
