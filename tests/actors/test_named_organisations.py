"""Named organisations no dictionary knows, role-less persons, places inside names, gold codes."""

import datetime as dt

from tests.actors.helpers import lexicon, make_doc
from tidings.actors.component import not_places_in_names
from tidings.actors.evaluate import same_code
from tidings.actors.resolve import find_clusters, to_actors

DAY = dt.date(2020, 6, 4)


def _codes(rows, ents, sents=(0,)):
    doc = make_doc(rows, ents=ents, sents=list(sents))
    lex = lexicon()
    actors, _ = to_actors(doc, find_clusters(doc, not_places_in_names(doc, lex.match(doc, DAY)), DAY))
    return {a.name: a for a in actors}


# Denmark-based retailer Nordvik Group bought a store . Nordvik said it grew .
ROWS = [
    ("Denmark", "PROPN", "npadvmod", 2, "NNP"),
    ("-", "PUNCT", "punct", 2, "HYPH"),
    ("based", "VERB", "amod", 3, "VBN"),
    ("retailer", "NOUN", "compound", 5, "NN"),
    ("Nordvik", "PROPN", "compound", 5, "NNP"),
    ("Group", "PROPN", "nsubj", 6, "NNP"),
    ("bought", "VERB", "ROOT", 6, "VBD"),
    ("a", "DET", "det", 8, "DT"),
    ("store", "NOUN", "dobj", 6, "NN"),
    (".", "PUNCT", "punct", 6, "."),
    ("Nordvik", "PROPN", "nsubj", 11, "NNP"),
    ("said", "VERB", "ROOT", 11, "VBD"),
    ("it", "PRON", "nsubj", 13, "PRP"),
    ("grew", "VERB", "ccomp", 11, "VBD"),
    (".", "PUNCT", "punct", 11, "."),
]


def test_organisation_coded_from_the_role_words_before_its_name_and_its_later_short_name():
    actors = _codes(ROWS, [(0, 1, "GPE"), (4, 6, "ORG")], sents=(0, 10))
    org = actors["Nordvik Group"]
    assert org.code == "DNKBUS"
    assert "role words around it" in org.evidence["rule"]
    texts = [m.text for m in org.mentions]
    assert "Nordvik" in texts and "it" in texts  # "Nordvik" alone joins "Nordvik Group", "it" too


# Kestrel News reported that Jo Palm won .
NEWS = [
    ("Kestrel", "PROPN", "compound", 1, "NNP"),
    ("News", "PROPN", "nsubj", 2, "NNP"),
    ("reported", "VERB", "ROOT", 2, "VBD"),
    ("that", "SCONJ", "mark", 6, "IN"),
    ("Jo", "PROPN", "compound", 5, "NNP"),
    ("Palm", "PROPN", "nsubj", 6, "NNP"),
    ("won", "VERB", "ccomp", 2, "VBD"),
    (".", "PUNCT", "punct", 2, "."),
]


def test_organisation_coded_from_its_last_word_and_a_roleless_person_is_a_civilian():
    actors = _codes(NEWS, [(0, 2, "ORG"), (4, 6, "PERSON")])
    assert actors["Kestrel News"].code == "MED"
    assert actors["Jo Palm"].code == "CVL"
    assert "civilian" in actors["Jo Palm"].evidence["sector"]


# The governor of New Mexico spoke .
MEXICO = [
    ("The", "DET", "det", 1, "DT"),
    ("governor", "NOUN", "nsubj", 5, "NN"),
    ("of", "ADP", "prep", 1, "IN"),
    ("New", "PROPN", "compound", 4, "NNP"),
    ("Mexico", "PROPN", "pobj", 2, "NNP"),
    ("spoke", "VERB", "ROOT", 5, "VBD"),
    (".", "PUNCT", "punct", 5, "."),
]


def test_a_country_word_inside_a_longer_place_name_is_not_that_country():
    doc = make_doc(MEXICO, ents=[(3, 5, "GPE")])
    hits = lexicon(skip=("regions.tsv",)).match(doc, DAY)  # without the US states of regions.tsv
    assert any(h.country == "MEX" for h in hits)
    assert not any(h.country == "MEX" for h in not_places_in_names(doc, hits))
    # with them, "New Mexico" is the US state
    assert [(h.kind, h.country) for h in lexicon().match(doc, DAY) if h.is_place] == [("region", "USA")]


def test_gold_codes_without_a_country_may_carry_dashes():
    assert same_code("---MED", "MED")
    assert same_code("IRNGOV", "IRNGOV")
    assert not same_code("---MED", "IRNMED")


# The Libertarian Party said it would run .
PARTY = [
    ("The", "DET", "det", 2, "DT"),
    ("Libertarian", "PROPN", "compound", 2, "NNP"),
    ("Party", "PROPN", "nsubj", 3, "NNP"),
    ("said", "VERB", "ROOT", 3, "VBD"),
    ("it", "PRON", "nsubj", 6, "PRP"),
    ("would", "AUX", "aux", 6, "MD"),
    ("run", "VERB", "ccomp", 3, "VB"),
    (".", "PUNCT", "punct", 3, "."),
]


def test_a_party_without_dates_is_opposition():
    actors = _codes(PARTY, [(0, 3, "ORG")])
    assert [a.code for a in actors.values()] == ["OPP"]


def test_a_names_head_word_before_of_or_first_gives_its_sector():
    from tidings.actors.orgnames import _name_head

    # the American Journal of Preventive Medicine ; Hotel Arpit Palace ; Boston Red Sox
    rows = [
        ("American", "PROPN", "compound", 1, "NNP"),
        ("Journal", "PROPN", "ROOT", 1, "NNP"),
        ("of", "ADP", "prep", 1, "IN"),
        ("Preventive", "PROPN", "compound", 4, "NNP"),
        ("Medicine", "PROPN", "pobj", 2, "NNP"),
    ]
    doc = make_doc(rows, ents=[(0, 5, "ORG")])
    assert _name_head(doc[0:5]).text == "Journal"
    rows = [
        ("Hotel", "PROPN", "compound", 2, "NNP"),
        ("Arpit", "PROPN", "compound", 2, "NNP"),
        ("Palace", "PROPN", "ROOT", 2, "NNP"),
    ]
    doc = make_doc(rows, ents=[(0, 3, "ORG")])
    assert _name_head(doc[0:3]).text == "Hotel"
    rows = [
        ("Boston", "PROPN", "compound", 2, "NNP"),
        ("Red", "PROPN", "compound", 2, "NNP"),
        ("Sox", "PROPN", "ROOT", 2, "NNP"),
    ]
    doc = make_doc(rows, ents=[(0, 3, "ORG")])
    assert _name_head(doc[0:3]) is None
