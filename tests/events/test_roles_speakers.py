"""The pronoun subject of a reported clause is its speaker (issue 15, point 2): "Sheriff
Lee said they arrested one person", "The ministry said it would respond"; not "it" for a
person, and not when the actors stage resolved the pronoun itself. And the author of an act
noun as subject is its own modifier ("Israeli airstrikes on Gaza killed ten")."""

from tidings.events.parties import Parties
from tidings.events.speakers import reporting_subject
from tidings.model import Party

from .helpers import make_doc

CODES = {"Sheriff Lee": "USACOP", "Lee": "USACOP", "The ministry": "IRNGOV"}


def _said(speaker_rows, pronoun, ents):
    # "<speaker> said <pronoun> arrested one person ."
    n = len(speaker_rows)
    rows = [
        *speaker_rows,
        ("said", "say", "VERB", "ROOT", n, "VBD"),
        (pronoun, pronoun, "PRON", "nsubj", n + 2, "PRP"),
        ("arrested", "arrest", "VERB", "ccomp", n, "VBD"),
        ("one", "one", "NUM", "nummod", n + 4, "CD"),
        ("person", "person", "NOUN", "dobj", n + 2, "NN"),
        (".", ".", "PUNCT", "punct", n, "."),
    ]
    doc = make_doc(rows, ents)
    parties = Parties(doc)
    parties.party_for = _coder  # the actors stage's coding of the names, written out
    return doc, parties, n + 1


def _coder(doc, lo, hi):
    span = doc[lo:hi]
    code = CODES.get(span.text)
    if code is None:
        return None
    return Party(actor=code.lower(), text=span.text, code=code, country=code[:3], sectors=[code[3:]])


SHERIFF = [("Sheriff", "Sheriff", "PROPN", "compound", 1, "NNP"), ("Lee", "Lee", "PROPN", "nsubj", 2, "NNP")]
MINISTRY = [("The", "the", "DET", "det", 1, "DT"), ("ministry", "ministry", "NOUN", "nsubj", 2, "NN")]


def test_they_in_a_reported_clause_is_the_speaker():
    doc, parties, i = _said(SHERIFF, "they", [(1, 2, "PERSON")])
    p = parties.party(doc[i])
    assert (p.text, p.code, p.start, p.end) == ("they", "USACOP", 17, 21)


def test_it_is_an_organisation_speaker_never_a_person():
    doc, parties, i = _said(MINISTRY, "it", [])
    p = parties.party(doc[i])
    assert (p.text, p.code) == ("it", "IRNGOV")
    doc, parties, i = _said(SHERIFF, "it", [(1, 2, "PERSON")])
    assert reporting_subject(doc[i]) is None
    assert parties.party(doc[i]) is None


def test_the_actors_stage_reading_of_the_pronoun_comes_first():
    doc, parties, i = _said(MINISTRY, "they", [])
    CODES["they"] = "IRQGOV"  # the actors stage resolved "they" to someone else
    try:
        assert parties.party(doc[i]).code == "IRQGOV"
    finally:
        del CODES["they"]


def test_a_coordinated_speech_verb_shares_its_subject():
    # "The ministry denied it and said it arrested one person ."
    rows = [
        *MINISTRY,
        ("denied", "deny", "VERB", "ROOT", 2, "VBD"),
        ("it", "it", "PRON", "dobj", 2, "PRP"),
        ("and", "and", "CCONJ", "cc", 2, "CC"),
        ("said", "say", "VERB", "conj", 2, "VBD"),
        ("it", "it", "PRON", "nsubj", 7, "PRP"),
        ("arrested", "arrest", "VERB", "ccomp", 5, "VBD"),
        ("one", "one", "NUM", "nummod", 9, "CD"),
        ("person", "person", "NOUN", "dobj", 7, "NN"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ]
    doc = make_doc(rows)
    parties = Parties(doc)
    parties.party_for = _coder
    assert reporting_subject(doc[6]).text == "ministry"
    assert parties.party(doc[6]).code == "IRNGOV"
    assert reporting_subject(doc[3]) is None  # the object "it" is no reported subject


def test_an_act_nouns_own_modifier_is_its_author_before_its_aim():
    from tidings.events.clauses import act_author

    # "Israeli airstrikes on Gaza killed ten ."
    rows = [
        ("Israeli", "israeli", "ADJ", "amod", 1, "JJ"),
        ("airstrikes", "airstrike", "NOUN", "nsubj", 4, "NNS"),
        ("on", "on", "ADP", "prep", 1, "IN"),
        ("Gaza", "Gaza", "PROPN", "pobj", 2, "NNP"),
        ("killed", "kill", "VERB", "ROOT", 4, "VBD"),
        ("ten", "ten", "NUM", "dobj", 4, "CD"),
        (".", ".", "PUNCT", "punct", 4, "."),
    ]
    doc = make_doc(rows, [(0, 1, "NORP"), (3, 4, "GPE")])
    parties = Parties(doc)
    parties.party_for = _coder
    CODES.update({"Israeli airstrikes": "ISRMIL", "Israeli": "ISRGOV", "Gaza": "PSEGZA"})
    try:
        assert act_author(parties, doc[1]).code == "ISRMIL"
        assert parties.inside(doc[1], set()).code == "PSEGZA"  # the phrase's first name
    finally:
        for k in ("Israeli airstrikes", "Israeli", "Gaza"):
            del CODES[k]
