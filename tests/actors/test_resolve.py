"""Resolution on hand-built parses: names, role words, counterparts, descriptions, pronouns."""

import datetime as dt

from tests.actors.helpers import blank, lexicon, make_doc
from tidings.actors.resolve import find_clusters, name_key, to_actors

DAY = dt.date(2022, 10, 16)

# Iranian Foreign Minister Ali Karimi called his Azeri counterpart Elmar Aliyevski .
# For his part , Aliyevski said he agreed . The foreign minister thanked him .
ROWS = [
    ("Iranian", "ADJ", "amod", 2, "JJ"),
    ("Foreign", "PROPN", "compound", 2, "NNP"),
    ("Minister", "PROPN", "compound", 4, "NNP"),
    ("Ali", "PROPN", "compound", 4, "NNP"),
    ("Karimi", "PROPN", "nsubj", 5, "NNP"),
    ("called", "VERB", "ROOT", 5, "VBD"),
    ("his", "PRON", "poss", 8, "PRP$"),
    ("Azeri", "ADJ", "amod", 8, "JJ"),
    ("counterpart", "NOUN", "dobj", 5, "NN"),
    ("Elmar", "PROPN", "compound", 10, "NNP"),
    ("Aliyevski", "PROPN", "appos", 8, "NNP"),
    (".", "PUNCT", "punct", 5, "."),
    ("For", "ADP", "prep", 17, "IN"),
    ("his", "PRON", "poss", 14, "PRP$"),
    ("part", "NOUN", "pobj", 12, "NN"),
    (",", "PUNCT", "punct", 17, ","),
    ("Aliyevski", "PROPN", "nsubj", 17, "NNP"),
    ("said", "VERB", "ROOT", 17, "VBD"),
    ("he", "PRON", "nsubj", 19, "PRP"),
    ("agreed", "VERB", "ccomp", 17, "VBD"),
    (".", "PUNCT", "punct", 17, "."),
    ("The", "DET", "det", 23, "DT"),
    ("foreign", "ADJ", "amod", 23, "JJ"),
    ("minister", "NOUN", "nsubj", 24, "NN"),
    ("thanked", "VERB", "ROOT", 24, "VBD"),
    ("him", "PRON", "dobj", 24, "PRP"),
    (".", "PUNCT", "punct", 24, "."),
]


def _actors():
    doc = make_doc(ROWS, ents=[(3, 5, "PERSON"), (9, 11, "PERSON"), (16, 17, "PERSON")], sents=[0, 12, 21])
    lex = lexicon(skip=("people.tsv",))
    clusters = find_clusters(doc, lex.match(doc, DAY))
    actors, spans = to_actors(doc, clusters)
    return doc, {a.name: a for a in actors}, spans


def _texts(doc, actor):
    return [(m.text, m.start) for m in actor.mentions]


def test_person_coded_from_the_role_words_before_the_name():
    doc, actors, _ = _actors()
    karimi = actors["Ali Karimi"]
    assert karimi.code == "IRNGOV" and karimi.kind == "person"
    assert karimi.evidence["rule"] == "role words around the name"
    assert karimi.mentions[0].text == "Iranian Foreign Minister Ali Karimi"


def test_counterpart_inherits_sector_with_own_country():
    doc, actors, _ = _actors()
    other = actors["Elmar Aliyevski"]
    assert other.code == "AZEGOV"
    assert "Aliyevski" in other.aliases and "his Azeri counterpart" in other.aliases


def test_pronouns_and_descriptions():
    doc, actors, _ = _actors()
    karimi, other = actors["Ali Karimi"], actors["Elmar Aliyevski"]
    starts = {m.start for m in karimi.mentions}
    assert doc[6].idx in starts  # "his counterpart": the caller's
    assert doc[21].idx in starts  # "The foreign minister" -> the Iranian foreign minister
    other_starts = {m.start for m in other.mentions}
    assert doc[13].idx in other_starts  # "For his part, Aliyevski said"
    assert doc[18].idx in other_starts  # "he agreed"
    assert doc[25].idx in other_starts  # "thanked him": not the subject of the same verb


def test_spans_carry_actor_ids():
    doc, actors, spans = _actors()
    ids = {a.id for a in actors.values()}
    assert spans and all(sp.label_ in ids for sp in spans)


def test_name_key_ignores_hyphens_and_case():
    nlp = blank()
    assert name_key(list(nlp.make_doc("Amir-Abdollahian"))) == ("amir", "abdollahian")
    assert name_key(list(nlp.make_doc("Al-Araji's"))) == ("al", "araji")
