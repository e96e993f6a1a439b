"""Why rows of the codebook sentence suite fail (issue 15): each failure classed by cause,
with counts per cause, CAMEO root and construction.

    PYTHONHASHSEED=0 TIDINGS_SHARED=/work/shared PYTHONPATH=src \
        python scripts/suite_classes.py gold/sentences-suite.tsv [--cache /tmp/suite.pkl] [--list CAUSE]

Causes, for a row that fails: ``no event`` (nothing extracted), ``other root`` (events, none
with the row's root), ``other code`` (the root but not the code), ``wrong source`` /
``wrong target`` / ``wrong source and target`` (the code with other parties), ``not asserted``
(the code only negated or not asserted), and ``asserted`` for negated/hypothetical rows that got
the code asserted. The parsed Docs (up to the places stage) are kept in ``--cache`` so that
lexicon changes can be measured in seconds; the score is the suite's own
(``tidings.evaluate.sentences.passes``), without the learned filter.
"""

from __future__ import annotations

import argparse
import os
import pickle
from collections import Counter, defaultdict
from typing import Any

from tidings.evaluate.analyse import doc_upto
from tidings.evaluate.sentences import ABSENT, PUBLISHED, asserted, passes, read_sentences, same_actor
from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon
from tidings.registrations import register


def cause(row: Any, events: list[Any]) -> str:
    if row.construction in ABSENT:
        return "asserted"
    if not events:
        return "no event"
    same = [e for e in events if e.cameo == row.cameo]
    if not same:
        return "other code" if any(e.cameo[:2] == row.cameo[:2] for e in events) else "other root"
    live = [e for e in same if asserted(e)]
    if not live:
        return "not asserted"
    src = any(same_actor(e.source.code, row.source) for e in live)
    tgt = any(same_actor(e.target.code if e.target else None, row.target) for e in live)
    return "wrong target" if src else "wrong source" if tgt else "wrong source and target"


def describe(e: Any) -> str:
    t = e.target.code if e.target is not None else "-"
    flag = "" if asserted(e) else " (not asserted)"
    return f"{e.source.code or '-'}->{t or '-'} {e.cameo} {e.action.text!r}{flag}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("suite")
    ap.add_argument("--cache", help="pickle of the parsed Docs (written when missing)")
    ap.add_argument("--list", help="print the failures of this cause ('all' for every one)")
    ap.add_argument("--root", help="only rows of this CAMEO root (with --list)")
    args = ap.parse_args()
    register()
    rows = read_sentences(args.suite)
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as fh:
            docs = pickle.load(fh)
    else:
        from tidings.pipeline import Pipeline

        nlp = Pipeline().nlp
        gold = [{"id": f"s{r.line}", "text": r.sentence, "published": PUBLISHED.isoformat()} for r in rows]
        docs = [doc_upto(nlp, g, stop="tidings_places") for g in gold]
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(docs, fh)
    lex = load_lexicon((), True)
    causes: Counter[str] = Counter()
    by_root: dict[str, Counter[str]] = defaultdict(Counter)
    by_cons: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    roots: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    passed = 0
    for row, doc in zip(rows, docs, strict=True):
        events = find_events(doc, lex)
        ok = passes(row, events)
        passed += ok
        for table, k in ((by_cons, row.construction), (roots, row.cameo[:2])):
            table[k][0] += ok
            table[k][1] += 1
        if ok:
            continue
        c = cause(row, events)
        causes[c] += 1
        by_root[row.cameo[:2]][c] += 1
        if args.list in (c, "all") and (not args.root or row.cameo.startswith(args.root)):
            got = "; ".join(describe(e) for e in events) or "no event"
            print(f"{row.line} [{row.construction}] {row.cameo} {row.source}->{row.target}: {row.sentence}")
            print(f"    {c}: {got}")
    print(f"passed {passed}/{len(rows)} = {passed / len(rows):.3f}")
    print("causes: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    print("per construction: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_cons.items())))
    for k in sorted(roots):
        detail = ", ".join(f"{c} {n}" for c, n in by_root[k].most_common())
        print(f"  {k} {roots[k][0]:>3}/{roots[k][1]:<3} {detail}")


if __name__ == "__main__":
    main()
