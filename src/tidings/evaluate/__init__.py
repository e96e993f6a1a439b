"""Evaluation against hand-checked gold: ``tidings evaluate GOLD --task TASK``.

- ``counts.Counts``: the one precision/recall/F1 counter;
- ``gold.read_gold``: the one gold reader (JSONL; ``split`` defaults to ``dev``);
- ``analyse``: gold lines -> Documents, or a Doc annotated up to a named stage;
- ``events`` (and ``explain``), ``quotes``, ``sentences``, ``others`` (actors, times,
  places): one key module per task.
"""

from __future__ import annotations

from tidings.evaluate.counts import Counts
from tidings.evaluate.events import FIELDS, Scores, evaluate, event_key_dict, match, render_table, score
from tidings.evaluate.gold import read_gold

__all__ = [
    "Counts",
    "FIELDS",
    "Scores",
    "evaluate",
    "event_key_dict",
    "match",
    "read_gold",
    "render_table",
    "score",
]
