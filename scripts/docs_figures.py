"""Write (or check) the generated blocks of docs/store.md from the code and from a real run.

    python scripts/docs_figures.py            # rewrite the blocks
    python scripts/docs_figures.py --check    # exit 1 when a block differs (make docs-figures-check)
    python scripts/docs_figures.py --only columns

Blocks sit between ``<!-- BEGIN name -->`` and ``<!-- END name -->``:
- ``columns``: the event row's fields (``tidings.query.rows.EVENT_FIELDS``), the one shape of
  the CLI exports, the web API and its CSV;
- ``wikinews``: what ingesting the two Wikinews CSVs of ../shared gives (documents, event
  mentions, events, asserted and not, dates by precision, events reported by several articles).
  This one runs the whole pipeline (a few minutes on two cores).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "store.md"
SHARED = Path(os.environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))


def columns_block() -> str:
    from tidings.query.rows import EVENT_FIELDS

    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{f.name}` | {f.type} | {f.doc.replace('|', '/')} |" for f in EVENT_FIELDS]
    return "\n".join(lines)


def wikinews_block() -> str:
    from tidings.run.ingest import ingest
    from tidings.store import Store

    paths = [SHARED / "corpora" / "wikinews" / f"wikinews_{y}.csv" for y in (2019, 2020)]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "wn.duckdb")
        ingest([str(p) for p in paths], db)
        with Store(db, read_only=True) as s:
            q = s.db.scalar
            docs = int(q("SELECT COUNT(*) FROM documents"))
            mentions = int(q("SELECT COUNT(*) FROM event_mentions"))
            events = int(q("SELECT COUNT(*) FROM events"))
            asserted = int(q("SELECT COUNT(*) FROM events WHERE asserted"))
            multi = int(q("SELECT COUNT(*) FROM events WHERE num_articles >= 2"))
            gran = dict(
                s.db.fetchall(
                    "SELECT COALESCE(date_granularity, 'none'), COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
                )
            )
            placed = int(q("SELECT COUNT(*) FROM events WHERE geonameid IS NOT NULL"))
    by_gran = ", ".join(f"{g} {n:,}" for g, n in gran.items())
    return (
        f"Ingesting the two Wikinews CSVs of ../shared ({docs:,} articles, 2019-2020) gives "
        f"{mentions:,} event mentions -> {events:,} events, of which {asserted:,} asserted "
        f"({events - asserted:,} negated, hypothetical, conditional, intended, obligation or denied); "
        f"dated by precision: {by_gran}; {placed:,} events have a place; {multi:,} are reported by "
        "two or more articles.\n"
        "(`python scripts/docs_figures.py --only wikinews` recomputes this paragraph; "
        "`make docs-figures-check` fails when it is stale.)"
    )


BLOCKS: dict[str, Callable[[], str]] = {"columns": columns_block, "wikinews": wikinews_block}


def render(text: str, names: list[str]) -> str:
    for name in names:
        pattern = re.compile(rf"(<!-- BEGIN {name} -->\n)(.*?)(\n<!-- END {name} -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"docs/store.md has no block {name!r}")
        body = BLOCKS[name]()
        text = pattern.sub(lambda m, body=body: m.group(1) + body + m.group(3), text)
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a block is out of date")
    ap.add_argument("--only", choices=sorted(BLOCKS), action="append", help="only these blocks")
    args = ap.parse_args(argv)
    names = args.only or list(BLOCKS)
    old = DOC.read_text(encoding="utf-8")
    new = render(old, names)
    if args.check:
        if new != old:
            print(
                f"docs/store.md: block(s) {', '.join(names)} out of date; run python scripts/docs_figures.py",
                file=sys.stderr,
            )
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
