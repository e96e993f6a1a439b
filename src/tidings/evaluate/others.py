"""Scorers of the other stages, over the shared gold reader and analysis.

Actors delegate to ``tidings.actors.evaluate`` and times/places to the scoring functions of
``tidings.places.accuracy`` (those modules belong to the actors and places areas).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tidings.evaluate.analyse import documents
from tidings.evaluate.gold import read_gold
from tidings.model import Document


def actors(gold_path: str | Path, split: str | None = None, nlp: Any = None) -> dict[str, Any]:
    """Actor coding accuracy on ``gold/actors.jsonl``-style lines (see tidings.actors.evaluate)."""
    from tidings.actors.evaluate import evaluate
    from tidings.nlp import load

    return evaluate(nlp or load(), read_gold(gold_path, "actors", split))


def times_places(gold_path: str | Path, split: str | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Date and place accuracy on ``gold/timeplace.jsonl``-style lines (``times``/``places``)."""
    from tidings.places.accuracy import Score, score_places, score_times

    rows = [r for r in read_gold(gold_path, None, split) if "times" in r or "places" in r]
    times, places = Score(), Score()
    for r, doc in zip(rows, documents(rows, pipeline), strict=True):
        if not isinstance(doc, Document):
            raise RuntimeError(f"{r.get('id')} failed: {doc.error.message}")
        if "times" in r:
            score_times(r["times"], doc.times, times, str(r.get("id")))
        if "places" in r:
            score_places(r["places"], doc.places, places, str(r.get("id")))
    return {"times": _score_dict(times), "places": _score_dict(places)}


def _score_dict(s: Any) -> dict[str, Any]:
    return {
        "gold": s.gold,
        "found": s.found,
        "correct": s.correct,
        "accuracy": round(s.accuracy, 4),
        "predicted": s.predicted,
        "predicted_matched": s.predicted_matched,
        "precision": round(s.precision, 4),
        "misses": list(s.misses),
    }
