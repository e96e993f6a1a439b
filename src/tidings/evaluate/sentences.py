"""The sentence suite: one news-style sentence per line with the event it must (not) give.

``gold/sentences.tsv`` is tab-separated with the header
``cameo<TAB>source<TAB>target<TAB>construction<TAB>sentence``: ``source``/``target`` are
full CAMEO actor codes (USAGOV, ISRMIL, IGOUNO) or ``-`` for none; ``construction`` is one
of active, passive, nominal, reported, coordinated, negated, hypothetical.

A sentence passes when an asserted extracted event (not negated; modality asserted or
future) has the row's CAMEO code, source code and target code (``-``: no coded target;
``---MIL`` and ``MIL`` are the same code).
For negated and hypothetical rows it passes when no asserted event has that code.
``tidings evaluate gold/sentences.tsv --task sentences`` reports the pass rate overall, per
CAMEO root and per construction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.evaluate.counts import ratio
from tidings.events.vocab import SYMMETRIC, SYMMETRIC_ROOTS
from tidings.model import Document, Event, Failure

HEADER = ["cameo", "source", "target", "construction", "sentence"]
CONSTRUCTIONS = ("active", "passive", "nominal", "reported", "coordinated", "negated", "hypothetical")
ABSENT = ("negated", "hypothetical")  # rows whose event must NOT be produced as asserted
PUBLISHED = dt.date(2024, 3, 15)  # a fixed publication date: the suite's dates do not matter


@dataclass(frozen=True)
class Row:
    line: int
    cameo: str
    source: str | None
    target: str | None
    construction: str
    sentence: str


def _bad(where: str, reason: str) -> TidingsError:
    return TidingsError("E016", where, where=where, reason=reason)


def read_sentences(path: str | Path) -> list[Row]:
    from tidings.events.codes import is_code

    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if not lines or lines[0].split("\t") != HEADER:
        raise _bad(f"{path}:1", "header must be " + "<TAB>".join(HEADER))
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        where = f"{path}:{n}"
        if len(cols) != len(HEADER):
            raise _bad(where, f"expected {len(HEADER)} tab-separated columns, got {len(cols)}")
        cameo, src, tgt, cons, text = (c.strip() for c in cols)
        if not is_code(cameo):
            raise _bad(where, f"unknown CAMEO code {cameo!r}")
        if cons not in CONSTRUCTIONS:
            raise _bad(where, f"construction {cons!r} is not one of {', '.join(CONSTRUCTIONS)}")
        if not src or not tgt or not text:
            raise _bad(where, "source, target and sentence must not be empty (use - for no actor)")
        rows.append(Row(n, cameo, None if src == "-" else src, None if tgt == "-" else tgt, cons, text))
    return rows


def asserted(ev: Event) -> bool:
    return not ev.negated and ev.modality in ("asserted", "future")


def symmetric(code: str) -> bool:
    """A code whose two sides act alike (consult, cooperate, agree, sign, ceasefire): its event
    matches the row's dyad in either direction, as gold/GUIDELINES.md asks of a harness
    ("Symmetric events ... a harness should accept either direction"). Visits, hosting and
    mediation have a direction."""
    return code in SYMMETRIC or (code[:2] in SYMMETRIC_ROOTS and code[:3] not in ("042", "043", "045"))


def passes(row: Row, events: Sequence[Event]) -> bool:
    same_code = [e for e in events if asserted(e) and e.cameo == row.cameo]
    if row.construction in ABSENT:
        return not same_code
    for e in same_code:
        target = e.target.code if e.target is not None else None
        if same_actor(e.source.code, row.source) and same_actor(target, row.target):
            return True
        if symmetric(row.cameo) and same_actor(target, row.source) and same_actor(e.source.code, row.target):
            return True
    return False


def same_actor(got: str | None, want: str | None) -> bool:
    """Equal CAMEO actor codes; a code with no country may be written with or without '---'."""

    def norm(c: str | None) -> str | None:
        return c[3:] if c and c.startswith("---") else c

    return norm(got) == norm(want)


@dataclass
class SuiteScores:
    total: int = 0
    passed: int = 0
    by_root: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_construction: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pass_rate(self) -> float:
        return ratio(self.passed, self.total)

    def as_dict(self) -> dict[str, Any]:
        def table(d: dict[str, list[int]]) -> dict[str, Any]:
            return {
                k: {"passed": v[0], "total": v[1], "pass_rate": round(ratio(*v), 4)}
                for k, v in sorted(d.items())
            }

        return {
            "sentences": self.total,
            "passed": self.passed,
            "pass_rate": round(self.pass_rate, 4),
            "by_root": table(self.by_root),
            "by_construction": table(self.by_construction),
            "failures": self.failures,
        }


def _describe(e: Event) -> str:
    target = e.target.code if e.target is not None else "-"
    flags = "" if asserted(e) else f" ({'negated' if e.negated else e.modality})"
    return f"{e.source.code or '-'}->{target or '-'} {e.cameo} {e.action.text!r}{flags}"


def score_suite(rows: Sequence[Row], docs: Sequence[Document | Failure]) -> SuiteScores:
    s = SuiteScores()
    for row, doc in zip(rows, docs, strict=True):
        events = [] if isinstance(doc, Failure) else list(doc.events)
        ok = passes(row, events)
        s.total += 1
        s.passed += ok
        for table, k in ((s.by_root, row.cameo[:2]), (s.by_construction, row.construction)):
            table[k][0] += ok
            table[k][1] += 1
        if not ok:
            s.failures.append(
                {
                    "line": row.line,
                    "cameo": row.cameo,
                    "source": row.source or "-",
                    "target": row.target or "-",
                    "construction": row.construction,
                    "sentence": row.sentence,
                    "got": [_describe(e) for e in events],
                }
            )
    return s


def run_suite(path: str | Path, pipeline: Any = None) -> SuiteScores:
    from tidings.evaluate.analyse import documents

    rows = read_sentences(path)
    gold = [{"id": f"s{r.line}", "text": r.sentence, "published": PUBLISHED.isoformat()} for r in rows]
    return score_suite(rows, documents(gold, pipeline))


def render_suite(s: SuiteScores, explain: bool = False) -> str:
    lines = [f"sentences {s.total}  passed {s.passed}  pass rate {s.pass_rate:.3f}", "", "per CAMEO root:"]
    d = s.as_dict()
    for k, v in d["by_root"].items():
        lines.append(f"  {k}  {v['passed']:>4}/{v['total']:<4} {v['pass_rate']:.3f}")
    lines.append("per construction:")
    for k, v in d["by_construction"].items():
        lines.append(f"  {k:<13} {v['passed']:>4}/{v['total']:<4} {v['pass_rate']:.3f}")
    if explain:
        lines.append(f"failures ({len(s.failures)}):")
        for f in s.failures:
            got = "; ".join(f["got"]) or "no event"
            lines.append(
                f"  line {f['line']} [{f['construction']}] want {f['source']}->{f['target']} {f['cameo']}: {f['sentence']}"
            )
            lines.append(f"      got {got}")
    return "\n".join(lines)
