"""PETRARCH-2's unit-test suite coded by tidings from the raw <Text> of each record.

``run_suite(shared)`` codes the 284 records of ``PETR.UnitTest.records.xml`` with the four
dictionaries of the suite alone (``default_dictionaries=False``) and tidings' own spaCy
parse (the records' gold constituency parses are not used), and compares each expected
EventCoding (source, target, event code) exactly. A miss is classed:

- ``actors``: the expected source or target code is not among the sentence's coded
  actors (actor/agent dictionary semantics: compounds, agents, dates);
- ``parse``: the expected code was found but between other actors (roles off the parse),
  or the verb the expected event hangs on is not a verb in spaCy's parse;
- ``verbs``: the actors are there but no event with the expected code (verb dictionary
  semantics: the pattern did not match, or another one won).

Run ``python -m tests.events.petrarch_suite`` for the per-category table.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SUITE = ("corpora", "petrarch2-unittest")
FILES = (
    "PETR.Validate.verbs.txt",
    "PETR.Validate.actors.txt",
    "PETR.Validate.agents.txt",
    "PETR.Validate.discards.txt",
)


@dataclass
class Record:
    id: str
    category: str
    date: dt.date
    text: str
    expected: list[tuple[str, str, str]]  # (source, target, code); [] = "no events"
    require_dyad: bool = True  # the suite's <Config option="require_dyad"> in force


@dataclass
class Result:
    record: Record
    coded: list[tuple[str, str, str]]
    actors: set[str]
    verbs: set[str]
    misses: list[tuple[tuple[str, str, str], str]] = field(default_factory=list)

    @property
    def no_event_right(self) -> bool:
        return not self.record.expected and not self.coded


def read_records(path: Path) -> list[Record]:
    out = []
    dyad = True
    for s in ET.parse(path).getroot().iter():
        if s.tag == "Config" and s.get("option") == "require_dyad":
            dyad = (s.get("value") or "").lower() != "false"
        if s.tag != "Sentence":
            continue
        text = " ".join((s.findtext("Text") or "").split())
        exp = []
        ecs = s.findall("EventCoding")
        if any(ec.get("error") == "bad_input_parse" for ec in ecs):
            continue  # tests of a malformed gold parse: tidings does not read the parses
        for ec in ecs:
            if ec.get("noevents") or ec.get("error"):  # no events; discarded; dateline
                continue
            exp.append(
                (
                    _norm(ec.get("sourcecode", "").upper()),
                    _norm(ec.get("targetcode", "").upper()),
                    ec.get("eventcode", "").upper(),
                )
            )
        d = s.get("date", "19950101")
        out.append(
            Record(
                s.get("id", ""),
                s.get("category", ""),
                dt.date(int(d[:4]), int(d[4:6]), int(d[6:8])),
                text,
                exp,
                dyad,
            )
        )
    return out


def _code(p) -> str:  # type: ignore[no-untyped-def]
    return ((p.code or p.country or "") if p is not None else "").upper()


def _norm(code: str) -> str:
    """PETRARCH writes an agent without a country as ``---GOV`` and no actor as ``---``."""
    return code[3:] if code.startswith("---") else code


def run_suite(shared: Path, pipeline=None) -> list[Result]:  # type: ignore[no-untyped-def]
    from tidings.events import petrarch_roles
    from tidings.ingest import article_from_text
    from tidings.pipeline import Pipeline

    base = shared.joinpath(*SUITE)
    records = read_records(base / "PETR.UnitTest.records.xml")
    pipe = pipeline or Pipeline(dictionaries=[str(base / f) for f in FILES], default_dictionaries=False)
    docs = {}
    for dyad in (True, False):  # PETRARCH's require_dyad option, as the suite sets it
        group = [i for i, r in enumerate(records) if r.require_dyad is dyad]
        arts = [
            article_from_text(records[i].text, published=records[i].date, id=records[i].id) for i in group
        ]
        petrarch_roles.REQUIRE_DYAD = dyad
        try:
            docs.update(zip(group, pipe.process(arts), strict=True))
        finally:
            petrarch_roles.REQUIRE_DYAD = True
    results = []
    for i, rec in enumerate(records):
        doc = docs[i]
        # a compound actor (LORIEN [ELR/GAL]) is one party whose code lists its members;
        # PETRARCH writes one coding per member
        coded = [
            (s, t, e.cameo.upper())
            for e in doc.events
            for s in _code(e.source).split("/")
            for t in _code(e.target).split("/")
        ]
        actors = {c for a in doc.actors if getattr(a, "code", None) for c in a.code.upper().split("/")}
        actors |= {c for s, t, _ in coded for c in (s, t) if c}
        verbs = {e.cameo.upper() for e in doc.events}
        res = Result(rec, coded, actors, verbs)
        left = list(coded)
        for exp in rec.expected:
            if exp in left:
                left.remove(exp)
                continue
            src, tgt, code = exp
            if not ({src, tgt} - {""}) <= actors:
                why = "actors"
            elif code in verbs:
                why = "parse"
            else:
                why = "verbs"
            res.misses.append((exp, why))
        results.append(res)
    return results


def summary(results: list[Result]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = defaultdict(Counter)  # type: ignore[arg-type]
    for r in results:
        row = table[r.record.category]
        row["records"] += 1
        row["codings"] += len(r.record.expected)
        row["exact"] += len(r.record.expected) - len(r.misses)
        row["no_event"] += not r.record.expected
        row["no_event_right"] += r.no_event_right
        for _, why in r.misses:
            row[why] += 1
    total: Counter[str] = Counter()
    for row in table.values():
        total.update(row)
    table["ALL"] = total
    return {k: dict(v) for k, v in table.items()}


def main() -> None:
    from tests.conftest import SHARED

    results = run_suite(SHARED)
    table = summary(results)
    cols = ["records", "codings", "exact", "no_event", "no_event_right", "actors", "parse", "verbs"]
    print("category".ljust(10), *(c.rjust(8) for c in cols), "exact%".rjust(8))
    for cat in sorted(table, key=lambda c: (c == "ALL", c)):
        row = table[cat]
        share = row.get("exact", 0) / row["codings"] if row.get("codings") else 1.0
        print(cat.ljust(10), *(str(row.get(c, 0)).rjust(8) for c in cols), f"{share:8.3f}")
    import sys

    if "-v" in sys.argv:
        for r in results:
            if r.misses or (not r.record.expected and r.coded):
                print(
                    r.record.id,
                    r.record.text[:110],
                    "| want",
                    r.record.expected,
                    "| got",
                    r.coded,
                    "| misses",
                    [w for _, w in r.misses],
                )


if __name__ == "__main__":
    main()
