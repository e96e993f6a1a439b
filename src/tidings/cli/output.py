"""Human-facing output: text tables (drawn by rich) and the end-of-run report of failures
and warnings."""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

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
    header = ["#", "date", "source", "action", "target", "CAMEO", "PLOVER", "G", "where"]
    rows = []
    for i, e in enumerate(doc.events, start=1):
        action = (
            e.action.text
            + (" [neg]" if e.negated else "")
            + ("" if e.modality == "asserted" else f" [{e.modality}]")
        )
        rows.append(
            [
                str(i),
                _date(e),
                _party(e.source),
                action[:26],
                _party(e.target),
                f"{e.cameo} {e.cameo_label[:22]}",
                e.plover.event + (f"/{e.plover.mode}" if e.plover.mode else ""),
                f"{e.goldstein:+.1f}",
                _place(doc, e)[:18],
            ]
        )
    lines.append(text_table(header, rows, right={"#", "G"}, indent=3))
    return "\n".join(lines)


def _width() -> int | None:
    """The terminal's width when stdout is one (long cells wrap); else None: one line per row."""
    return shutil.get_terminal_size((160, 24)).columns if sys.stdout.isatty() else None


def text_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    right: set[str] = frozenset(),  # type: ignore[assignment]
    indent: int = 0,
    width: int | None = None,
) -> str:
    """Rows as a plain text table (rich, no colours, no box): columns aligned, long cells wrapped."""
    from rich import box
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table

    width = width or _width()
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for h in header:
        table.add_column(h, justify="right" if h in right else "left", overflow="fold", no_wrap=width is None)
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    buf = io.StringIO()
    console = Console(
        file=buf, width=width or 100_000, color_system=None, force_terminal=False, highlight=False
    )
    console.print(Padding(table, (0, 0, 0, indent)) if indent else table)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()).rstrip("\n")


def write_table(rows: list[dict[str, Any]], output: Path | None, columns: list[str] | None) -> None:
    """A text table (rich) of ``columns`` (default: every column of the rows)."""
    cols = columns or list(dict.fromkeys(k for r in rows for k in r))
    numeric = {
        c
        for c in cols
        if any(isinstance(r.get(c), int | float) and not isinstance(r.get(c), bool) for r in rows)
    }
    text = (
        text_table(cols, [[cell(r.get(c)) for c in cols] for r in rows], right=numeric)
        if rows
        else "(no rows)"
    )
    if output is None:
        print(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")


def cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:.1f}"
    return " ".join(str(v).split())


@dataclass
class Report:
    """Counts what happened in a run and says it at the end, on stderr."""

    documents: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[ErrorRecord] = field(default_factory=list)
    stream: TextIO | None = None  # None: sys.stderr at the time of writing (a progress bar may wrap it)

    def add(self, result: Document | Failure) -> None:
        if isinstance(result, Failure):
            self.failures.append(result)
            print(
                f"tidings: error {result.error.code}: {result.error.message}", file=self.stream or sys.stderr
            )
            return
        self.documents += 1
        for err in result.errors:
            if err.severity == "warning":
                self.warnings.append(err)
                print(f"tidings: warning {err.code}: {err.message}", file=self.stream or sys.stderr)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def print_summary(self) -> None:
        msg = f"tidings: {self.documents} document(s) analysed, {len(self.failures)} failed, {len(self.warnings)} warning(s)"
        out = self.stream or sys.stderr
        print(msg, file=out)
        if self.failures:
            print("tidings: failed documents:", file=out)
            for f in self.failures:
                print(f"  {f.origin or f.id}: {f.error.code} {f.error.message}", file=out)
