"""The roles side of the events score (issue 15): dev figures and near misses from cached Docs.

    PYTHONHASHSEED=0 TIDINGS_SHARED=/work/shared PYTHONPATH=src \
        python scripts/events_roles.py gold/events.jsonl --split dev --cache /tmp/dev.pkl [--show CLASS]

Runs ``find_events`` on Docs parsed up to the places stage (the ``--cache`` pickle that
``scripts/events_missing.py`` writes; parsed here when missing), scores them like
``tidings evaluate`` (learned filter off, its default) and prints the class table of
``--explain``. ``--show "target missing"`` also prints each gold event of that class with its
sentence and the extracted events there, to read why the parties went wrong.
"""

from __future__ import annotations

import argparse
import os
import pickle
from collections import Counter
from types import SimpleNamespace
from typing import Any

from tidings.evaluate.analyse import doc_upto
from tidings.evaluate.events import counted, event_key_dict, render_table, score
from tidings.evaluate.explain import Explained, explain_document
from tidings.evaluate.gold import read_gold
from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon
from tidings.model import Document
from tidings.registrations import register


def shim(doc: Any, events: list[Any]) -> Any:
    """What ``explain_document`` reads of a Document: text, sentences, events."""
    sents = [SimpleNamespace(start=s.start_char, end=s.end_char, index=i) for i, s in enumerate(doc.sents)]
    return SimpleNamespace(text=doc.text, sentences=sents, events=events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--cache", help="pickle of the parsed Docs (written when missing)")
    ap.add_argument("--show", action="append", default=[], help="print the gold events of this class")
    args = ap.parse_args()
    register()
    rows = read_gold(args.gold, "events", args.split)
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as fh:
            docs = pickle.load(fh)
    else:
        from tidings.pipeline import Pipeline

        nlp = Pipeline().nlp
        docs = [doc_upto(nlp, r, stop="tidings_places") for r in rows]
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(docs, fh)
    lex = load_lexicon((), True)
    out = Explained()
    scored = []
    for r, doc in zip(rows, docs, strict=True):
        evs = find_events(doc, lex)
        scored.append((str(r.get("id")), r["events"], [event_key_dict(e) for e in evs if counted(e)]))
        before = len(out.gold)
        explain_document(str(r.get("id")), r["events"], shim(doc, evs), out)  # type: ignore[arg-type]
        sents = list(doc.sents)
        for row in out.gold[before:]:
            if row["class"] in args.show and row["sentence"] is not None:
                print(f"{row['id']} s{row['sentence']} [{row['class']}] gold {row['gold']}")
                print(f"    got {'; '.join(row['got']) or '-'}")
                print(f"    | {sents[row['sentence']].text.strip()}")
    for row in out.extra:
        if row["class"] in args.show:
            print(f"{row['id']} s{row['sentence']} [{row['class']}] {row['event']}")
    c = out.counts()
    print(f"\ngold event classes ({len(out.gold)}):")
    for cls, n in c["gold"].items():
        print(f"  {cls:<26} {n:>5}")
    extra = Counter(r["class"] for r in out.extra)
    print(f"unpaired extracted events ({len(out.extra)}): " + ", ".join(f"{k} {v}" for k, v in extra.items()))
    print(render_table(score(scored)))


if __name__ == "__main__":
    _ = Document  # the shape shim() stands in for
    main()
