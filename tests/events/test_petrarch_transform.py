"""PETRARCH transformation lines (tidings.events.petrarch_transform), on a hand-built parse."""

import pytest

from tests.docbuild import parsed
from tidings.errors import TidingsError
from tidings.events.lexicon import Pattern
from tidings.events.matching import Found
from tidings.events.petrarch import read_verb_dictionary
from tidings.events.petrarch_transform import rules_of, transform
from tidings.model import Party

VERBS = """--- EXPLAIN [010] ---
SAY {SAID}
--- THREATEN [130] ---
WANT
--- ATTACK [190] ---
ATTACK
BOMB [195]
--- MEET [040] ---
MEET {MET}

~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (_ b ATTACK) WANT = a b 138
~ a (a b Q) SAY = a b Q
~ a (a b FLY) SAY = a b 015
"""

TEXT = "Arnor said it bombed Gondor ."
ROWS = [
    "Arnor Arnor PROPN NNP nsubj 1",
    "said say VERB VBD ROOT 1",
    "it it PRON PRP nsubj 3",
    "bombed bomb VERB VBD ccomp 1",
    "Gondor Gondor PROPN NNP dobj 3",
    ". . PUNCT . punct 1",
]
ARN, GON, ERI = (Party(text=c, code=c) for c in ("ARN", "GON", "ERI"))


def _rules():
    d = read_verb_dictionary(VERBS.splitlines(), "v.txt")
    rules = rules_of(d)
    assert d.skipped == ["v.txt:15: transformation names a verb the file does not define: skipped"]
    return rules


def _found(doc, i, code, sources, targets):
    p = Pattern(code=code, trigger=doc[i].lemma_, petrarch=object())
    return Found(doc[i], p, code, [doc[i]], sources, targets, rule="petrarch")


def _run(doc, found, subject):
    out = transform(found, _rules(), lambda v: [subject] if v.i == 1 else [])
    return [(f.sources[0].code, f.targets[0].code if f.targets[0] else None, f.code) for f in out]


def test_a_claimed_attack_is_a_claim_of_responsibility():
    doc = parsed(TEXT, ROWS)
    said = _found(doc, 1, "010", [ARN], [GON])
    bombed = _found(doc, 3, "195", [ARN], [GON])  # BOMB [195] falls under ATTACK's 190
    assert _run(doc, [said, bombed], ARN) == [("ARN", "GON", "015")]  # the saying codes nothing


def test_an_attack_said_of_another_is_no_claim_and_the_same_actor_must_match():
    doc = parsed(TEXT, ROWS)
    bombed = _found(doc, 3, "195", [ERI], [GON])
    # "Arnor said Eriador bombed Gondor": neither the claim (a != source) nor "b . ATTACK"
    assert _run(doc, [bombed], ARN) == [("ERI", "GON", "195")]
    untargeted = _found(doc, 3, "195", [ERI], [None])
    assert _run(doc, [untargeted], ARN) == [("ARN", "ERI", "112")]  # Arnor accuses Eriador


def test_a_code_variable_keeps_the_reported_event():
    doc = parsed(TEXT.replace("bombed", "met"), [r.replace("bombed bomb", "met meet") for r in ROWS])
    met = _found(doc, 3, "040", [ARN], [GON])
    assert _run(doc, [met], ARN) == [("ARN", "GON", "040")]
    assert met.notes == {}  # the Found itself is not changed


def test_a_transformation_that_cannot_be_read_names_file_and_line():
    with pytest.raises(TidingsError) as e:
        read_verb_dictionary(["--- X [010] ---", "X", "~ a (a b X = a b 015"], "v.txt")
    assert e.value.message.startswith("v.txt:3") and "'~ a (a b X = a b 015'" in e.value.message
