"""Hyphenated verbs of the lexicon stay one word (issue 15 point 1: "test-fired")."""

import datetime as dt

import pytest

from tidings.events.hyphenated import hyphenated_verbs, inflections
from tidings.events.lexicon import load_lexicon


def test_inflections_of_regular_hyphenated_verbs():
    assert inflections("test-fire") == ["test-fire", "test-fires", "test-fired", "test-firing"]
    assert inflections("test-launch") == ["test-launch", "test-launches", "test-launched", "test-launching"]
    assert inflections("de-escalate")[2] == "de-escalated"
    assert inflections("re-deploy")[1:3] == ["re-deploys", "re-deployed"]


def test_the_builtin_lexicon_hyphenated_verbs_are_its_entries_not_light_verb_pairs():
    verbs = hyphenated_verbs(load_lexicon())
    assert {"test-fire", "test-launch", "de-escalate"} <= set(verbs)
    # "stage a sit-in" is keyed by the light verb: no "sit-stage" verb comes of it
    assert not any(v.startswith(("sit-", "build-", "hostage-")) for v in verbs)


def test_a_users_hyphenated_verb_is_kept_whole_too(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("183\tcar-bomb\n", encoding="utf-8")
    assert hyphenated_verbs(load_lexicon((str(f),), default=False)) == ["car-bomb"]


def _doc(pipeline, text):
    from tidings.ingest import article_from_text

    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2024, 3, 15), id="x")]))
    return doc


@pytest.mark.slow
def test_test_fired_is_the_sentences_verb_and_codes_150(pipeline):
    doc = _doc(pipeline, "North Korea test-fired two short-range ballistic missiles on Saturday.")
    (ev,) = [e for e in doc.events if e.cameo == "150"]
    assert ev.source.country == "PRK"
    assert (ev.action.text, ev.action.lemma) == ("test-fired", "test-fire")
    assert doc.text[ev.action.start : ev.action.end] == "test-fired"
    assert ev.date is not None and ev.date.value == "2024-03-09"


@pytest.mark.slow
def test_test_launched_in_a_reported_clause(pipeline):
    doc = _doc(pipeline, "Iran said on Tuesday that it had test-launched a new cruise missile.")
    (ev,) = [e for e in doc.events if e.cameo == "150"]
    assert ev.source.country == "IRN"
    assert (ev.action.text, ev.action.lemma) == ("test-launched", "test-launch")
