"""tidings benchmarks, all measured in one run on the same texts (``make bench``).

(a) a bare spaCy ``nlp.pipe`` parse of the texts, (b) the full tidings extract, (c) ingest
into DuckDB (and PostgreSQL when bench/ingest_bench.py finds a server); words/s and
articles/s and the ratio (b)/(a); peak memory of a streaming extract over 1x and 4x the
corpus; wall time with 2 workers vs 1; start-up time of ``tidings extract`` on one short
article. Corpus: the Wikinews CSVs in ../shared (219k words, 294 articles), repeated to
reach at least --min-words. Results are printed and written to bench/results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))
CORPUS = [
    SHARED / "corpora" / "wikinews" / "wikinews_2019.csv",
    SHARED / "corpora" / "wikinews" / "wikinews_2020.csv",
]


def load_articles(repeat: int = 1) -> list:
    from tidings.ingest import read
    from tidings.model import Article

    base = [a for a in read(CORPUS) if isinstance(a, Article)]
    out = []
    for r in range(repeat):
        for a in base:
            out.append(a if r == 0 else a.model_copy(update={"id": f"{a.id}-{r}"}))
    return out


def words(articles: list) -> int:
    return sum(len(a.text.split()) for a in articles)


def bench_parse_vs_extract(
    articles: list, model: str, rounds: int = 4
) -> tuple[float, float, dict[str, int]]:
    """(a) bare ``nlp.pipe`` and (b) full extract, interleaved: the corpus is cut into
    ``rounds`` slices and each slice is timed with (a) then (b), so a change in machine load
    during the run affects both sides alike and the ratio stays meaningful."""
    import spacy

    from tidings.pipeline import Pipeline

    nlp = spacy.load(model)
    p = Pipeline()
    list(nlp.pipe([articles[0].text]))  # warm-up, not timed
    list(p.process(articles[:1]))
    counts = {"events": 0, "actors": 0, "quotes": 0, "times": 0, "places": 0, "failures": 0}
    bare = full = 0.0
    step = -(-len(articles) // rounds)
    for k in range(0, len(articles), step):
        part = articles[k : k + step]
        t = time.perf_counter()
        for _ in nlp.pipe((a.text for a in part), batch_size=32):
            pass
        bare += time.perf_counter() - t
        t = time.perf_counter()
        for d in p.process(part):
            if not hasattr(d, "events"):
                counts["failures"] += 1
                continue
            for key in ("events", "actors", "quotes", "times", "places"):
                counts[key] += len(getattr(d, key))
        full += time.perf_counter() - t
    return bare, full, counts


def memory_child(repeat: int) -> None:
    """Run in a subprocess: stream ``repeat`` x the corpus through extract; print peak RSS."""
    from tidings.ingest import read
    from tidings.model import Article
    from tidings.pipeline import Pipeline

    def stream():
        for r in range(repeat):
            for a in read(CORPUS):  # re-read each time: nothing is held in memory
                if isinstance(a, Article):
                    yield a.model_copy(update={"id": f"{a.id}-{r}"})

    n = 0
    for _ in Pipeline().process(stream()):
        n += 1
    print(
        json.dumps({"documents": n, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
    )


def bench_memory(repeat: int) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(repeat)], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def bench_workers(articles: list, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process and its worker processes, model loads included)."""
    from tidings.run import process_parallel

    c, t = _cpu(), time.perf_counter()
    for _ in process_parallel(iter(articles), workers):
        pass
    return time.perf_counter() - t, _cpu() - c


def workers_figures(articles: list) -> dict:
    """2 workers vs 1. On a shared machine the wall-clock speed-up is capped by the CPU the
    others leave us, so the CPU seconds are reported too: when 2 workers spend about the
    same CPU as 1, the parallel run itself costs nothing extra."""
    la = os.getloadavg()[0]
    (w1, c1), (w2, c2) = bench_workers(articles, 1), bench_workers(articles, 2)
    return {
        "articles": len(articles),
        "load_avg_before": round(la, 2),
        "1_seconds": round(w1, 2),
        "1_cpu_seconds": round(c1, 2),
        "2_seconds": round(w2, 2),
        "2_cpu_seconds": round(c2, 2),
        "speedup": round(w1 / w2, 2),
        "cpu_overhead": round(c2 / c1 - 1, 3),
    }


def bench_startup(runs: int = 5) -> dict:
    """``tidings extract`` on one short article, ``runs`` times: wall and CPU (user+sys) seconds."""
    text = "BAGHDAD (Reuters) - Iraq's foreign minister met his Iranian counterpart in Baghdad on Sunday."
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "tidings", "extract", "--date", "2022-10-16", "-"],
            input=text.encode(),
            capture_output=True,
            check=True,
        )
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    walls.sort()
    cpus.sort()
    return {
        "runs": runs,
        "wall_min": round(walls[0], 2),
        "wall_median": round(walls[runs // 2], 2),
        "cpu_median": round(cpus[runs // 2], 2),
    }


def bench_ingest() -> dict | None:
    script = ROOT / "bench" / "ingest_bench.py"
    if not script.exists():
        return None
    proc = subprocess.run([sys.executable, str(script), "--json"], capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip()[-500:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-words", type=int, default=100_000)
    ap.add_argument("--memory-child", type=int)
    ap.add_argument("--quick", action="store_true", help="skip memory, workers and ingest")
    ap.add_argument(
        "--workers-only", type=int, metavar="N", help="only 2 workers vs 1, on the first N articles"
    )
    args = ap.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    if args.workers_only:
        print(json.dumps(workers_figures(load_articles()[: args.workers_only]), indent=1))
        return
    from tidings.nlp import DEFAULT_MODEL

    articles = load_articles()
    while words(articles) < args.min_words:
        articles = articles + load_articles()[: len(articles)]
    n_words, n_docs = words(articles), len(articles)
    res: dict = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "load_avg_start": round(os.getloadavg()[0], 2),
        "articles": n_docs,
        "words": n_words,
    }
    bare, full, counts = bench_parse_vs_extract(articles, DEFAULT_MODEL)
    res["bare_parse"] = {
        "seconds": round(bare, 2),
        "words_per_s": round(n_words / bare),
        "articles_per_s": round(n_docs / bare, 1),
    }
    res["full_extract"] = {
        "seconds": round(full, 2),
        "words_per_s": round(n_words / full),
        "articles_per_s": round(n_docs / full, 1),
        **counts,
    }
    res["ratio_full_vs_bare"] = round(bare / full, 3)
    if not args.quick:
        m1, m4 = bench_memory(1), bench_memory(4)
        res["memory"] = {
            "1x_peak_mb": round(m1["peak_rss_mb"]),
            "4x_peak_mb": round(m4["peak_rss_mb"]),
            "growth": round(m4["peak_rss_mb"] / m1["peak_rss_mb"] - 1, 3),
        }
        res["workers"] = workers_figures(articles)
        res["ingest"] = bench_ingest()
    res["startup"] = bench_startup()
    res["load_avg_end"] = round(os.getloadavg()[0], 2)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(res, indent=1))
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
