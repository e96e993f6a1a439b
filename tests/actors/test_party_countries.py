"""Parties' countries from the text (issue 14, point 1): a UN rapporteur is the UN's, the subject
pronoun of a joined clause is the person the first clause acted on, and a person inside another
person's phrase takes no country from the places of that person's clause."""

import datetime as dt

from tests.actors.helpers import lexicon, make_doc
from tidings.actors.component import not_places_in_names
from tidings.actors.resolve import find_clusters, to_actors

DAY = dt.date(2019, 9, 29)


def _actors(rows, ents, sents=(0,)):
    doc = make_doc(rows, ents=ents, sents=list(sents))
    actors, _ = to_actors(doc, find_clusters(doc, not_places_in_names(doc, lexicon().match(doc, DAY)), DAY))
    return actors


def _holder(actors, text):
    return next(a for a in actors if any(m.text == text for m in a.mentions))


# Agnès Callamard , a UN rapporteur , spoke in Riyadh .
RAPPORTEUR = [
    ("Agnès", "PROPN", "compound", 1, "NNP"),
    ("Callamard", "PROPN", "nsubj", 7, "NNP"),
    (",", "PUNCT", "punct", 1, ","),
    ("a", "DET", "det", 5, "DT"),
    ("UN", "PROPN", "compound", 5, "NNP"),
    ("rapporteur", "NOUN", "appos", 1, "NN"),
    (",", "PUNCT", "punct", 1, ","),
    ("spoke", "VERB", "ROOT", 7, "VBD"),
    ("in", "ADP", "prep", 7, "IN"),
    ("Riyadh", "PROPN", "pobj", 8, "NNP"),
    (".", "PUNCT", "punct", 7, "."),
]


def test_a_un_rapporteur_is_the_un_not_the_country_where_she_speaks():
    person = _holder(
        _actors(RAPPORTEUR, [(0, 2, "PERSON"), (4, 5, "ORG"), (9, 10, "GPE")]), "Agnès Callamard"
    )
    assert person.code == "IGOUNO"  # was SAUCVL: a role-less person placed by "in Riyadh"


# The press asked Trump about it , but he declined to comment .
ASKED = [
    ("The", "DET", "det", 1, "DT"),
    ("press", "NOUN", "nsubj", 2, "NN"),
    ("asked", "VERB", "ROOT", 2, "VBD"),
    ("Trump", "PROPN", "dobj", 2, "NNP"),
    ("about", "ADP", "prep", 2, "IN"),
    ("it", "PRON", "pobj", 4, "PRP"),
    (",", "PUNCT", "punct", 2, ","),
    ("but", "CCONJ", "cc", 2, "CC"),
    ("he", "PRON", "nsubj", 9, "PRP"),
    ("declined", "VERB", "conj", 2, "VBD"),
    ("to", "PART", "aux", 11, "TO"),
    ("comment", "VERB", "xcomp", 9, "VB"),
    (".", "PUNCT", "punct", 9, "."),
]


def test_the_subject_pronoun_of_a_joined_clause_is_the_person_the_first_clause_acted_on():
    trump = _holder(_actors(ASKED, [(3, 4, "PERSON")]), "Trump")
    assert [m.text for m in trump.mentions] == ["Trump", "he"]
    assert trump.code == "USAGOV"


# Saudi Arabia denied it . Hatice Cengiz , fiancée of journalist Jamal Khashoggi , spoke in New York .
NESTED = [
    ("Saudi", "PROPN", "compound", 1, "NNP"),
    ("Arabia", "PROPN", "nsubj", 2, "NNP"),
    ("denied", "VERB", "ROOT", 2, "VBD"),
    ("it", "PRON", "dobj", 2, "PRP"),
    (".", "PUNCT", "punct", 2, "."),
    ("Hatice", "PROPN", "compound", 6, "NNP"),
    ("Cengiz", "PROPN", "nsubj", 15, "NNP"),
    (",", "PUNCT", "punct", 6, ","),
    ("fiancée", "NOUN", "appos", 6, "NN"),
    ("of", "ADP", "prep", 8, "IN"),
    ("journalist", "NOUN", "compound", 12, "NN"),
    ("Jamal", "PROPN", "compound", 12, "NNP"),
    ("Khashoggi", "PROPN", "pobj", 9, "NNP"),
    (",", "PUNCT", "punct", 6, ","),
    ("yesterday", "NOUN", "npadvmod", 15, "NN"),
    ("spoke", "VERB", "ROOT", 15, "VBD"),
    ("in", "ADP", "prep", 15, "IN"),
    ("New", "PROPN", "compound", 18, "NNP"),
    ("York", "PROPN", "pobj", 16, "NNP"),
    (".", "PUNCT", "punct", 15, "."),
]


def test_a_person_inside_another_persons_phrase_is_not_placed_by_that_clause():
    actors = _actors(
        NESTED, [(0, 2, "GPE"), (5, 7, "PERSON"), (11, 13, "PERSON"), (17, 19, "GPE")], sents=(0, 5)
    )
    journalist = _holder(actors, "journalist Jamal Khashoggi")
    assert journalist.code == "SAUMED"  # not USAMED from "in New York", where his fiancée spoke
    assert "New York" not in journalist.evidence["country_from_context"]


# A bus overturned in Russia . Police charged the driver and detained him .
DRIVER = [
    ("A", "DET", "det", 1, "DT"),
    ("bus", "NOUN", "nsubj", 2, "NN"),
    ("overturned", "VERB", "ROOT", 2, "VBD"),
    ("in", "ADP", "prep", 2, "IN"),
    ("Russia", "PROPN", "pobj", 3, "NNP"),
    (".", "PUNCT", "punct", 2, "."),
    ("Police", "NOUN", "nsubj", 7, "NNS"),
    ("charged", "VERB", "ROOT", 7, "VBD"),
    ("the", "DET", "det", 9, "DT"),
    ("driver", "NOUN", "dobj", 7, "NN"),
    ("and", "CCONJ", "cc", 7, "CC"),
    ("detained", "VERB", "conj", 7, "VBD"),
    ("him", "PRON", "dobj", 11, "PRP"),
    (".", "PUNCT", "punct", 7, "."),
]


def test_a_singular_private_person_noun_is_a_person_pronouns_refer_to():
    driver = _holder(_actors(DRIVER, [(4, 5, "GPE")], sents=(0, 6)), "the driver")
    assert driver.kind == "person" and driver.sectors == ["CVL"]
    assert [m.text for m in driver.mentions] == ["the driver", "him"]


# The coalition came to Iraq . The group took over a third of the country .
COUNTRY = [
    ("The", "DET", "det", 1, "DT"),
    ("coalition", "NOUN", "nsubj", 2, "NN"),
    ("came", "VERB", "ROOT", 2, "VBD"),
    ("to", "ADP", "prep", 2, "IN"),
    ("Iraq", "PROPN", "pobj", 3, "NNP"),
    (".", "PUNCT", "punct", 2, "."),
    ("The", "DET", "det", 7, "DT"),
    ("group", "NOUN", "nsubj", 8, "NN"),
    ("took", "VERB", "ROOT", 8, "VBD"),
    ("over", "ADP", "prt", 8, "RP"),
    ("a", "DET", "det", 11, "DT"),
    ("third", "NOUN", "dobj", 8, "NN"),
    ("of", "ADP", "prep", 11, "IN"),
    ("the", "DET", "det", 14, "DT"),
    ("country", "NOUN", "pobj", 12, "NN"),
    (".", "PUNCT", "punct", 8, "."),
]


def test_the_country_is_the_country_named_just_before():
    iraq = _holder(_actors(COUNTRY, [(4, 5, "GPE")], sents=(0, 6)), "the country")
    assert iraq.code == "IRQ" and [m.text for m in iraq.mentions] == ["Iraq", "the country"]


def test_the_country_after_two_countries_in_one_sentence_is_left_alone():
    rows = [*COUNTRY[:4], ("Iraq", "PROPN", "pobj", 3, "NNP"), ("and", "CCONJ", "cc", 4, "CC")]
    rows += [("Syria", "PROPN", "conj", 4, "NNP"), (".", "PUNCT", "punct", 2, ".")]
    rows += [(w, p, d, h + 2, t) for w, p, d, h, t in COUNTRY[6:]]
    actors = _actors(rows, [(4, 5, "GPE"), (6, 7, "GPE")], sents=(0, 8))
    assert not any(m.text == "the country" for a in actors for m in a.mentions)


# Researchers of the Indian Institute of Technology ( IIT ) reported the finding .
# Mark Hay , a Regents Professor at IIT , said so .
HAY = [
    ("Researchers", "NOUN", "nsubj", 11, "NNS"),
    ("of", "ADP", "prep", 0, "IN"),
    ("the", "DET", "det", 5, "DT"),
    ("Indian", "ADJ", "amod", 4, "JJ"),
    ("Institute", "PROPN", "pobj", 1, "NNP"),
    ("of", "ADP", "prep", 4, "IN"),
    ("Technology", "PROPN", "pobj", 5, "NNP"),
    ("(", "PUNCT", "punct", 8, "-LRB-"),
    ("IIT", "PROPN", "appos", 4, "NNP"),
    (")", "PUNCT", "punct", 8, "-RRB-"),
    ("in", "ADP", "prep", 0, "IN"),
    ("reported", "VERB", "ROOT", 11, "VBD"),
    ("the", "DET", "det", 14, "DT"),
    ("new", "ADJ", "amod", 14, "JJ"),
    ("finding", "NOUN", "dobj", 11, "NN"),
    (".", "PUNCT", "punct", 11, "."),
    ("Mark", "PROPN", "compound", 17, "NNP"),
    ("Hay", "PROPN", "nsubj", 25, "NNP"),
    (",", "PUNCT", "punct", 17, ","),
    ("a", "DET", "det", 21, "DT"),
    ("Regents", "PROPN", "compound", 21, "NNP"),
    ("Professor", "PROPN", "appos", 17, "NNP"),
    ("at", "ADP", "prep", 21, "IN"),
    ("IIT", "PROPN", "pobj", 22, "NNP"),
    (",", "PUNCT", "punct", 17, ","),
    ("said", "VERB", "ROOT", 25, "VBD"),
    ("so", "ADV", "advmod", 25, "RB"),
    (".", "PUNCT", "punct", 25, "."),
]


def test_a_person_working_at_a_named_organisation_takes_its_country():
    actors = _actors(HAY, [(2, 7, "ORG"), (8, 9, "ORG"), (16, 18, "PERSON")], sents=(0, 16))
    hay = _holder(actors, "Mark Hay")
    assert hay.code == "INDEDU"
    assert "Institute of Technology" in hay.evidence["country_from_context"]
