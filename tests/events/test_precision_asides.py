"""Issue 15 point 3: asides that are real events (an event noun as the subject of a verb of
occurrence, the complement of a control verb) are kept; an event noun that only modifies an
actor noun ("riot police") is no event."""

from types import SimpleNamespace

import pytest

from tests.docbuild import parsed
from tidings.events.lexicon import load_lexicon
from tidings.events.precision import names_actor, one_sided_aside, topic

STRIKE_ENTERED = [
    "The the DET DT det 2",
    "hunger hunger NOUN NN compound 2",
    "strike strike NOUN NN nsubj 3",
    "entered enter VERB VBD ROOT 3",
    "its its PRON PRP$ poss 6",
    "tenth tenth ADJ JJ amod 6",
    "day day NOUN NN dobj 3",
    ". . PUNCT . punct 3",
]
WARNING_APPLIED = [r.replace("entered enter", "applied apply") for r in STRIKE_ENTERED]
STRIKE_ENTERS = [r.replace("entered enter VERB VBD", "enters enter VERB VBZ") for r in STRIKE_ENTERED]
THREATENED_TO_CARRY_OUT = [
    "The the DET DT det 1",
    "Taliban Taliban PROPN NNP nsubj 2",
    "threatened threaten VERB VBD ROOT 2",
    "to to PART TO aux 4",
    "carry carry VERB VB xcomp 2",
    "out out ADP RP prt 4",
    "bombings bombing NOUN NNS dobj 4",
    ". . PUNCT . punct 2",
]
RIOT_POLICE = [
    "Protesters protester NOUN NNS nsubj 1",
    "clashed clash VERB VBD ROOT 1",
    "with with ADP IN prep 1",
    "riot riot NOUN NN compound 4",
    "police police NOUN NNS pobj 2",
    ". . PUNCT . punct 1",
]
BOMB_ATTACK = [
    "A a DET DT det 3",
    "car car NOUN NN compound 2",
    "bomb bomb NOUN NN compound 3",
    "attack attack NOUN NN nsubj 4",
    "killed kill VERB VBD ROOT 4",
    "five five NUM CD dobj 4",
    ". . PUNCT . punct 4",
]


def _doc(rows):
    return parsed(" ".join(r.split(" ")[0] for r in rows), rows)


def _found(tok, rule):
    return SimpleNamespace(trigger=tok, rule=rule, pairs=[], code="138")


EVENT = SimpleNamespace(target=None, modality="asserted")


def test_event_noun_subject_of_a_verb_of_occurrence_is_the_news():
    strike = _doc(STRIKE_ENTERED)[2]
    assert topic(strike)
    assert not one_sided_aside(_found(strike, "noun"), EVENT)


def test_other_event_noun_subjects_and_present_tense_stay_asides():
    assert not topic(_doc(WARNING_APPLIED)[2])  # "the orange warning applied to County Galway"
    assert one_sided_aside(_found(_doc(WARNING_APPLIED)[2], "noun"), EVENT)
    assert not topic(_doc(STRIKE_ENTERS)[2])  # a present tense: how things stand


def test_the_complement_of_a_main_control_verb_is_the_act():
    carry = _doc(THREATENED_TO_CARRY_OUT)[4]
    assert not one_sided_aside(_found(carry, "control"), EVENT)
    assert one_sided_aside(_found(carry, "verb"), EVENT)  # no control family: still a complement


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon((), True)


def test_an_event_noun_modifying_an_actor_noun_is_no_event(lexicon):
    assert names_actor(_doc(RIOT_POLICE)[3], lexicon)  # "riot police"
    doc = _doc(BOMB_ATTACK)
    assert not names_actor(doc[2], lexicon)  # "bomb attack": the head is an act itself
    assert not names_actor(doc[3], lexicon)
