"""Why each gold event was missed: ``tidings evaluate GOLD --task events --explain``.

Each gold event is classed against the counted extracted events of its own sentence (the
sentence holding the gold ``sentence`` substring), on the headline key (source country,
target country, CAMEO root). Within a sentence, gold and extracted events first pair
one-to-one where the key agrees (``matched``); each remaining gold event gets the first
class that fits, looking at the unpaired extracted events with its root:

- ``no event in its sentence``: the sentence has no counted extracted event;
- ``other root``: it has some, none with the gold root;
- ``direction swapped``: same root, source and target the wrong way round;
- ``target missing`` / ``target wrong``: the source is right, the target absent / another;
- ``source missing`` / ``source wrong``: the target is right, the source uncoded / another;
- ``source and target wrong``: same root, neither party right;
- ``sentence not found``: the gold ``sentence`` is not in the text (a gold error).

Extracted events left unpaired are listed as ``in a gold sentence`` or ``in a sentence
with no gold event``. Pairing is per sentence, so ``matched`` can differ by a few from the
document-level ``dyad_root`` true positives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tidings.evaluate.events import FIELDS, fits, predicted, wanted_keys
from tidings.model import Document, Failure

GOLD_CLASSES = (
    "matched",
    "no event in its sentence",
    "other root",
    "direction swapped",
    "target missing",
    "target wrong",
    "source missing",
    "source wrong",
    "source and target wrong",
    "sentence not found",
)
EXTRA_CLASSES = ("in a gold sentence", "in a sentence with no gold event")


@dataclass
class Explained:
    gold: list[dict[str, Any]] = field(default_factory=list)  # one row per gold event
    extra: list[dict[str, Any]] = field(default_factory=list)  # one row per unpaired extracted event

    def counts(self) -> dict[str, dict[str, int]]:
        g = Counter(r["class"] for r in self.gold)
        e = Counter(r["class"] for r in self.extra)
        return {
            "gold": {c: g[c] for c in GOLD_CLASSES if g[c]},
            "extracted": {c: e[c] for c in EXTRA_CLASSES if e[c]},
        }

    def as_dict(self) -> dict[str, Any]:
        return {"counts": self.counts(), "gold": self.gold, "extracted": self.extra}


def sentence_index(doc: Document, needle: str) -> int | None:
    at = doc.text.find(needle) if needle else -1
    if at < 0:
        return None
    for s in doc.sentences:
        if s.start <= at < s.end:
            return s.index
    return None


def _country(ev: dict[str, Any], side: str) -> str | None:
    return ev.get(side) or None


def near_miss(g: dict[str, Any], preds: Sequence[dict[str, Any]]) -> str:
    """The class of an unpaired gold event against the unpaired events of its sentence."""
    same_root = [p for p in preds if str(p.get("cameo") or "")[:2] == str(g.get("cameo") or "")[:2]]
    if not same_root:
        return "other root"
    gs, gt = _country(g, "source"), _country(g, "target")
    found = set()
    for p in same_root:
        ps, pt = _country(p, "source"), _country(p, "target")
        if gs != gt and (ps, pt) == (gt, gs):
            found.add("direction swapped")
        elif ps == gs:
            found.add("target missing" if pt is None else "target wrong")
        elif pt == gt:
            found.add("source missing" if ps is None else "source wrong")
        else:
            found.add("source and target wrong")
    return next(c for c in GOLD_CLASSES if c in found)


def _describe(ev: dict[str, Any]) -> str:
    def side(s: str) -> str:
        return str(ev.get(f"{s}_code") or ev.get(s) or "-")

    trig = f" {ev['trigger']!r}" if ev.get("trigger") else ""
    return f"{side('source')}->{side('target')} {ev.get('cameo')}{trig}"


def explain_document(
    doc_id: str, gold: Sequence[dict[str, Any]], doc: Document | Failure, out: Explained
) -> None:
    preds = predicted(doc)
    if isinstance(doc, Failure):
        for g in gold:
            out.gold.append(
                {
                    "id": doc_id,
                    "sentence": None,
                    "class": "no event in its sentence",
                    "gold": _describe(g),
                    "got": [],
                }
            )
        return
    key = FIELDS["dyad_root"]
    by_sent: dict[int | None, list[dict[str, Any]]] = {}
    for g in gold:
        by_sent.setdefault(sentence_index(doc, str(g.get("sentence") or "")), []).append(g)
    used: set[int] = set()
    for si, gs in sorted(by_sent.items(), key=lambda kv: -1 if kv[0] is None else kv[0]):
        in_sent = [i for i, p in enumerate(preds) if si is not None and p["sentence_index"] == si]
        pending = []
        for g in gs:
            hit = next(
                (i for i in in_sent if i not in used and fits(wanted_keys(g, key), key(preds[i], False))),
                None,
            )
            if hit is not None:
                used.add(hit)
                out.gold.append(
                    {
                        "id": doc_id,
                        "sentence": si,
                        "class": "matched",
                        "gold": _describe(g),
                        "got": [_describe(preds[hit])],
                    }
                )
            else:
                pending.append(g)
        for g in pending:
            # the unpaired events of its sentence, or all of them when others took each one
            rest = [preds[i] for i in in_sent if i not in used] or [preds[i] for i in in_sent]
            if si is None:
                cls = "sentence not found"
            elif not in_sent:
                cls = "no event in its sentence"
            else:
                cls = near_miss(g, rest)
            out.gold.append(
                {
                    "id": doc_id,
                    "sentence": si,
                    "class": cls,
                    "gold": _describe(g),
                    "got": [_describe(p) for p in rest],
                }
            )
    gold_sents = {si for si in by_sent if si is not None}
    for i, p in enumerate(preds):
        if i not in used:
            where = EXTRA_CLASSES[0] if p["sentence_index"] in gold_sents else EXTRA_CLASSES[1]
            out.extra.append(
                {"id": doc_id, "sentence": p["sentence_index"], "class": where, "event": _describe(p)}
            )


def explain(rows: Sequence[dict[str, Any]], docs: Sequence[Document | Failure]) -> Explained:
    out = Explained()
    for r, d in zip(rows, docs, strict=True):
        explain_document(str(r.get("id")), r["events"], d, out)
    return out


def render_explain(e: Explained) -> str:
    lines = ["gold events:"]
    for r in e.gold:
        got = "; ".join(r["got"]) if r["got"] else "-"
        lines.append(f"  {r['id']} s{r['sentence']}  {r['class']:<24} gold {r['gold']}  got {got}")
    lines.append("extracted events not paired with a gold event:")
    for r in e.extra:
        lines.append(f"  {r['id']} s{r['sentence']}  {r['class']:<32} {r['event']}")
    c = e.counts()
    total = len(e.gold) or 1
    lines.append("")
    lines.append(f"gold event classes ({len(e.gold)}):")
    for cls, n in c["gold"].items():
        lines.append(f"  {cls:<26} {n:>5}  {n / total:6.1%}")
    lines.append(f"unpaired extracted events ({len(e.extra)}):")
    for cls, n in c["extracted"].items():
        lines.append(f"  {cls:<34} {n:>5}")
    return "\n".join(lines)
