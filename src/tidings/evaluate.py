"""Score extracted events against hand-checked gold (``tidings evaluate GOLD.jsonl``).

Gold format: gold/README.md. Events are compared per document as multisets of keys, one
key per field; an extracted event matches at most one gold event and vice versa:

- ``dyad_root``: (source country, target country, CAMEO root) — the headline score;
- ``code``: the same with the exact CAMEO code;
- ``plover``: (source country, target country, PLOVER event type);
- ``sectors``: (source country + sectors, target country + sectors, CAMEO root);
- ``root``: the CAMEO root alone (did we see the action at all?).

A gold event marked ``"symmetric": true`` (a meeting between A and B) matches either
direction. The ``plover`` field leaves out gold events without a PLOVER type and
extracted CAMEO 01/02 events (PLOVER drops those categories). Extracted events that are negated, or only hypothetical, conditional or
demanded ("must"), are not counted: gold lists events the article reports as happening
(future events such as pledges are counted).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.model import Event

Key = tuple[Any, ...]
PLOVER_DROPPED = ("01", "02")
UNCOUNTED_MODALITIES = {"hypothetical", "conditional", "obligation", "intended"}


def _country(side: str, ev: dict[str, Any]) -> str | None:
    return ev.get(side) or None


def _sectors(side: str, ev: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(ev.get(f"{side}_sectors") or []))


FIELDS: dict[str, Callable[[dict[str, Any], bool], Key]] = {}


def _field(name: str) -> Callable[[Callable[[dict[str, Any], bool], Key]], Callable[[dict[str, Any], bool], Key]]:
    def deco(fn: Callable[[dict[str, Any], bool], Key]) -> Callable[[dict[str, Any], bool], Key]:
        FIELDS[name] = fn
        return fn

    return deco


def _pair(ev: dict[str, Any], rev: bool, sectors: bool = False) -> Key:
    a: Key = (_country("source", ev),) + ((_sectors("source", ev),) if sectors else ())
    b: Key = (_country("target", ev),) + ((_sectors("target", ev),) if sectors else ())
    return (b, a) if rev else (a, b)


@_field("dyad_root")
def _k_dyad_root(ev: dict[str, Any], rev: bool) -> Key:
    return (*_pair(ev, rev), str(ev.get("cameo") or "")[:2])


@_field("code")
def _k_code(ev: dict[str, Any], rev: bool) -> Key:
    return (*_pair(ev, rev), str(ev.get("cameo") or ""))


@_field("plover")
def _k_plover(ev: dict[str, Any], rev: bool) -> Key:
    return (*_pair(ev, rev), (ev.get("plover") or "").upper())


@_field("sectors")
def _k_sectors(ev: dict[str, Any], rev: bool) -> Key:
    return (*_pair(ev, rev, sectors=True), str(ev.get("cameo") or "")[:2])


@_field("root")
def _k_root(ev: dict[str, Any], rev: bool) -> Key:
    return (str(ev.get("cameo") or "")[:2],)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Scores:
    fields: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in FIELDS})
    documents: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    per_document: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "gold_events": self.gold_events,
                "predicted_events": self.predicted_events,
                "fields": {k: c.as_dict() for k, c in self.fields.items()},
                "per_document": self.per_document}


def match(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], key: Callable[[dict[str, Any], bool], Key]) -> Counts:
    """Greedy one-to-one matching of ``pred`` to ``gold`` on ``key`` (symmetric gold either way)."""
    used = [False] * len(pred)
    tp = 0
    for g in gold:
        wanted = {key(g, False)}
        if g.get("symmetric"):
            wanted.add(key(g, True))
        for i, p in enumerate(pred):
            if not used[i] and key(p, False) in wanted:
                used[i] = True
                tp += 1
                break
    return Counts(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def score(documents: Iterable[tuple[str, Sequence[dict[str, Any]], Sequence[dict[str, Any]]]]) -> Scores:
    """Pure scoring: ``documents`` yields (doc id, gold events, predicted events) as dicts with
    keys source, target, source_sectors, target_sectors, cameo, plover[, symmetric]."""
    s = Scores()
    for doc_id, gold, pred in documents:
        s.documents += 1
        s.gold_events += len(gold)
        s.predicted_events += len(pred)
        row: dict[str, Any] = {"id": doc_id, "gold": len(gold), "predicted": len(pred)}
        for name, key in FIELDS.items():
            g, pr = gold, pred
            if name == "plover":
                # PLOVER drops CAMEO 01 and 02: compare only events that have a PLOVER type
                g = [e for e in gold if e.get("plover")]
                pr = [e for e in pred if str(e.get("cameo") or "")[:2] not in PLOVER_DROPPED]
            c = match(g, pr, key)
            agg = s.fields[name]
            agg.tp, agg.fp, agg.fn = agg.tp + c.tp, agg.fp + c.fp, agg.fn + c.fn
            row[name] = c.tp
        s.per_document.append(row)
    return s


def event_key_dict(ev: Event) -> dict[str, Any]:
    """An extracted Event in the gold event shape."""

    def side(p: Any) -> tuple[str | None, list[str]]:
        if p is None:
            return None, []
        country = p.country  # a code such as "GOV" alone names no country
        return country, list(p.sectors or [])

    sc, ss = side(ev.source)
    tc, ts = side(ev.target)
    return {"source": sc, "source_sectors": ss, "target": tc, "target_sectors": ts,
            "cameo": ev.cameo, "plover": ev.plover.event, "id": ev.id}


def counted(ev: Event) -> bool:
    return not ev.negated and ev.modality not in UNCOUNTED_MODALITIES


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    from tidings.errors import TidingsError

    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise TidingsError("E010", f"{path}:{n}", where=f"{path}:{n}", reason=str(e)) from e
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise TidingsError("E011", f"{path}:{n}", where=f"{path}:{n}", reason="gold line needs 'text'")
            rows.append(row)
    return rows


def evaluate(
    gold_path: str | Path,
    dictionaries: Sequence[str] = (),
    default_dictionaries: bool = True,
    pipeline: Any = None,
) -> Scores:
    """Run extraction on every gold line that has ``events`` and score it."""
    from tidings.ingest import article_from_text
    from tidings.model import Failure
    from tidings.pipeline import Pipeline

    rows = [r for r in read_gold(gold_path) if "events" in r]
    pipe = pipeline or Pipeline(dictionaries=dictionaries, default_dictionaries=default_dictionaries)
    articles = []
    for i, r in enumerate(rows):
        published = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        articles.append(article_from_text(r["text"], published=published, title=r.get("title"),
                                          url=r.get("url"), id=str(r.get("id") or i)))
    triples = []
    for r, result in zip(rows, pipe.process(articles), strict=True):
        pred = [] if isinstance(result, Failure) else [event_key_dict(e) for e in result.events if counted(e)]
        triples.append((str(r.get("id")), r["events"], pred))
    return score(triples)


def render_table(s: Scores) -> str:
    lines = [f"documents {s.documents}  gold events {s.gold_events}  extracted events {s.predicted_events}", "",
             f"{'field':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>10} {'recall':>8} {'f1':>6}"]
    for name, c in s.fields.items():
        lines.append(f"{name:<10} {c.tp:>5} {c.fp:>5} {c.fn:>5} {c.precision:>10.3f} {c.recall:>8.3f} {c.f1:>6.3f}")
    return "\n".join(lines)


__all__ = ["Counts", "FIELDS", "Scores", "evaluate", "event_key_dict", "match", "read_gold", "render_table", "score"]
