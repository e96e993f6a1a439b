"""A claimed act told before ("an attack on X ... The attack was claimed by Y"): its aim
comes from the earlier phrase, and "in <country>" stands for a struck thing (issue 15)."""

import pytest
import spacy
from spacy.tokens import Doc

from tidings.events.claims import phrase_target
from tidings.events.discourse import antecedent
from tidings.events.lexicon import load_lexicon
from tidings.events.parties import Parties
from tidings.events.roles import Roles
from tidings.model import Party
from tidings.registrations import ensure_defaults, register

LEX = load_lexicon()

# "An attack on oil plants in Saudi Arabia followed . The attack was claimed by rebels ."
ROWS = [
    ("An", "an", "DET", "det", 1, "DT"),
    ("attack", "attack", "NOUN", "nsubj", 8, "NN"),
    ("on", "on", "ADP", "prep", 1, "IN"),
    ("oil", "oil", "NOUN", "compound", 4, "NN"),
    ("plants", "plant", "NOUN", "pobj", 2, "NNS"),
    ("in", "in", "ADP", "prep", 1, "IN"),
    ("Saudi", "Saudi", "PROPN", "compound", 7, "NNP"),
    ("Arabia", "Arabia", "PROPN", "pobj", 5, "NNP"),
    ("followed", "follow", "VERB", "ROOT", 8, "VBD"),
    (".", ".", "PUNCT", "punct", 8, "."),
    ("The", "the", "DET", "det", 11, "DT"),
    ("attack", "attack", "NOUN", "nsubjpass", 13, "NN"),
    ("was", "be", "AUX", "auxpass", 13, "VBD"),
    ("claimed", "claim", "VERB", "ROOT", 13, "VBN"),
    ("by", "by", "ADP", "agent", 13, "IN"),
    ("rebels", "rebel", "NOUN", "pobj", 14, "NNS"),
    (".", ".", "PUNCT", "punct", 13, "."),
]


def _doc(rows=ROWS, starts=(0, 10)):
    register()
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[r[5] for r in rows],
        sent_starts=[i in starts for i in range(len(rows))],
        ents=["O"] * 6 + ["B-GPE", "I-GPE"] + ["O"] * (len(rows) - 8),
    )
    ensure_defaults(doc)
    return doc


def test_a_definite_act_noun_stands_for_the_earlier_one_with_an_aim():
    doc = _doc()
    assert (antecedent(doc[11]) or doc[0]).i == 1
    assert antecedent(doc[1]) is None  # "An attack on ...": indefinite, its own phrase


def test_a_struck_thing_gives_the_country_where_it_was_struck():
    doc = _doc()
    parties = Parties(doc)
    parties.party_for = _coder  # the actors stage's coding of the names, written out
    got = phrase_target(doc[1], Roles(doc, LEX, parties), [])
    assert [(p.text, p.country) for p in got] == [("Saudi Arabia", "SAU")]
    # the aim named as an actor is the target itself, not the place
    doc = _doc([*ROWS[:3], ("Iraq", "Iraq", "PROPN", "pobj", 2, "NNP"), *ROWS[4:]])
    parties = Parties(doc)
    parties.party_for = _coder
    got = phrase_target(doc[1], Roles(doc, LEX, parties), [])
    assert [(p.text, p.country) for p in got] == [("Iraq", "IRQ")]


def _coder(doc, lo, hi):
    span = doc[lo:hi]
    country = {"Saudi Arabia": "SAU", "Iraq": "IRQ"}.get(span.text)
    if country is None:
        return None
    return Party(text=span.text, start=span.start_char, end=span.end_char, code=country, country=country)


def test_an_earlier_noun_with_no_aim_is_no_antecedent():
    # "An attack followed on oil plants ...": "on" hangs on the verb, the noun names no aim
    doc = _doc([*ROWS[:2], ("on", "on", "ADP", "prep", 8, "IN"), *ROWS[3:]])
    assert antecedent(doc[11]) is None


@pytest.mark.slow
def test_a_claim_of_attacks_that_struck_no_one_named_targets_the_country_they_took_place_in(pipeline):
    import datetime as dt

    from tidings.ingest import article_from_text

    text = (
        "In the span of one week, at least three suicide bombings took place in Tunisia. The militant "
        "organisation, the Islamic State of Iraq and the Levant, claimed responsibility for all three attacks."
    )
    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2019, 7, 8), id="x")]))
    (claim,) = [e for e in doc.events if e.cameo == "015"]
    assert (claim.source.code, claim.target.country) == ("IMGMOSISI", "TUN")
