"""Actor coding measured against hand-checked Wikinews articles (gold/actors.jsonl).

Splits: ``dev`` (used while writing the rules), ``test``, ``test2``, ``test3`` and ``test4``
(each annotated before the system was run on it; first scores 0.83, 0.82, 0.58 and 0.76,
before the general fixes they prompted), ``dev2`` (the mentions of 40 later dev articles of
the event gold; first run 0.292, 0.319 with ``---X`` scored as ``X``) and ``heldout`` (41 articles annotated by reading before tidings ran on them;
only measured, never tuned on; written by gold/annotations/build.py).
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, wikinews_rows
from tidings.actors.evaluate import analyse, evaluate

GOLD = ROOT / "gold" / "actors.jsonl"


def _lines(split: str | None = None) -> list[dict]:
    lines = [json.loads(x) for x in Path(GOLD).read_text(encoding="utf-8").splitlines() if x.strip()]
    return [x for x in lines if split is None or x.get("split") == split]


def test_gold_has_enough_hand_checked_articles():
    lines = _lines()
    assert len(lines) >= 100 and sum(len(x["actors"]) for x in lines) >= 2000
    splits = {"dev", "test", "test2", "test3", "test4", "dev2", "dev3", "dev4", "dev5", "heldout"}
    assert {x["split"] for x in lines} == splits
    held = _lines("heldout")
    assert len(held) == 41 and sum(len(x["actors"]) for x in held) == 933
    dev4 = _lines("dev4")
    assert len(dev4) == 24 and sum(len(x["actors"]) for x in dev4) == 538


@pytest.mark.parametrize(
    "split,minimum,pronouns",
    [
        ("dev", 0.93, 0.9),
        ("test", 0.93, 0.9),
        ("test2", 0.9, 0.9),
        ("test3", 0.8, 0.5),
        ("test4", 0.85, 0.6),
        ("dev2", 0.57, 0.0),
    ],
)
def test_accuracy_per_split(nlp, split, minimum, pronouns):
    scores = evaluate(nlp, _lines(split))
    assert scores["accuracy"] >= minimum, scores["errors"]
    assert scores["precision"] >= minimum - 0.02
    assert scores["pronoun_accuracy"] is None or scores["pronoun_accuracy"] >= pronouns


def test_invariants_on_wikinews(nlp):
    """Every mention quotes the text, every span names an actor, codes join country and sectors."""
    from tidings.actors.codes import INTERNATIONAL

    rows = wikinews_rows()[::7]
    for row in rows:
        doc = analyse(nlp, row["text"], dt.date.fromisoformat(row["date"][:10]))
        ids = {a.id for a in doc._.actors}
        assert len(ids) == len(doc._.actors)
        assert all(sp.label_ in ids for sp in doc.spans["tidings_actors"])
        for a in doc._.actors:
            assert a.mentions
            for m in a.mentions:
                assert doc.text[m.start : m.end] == m.text
            if a.code and a.code[:3] not in INTERNATIONAL and a.kind != "organisation":
                assert a.code.startswith((a.country or "") + "".join(a.sectors)), a
