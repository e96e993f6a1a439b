"""Why gold events have no extracted event in their sentence (issue 15): one line per such
gold event and a table of causes.

    PYTHONHASHSEED=0 TIDINGS_SHARED=/work/shared PYTHONPATH=src \
        python scripts/events_missing.py gold/events.jsonl --split dev [--cache /tmp/dev.pkl]

For each gold event whose sentence holds no counted extracted event, the words of its gold
``trigger`` are looked up in the sentence and the one that got furthest through extraction
is classed: no lexicon entry / entry but no match (its patterns' required words are not in
the clause) / matched but no source (the roles found none, an unresolved pronoun, an event
noun with no coded party) / deferred to a complement / dropped by a precision rule
(``describes``, ``one_sided_aside``) / not asserted. It wraps three ``Extractor`` methods to
record what happened to each trigger, and repeats ``find_events``' loop with a record of
each rule. ``--cache`` keeps the parsed Docs (up to the places stage) between runs.
"""

from __future__ import annotations

import argparse
import os
import pickle
from collections import Counter
from typing import Any

from tidings.evaluate.analyse import doc_upto
from tidings.evaluate.events import counted, event_key_dict, render_table, score
from tidings.evaluate.gold import read_gold
from tidings.events import extract as X
from tidings.events.lexicon import load_lexicon
from tidings.events.matching import match_pattern
from tidings.events.merging import merge_mentions
from tidings.events.modality import negated as is_negated
from tidings.events.precision import describes, one_sided_aside
from tidings.events.records import records
from tidings.registrations import register

TRACE: dict[int, list[str]] = {}
_code_token, _known, _defer = (
    X.Extractor.code_token,
    X.Extractor.known_sources,
    X.Extractor.defers_to_complement,
)


def code_token(self, tok, plist, consumed):  # type: ignore[no-untyped-def]
    TRACE[tok.i] = ["entered"]
    f = _code_token(self, tok, plist, consumed)
    TRACE[tok.i].append("found" if f is not None else "none")
    return f


def known(self, tok, is_verb, sources, targets):  # type: ignore[no-untyped-def]
    out = _known(self, tok, is_verb, sources, targets)
    if not out:
        srcs = [s.text for s in sources if s is not None]
        tgts = [t.text for t in targets if t is not None]
        why = (
            "no source from roles"
            if not srcs
            else ("unresolved pronoun" if is_verb else "noun: no coded party")
        )
        TRACE.setdefault(tok.i, []).append(f"{why} [src={srcs} tgt={tgts}]")
    return out


def defer(self, tok, pattern):  # type: ignore[no-untyped-def]
    r = _defer(self, tok, pattern)
    if r:
        TRACE.setdefault(tok.i, []).append("deferred to complement")
    return r


def run(doc: Any, lex: Any) -> tuple[Any, dict[int, str], dict[int, int], list[Any]]:
    """find_events with a record of what became of each trigger."""
    from tidings.events.place import location_country
    from tidings.places import event_location
    from tidings.times import event_date

    TRACE.clear()
    ex = X.Extractor(doc, lex)
    fate: dict[int, str] = {}
    consumed_by: dict[int, int] = {}
    events: list[Any] = []
    seen: set[tuple[object, ...]] = set()
    for si, sent in enumerate(doc.sents):
        if lex.sentence_discards and lex.discards_sentence(sent.text):
            continue
        for f in ex.sentence(sent):
            for t in f.matched:
                consumed_by.setdefault(t.i, f.trigger.i)
            ti = sorted({f.trigger.i, *(t.i for t in f.extra_tokens), *(t.i for t in f.matched)})
            location = event_location(doc, si, ti)
            where = (event_date(doc, si, ti), location, location_country(doc, f.trigger, location, sent))
            recs = records(doc, f, si, sent, where, seen)
            kept = [] if describes(f.trigger, lex) else [e for e in recs if not one_sided_aside(f, e)]
            if not recs:
                fate[f.trigger.i] = "records: none"
            elif describes(f.trigger, lex):
                fate[f.trigger.i] = "dropped: describes"
            elif not kept:
                fate[f.trigger.i] = f"dropped: one_sided_aside (rule {f.rule}, {f.trigger.dep_})"
            elif not any(e.asserted for e in kept):
                fate[f.trigger.i] = f"not asserted ({kept[0].modality}, negated {kept[0].negated})"
            else:
                fate[f.trigger.i] = "event"
            events.extend(kept)
    return ex, fate, consumed_by, merge_mentions(events)


def token_class(
    ex: Any, lex: Any, t: Any, fate: dict[int, str], consumed_by: dict[int, int]
) -> tuple[int, str]:
    if t.i in fate:
        return 5, fate[t.i]
    if t.i in consumed_by and consumed_by[t.i] != t.i:
        return 4, f"consumed by {t.doc[consumed_by[t.i]].text!r}"
    if t.i in TRACE and len(TRACE[t.i]) > 2:
        return 3, "matched, " + "; ".join(x for x in TRACE[t.i] if x not in ("entered", "none"))
    if t.pos_ not in ("VERB", "NOUN", "PROPN"):
        return 0, f"trigger not VERB/NOUN ({t.pos_})"
    cands = ex.candidates(t)
    if not cands:
        return 1, "no lexicon entry"
    hit = match_pattern(t, cands, is_negated(t), ex.actor_at)
    if hit is None:
        return 2, f"entry but no match [{' | '.join(p.entry for p in cands[:3])}]"
    if hit[0].code is None:
        return 2, f"blocker entry [{hit[0].entry}]"
    return 3, f"matched, not coded [{hit[0].entry}]"


def coarse(c: str) -> str:
    for k in (
        "matched, no source from roles",
        "matched, unresolved pronoun",
        "matched, noun: no coded party",
    ):
        if c.startswith(k):
            return k
    if c.startswith("consumed by"):
        return "consumed by another trigger's pattern"
    return c.split(" [")[0].split(" (")[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--cache", help="pickle of the parsed Docs (written when missing)")
    args = ap.parse_args()
    register()
    X.Extractor.code_token, X.Extractor.known_sources = code_token, known  # type: ignore[method-assign]
    X.Extractor.defers_to_complement = defer  # type: ignore[method-assign]
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
    table: Counter[str] = Counter()
    scored = []
    for r, doc in zip(rows, docs, strict=True):
        ex, fate, consumed_by, evs = run(doc, lex)
        scored.append((str(r.get("id")), r["events"], [event_key_dict(e) for e in evs if counted(e)]))
        with_event = {e.sentence for e in evs if e.asserted}
        sents = list(doc.sents)
        for g in r["events"]:
            at = doc.text.find(g.get("sentence") or "\x00")
            si = next((i for i, s in enumerate(sents) if s.start_char <= at < s.end_char), None)
            if si is None or si in with_event:
                continue
            words = (g.get("trigger") or "").lower().split()
            toks = [t for t in sents[si] if t.lower_ in words or t.lemma_.lower() in words]
            best = max((token_class(ex, lex, t, fate, consumed_by) + (t,) for t in toks), default=None)
            cls, where = (best[1], best[2].text) if best else ("trigger not found", "-")
            table[coarse(cls)] += 1
            src, tgt = g.get("source_code") or g.get("source"), g.get("target_code") or g.get("target")
            print(f"{r['id']:<14} {g.get('cameo'):<5} {src}->{tgt} {g.get('trigger')!r} [{where}] {cls}")
    print()
    for k, v in table.most_common():
        print(f"{v:4} {k}")
    print(f"{sum(table.values()):4} gold events with no event in their sentence\n")
    print(render_table(score(scored)))


if __name__ == "__main__":
    main()
