"""Training and cross-validation of the learned event filter (``tidings.events.learned``).

Used by ``scripts/train_event_filter.py`` and the tests; needs numpy (a spaCy dependency),
which the run-time filter does not. Everything is deterministic: candidates come in gold
order, the vocabulary is sorted, folds are assigned by sorted article id, and the fit is
Newton's method (no random start).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tidings.evaluate.events import FIELDS, Scores, score, wanted_keys

THRESHOLDS = (0.02, 0.03, *(round(0.05 * i, 2) for i in range(1, 20)))


def objective(s: Scores) -> float:
    """What the threshold maximises: dyad+root F1 plus root F1, so that a threshold may not
    buy dyad+root precision with the loss of real events (root recall)."""
    return s.fields["dyad_root"].f1 + s.fields["root"].f1


@dataclass
class Candidate:
    """One counted (asserted) extracted event: its features, key dict and labels."""

    doc_id: str
    features: list[str]
    key: dict[str, Any]
    root_ok: bool
    dyad_ok: bool


@dataclass
class GoldArticle:
    doc_id: str
    gold: list[dict[str, Any]]
    candidates: list[Candidate]


def gold_article(doc_id: str, gold: list[dict[str, Any]], doc: Any) -> GoldArticle:
    """The counted events of an analysed spaCy ``doc`` (filter off) as labelled candidates."""
    from tidings.evaluate.events import counted, event_key_dict
    from tidings.events.learned import document_features

    events = list(doc._.events or [])
    feats = document_features(doc, events)
    pairs = [(e, f) for e, f in zip(events, feats, strict=True) if counted(e)]
    keys = [event_key_dict(e) for e, _ in pairs]
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    by_sent: dict[int | None, list[dict[str, Any]]] = {}
    for g in gold:
        by_sent.setdefault(sentence_of(sents, doc.text, str(g.get("sentence") or "")), []).append(g)
    root_ok = pair_labels(by_sent, keys, "root")
    dyad_ok = pair_labels(by_sent, keys, "dyad_root")
    cands = [
        Candidate(doc_id, f, k, r, d) for (_, f), k, r, d in zip(pairs, keys, root_ok, dyad_ok, strict=True)
    ]
    return GoldArticle(doc_id, gold, cands)


def sentence_of(sent_starts: Sequence[tuple[int, int]], text: str, needle: str) -> int | None:
    """The index of the sentence (``(start, end)`` offsets) holding the gold ``sentence`` text."""
    at = text.find(needle) if needle else -1
    if at < 0:
        return None
    return next((i for i, (s, e) in enumerate(sent_starts) if s <= at < e), None)


def pair_labels(
    gold_by_sent: dict[int | None, list[dict[str, Any]]], keys: Sequence[dict[str, Any]], field: str
) -> list[bool]:
    """Which extracted events pair one-to-one with a gold event of their own sentence on ``field``
    (as ``tidings evaluate --explain`` pairs them)."""
    key = FIELDS[field]
    used = [False] * len(keys)
    for si, golds in sorted(gold_by_sent.items(), key=lambda kv: -1 if kv[0] is None else kv[0]):
        if si is None:
            continue
        for g in golds:
            wanted = wanted_keys(g, key)
            for i, k in enumerate(keys):
                if not used[i] and k["sentence_index"] == si and key(k, False) in wanted:
                    used[i] = True
                    break
    return used


# ---------------------------------------------------------------- logistic regression


def vocabulary(rows: Sequence[Sequence[str]], min_count: int = 2) -> list[str]:
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= min_count or f == "bias")


def fit(
    rows: Sequence[Sequence[str]],
    y: Sequence[bool],
    l2: float = 1.0,
    min_count: int = 2,
    steps: int = 30,
    sample_weight: Sequence[float] | None = None,
) -> dict[str, float]:
    """L2-regularised logistic regression (the bias unpenalised), fitted by Newton's method;
    ``sample_weight`` weighs each row's loss (default 1)."""
    vocab = vocabulary(rows, min_count)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
    t = np.asarray(y, dtype=float)
    sw = np.ones(len(rows)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    w = np.zeros(len(vocab))
    penalty = np.full(len(vocab), l2)
    if "bias" in index:
        penalty[index["bias"]] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sw * (p - t)) + penalty * w
        hess = (x.T * (sw * p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return {f: float(round(v, 6)) for f, v in zip(vocab, w, strict=True) if abs(v) >= 1e-6}


def predict(weights: dict[str, float], feats: Sequence[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


# ---------------------------------------------------------------- cross-validation


def folds(articles: Sequence[GoldArticle], k: int) -> list[int]:
    """Fold of each article: by its rank in sorted id order, modulo ``k``."""
    order = sorted(range(len(articles)), key=lambda i: articles[i].doc_id)
    fold = [0] * len(articles)
    for rank, i in enumerate(order):
        fold[i] = rank % k
    return fold


def training_rows(articles: Sequence[GoldArticle], label: str) -> tuple[list[list[str]], list[bool]]:
    cands = [c for a in articles for c in a.candidates]
    return [c.features for c in cands], [c.dyad_ok if label == "dyad_root" else c.root_ok for c in cands]


def out_of_fold(articles: Sequence[GoldArticle], k: int, label: str, l2: float) -> list[list[float]]:
    """Each candidate's score from a model trained on the other ``k - 1`` folds."""
    fold = folds(articles, k)
    out: list[list[float]] = [[] for _ in articles]
    for f in range(k):
        train = [a for a, g in zip(articles, fold, strict=True) if g != f]
        weights = fit(*training_rows(train, label), l2=l2)
        for i, a in enumerate(articles):
            if fold[i] == f:
                out[i] = [predict(weights, c.features) for c in a.candidates]
    return out


def scores_at(articles: Sequence[GoldArticle], scored: Sequence[Sequence[float]], threshold: float) -> Scores:
    """``tidings evaluate`` counts when events scoring under ``threshold`` are dropped."""
    return score(
        (a.doc_id, a.gold, [c.key for c, s in zip(a.candidates, ss, strict=True) if s >= threshold])
        for a, ss in zip(articles, scored, strict=True)
    )


def best_threshold(articles: Sequence[GoldArticle], scored: Sequence[Sequence[float]]) -> float:
    """The threshold with the highest ``objective`` (0: keep all; ties: the lower threshold)."""
    best, best_f1 = 0.0, objective(scores_at(articles, scored, 0.0))
    for t in THRESHOLDS:
        f1 = objective(scores_at(articles, scored, t))
        if f1 > best_f1 + 1e-12:
            best, best_f1 = t, f1
    return best


def nested_cv(articles: Sequence[GoldArticle], k: int, label: str, l2: float) -> tuple[Scores, list[float]]:
    """An honest estimate: for each outer fold the threshold is chosen by an inner CV on the
    other folds only, then applied to the outer fold's scores. Returns the pooled counts and
    the threshold each outer fold chose."""
    fold = folds(articles, k)
    outer = out_of_fold(articles, k, label, l2)
    kept: list[list[float]] = [[] for _ in articles]
    chosen = []
    for f in range(k):
        train = [a for a, g in zip(articles, fold, strict=True) if g != f]
        t = best_threshold(train, out_of_fold(train, k - 1, label, l2))
        chosen.append(t)
        for i in range(len(articles)):
            if fold[i] == f:
                kept[i] = [1.0 if s >= t else 0.0 for s in outer[i]]
    return scores_at(articles, kept, 0.5), chosen
