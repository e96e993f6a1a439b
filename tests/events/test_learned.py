"""The learned event filter: shipped weights, deterministic features and fit, evidence, switch."""

from __future__ import annotations

import math
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.events.extract import find_events
from tidings.events.learned import (
    ENV,
    LearnedFilter,
    document_features,
    enabled,
    features,
    load_filter,
    parse_filter,
)
from tidings.events.learned_fit import fit, pair_labels, predict
from tidings.events.lexicon import load_lexicon

from .helpers import make_doc

LEX = load_lexicon()
SRC = str(Path(__file__).resolve().parents[2] / "src")

CRITICIZE = (
    [
        ("Iran", "Iran", "PROPN", "nsubj", 1, "NNP"),
        ("criticized", "criticize", "VERB", "ROOT", 1, "VBD"),
        ("Iraq", "Iraq", "PROPN", "dobj", 1, "NNP"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ],
    [(0, 1, "GPE"), (2, 3, "GPE")],
)
NOT_CRITICIZE = (
    [
        ("Iran", "Iran", "PROPN", "nsubj", 3, "NNP"),
        ("did", "do", "AUX", "aux", 3, "VBD"),
        ("not", "not", "PART", "neg", 3, "RB"),
        ("criticize", "criticize", "VERB", "ROOT", 3, "VB"),
        ("Iraq", "Iraq", "PROPN", "dobj", 3, "NNP"),
        (".", ".", "PUNCT", "punct", 3, "."),
    ],
    [(0, 1, "GPE"), (4, 5, "GPE")],
)


def _events(spec):
    doc = make_doc(*spec)
    return doc, find_events(doc, LEX)


def test_shipped_filter_loads_quickly_with_its_header():
    text = resources.files("tidings").joinpath("data/events/event_filter.tsv").read_text(encoding="utf-8")
    parsed = parse_filter(text)
    lf = load_filter()
    assert lf is not None and lf is load_filter()  # once per process
    assert lf.name == "event_filter v1" and 0.0 <= lf.threshold < 1.0  # 0.0: CV found no cut that helps
    assert lf.weights == parsed.weights and len(lf.weights) > 100 and "bias" in lf.weights
    assert "dev splits only" in lf.meta["source"] and "our own annotations" in lf.meta["licence"]
    assert "scripts/train_event_filter.py" in lf.meta["command"]


def test_dumps_and_parse_round_trip():
    lf = LearnedFilter(weights={"bias": -1.5, "root=11": 0.25}, threshold=0.3, meta={"source": "x"})
    back = parse_filter(lf.dumps())
    assert (back.weights, back.threshold, back.meta, back.name) == (lf.weights, 0.3, {"source": "x"}, lf.name)
    with pytest.raises(TidingsError, match="event_filter.tsv:2: .*'no tab here'"):
        parse_filter("feature\tweight\nno tab here\n")
    with pytest.raises(TidingsError, match="event_filter.tsv:3: "):
        parse_filter("feature\tweight\nbias\t0.5\nroot=11\tnot-a-number\n")


def test_features_describe_the_event_sorted():
    doc, (ev,) = _events(CRITICIZE)
    feats = features(doc, ev)
    assert feats == sorted(feats) and feats == document_features(doc, [ev])[0]
    for f in ("bias", "root=11", "code=111", "lemma=criticize", "rule=verb", "clause=main", "pos=VERB"):
        assert f in feats
    assert "dep=ROOT" in feats and "w-1=iran" in feats and "w+1=iraq" in feats and "sent=0" in feats


def test_features_are_the_same_under_any_hash_seed():
    code = (
        "import sys; sys.path.insert(0, 'tests'); sys.path.insert(0, sys.argv[1]);"
        "from events.test_learned import CRITICIZE, _events;"
        "from tidings.events.learned import features;"
        "doc, (ev,) = _events(CRITICIZE); print('|'.join(features(doc, ev)))"
    )
    root = Path(__file__).resolve().parents[2]
    outs = set()
    for seed in ("1", "2"):
        env = {"PYTHONHASHSEED": seed, "PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}
        run = subprocess.run(
            [sys.executable, "-c", code, SRC], cwd=root, env=env, capture_output=True, text=True, check=True
        )
        outs.add(run.stdout)
    assert len(outs) == 1 and "lemma=criticize" in outs.pop()


def test_fit_is_deterministic_and_learns_the_signal():
    rows = [["bias", "good"], ["bias", "bad"], ["bias", "good", "x"], ["bias", "bad", "x"]] * 5
    y = [True, False, True, False] * 5
    w1, w2 = fit(rows, y, l2=1.0), fit(rows, y, l2=1.0)
    assert w1 == w2
    assert w1["good"] > 0 > w1["bad"] and abs(w1.get("x", 0.0)) < 1e-3
    assert predict(w1, ["bias", "good"]) > 0.8 and predict(w1, ["bias", "bad"]) < 0.2
    # a weight on a row counts as that many copies of it
    w3 = fit(rows[:4], y[:4], l2=1.0, sample_weight=[5.0] * 4)
    assert math.isclose(w3["good"], w1["good"], rel_tol=1e-3)


def test_labels_pair_one_to_one_within_the_sentence():
    gold = {0: [{"source": "IRN", "target": "IRQ", "cameo": "111"}]}
    keys = [
        {"source": "IRN", "target": "IRQ", "cameo": "112", "sentence_index": 0},
        {"source": "IRN", "target": "IRQ", "cameo": "111", "sentence_index": 0},
        {"source": "IRN", "target": "IRQ", "cameo": "111", "sentence_index": 1},
    ]
    assert pair_labels(gold, keys, "dyad_root") == [True, False, False]
    assert pair_labels({0: [{"source": "SYR", "target": None, "cameo": "11"}]}, keys, "root") == [
        True,
        False,
        False,
    ]


def test_apply_records_model_and_score_and_drops_asserted_events_under_threshold():
    doc, events = _events(CRITICIZE)
    keep = LearnedFilter(weights={"bias": 2.0}, threshold=0.5, name="event_filter v1")
    (ev,) = keep.apply(doc, events)
    assert ev.evidence["filter"] == {"model": "event_filter v1", "score": 0.8808, "threshold": 0.5}
    assert ev.evidence["rule"] == "verb"  # the rule's evidence stays
    doc, events = _events(CRITICIZE)
    assert LearnedFilter(weights={"bias": -2.0}, threshold=0.5).apply(doc, events) == []
    # a negated event is not counted anyway: kept, with its score
    doc, events = _events(NOT_CRITICIZE)
    (neg,) = LearnedFilter(weights={"bias": -2.0, "negated=True": -1.0}, threshold=0.5).apply(doc, events)
    assert neg.negated and neg.evidence["filter"]["score"] == 0.0474


def test_switch_default_off_and_component_records_the_score(monkeypatch):
    from tidings.events.component import make_events_stage

    monkeypatch.delenv(ENV, raising=False)
    assert not enabled() and make_events_stage(None, "tidings_events").learned is None
    monkeypatch.setenv(ENV, "off")
    assert make_events_stage(None, "tidings_events").learned is None
    monkeypatch.setenv(ENV, "on")
    stage = make_events_stage(None, "tidings_events")
    assert enabled() and stage.learned is load_filter() and enabled(False) is False
    stage.learned = LearnedFilter(weights={"bias": 1.0, "lemma=criticize": 0.5}, threshold=0.5, name="m")
    doc = make_doc(*CRITICIZE)
    stage.annotate(doc)
    (ev,) = doc._.events
    assert ev.evidence["filter"] == {"model": "m", "score": 0.8176, "threshold": 0.5}
    # "score": every event keeps its score, none is dropped
    monkeypatch.setenv(ENV, "score")
    stage = make_events_stage(None, "tidings_events")
    stage.learned = LearnedFilter(weights={"bias": -3.0}, threshold=0.5, name="m")
    doc = make_doc(*CRITICIZE)
    stage.annotate(doc)
    (ev,) = doc._.events
    assert not stage.drop and ev.asserted and ev.evidence["filter"]["score"] == 0.0474


@pytest.mark.slow
def test_generic_sentence_event_is_filtered_and_a_news_event_kept(nlp, partial_events):
    from tidings.evaluate.analyse import doc_upto

    lexicon, lf = nlp.get_pipe("tidings_events").lexicon, load_filter()
    # a vague demand by unnamed people of nobody: the rules code it, the shipped weights score it
    # far below a news event, and a threshold above its score drops it (retraining the filter
    # on changed rules moves scores and the CV-chosen threshold: re-check these then; the
    # 2026-12-02 weights give it 0.11 against the news event's 0.68, at a threshold of 0.1)
    generic = doc_upto(nlp, {"text": "People demanded answers.", "published": "2024-03-15"})
    rules = find_events(generic, lexicon)
    assert [(e.cameo, e.source.code, e.target, e.asserted) for e in rules] == [("100", "CVL", None, True)]
    vague = lf.score(features(generic, rules[0]))
    assert vague < 0.2
    stricter = LearnedFilter(weights=lf.weights, threshold=0.2, name=lf.name)
    assert stricter.apply(generic, rules) == []

    news = doc_upto(nlp, {"text": "Iran criticized Iraq on Monday.", "published": "2024-03-15"})
    (ev,) = lf.apply(news, find_events(news, lexicon))
    assert (ev.cameo, ev.source.code, ev.target.code) == ("111", "IRNGOV", "IRQGOV")
    got = ev.evidence["filter"]
    assert got["model"] == "event_filter v1" and got["threshold"] == lf.threshold
    assert got["score"] >= lf.threshold and got["score"] == round(lf.score(features(news, ev)), 4)
    assert got["score"] > 3 * vague
