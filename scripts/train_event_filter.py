"""Train the learned event filter from the dev gold and write its data file.

    PYTHONHASHSEED=0 TIDINGS_SHARED=../shared PYTHONPATH=src python scripts/train_event_filter.py

Runs tidings' extraction with the filter off on the dev splits of ``gold/events.jsonl`` (dev, dev3, dev4 by default; never
the held-out split), labels each counted event by whether it pairs with a gold event of its
own sentence on source country, target country and CAMEO root (the headline key: an event
with the right action but the wrong parties is wrong event data), cross-validates by article (k folds; the threshold chosen on
the pooled out-of-fold scores, and an honest nested estimate where each outer fold's threshold
comes from the other folds only), fits the final model on all dev articles and writes
``src/tidings/data/events/event_filter.tsv``. ``--check`` prints the figures and writes nothing.
Deterministic: the same gold and rules give the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "tidings" / "data" / "events" / "event_filter.tsv"


def analysed(rows: list[dict[str, Any]]) -> list[Any]:
    """The spaCy Docs of the gold rows through the whole pipeline, with the filter off."""
    from tidings.evaluate.analyse import article_for
    from tidings.events.learned import ENV
    from tidings.nlp import DEFAULT_MODEL, load

    os.environ[ENV] = "off"
    nlp = load(DEFAULT_MODEL)
    docs = []
    for i, r in enumerate(rows):
        article = article_for(r, i)
        doc = nlp.make_doc(article.text)
        doc._.article = article
        doc._.skip_coding = False
        docs.append(doc)
    return list(nlp.pipe(docs, batch_size=16))


def line(tag: str, s: Any) -> str:
    d, r = s.fields["dyad_root"], s.fields["root"]
    return (
        f"{tag:<34} events {s.predicted_events:4}  dyad+root P {d.precision:.3f} R {d.recall:.3f} "
        f"F1 {d.f1:.3f}  root P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "events.jsonl"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=30.0)
    ap.add_argument("--label", choices=("root", "dyad_root"), default="dyad_root")
    ap.add_argument("--check", action="store_true", help="print the cross-validated figures only")
    ap.add_argument(
        "--splits", default="dev,dev3,dev4", help="comma-separated dev splits to train on (never heldout)"
    )
    args = ap.parse_args(argv)
    splits = [s for s in args.splits.split(",") if s]
    if "heldout" in splits:
        ap.error("the held-out split is for measuring only")

    from tidings.evaluate.gold import read_gold
    from tidings.events.learned import LearnedFilter
    from tidings.events.learned_fit import (
        best_threshold,
        fit,
        gold_article,
        nested_cv,
        out_of_fold,
        scores_at,
        training_rows,
    )

    t0 = time.time()
    rows = [r for s in splits for r in read_gold(args.gold, "events", s)]
    docs = analysed(rows)
    articles = [gold_article(str(r.get("id")), r["events"], d) for r, d in zip(rows, docs, strict=True)]
    cands = [c for a in articles for c in a.candidates]
    print(
        f"{len(rows)} dev articles ({', '.join(splits)}), {len(cands)} counted events ({time.time() - t0:.0f} s)"
    )
    keep_all = [[1.0] * len(a.candidates) for a in articles]
    rules = scores_at(articles, keep_all, 0.5)
    oof = out_of_fold(articles, args.folds, args.label, args.l2)
    threshold = best_threshold(articles, oof)
    pooled = scores_at(articles, oof, threshold)
    nested, chosen = nested_cv(articles, args.folds, args.label, args.l2)
    report = [
        line("rules alone", rules),
        line(f"filter, CV, threshold {threshold}", pooled),
        line(f"filter, nested CV ({', '.join(map(str, chosen))})", nested),
    ]
    print("\n".join(report))
    if args.check:
        return 0
    weights = fit(*training_rows(articles, args.label), l2=args.l2)
    meta = {
        "source": f"tidings' own annotations: {Path(args.gold).name}, dev splits only ({', '.join(splits)}: {len(rows)} articles, "
        f"{len(cands)} rule-extracted events labelled by {args.label} match with a gold event of their sentence)",
        "licence": "our own annotations and weights, under the project's licence",
        "command": "PYTHONHASHSEED=0 TIDINGS_SHARED=../shared PYTHONPATH=src python scripts/train_event_filter.py"
        + (f" --label {args.label}" if args.label != "dyad_root" else "")
        + (f" --l2 {args.l2}" if args.l2 != 30.0 else "")
        + (f" --splits {args.splits}" if args.splits != "dev,dev3,dev4" else ""),
        "trained": dt.date.today().isoformat(),
        "model": f"logistic regression, L2 {args.l2}, features seen twice or more; "
        f"threshold chosen by {args.folds}-fold CV by article (dyad+root F1 + root F1)",
        **{f"cv {i}": r for i, r in enumerate(report)},
    }
    learned = LearnedFilter(weights=weights, threshold=threshold, name="event_filter v1", meta=meta)
    Path(args.out).write_text(learned.dumps(), encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, threshold {threshold} ({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
