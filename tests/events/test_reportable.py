"""Issue 15 point 3: an event is reported only with the parties its CAMEO code needs."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tidings.events.records import merge_mentions
from tidings.events.reportable import one_sided, reportable
from tidings.model import Action, Event, Party, Plover
from tidings.nlp.extensions import HITS_KEY


def _doc(coded: bool) -> Doc:
    doc = Doc(Vocab(), words=["Turkey", "attacked", "."])
    if coded:
        doc.user_data[HITS_KEY] = []  # what the actors stage leaves: its hits (none here)
    return doc


def _event(cameo: str, source: Party, target: Party | None, sentence: int = 0, lemma: str = "x") -> Event:
    return Event(
        id=f"e{sentence}{cameo}",
        sentence=sentence,
        source=source,
        target=target,
        action=Action(text=lemma, lemma=lemma, start=sentence * 10, end=sentence * 10 + len(lemma)),
        cameo=cameo,
        plover=Plover(event="x"),
        goldstein=0.0,
        quad_class=1,
    )


TURKEY = Party(text="Turkey", code="TURGOV", country="TUR", sectors=["GOV"])
SYRIA = Party(text="Syria", code="SYRGOV", country="SYR", sectors=["GOV"])
THE_DEAL = Party(text="the deal")  # a target phrase that names no actor
SPOKESPERSON = Party(text="A spokesperson")


@pytest.mark.parametrize(
    "cameo,target,expected",
    [
        ("111", SYRIA, True),  # "Turkey condemned Syria"
        ("111", None, False),  # "Turkey condemned the decision": criticism of no one named
        ("111", THE_DEAL, False),  # a target phrase with no actor in it is no target
        ("040", None, False),  # "the talks began": a meeting with no one
        ("190", None, False),  # force used on no one named
        ("015", None, True),  # "the Taliban claimed responsibility": one-sided by definition
        ("016", None, True),  # "Iran denied the accusation"
        ("154", None, True),  # "Turkey mobilised its reserves": a force posture
        ("1724", None, True),  # "declared a state of emergency": on its own people
    ],
)
def test_only_one_sided_codes_are_reported_without_a_coded_target(cameo, target, expected):
    assert reportable(_event(cameo, TURKEY, target)) is expected


def test_what_a_denial_denies_stays_marked():
    shelling = _event("194", TURKEY, None).model_copy(update={"modality": "denied"})
    assert reportable(shelling)


def test_no_event_without_a_coded_source():
    assert not reportable(_event("111", SPOKESPERSON, SYRIA))
    assert not reportable(_event("015", SPOKESPERSON, None))


def test_one_sided_codes_follow_the_codebook():
    assert [c for c in ("010", "011", "015", "017", "018", "020", "150", "172", "173") if one_sided(c)] == [
        "011",
        "015",
        "017",
        "150",
        "172",
    ]


def test_a_later_mention_without_target_joins_the_event_then_nothing_else_is_left():
    first = _event("190", TURKEY, SYRIA, sentence=0, lemma="attack")
    later = _event("190", TURKEY, None, sentence=3, lemma="attack")
    alone = _event("111", TURKEY, None, sentence=5, lemma="condemn")
    out = merge_mentions([first, later, alone], _doc(coded=True))
    assert [(e.sentence, e.cameo) for e in out] == [(0, "190")]
    assert [m["sentence"] for m in out[0].evidence["mentions"]] == [3]


def test_a_doc_the_actors_stage_did_not_code_keeps_its_one_sided_events():
    alone = _event("111", TURKEY, None, sentence=5, lemma="condemn")
    assert [e.cameo for e in merge_mentions([alone], _doc(coded=False))] == ["111"]
    assert [e.cameo for e in merge_mentions([alone])] == ["111"]
