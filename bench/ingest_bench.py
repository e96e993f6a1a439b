"""Ingest throughput of the store on DuckDB and PostgreSQL (the writing side of ``tidings ingest``).

Analyses --articles Wikinews articles once with the real pipeline, then stores --copies
copies of them (each copy a distinct document: new id and content hash, so the event
deduplication merges reports across copies, as it would for several outlets) in batches of
--batch-size, one transaction each. Reports documents/s and table rows/s for a first ingest
and for a repeated ingest (every document already stored), per backend.
PostgreSQL: --pg-url, or a throwaway cluster from the Debian package when none is given.

    python bench/ingest_bench.py [--articles 60] [--copies 5] [--json]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"


def documents(n: int, copies: int) -> tuple[list, float]:
    from tidings.ingest import article_from_text
    from tidings.model import Document
    from tidings.pipeline import Pipeline

    with CORPUS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[:n]
    articles = [
        article_from_text(r["text"], published=r["date"], title=r["title"], url=r["url"]) for r in rows
    ]
    pipe = Pipeline()
    _ = pipe.nlp
    t = time.perf_counter()
    base = [d for d in pipe.process(articles) if isinstance(d, Document)]
    analysed = time.perf_counter() - t
    out = []
    for c in range(copies):
        for d in base:
            h = hashlib.sha256(f"{c}:{d.content_hash}".encode()).hexdigest()
            out.append(
                d
                if c == 0
                else d.model_copy(
                    update={
                        "id": f"{d.id}-{c}",
                        "content_hash": h,
                        "url": f"{d.url}#copy{c}",
                        "source": f"outlet{c}",
                    }
                )
            )
    return out, analysed


def bench(url: str, docs: list, batch_size: int) -> dict:
    from tidings.store import Store

    with Store(url) as s:
        run = s.start_run("bench")
        t = time.perf_counter()
        for i in range(0, len(docs), batch_size):
            s.write(docs[i : i + batch_size], run)
        first = time.perf_counter() - t
        counts = s.counts()
        t = time.perf_counter()
        for i in range(0, len(docs), batch_size):
            s.write(docs[i : i + batch_size], run)
        again = time.perf_counter() - t
        rows = sum(v for k, v in counts.items() if k != "runs")
    return {
        "documents": counts["documents"],
        "rows": rows,
        "event_mentions": counts["event_mentions"],
        "events": counts["events"],
        "seconds": round(first, 3),
        "docs_per_s": round(len(docs) / first, 1),
        "rows_per_s": round(rows / first),
        "repeat_seconds": round(again, 3),
        "repeat_docs_per_s": round(len(docs) / again, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--pg-url", default=os.environ.get("TIDINGS_BENCH_PG"))
    ap.add_argument("--json", action="store_true", help="print one JSON line (for bench/run.py)")
    args = ap.parse_args()

    docs, analysed = documents(args.articles, args.copies)
    res: dict = {
        "articles": args.articles,
        "copies": args.copies,
        "documents": len(docs),
        "batch_size": args.batch_size,
        "analysis_seconds": round(analysed, 2),
    }
    from tidings.store import Store

    with Store(":memory:") as warm:  # first use imports pyarrow (and pandas): not part of the figures
        warm.write(docs[:16], warm.start_run("warm-up"))
    with tempfile.TemporaryDirectory() as tmp:
        res["duckdb"] = bench(str(Path(tmp) / "bench.duckdb"), docs, args.batch_size)
    try:
        if args.pg_url:
            res["postgresql"] = bench(args.pg_url, docs, args.batch_size)
        else:
            from tidings.store.pgtemp import TempCluster

            with TempCluster() as url:
                res["postgresql"] = bench(url, docs, args.batch_size)
    except Exception as e:  # no server here: report it, the DuckDB figures still stand
        res["postgresql"] = {"error": f"{type(e).__name__}: {e}"[:500]}
    if args.json:
        print(json.dumps(res))
        return
    for name in ("duckdb", "postgresql"):
        r = res[name]
        if "error" in r:
            print(f"{name:10s} {r['error']}", file=sys.stderr)
            continue
        print(
            f"{name:10s} {r['documents']} docs, {r['rows']} rows in {r['seconds']} s: {r['docs_per_s']} docs/s, "
            f"{r['rows_per_s']} rows/s; {r['events']} events from {r['event_mentions']} mentions; "
            f"repeat (all stored) {r['repeat_docs_per_s']} docs/s"
        )


if __name__ == "__main__":
    main()
