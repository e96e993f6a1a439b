"""Score extracted quotes against hand-written gold (gold/quotes.jsonl).

Spans match when they overlap (a gold ``text`` is a distinctive substring of the quote,
located in the analysed document's text; ``occurrence`` picks the n-th when it repeats).
Precision: share of extracted quotes that overlap a gold quote. Recall: share of gold
quotes overlapped by an extracted one. Speaker accuracy: over matched gold quotes, the
extracted speaker names the gold speaker (its words, or the words of the actor it was
resolved to), or both are none. Kind accuracy likewise for direct/indirect/mixed.

Run: ``tidings evaluate gold/quotes.jsonl --task quotes [--explain]``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.evaluate.counts import ratio
from tidings.model import Document, Failure, Quote

_STOP = {"the", "a", "an", "of", "and", "for", "to", "in", "on", "us", "u.s.", "mr", "mrs", "ms", "dr"}


def _words(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return [w for w in re.findall(r"[\w'-]+", s) if w not in _STOP]


def _names_match(gold: str, candidates: Iterable[str]) -> bool:
    g = _words(gold)
    if not g:
        return False
    gs = set(g) | {p for w in g for p in w.split("-")}
    for c in candidates:
        cw = _words(c)
        if cw and (g[-1] in cw or cw[-1] in gs or g[-1] in {p for w in cw for p in w.split("-")}):
            return True
    return False


def speaker_names(doc: Document, quote: Quote) -> list[str]:
    """Every name the extracted speaker goes by: its words and its actor's names."""
    if quote.speaker is None:
        return []
    names = [quote.speaker.text]
    if quote.speaker.actor:
        for a in doc.actors:
            if a.id == quote.speaker.actor:
                names += [a.name, *a.aliases, *(m.text for m in a.mentions)]
    return names


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    pos = -1
    for _ in range(max(occurrence, 1)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    true_predicted: int = 0  # extracted quotes that overlap a gold quote
    found: int = 0  # gold quotes overlapped by an extracted one
    speaker_ok: int = 0
    kind_ok: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [gold, found]
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    wrong_speaker: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return ratio(self.true_predicted, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_ok, self.found)

    @property
    def kind_accuracy(self) -> float:
        return ratio(self.kind_ok, self.found)

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {f}/{g}" for k, (g, f) in sorted(self.by_kind.items()))
        return (
            f"quotes: gold {self.gold}, extracted {self.predicted}; "
            f"precision {self.precision:.3f}, recall {self.recall:.3f}, F1 {self.f1:.3f}; "
            f"speaker accuracy {self.speaker_accuracy:.3f} ({self.speaker_ok}/{self.found}); "
            f"kind accuracy {self.kind_accuracy:.3f}; recall by kind: {kinds}"
        )


def score(gold: Sequence[dict[str, Any]], docs: Sequence[Document]) -> Scores:
    """Score ``docs`` (analysed in the order of ``gold``) against gold records."""
    s = Scores()
    for rec, doc in zip(gold, docs, strict=True):
        qs = doc.quotes
        s.predicted += len(qs)
        spans = []
        for g in rec.get("quotes", []):
            loc = locate(doc.text, g["text"], g.get("occurrence", 1))
            if loc is None:
                raise ValueError(f"{rec['id']}: gold quote not in text: {g['text']!r}")
            spans.append((loc, g))
        hit: set[int] = set()
        for (a, b), g in spans:
            s.gold += 1
            kind = g.get("kind", "direct")
            s.by_kind.setdefault(kind, [0, 0])[0] += 1
            over = [
                (min(b, q.end) - max(a, q.start), i) for i, q in enumerate(qs) if q.start < b and a < q.end
            ]
            if not over:
                s.misses.append(f"{rec['id']}: {g['text']!r}")
                continue
            s.found += 1
            s.by_kind[kind][1] += 1
            hit.update(i for _, i in over)
            q = qs[max(over)[1]]
            if g.get("speaker") is None:
                ok = q.speaker is None
            else:
                ok = _names_match(g["speaker"], speaker_names(doc, q))
            s.speaker_ok += ok
            if not ok:
                got = q.speaker.text if q.speaker else None
                s.wrong_speaker.append(f"{rec['id']}: {g['text']!r} gold {g.get('speaker')!r} got {got!r}")
            s.kind_ok += q.kind == kind
            if q.kind != kind:
                s.wrong_kind.append(f"{rec['id']}: {g['text']!r} gold {kind} got {q.kind}")
        s.true_predicted += len(hit)
        s.false += [f"{rec['id']}: {q.kind} {q.text[:70]!r}" for i, q in enumerate(qs) if i not in hit]
    return s


def read_gold(path: str | Path, split: str | None = None) -> list[dict[str, Any]]:
    from tidings.evaluate.gold import read_gold as read

    return read(path, "quotes", split)


def analyse(gold: Sequence[dict[str, Any]], pipeline: Any = None) -> list[Document]:
    """Run the pipeline on each gold text (with its publication date)."""
    from tidings.evaluate.analyse import documents

    docs = documents(gold, pipeline)
    for d in docs:
        if isinstance(d, Failure):
            raise RuntimeError(f"analysis failed: {d.error.message}")
    return docs  # type: ignore[return-value]


def render(s: Scores, details: bool = False) -> str:
    lines = [s.summary()]
    if details:
        for title, items in (
            ("missed", s.misses),
            ("not in gold", s.false),
            ("wrong speaker", s.wrong_speaker),
            ("wrong kind", s.wrong_kind),
        ):
            lines.append(f"\n{title} ({len(items)}):")
            lines.extend("  " + line for line in items)
    return "\n".join(lines)
