"""Measure the actors stage (issue 14): actor-gold accuracy, event-party countries, stage time.

    PYTHONPATH=src python scripts/measure_actors.py [--actors] [--events] [--json OUT]

--actors: the actors scorer (tidings.actors.evaluate) on each split of gold/actors.jsonl
  (held-out splits, whose names start with "heldout", are skipped unless --heldout is given).
--events: on gold/events.jsonl (held-out splits skipped unless --heldout), the share of gold events whose extracted counterpart has both
  parties' countries right. A gold event's counterpart is an extracted (counted) event in the
  sentence that holds the gold ``sentence`` string; "countries right" compares source and target
  country (either direction for symmetric gold), falling back to the full code where the gold
  country is empty (IGOs); a gold code that is a less specific prefix of the extracted one at a
  three-letter boundary ("IMG" for "IMGMOSALQ") counts as right, the reverse does not. Two figures: any extracted event of that sentence (``any_event``), and
  one with the same CAMEO root (``same_root``); ``causes`` counts why the others fail (no counted
  event in the sentence, or per wrong side of the closest counterpart: missing, uncoded, pronoun,
  IGO/IMG/NGO code, country lent by context, another party). Also per-component time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]


def measure_actors(nlp: Any, heldout: bool) -> dict[str, Any]:
    from tidings.actors.evaluate import evaluate

    lines = _lines(ROOT / "gold" / "actors.jsonl")
    splits = sorted({str(line.get("split")) for line in lines}, key=lambda s: (s != "dev", s))
    out: dict[str, Any] = {}
    for split in splits:
        if split.startswith("heldout") and not heldout:
            continue
        res = evaluate(nlp, [line for line in lines if str(line.get("split")) == split])
        out[split] = {k: v for k, v in res.items() if k != "errors"}
        out[split]["errors"] = res["errors"]
    return out


def _side(ev: dict[str, Any] | Any, side: str, gold: bool) -> str | None:
    if gold:
        code = ev.get(side) or ev.get(f"{side}_code") or None
        # a code with no country: GUIDELINES writes "---MIL", tidings "MIL" (same code, as in actors/evaluate)
        return code[3:] if code and code.startswith("---") else code
    party = getattr(ev, side)
    if party is None:
        return None
    return party.country or party.code or None


def _fit(gold: str | None, got: str | None) -> bool:
    """A side is right when equal, or the gold a less specific prefix at a three-letter boundary
    ("IMG" for "IMGMOSALQ"; tidings.actors.codes.code_fits), as the scorers count it."""
    from tidings.actors.codes import code_fits

    return gold == got or bool(gold and got and code_fits(gold, got))


def _countries_ok(g: dict[str, Any], e: Any) -> bool:
    gs, gt = _side(g, "source", True), _side(g, "target", True)
    es, et = _side(e, "source", False), _side(e, "target", False)
    if _fit(gs, es) and _fit(gt, et):
        return True
    return bool(g.get("symmetric")) and _fit(gs, et) and _fit(gt, es)


PRONOUNS = frozenset("he him his she her it its they them their we us our i me you".split())
INTERNATIONAL = ("IGO", "IMG", "NGO", "MNC")


def _causes(g: dict[str, Any], here: list[Any], actors: dict[str, Any]) -> list[str]:
    """Why no extracted event of the sentence has both parties' countries right: "no counted
    event in the sentence", else for each wrong side of the closest counterpart (the one with
    most sides right, the gold's order or the reverse for symmetric gold) one cause: the side is
    empty (event roles), uncoded, a pronoun, an international body on either side, a country
    lent by the context rules (``country_from_context``), or another country from the words."""
    if not here:
        return ["no counted event in the sentence"]
    best: tuple[int, list[tuple[str, Any]]] | None = None
    gs, gt = _side(g, "source", True), _side(g, "target", True)
    for e in here:
        orders = [(e.source, e.target)] + ([(e.target, e.source)] if g.get("symmetric") else [])
        for ps, pt in orders:
            wrong = [
                (gold, p)
                for gold, p in ((gs, ps), (gt, pt))
                if not _fit(gold, p and (p.country or p.code) or None)
            ]
            if best is None or len(wrong) < best[0]:
                best = (len(wrong), wrong)
    out = []
    for gold, p in best[1] if best else []:
        actor = actors.get(p.actor) if p is not None and p.actor else None
        if p is None:
            out.append("party missing (roles)")
        elif not (p.code or p.country):
            out.append("party uncoded")
        elif p.text.strip().lower() in PRONOUNS:
            out.append("pronoun resolved to another actor")
        elif str(gold or "").startswith(INTERNATIONAL) or str(p.code or "").startswith(INTERNATIONAL):
            out.append("IGO/IMG/NGO code differs")
        elif actor is not None and "country_from_context" in (actor.evidence or {}):
            out.append("country lent by the context rules is wrong")
        else:
            out.append("another party or country from the words")
    return out


def _timed_docs(nlp: Any, articles: Sequence[Any]) -> tuple[list[Any], dict[str, float]]:
    from tidings.registrations import ensure_defaults

    times: dict[str, float] = {}
    docs = []
    for a in articles:
        d = nlp.make_doc(a.text)
        d._.article = a
        ensure_defaults(d)
        docs.append(d)
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        docs = [proc(d) for d in docs]
        times[name] = time.perf_counter() - t
    return docs, times


def measure_events(nlp: Any, heldout: bool = False, split: str | None = None) -> dict[str, Any]:
    from tidings.evaluate.events import counted
    from tidings.ingest import article_from_text
    from tidings.pipeline import to_document

    rows = [
        r
        for r in _lines(ROOT / "gold" / "events.jsonl")
        if "events" in r
        and (heldout or not str(r.get("split") or "").startswith("heldout"))
        and (split is None or str(r.get("split") or "dev") == split)
    ]
    articles = [
        article_from_text(
            r["text"],
            published=dt.date.fromisoformat(r["published"]) if r.get("published") else None,
            title=r.get("title"),
            url=r.get("url"),
            id=str(r.get("id") or i),
        )
        for i, r in enumerate(rows)
    ]
    docs, times = _timed_docs(nlp, articles)
    total = any_ok = root_ok = 0
    causes: dict[str, int] = {}  # why a gold event has no counterpart with both countries right
    per_event: list[dict[str, Any]] = []  # for before/after comparisons (--json)
    for r, doc, article in zip(rows, docs, articles, strict=True):
        d = to_document(doc, article)
        events = [e for e in d.events if counted(e)]
        for g in r["events"]:
            total += 1
            at = d.text.find(g["sentence"])
            sent = next((s for s in d.sentences if s.start <= at < s.end), None) if at >= 0 else None
            if sent is None:
                causes["gold sentence not found"] = causes.get("gold sentence not found", 0) + 1
                continue
            here = [e for e in events if e.sentence == sent.index]
            ok = any(_countries_ok(g, e) for e in here)
            any_ok += ok
            if not ok:
                for cause in _causes(g, here, {a.id: a for a in d.actors}):
                    causes[cause] = causes.get(cause, 0) + 1
            per_event.append(
                {
                    "id": r.get("id"),
                    "sentence": g["sentence"][:80],
                    "gold": f"{_side(g, 'source', True)}->{_side(g, 'target', True)}",
                    "got": [f"{_side(e, 'source', False)}->{_side(e, 'target', False)}" for e in here],
                    "ok": ok,
                }
            )
            root_ok += any(_countries_ok(g, e) and e.cameo[:2] == str(g["cameo"])[:2] for e in here)
    all_time = sum(times.values())
    return {
        "gold_events": total,
        "any_event": round(any_ok / total, 3),
        "same_root": round(root_ok / total, 3),
        "causes": dict(sorted(causes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "time_s": {k: round(v, 2) for k, v in times.items()},
        "actors_share": round(times.get("tidings_actors", 0.0) / all_time, 3),
        "per_event": per_event,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--actors", action="store_true")
    ap.add_argument("--events", action="store_true")
    ap.add_argument("--heldout", action="store_true", help="also score held-out splits (coordinator only)")
    ap.add_argument("--split", help="--events: only this split of gold/events.jsonl (dev, dev3, ...)")
    ap.add_argument("--json", help="write the full result (with errors) here")
    args = ap.parse_args()
    from tidings.nlp import load

    t = time.perf_counter()
    nlp = load()
    result: dict[str, Any] = {"load_s": round(time.perf_counter() - t, 2)}
    if args.actors:
        result["actors"] = measure_actors(nlp, args.heldout)
        for split, res in result["actors"].items():
            print(split, {k: v for k, v in res.items() if k != "errors"})
    if args.events:
        result["events"] = measure_events(nlp, args.heldout, args.split)
        print("events", {k: v for k, v in result["events"].items() if k != "per_event"})
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
