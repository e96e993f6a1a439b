"""Issue 15 point 3: an event is reported only with the parties its CAMEO code needs."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tidings.events.merging import merge_mentions
from tidings.events.reportable import directed, reportable
from tidings.model import Action, Event, Party, Plover
from tidings.nlp.extensions import HITS_KEY


def _doc(coded: bool) -> Doc:
    doc = Doc(Vocab(), words=["Turkey", "attacked", "."])
    if coded:
        doc.user_data[HITS_KEY] = [(0, 1, "TUR")]  # what the actors stage leaves: its hits
    return doc


def _event(cameo: str, source: Party, target: Party | None, sentence: int = 0, lemma: str = "x") -> Event:
    return Event(
        evidence={"dictionary": "lexicon.tsv:1"},
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
        ("040", None, False),  # "joined the talks": a meeting with no one
        ("057", None, False),  # "signed the deal"
        ("015", None, True),  # "the Taliban claimed responsibility": one-sided by definition
        ("016", None, True),  # "Iran denied the accusation"
        ("011", None, True),  # "declined to comment"
        ("154", None, True),  # "Turkey mobilised its reserves": a force posture
        ("152", None, True),  # "put its nuclear forces on alert"
        # acts towards someone: with no coded target a description or a half-read clause
        # (the dev gold codes none of its 63 acts of force, 25 intents without a target)
        ("190", None, False),  # "the fighting in the north"
        ("1832", None, False),  # "a car bomb exploded outside a hotel": no one attacked is named
        ("0356", None, False),  # "plans to pull its troops out": out of where is not read
        ("030", None, False),  # "the court decided to ..."
        ("133", None, False),  # "unions threatened a general strike": against whom is not read
        ("143", None, False),  # a strike with no one it is against
        ("173", None, False),  # "charges may be laid against the gunman" (the gunman uncoded)
        ("116", None, False),  # "the judge found ...": a verdict on no one named
        ("1724", None, False),  # a state of emergency on no one read
        ("0841", None, False),  # "commuted the sentence of a convicted bomber" (uncoded)
        ("190", SYRIA, True),
        ("173", SYRIA, True),
    ],
)
def test_only_one_sided_codes_are_reported_without_a_coded_target(cameo, target, expected):
    assert reportable(_event(cameo, TURKEY, target)) is expected


def test_what_a_denial_denies_stays_marked():
    shelling = _event("194", TURKEY, None).model_copy(update={"modality": "denied"})
    assert reportable(shelling)


def test_talking_with_the_press_is_an_interview_not_a_meeting():
    wikinews = Party(text="Wikinews", code="MED", sectors=["MED"])
    collins = Party(text="Collins", code="USAOPP", country="USA", sectors=["OPP"])
    assert not reportable(_event("040", collins, wikinews))
    assert not reportable(_event("043", wikinews, collins))
    assert reportable(_event("040", collins, TURKEY))
    assert reportable(_event("020", wikinews, collins))  # an appeal by the press stays


def test_no_event_without_a_coded_source():
    assert not reportable(_event("111", SPOKESPERSON, SYRIA))
    assert not reportable(_event("015", SPOKESPERSON, None))


def test_directed_codes_are_the_acts_towards_a_recipient():
    codes = ("010", "020", "036", "043", "051", "071", "081", "090", "100", "111", "120", "130")
    more = ("141", "150", "161", "173", "183", "190", "202")
    assert [c for c in codes + more if directed(c)] == [
        "020",
        "043",
        "051",
        "071",
        "090",
        "111",
        "120",
        "161",
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


def test_user_and_petrarch_dictionaries_keep_their_own_conventions():
    alone = _event("111", TURKEY, None, sentence=5, lemma="condemn")
    alone.evidence["dictionary"] = "PETR.Validate.verbs.txt:21"
    assert [e.cameo for e in merge_mentions([alone], _doc(coded=True))] == ["111"]


def test_an_imported_pattern_that_only_recodes_a_lexicon_event_keeps_the_lexicon_rule():
    from tidings.events.reportable import built_in

    refined = _event("111", TURKEY, THE_DEAL).model_copy(
        update={"evidence": {"dictionary": "CAMEO.2.0.txt:4100", "refines": "lexicon.tsv"}}
    )
    alone = _event("111", TURKEY, THE_DEAL).model_copy(
        update={"evidence": {"dictionary": "CAMEO.2.0.txt:4100"}}
    )
    assert built_in(refined) and not reportable(refined)  # needs a coded target, as the lexicon's would
    assert not built_in(alone)  # PETRARCH's own conventions (require_dyad in petrarch_roles)
