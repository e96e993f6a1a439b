"""Clauses and authors of event nouns (issue 15 point 1, CAMEO roots 10-20): a demand's,
appeal's or accusation's that-clause, a nominal act's "by X" on its own phrase, and the
codebook verbs and nouns added for roots 11-19. Hand-built parses (no model) and the real
pipeline (slow)."""

import datetime as dt

import pytest

from tests.events.helpers import make_doc
from tidings.events.lexicon import load_lexicon
from tidings.events.noun_clauses import demanded, noun_clause, object_by, that_clause

# "Poland's demand that Belarus account for the migrants went unanswered."
DEMAND = [
    ("Poland", "Poland", "PROPN", "poss", 2, "NNP"),
    ("'s", "'s", "PART", "case", 0, "POS"),
    ("demand", "demand", "NOUN", "nsubj", 9, "NN"),
    ("that", "that", "SCONJ", "mark", 5, "IN"),
    ("Belarus", "Belarus", "PROPN", "nsubj", 5, "NNP"),
    ("account", "account", "VERB", "acl", 2, "VB"),
    ("for", "for", "ADP", "prep", 5, "IN"),
    ("the", "the", "DET", "det", 8, "DT"),
    ("migrants", "migrant", "NOUN", "pobj", 6, "NNS"),
    ("went", "go", "VERB", "ROOT", 9, "VBD"),
    ("unanswered", "unanswered", "ADJ", "acomp", 9, "JJ"),
    (".", ".", "PUNCT", "punct", 9, "."),
]

# "The demand that Belarus rejected came from Poland." (a relative clause: no that-clause)
RELATIVE = [
    ("The", "the", "DET", "det", 1, "DT"),
    ("demand", "demand", "NOUN", "nsubj", 5, "NN"),
    ("that", "that", "PRON", "dobj", 4, "WDT"),
    ("Belarus", "Belarus", "PROPN", "nsubj", 4, "NNP"),
    ("rejected", "reject", "VERB", "relcl", 1, "VBD"),
    ("came", "come", "VERB", "ROOT", 5, "VBD"),
    ("from", "from", "ADP", "prep", 5, "IN"),
    ("Poland", "Poland", "PROPN", "pobj", 6, "NNP"),
    (".", ".", "PUNCT", "punct", 5, "."),
]

# "The massacre of villagers at a church by government soldiers was recounted."
MASSACRE = [
    ("The", "the", "DET", "det", 1, "DT"),
    ("massacre", "massacre", "NOUN", "nsubjpass", 11, "NN"),
    ("of", "of", "ADP", "prep", 1, "IN"),
    ("villagers", "villager", "NOUN", "pobj", 2, "NNS"),
    ("at", "at", "ADP", "prep", 1, "IN"),
    ("a", "a", "DET", "det", 6, "DT"),
    ("church", "church", "NOUN", "pobj", 4, "NN"),
    ("by", "by", "ADP", "prep", 6, "IN"),
    ("government", "government", "NOUN", "compound", 9, "NN"),
    ("soldiers", "soldier", "NOUN", "pobj", 7, "NNS"),
    ("was", "be", "AUX", "auxpass", 11, "VBD"),
    ("recounted", "recount", "VERB", "ROOT", 11, "VBN"),
    (".", ".", "PUNCT", "punct", 11, "."),
]


def test_a_demand_nouns_that_clause_is_what_is_demanded():
    lex = load_lexicon()
    doc = make_doc(DEMAND)
    assert that_clause(doc[5])
    clause = noun_clause(doc[2], lex)
    assert clause is not None and clause.i == 5
    assert demanded(doc[5], lex)  # the clause under the demand, as "demanded that X ..."


def test_a_relative_clause_on_a_demand_is_no_that_clause():
    lex = load_lexicon()
    doc = make_doc(RELATIVE)
    assert not that_clause(doc[4])  # "that" is the relative pronoun (the object)
    assert noun_clause(doc[1], lex) is None
    assert not demanded(doc[4], lex)


def test_accusations_take_a_that_clause_only_when_asked():
    lex = load_lexicon()
    rows = [("accusation", "accusation", "NOUN", "nsubj", 9, "NN") if r[0] == "demand" else r for r in DEMAND]
    doc = make_doc(rows)
    assert noun_clause(doc[2], lex) is None  # no control family: no demanded complement
    clause = noun_clause(doc[2], lex, accusing=True)
    assert clause is not None and clause.i == 5  # its subject is the accused


def test_a_nominal_acts_by_object_on_a_noun_of_its_phrase_is_its_author():
    doc = make_doc(MASSACRE)
    assert [t.text for t in object_by(doc[1])] == ["soldiers"]
    # not from a noun outside the act's phrase: the church's "by" is no author of "church"
    assert object_by(doc[6]) == []


def _codes(pipeline, text):
    from tidings.ingest import article_from_text

    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2024, 3, 15), id="x")]))
    return sorted(
        (e.source.code or "", (e.target.code if e.target else None) or "", e.cameo)
        for e in doc.events
        if not e.negated and e.modality == "asserted"
    )


@pytest.mark.slow
def test_nominal_demands_and_accusations_with_a_that_clause(pipeline):
    # the demanded act codes the demand (1053 release), its subject is the target
    got = _codes(
        pipeline, "Germany's demand that Poland release the detained journalist was rejected on Monday."
    )
    assert ("DEUGOV", "POLGOV", "1053") in got
    # a that-clause with no event of its own: the demand alone, still aimed at the clause's subject
    assert ("JPNGOV", "CHNGOV", "100") in _codes(
        pipeline, "Japan's demand that China account for the missing fishermen went unanswered."
    )
    got = _codes(
        pipeline, "Hungary's accusation that Romanian officials had spied for Moscow was aired in Budapest."
    )
    assert ("HUNGOV", "ROUGOV", "1125") in got
    # a relative clause on the noun names no target
    got = _codes(pipeline, "The demand that Belarus rejected came from Poland.")
    assert not any(t == "BLRGOV" and c.startswith("10") for _, t, c in got)


@pytest.mark.slow
def test_nominal_force_with_its_by_hung_on_the_object(pipeline):
    got = _codes(pipeline, "The shelling of Ukrainian positions by Russian artillery continued overnight.")
    assert ("RUSMIL", "UKR", "194") in got


@pytest.mark.slow
def test_codebook_verbs_and_nouns_of_roots_11_to_19(pipeline, partial_events):
    assert ("CHNGOV", "TWNGOV", "111") in _codes(pipeline, "Beijing called Taiwan's referendum a farce.")
    assert ("BLRCOP", "BLRCVL", "175") in _codes(pipeline, "Belarusian police crushed the protests in Minsk.")
    assert ("EGYGOV", "ETHGOV", "114") in _codes(
        pipeline, "Egypt delivered a demarche to Ethiopia over the dam."
    )
    got = _codes(pipeline, "Opposition parties took legal action against Kenya's electoral commission.")
    assert ("KENOPP", "KENGOV", "115") in got
    assert ("IRNGOV", "USAGOV", "120") in _codes(
        pipeline, "Iran repudiated the agreement with the United States."
    )
    got = _codes(pipeline, "Russia violated its commitments to Ukraine under the Budapest Memorandum.")
    assert ("RUSGOV", "UKRGOV", "128") in got
    assert ("SRBGOV", "KSVGOV", "128") in _codes(
        pipeline, "Serbia breached its agreement with Kosovo on licence plates."
    )
    got = _codes(pipeline, "Russian forces launched an assault on the port city of Mariupol.")
    assert any(s == "RUSMIL" and c == "190" for s, _, c in got)  # a military assault, not 180
