"""Issue 15 point 3: "must/should" said of people named by a common noun alone is a norm, not
a demand on an actor (``precision.norm``); a government or a named actor stays demanded of."""

from types import SimpleNamespace

from tests.docbuild import parsed
from tidings.events.precision import norm
from tidings.model import Party

PEOPLE_MUST_KNOW = [
    "People people NOUN NNS nsubj 2",
    "must must AUX MD aux 2",
    "know know VERB VB ROOT 2",
    "the the DET DT det 4",
    "rules rule NOUN NNS dobj 2",
    ". . PUNCT . punct 2",
]
GOVERNMENT_MUST = [
    "The the DET DT det 2",
    "Iraqi Iraqi ADJ JJ amod 2",
    "government government NOUN NN nsubj 4",
    "must must AUX MD aux 4",
    "act act VERB VB ROOT 4",
    ". . PUNCT . punct 4",
]
KENYA_MUST = [
    "Kenya Kenya PROPN NNP nsubj 2",
    "must must AUX MD aux 2",
    "act act VERB VB ROOT 2",
    ". . PUNCT . punct 2",
]
CIVILIANS = Party(text="People", code="VATCVL", country="VAT", sectors=["CVL"])
GOVERNMENT = Party(text="The Iraqi government", code="IRQGOV", country="IRQ", sectors=["GOV"])
KENYANS = Party(text="Kenya", code="KENLAB", country="KEN", sectors=["LAB"])


def _doc(rows):
    return parsed(" ".join(r.split(" ")[0] for r in rows), rows)


def _case(rows, target, rule="demand"):
    doc = _doc(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    return SimpleNamespace(trigger=verb, rule=rule), SimpleNamespace(target=target)


def test_a_must_clause_about_people_named_by_a_common_noun_is_a_norm():
    assert norm(*_case(PEOPLE_MUST_KNOW, CIVILIANS))


def test_a_government_or_a_named_actor_is_demanded_of():
    assert not norm(*_case(GOVERNMENT_MUST, GOVERNMENT))
    assert not norm(*_case(PEOPLE_MUST_KNOW, GOVERNMENT))  # coded as the government: kept
    assert not norm(*_case(KENYA_MUST, KENYANS))


def test_only_the_demand_rule_is_judged():
    assert not norm(*_case(PEOPLE_MUST_KNOW, CIVILIANS, rule="verb"))
    assert not norm(*_case(PEOPLE_MUST_KNOW, None))


def _attending(sectors):
    from tidings.events.precision import private_attendance

    f = SimpleNamespace(pattern=SimpleNamespace(trigger="attend"), code="017")
    e = SimpleNamespace(source=Party(text="x", code="IRN" + "".join(sectors), country="IRN", sectors=sectors))
    return private_attendance(f, e)


def test_ordinary_people_attending_a_ceremony_is_no_symbolic_act_but_officials_attending_is():
    # "More than a million people attended the funeral procession" vs "the US ambassador attended"
    assert _attending(["CVL"]) is True
    assert _attending(["GOV"]) is False
    assert _attending([]) is False
