"""Issue 15 point 3: a simple present said of a third party is how things are, not an act."""

from tests.docbuild import parsed
from tidings.events.precision import habitual

SHE_OPPOSES = [
    "She she PRON PRP nsubj 1",
    "opposes oppose VERB VBZ ROOT 1",
    "the the DET DT det 3",
    "state state NOUN NN dobj 1",
    ". . PUNCT . punct 1",
]
SHE_OPPOSED = [r.replace("opposes oppose VERB VBZ", "opposed oppose VERB VBD") for r in SHE_OPPOSES]
WE_OPPOSE = [
    "We we PRON PRP nsubj 1",
    "oppose oppose VERB VBP ROOT 1",
    "the the DET DT det 3",
    "state state NOUN NN dobj 1",
    ". . PUNCT . punct 1",
]
QUOTED = [
    '" " PUNCT `` punct 2',
    "Mahan Mahan PROPN NNP nsubj 2",
    "flies fly VERB VBZ ccomp 5",
    "arms arm NOUN NNS dobj 2",
    "\" \" PUNCT '' punct 2",
    "said say VERB VBD ROOT 5",
    "Pompeo Pompeo PROPN NNP nsubj 5",
    ". . PUNCT . punct 5",
]
DOES_NOT = [
    "She she PRON PRP nsubj 3",
    "does do AUX VBZ aux 3",
    "not not PART RB neg 3",
    "oppose oppose VERB VB ROOT 3",
    "it it PRON PRP dobj 3",
    ". . PUNCT . punct 3",
]


def test_a_third_party_simple_present_is_habitual():
    doc = parsed("She opposes the state.", SHE_OPPOSES)
    assert habitual(doc[1])


def test_past_first_person_quoted_and_auxiliary_clauses_are_acts():
    assert not habitual(parsed("She opposed the state.", SHE_OPPOSED)[1])
    assert not habitual(parsed("We oppose the state.", WE_OPPOSE)[1])  # the speech act itself
    assert not habitual(parsed('"Mahan flies arms" said Pompeo.', QUOTED)[2])
    assert not habitual(parsed("She does not oppose it.", DOES_NOT)[3])  # no VBZ trigger
