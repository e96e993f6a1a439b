"""The places stage's share of pipeline time, and the index's load time (measurement only).

    python -m tidings.places.speed gold/events.jsonl [-n 40]

Runs every pipe of ``tidings.nlp.load()`` by hand over the first ``n`` dev articles of a
gold file and sums the CPU seconds (``time.process_time``) each pipe takes, the places
stage's first call included (it loads the index and the towns then). The index's load
time is measured in a fresh interpreter by ``python -m tidings.places.speed --load``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path


def stage_times(gold_path: Path, n: int = 40) -> tuple[dict[str, float], int]:
    """CPU seconds per pipe (and "make_doc") over the first ``n`` dev articles, and their tokens."""
    from tidings.ingest import article_from_text
    from tidings.model import Article
    from tidings.nlp import load
    from tidings.registrations import ensure_defaults

    lines = [json.loads(ln) for ln in gold_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    dev = [g for g in lines if g.get("split", "dev") == "dev"][:n]
    nlp = load()
    cost: dict[str, float] = {}
    tokens = 0
    for g in dev:
        pub = dt.date.fromisoformat(g["published"]) if g.get("published") else None
        article = article_from_text(g["text"], published=pub, id=g["id"])
        if not isinstance(article, Article):
            continue
        t = time.process_time()
        doc = nlp.make_doc(article.text)
        cost["make_doc"] = cost.get("make_doc", 0.0) + time.process_time() - t
        doc._.article = article
        ensure_defaults(doc)
        tokens += len(doc)
        for name, proc in nlp.pipeline:
            t = time.process_time()
            doc = proc(doc)
            cost[name] = cost.get(name, 0.0) + time.process_time() - t
    return cost, tokens


def load_times() -> dict[str, float]:
    """CPU and wall seconds to load the index, then the towns and demonyms (spaCy imported first)."""
    import spacy  # noqa: F401  (the pipeline has it imported before the places stage runs)

    from tidings.places.gazetteer import gazetteer

    cpu, wall = time.process_time(), time.perf_counter()
    gaz = gazetteer()
    index = (time.process_time() - cpu, time.perf_counter() - wall)
    gaz.lookup("Carrascal")  # a town of the towns file: loads it
    gaz.demonym("Russian")
    return {
        "index_cpu": round(index[0], 3),
        "index_wall": round(index[1], 3),
        "all_cpu": round(time.process_time() - cpu, 3),
        "all_wall": round(time.perf_counter() - wall, 3),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="places stage share of pipeline time; index load time")
    ap.add_argument("gold", type=Path, nargs="?", default=None)
    ap.add_argument("-n", type=int, default=40, help="dev articles to run (default 40)")
    ap.add_argument("--load", action="store_true", help="only time loading the index (fresh process)")
    args = ap.parse_args(argv)
    if args.load or args.gold is None:
        print(json.dumps(load_times()))
        return
    cost, tokens = stage_times(args.gold, args.n)
    total = sum(cost.values())
    print(f"{args.n} articles, {tokens} tokens, pipeline CPU {total:.2f} s")
    for name, seconds in sorted(cost.items(), key=lambda kv: -kv[1]):
        print(f"  {name:20s} {seconds:7.3f} s {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
