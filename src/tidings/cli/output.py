"""Human-facing output: the events table and the end-of-run report of failures and warnings."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from tidings.model import Document, ErrorRecord, Event, Failure


def _party(p: object) -> str:
    if p is None:
        return "-"
    code = getattr(p, "code", None) or "---"
    text = getattr(p, "text", "")
    text = " ".join(text.split())
    text = text if len(text) <= 22 else text[:21] + "…"
    return f"{code} {text}"


def _date(e: Event) -> str:
    return (e.date.value if e.date and e.date.value else "") or "-"


def _place(doc: Document, e: Event) -> str:
    if not e.location or not e.location.place:
        return "-"
    for p in doc.places:
        if p.id == e.location.place:
            return p.name
    return "-"


def render_table(doc: Document) -> str:
    """A readable events table for one document, with a header of what else was found."""
    title = doc.title or doc.text[:70].replace("\n", " ")
    lines = [
        f"== {doc.id}  {title}",
        f"   published {doc.published or 'unknown'}  language {doc.language or '?'}  dateline {doc.dateline or '-'}  "
        f"sentences {len(doc.sentences)}  actors {len(doc.actors)}  events {len(doc.events)}  "
        f"quotes {len(doc.quotes)}  times {len(doc.times)}  places {len(doc.places)}",
    ]
    if not doc.events:
        lines.append("   (no events)")
        return "\n".join(lines)
    header = ("#", "date", "source", "action", "target", "CAMEO", "PLOVER", "G", "where")
    rows = [header]
    for i, e in enumerate(doc.events, start=1):
        action = e.action.text + (" [neg]" if e.negated else "") + ("" if e.modality == "asserted" else f" [{e.modality}]")
        rows.append(
            (
                str(i),
                _date(e),
                _party(e.source),
                action[:26],
                _party(e.target),
                f"{e.cameo} {e.cameo_label[:22]}",
                e.plover.event + (f"/{e.plover.mode}" if e.plover.mode else ""),
                f"{e.goldstein:+.1f}",
                _place(doc, e)[:18],
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        lines.append("   " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)


@dataclass
class Report:
    """Counts what happened in a run and says it at the end, on stderr."""

    documents: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[ErrorRecord] = field(default_factory=list)
    stream: TextIO = field(default_factory=lambda: sys.stderr)

    def add(self, result: Document | Failure) -> None:
        if isinstance(result, Failure):
            self.failures.append(result)
            print(f"tidings: error {result.error.code}: {result.error.message}", file=self.stream)
            return
        self.documents += 1
        for err in result.errors:
            if err.severity == "warning":
                self.warnings.append(err)
                print(f"tidings: warning {err.code}: {err.message}", file=self.stream)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def print_summary(self) -> None:
        msg = f"tidings: {self.documents} document(s) analysed, {len(self.failures)} failed, {len(self.warnings)} warning(s)"
        print(msg, file=self.stream)
        if self.failures:
            print("tidings: failed documents:", file=self.stream)
            for f in self.failures:
                print(f"  {f.origin or f.id}: {f.error.code} {f.error.message}", file=self.stream)
