"""Short forms of organisation names join the organisation; a capitalised body's "of X" names
no town (issue 14, point 1: parties' countries from the text)."""

import datetime as dt

from tests.actors.helpers import lexicon, make_doc
from tidings.actors.component import not_places_in_names
from tidings.actors.resolve import find_clusters, to_actors

DAY = dt.date(2019, 1, 23)


def _actors(rows, ents, sents=(0,)):
    doc = make_doc(rows, ents=ents, sents=list(sents))
    lex = lexicon()
    actors, _ = to_actors(doc, find_clusters(doc, not_places_in_names(doc, lex.match(doc, DAY)), DAY))
    return actors


def _holder(actors, start_char_text):
    return next(a for a in actors if any(m.text == start_char_text for m in a.mentions))


# Germany banned Mahan Air . Mahan flies to Syria .
MAHAN = [
    ("Germany", "PROPN", "nsubj", 1, "NNP"),
    ("banned", "VERB", "ROOT", 1, "VBD"),
    ("Mahan", "PROPN", "compound", 3, "NNP"),
    ("Air", "PROPN", "dobj", 1, "NNP"),
    (".", "PUNCT", "punct", 1, "."),
    ("Mahan", "PROPN", "nsubj", 6, "NNP"),
    ("flies", "VERB", "ROOT", 6, "VBZ"),
    ("to", "ADP", "prep", 6, "IN"),
    ("Syria", "PROPN", "pobj", 7, "NNP"),
    (".", "PUNCT", "punct", 6, "."),
]


def test_the_first_word_of_an_organisation_name_alone_is_the_organisation_not_a_person():
    actors = _actors(MAHAN, [(0, 1, "GPE"), (2, 4, "ORG"), (5, 6, "PERSON"), (8, 9, "GPE")], sents=(0, 5))
    mahan = _holder(actors, "Mahan")
    assert mahan.code == "IRNBUS" and mahan.kind == "organisation"
    assert [m.text for m in mahan.mentions] == ["Mahan Air", "Mahan"]
    assert "first word" in mahan.evidence["short_names"][0]


# The Navy found the wreck near Japan . The U.S. Navy confirmed .
NAVY = [
    ("The", "DET", "det", 1, "DT"),
    ("Navy", "PROPN", "nsubj", 2, "NNP"),
    ("found", "VERB", "ROOT", 2, "VBD"),
    ("the", "DET", "det", 4, "DT"),
    ("wreck", "NOUN", "dobj", 2, "NN"),
    ("near", "ADP", "prep", 2, "IN"),
    ("Japan", "PROPN", "pobj", 5, "NNP"),
    (".", "PUNCT", "punct", 2, "."),
    ("The", "DET", "det", 10, "DT"),
    ("U.S.", "PROPN", "compound", 10, "NNP"),
    ("Navy", "PROPN", "nsubj", 11, "NNP"),
    ("confirmed", "VERB", "ROOT", 11, "VBD"),
    (".", "PUNCT", "punct", 11, "."),
]


def test_the_last_words_of_an_organisation_name_join_it_and_take_its_country():
    actors = _actors(NAVY, [(1, 2, "ORG"), (6, 7, "GPE"), (9, 11, "ORG")], sents=(0, 8))
    navy = _holder(actors, "Navy")
    assert navy.code == "USAMIL"  # not JPNMIL from "near Japan"
    assert sorted(m.text for m in navy.mentions) == ["Navy", "U.S. Navy"]
    assert "last words" in navy.evidence["short_names"][0]


# The Philippine Institute of Volcanology ( Phivolcs ) reported a quake . Phivolcs said so .
PHIVOLCS = [
    ("The", "DET", "det", 2, "DT"),
    ("Philippine", "PROPN", "compound", 2, "NNP"),
    ("Institute", "PROPN", "nsubj", 8, "NNP"),
    ("of", "ADP", "prep", 2, "IN"),
    ("Volcanology", "PROPN", "pobj", 3, "NNP"),
    ("(", "PUNCT", "punct", 6, "-LRB-"),
    ("Phivolcs", "PROPN", "appos", 2, "NNP"),
    (")", "PUNCT", "punct", 6, "-RRB-"),
    ("reported", "VERB", "ROOT", 8, "VBD"),
    ("a", "DET", "det", 10, "DT"),
    ("quake", "NOUN", "dobj", 8, "NN"),
    (".", "PUNCT", "punct", 8, "."),
    ("Phivolcs", "PROPN", "nsubj", 13, "NNP"),
    ("said", "VERB", "ROOT", 13, "VBD"),
    ("so", "ADV", "advmod", 13, "RB"),
    (".", "PUNCT", "punct", 13, "."),
]


def test_a_short_form_in_brackets_inside_the_ner_span_joins_the_named_body():
    # the NER span runs into the brackets ("... Volcanology (Phivolcs"); the later one is a PERSON
    actors = _actors(PHIVOLCS, [(0, 7, "ORG"), (12, 13, "PERSON")], sents=(0, 12))
    body = _holder(actors, "Phivolcs")
    assert body.code == "PHLGOV"
    assert [m.text for m in body.mentions] == [
        "The Philippine Institute of Volcanology",
        "Phivolcs",
        "Phivolcs",
    ]


# The Court of Justice ruled .
COURT = [
    ("The", "DET", "det", 1, "DT"),
    ("Court", "PROPN", "nsubj", 4, "NNP"),
    ("of", "ADP", "prep", 1, "IN"),
    ("Justice", "PROPN", "pobj", 2, "NNP"),
    ("ruled", "VERB", "ROOT", 4, "VBD"),
    (".", "PUNCT", "punct", 4, "."),
]


def test_of_a_word_in_a_capitalised_body_name_is_no_town():
    # "Justice" is a town in the gazetteer (Illinois); in "Court of Justice" it names no place
    court = _holder(_actors(COURT, [(1, 4, "ORG")]), "Court of Justice")
    assert court.sectors == ["JUD"] and court.country is None
    assert "country_from_context" not in court.evidence


# The United States House of Representatives issued a subpoena . The House issued a request .
HOUSE = [
    ("The", "DET", "det", 3, "DT"),
    ("United", "PROPN", "compound", 2, "NNP"),
    ("States", "PROPN", "compound", 3, "NNP"),
    ("House", "PROPN", "nsubj", 6, "NNP"),
    ("of", "ADP", "prep", 3, "IN"),
    ("Representatives", "PROPN", "pobj", 4, "NNPS"),
    ("issued", "VERB", "ROOT", 6, "VBD"),
    ("a", "DET", "det", 8, "DT"),
    ("subpoena", "NOUN", "dobj", 6, "NN"),
    (".", "PUNCT", "punct", 6, "."),
    ("The", "DET", "det", 11, "DT"),
    ("House", "PROPN", "nsubj", 12, "NNP"),
    ("issued", "VERB", "ROOT", 12, "VBD"),
    ("a", "DET", "det", 14, "DT"),
    ("request", "NOUN", "dobj", 12, "NN"),
    (".", "PUNCT", "punct", 12, "."),
]


def test_the_capitalised_head_of_a_body_name_alone_is_that_body():
    house = _holder(_actors(HOUSE, [(0, 6, "ORG"), (11, 12, "ORG")], sents=(0, 10)), "The House")
    assert house.code == "USALEG"
    assert len(house.mentions) == 2
