"""Issue 15: partial events (an unread target) are a user's choice, off by default."""

import pytest

from tidings.cli._util import partial_events as set_partial
from tidings.events.merging import merge_mentions
from tidings.events.reportable import ENV, PARTIAL, partial_events, reportable

from .test_reportable import SYRIA, THE_DEAL, TURKEY, _doc, _event


@pytest.fixture
def env(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    return monkeypatch


def test_default_is_require_dyad(env):
    assert not partial_events()
    condemn = _event("111", TURKEY, None, sentence=5, lemma="condemn")
    assert merge_mentions([condemn], _doc(coded=True)) == []


def test_switch_keeps_a_directed_event_without_target_marked_partial(env):
    env.setenv(ENV, "on")
    condemn = _event("111", TURKEY, None, sentence=5, lemma="condemn")
    talks = _event("040", TURKEY, THE_DEAL, sentence=6, lemma="talk")
    out = merge_mentions([condemn, talks], _doc(coded=True))
    assert [(e.cameo, e.evidence.get("partial")) for e in out] == [("111", PARTIAL), ("040", PARTIAL)]
    assert out[1].target is not None and out[1].target.text == "the deal"


def test_switch_leaves_complete_and_one_sided_events_unmarked(env):
    env.setenv(ENV, "on")
    full = _event("111", TURKEY, SYRIA, sentence=1, lemma="condemn")
    posture = _event("154", TURKEY, None, sentence=2, lemma="mobilise")
    threat = _event("133", TURKEY, None, sentence=3, lemma="threaten")
    out = merge_mentions([full, posture, threat], _doc(coded=True))
    # a threat against no one read needs its target like every act towards someone
    assert [(e.cameo, "partial" in e.evidence) for e in out] == [
        ("111", False),
        ("154", False),
        ("133", True),
    ]


def test_switch_still_needs_a_coded_source_and_no_interview():
    spokesperson = _event("111", TURKEY.model_copy(update={"code": None, "country": None}), None)
    assert not reportable(spokesperson, partial=True)
    assert "partial" not in spokesperson.evidence
    wikinews = TURKEY.model_copy(update={"code": "MED", "sectors": ["MED"]})
    assert not reportable(_event("040", TURKEY, wikinews), partial=True)


@pytest.mark.parametrize("value,expected", [("on", True), ("1", True), ("off", False), ("", False)])
def test_environment_values(env, value, expected):
    env.setenv(ENV, value)
    assert partial_events() is expected


def test_cli_switch_sets_the_environment(env):
    set_partial(None)
    assert not partial_events()
    set_partial(True)
    assert partial_events()
    set_partial(False)
    assert not partial_events()
