"""Score extracted events against hand-checked gold (``tidings evaluate GOLD --task events``).

Gold format: gold/README.md and gold/GUIDELINES.md. Events are compared per document,
one-to-one, on one key per field:

- ``dyad_root``: (source country, target country, CAMEO root) — the headline score;
- ``code``: the same with the exact CAMEO code;
- ``plover``: (source country, target country, PLOVER event type);
- ``sectors``: (source country + sectors, target country + sectors, CAMEO root);
- ``root``: the CAMEO root alone (did we see the action at all?).

A gold event marked ``"symmetric": true`` (a meeting between A and B) matches either
direction. The ``plover`` field leaves out gold events without a PLOVER type and
extracted CAMEO 01/02 events (PLOVER drops those categories). Extracted events that are
negated, or only hypothetical, conditional, intended or demanded ("must"), are not
counted: gold lists events the article reports as happening (pledges are counted).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.actors.codes import code_fits
from tidings.evaluate.counts import Counts
from tidings.model import UNASSERTED_MODALITIES, Document, Event, Failure

Key = tuple[Any, ...]
KeyFn = Callable[[dict[str, Any], bool], Key]
PLOVER_DROPPED = ("01", "02")
# What is scored is what is exported and counted: asserted events (tidings.model.is_asserted).
UNCOUNTED_MODALITIES = UNASSERTED_MODALITIES


_INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC", "NGM")


def _pair(ev: dict[str, Any], rev: bool, sectors: bool = False) -> Key:
    def side(name: str) -> Key:
        # IGOs, NGOs and transnational groups have no country: their full CAMEO code stands in
        code = ev.get(f"{name}_code") or ""
        country = ev.get(name) or (code if code.startswith(_INTERNATIONAL) else None)
        return (country, tuple(sorted(ev.get(f"{name}_sectors") or []))) if sectors else (country,)

    a, b = side("source"), side("target")
    return (b, a) if rev else (a, b)


def _root(ev: dict[str, Any]) -> str:
    return str(ev.get("cameo") or "")[:2]


FIELDS: dict[str, KeyFn] = {
    "dyad_root": lambda ev, rev: (*_pair(ev, rev), _root(ev)),
    "code": lambda ev, rev: (*_pair(ev, rev), str(ev.get("cameo") or "")),
    "plover": lambda ev, rev: (*_pair(ev, rev), (ev.get("plover") or "").upper()),
    "sectors": lambda ev, rev: (*_pair(ev, rev, sectors=True), _root(ev)),
    "root": lambda ev, rev: (_root(ev),),
}


@dataclass
class Scores:
    fields: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in FIELDS})
    documents: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    per_document: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "fields": {k: c.as_dict() for k, c in self.fields.items()},
            "per_document": self.per_document,
        }


def wanted_keys(g: dict[str, Any], key: KeyFn) -> set[Key]:
    """The keys a gold event accepts: its own, and the reverse when it is symmetric."""
    out = {key(g, False)}
    if g.get("symmetric"):
        out.add(key(g, True))
    return out


def _fits(want: Key, got: Key) -> bool:
    """Keys equal, except that a party's code may be more specific than the gold's at a
    three-letter boundary (gold ``IMG``, extracted ``IMGMOSALQ``; tidings.actors.codes.code_fits)."""
    if len(want) != len(got):
        return False
    for w, g in zip(want, got, strict=True):
        if isinstance(w, tuple) and isinstance(g, tuple) and w and len(w) == len(g):  # a party
            if not (w[1:] == g[1:] and (w[0] == g[0] or (w[0] and g[0] and code_fits(w[0], g[0])))):
                return False
        elif w != g:
            return False
    return True


def fits(wanted: set[Key], got: Key) -> bool:
    """``got`` matches one of the gold's ``wanted`` keys (``_fits``)."""
    return any(_fits(w, got) for w in wanted)


def match(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], key: KeyFn) -> Counts:
    """Greedy one-to-one matching of ``pred`` to ``gold`` on ``key`` (symmetric gold either way)."""
    used = [False] * len(pred)
    tp = 0
    for g in gold:
        wanted = wanted_keys(g, key)
        for i, p in enumerate(pred):
            if not used[i] and fits(wanted, key(p, False)):
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
                g = [e for e in gold if e.get("plover")]
                pr = [e for e in pred if _root(e) not in PLOVER_DROPPED]
            c = match(g, pr, key)
            s.fields[name].add(c)
            row[name] = c.tp
        s.per_document.append(row)
    return s


def event_key_dict(ev: Event) -> dict[str, Any]:
    """An extracted Event in the gold event shape (plus its sentence index and trigger)."""

    def side(p: Any) -> tuple[str | None, list[str], str | None]:
        if p is None:
            return None, [], None
        return p.country, list(p.sectors or []), p.code

    sc, ss, scode = side(ev.source)
    tc, ts, tcode = side(ev.target)
    return {
        "source": sc,
        "source_sectors": ss,
        "source_code": scode,
        "target": tc,
        "target_sectors": ts,
        "target_code": tcode,
        "cameo": ev.cameo,
        "plover": ev.plover.event,
        "id": ev.id,
        "sentence_index": ev.sentence,
        "trigger": ev.action.text,
    }


def counted(ev: Event) -> bool:
    return ev.asserted


def predicted(doc: Document | Failure) -> list[dict[str, Any]]:
    """The counted events of one analysed document as key dicts (none for a Failure)."""
    if isinstance(doc, Failure):
        return []
    return [event_key_dict(e) for e in doc.events if counted(e)]


def read_documents(path: str | Path) -> dict[str, Document]:
    """Documents JSONL (``tidings extract`` output) by id: score a run made earlier."""
    out: dict[str, Document] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                if "error" not in d:
                    doc = Document.model_validate(d)
                    out[doc.id] = doc
    return out


def analysed(
    rows: Sequence[dict[str, Any]], pipeline: Any = None, saved: dict[str, Document] | None = None
) -> list[Document | Failure]:
    """The analysed document of every gold line: from ``saved`` (by id) or the pipeline."""
    from tidings.evaluate.analyse import documents

    if saved is None:
        return documents(rows, pipeline)
    missing = [str(r.get("id")) for r in rows if str(r.get("id")) not in saved]
    if missing:
        raise ValueError(f"saved documents lack gold ids: {', '.join(missing[:5])}")
    return [saved[str(r.get("id"))] for r in rows]


def score_rows(rows: Sequence[dict[str, Any]], docs: Sequence[Document | Failure]) -> Scores:
    return score((str(r.get("id")), r["events"], predicted(d)) for r, d in zip(rows, docs, strict=True))


def render_table(s: Scores) -> str:
    lines = [
        f"documents {s.documents}  gold events {s.gold_events}  extracted events {s.predicted_events}",
        "",
        f"{'field':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>10} {'recall':>8} {'f1':>6}",
    ]
    for name, c in s.fields.items():
        lines.append(
            f"{name:<10} {c.tp:>5} {c.fp:>5} {c.fn:>5} {c.precision:>10.3f} {c.recall:>8.3f} {c.f1:>6.3f}"
        )
    return "\n".join(lines)


def evaluate(
    gold_path: str | Path,
    dictionaries: Sequence[str] = (),
    default_dictionaries: bool = True,
    pipeline: Any = None,
    split: str | None = None,
) -> Scores:
    """Run extraction on every gold line that has ``events`` (in ``split``) and score it."""
    from tidings.evaluate.gold import read_gold
    from tidings.pipeline import Pipeline

    rows = read_gold(gold_path, "events", split)
    pipe = pipeline or Pipeline(dictionaries=dictionaries, default_dictionaries=default_dictionaries)
    return score_rows(rows, analysed(rows, pipe))
