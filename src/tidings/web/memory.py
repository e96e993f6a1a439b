"""An in-memory data source over Document records (``tidings serve --jsonl``, tests).

It answers the same calls as the store-backed source, so a folder of ``tidings extract``
output can be browsed without a database. Filtering follows ``docs/web.md``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tidings.model import Document
from tidings.web.filters import EventFilters, Granularity, date_of, period_start
from tidings.web.rows import UNATTRIBUTED, event_row, quote_row


def _prefix(code: str | None, prefix: str) -> bool:
    return bool(code) and code.upper().startswith(prefix.upper())  # type: ignore[union-attr]


def _side(row: dict[str, Any], side: str, value: str) -> bool:
    """A party matches by code prefix (IRN, IRNGOV) or by a part of its name."""
    name = f"{row[f'{side}_name'] or ''} {row[f'{side}_text'] or ''}".lower()
    return _prefix(row[f"{side}_code"], value) or value.lower() in name


def _code(row: dict[str, Any], side: str, prefix: str) -> bool:
    return not prefix or _prefix(row[f"{side}_code"], prefix)


def matches(row: dict[str, Any], f: EventFilters) -> bool:
    """Whether an event row passes every given filter (the semantics of ``tidings.query``)."""
    if f.actor and not (_side(row, "source", f.actor) or _side(row, "target", f.actor)):
        return False
    if f.source and not _side(row, "source", f.source):
        return False
    if f.target and not _side(row, "target", f.target):
        return False
    if f.dyad:
        a, b = f.dyad_codes()  # type: ignore[misc]
        fwd = _code(row, "source", a) and _code(row, "target", b) and (not b or row["target_code"])
        back = _code(row, "source", b) and _code(row, "target", a) and (not a or row["target_code"])
        if not (fwd or (not f.directed and back)):
            return False
    if f.cameo and not row["cameo"].startswith(f.cameo):
        return False
    if f.root and row["root"] != f.root:
        return False
    if f.plover and row["plover"] != f.plover:
        return False
    if f.quad_class and row["quad_class"] != f.quad_class:
        return False
    if f.date_from or f.date_to:
        day = date_of(row["date"])
        if day is None or (f.date_from and day < f.date_from) or (f.date_to and day > f.date_to):
            return False
    if f.country and (row["country"] or "") != _iso2(f.country):
        return False
    if f.place:
        if f.place.isdigit():
            if str(row["geonameid"] or "") != f.place:
                return False
        elif f.place.lower() not in (row["place"] or "").lower():
            return False
    if f.document and row["document"] != f.document:
        return False
    if f.q and f.q.lower() not in (row["sentence_text"] or "").lower():
        return False
    if f.min_articles and (row["num_articles"] or 0) < f.min_articles:
        return False
    return f.include_negated or not row["negated"]


def _iso2(code: str) -> str:
    if len(code) == 2:
        return code
    from tidings.query.events import iso2_to_iso3

    back = {v: k for k, v in iso2_to_iso3().items()}
    return back.get(code, code)


def _paged(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset : offset + limit]}


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 3) if xs else None


class MemoryData:
    """Documents held in memory; every call filters the flat event rows."""

    backend = "memory"

    def __init__(self, documents: Iterable[Document]) -> None:
        self.docs: dict[str, Document] = {d.id: d for d in documents}
        self.rows: list[dict[str, Any]] = []
        self.quote_rows: list[dict[str, Any]] = []
        for d in self.docs.values():
            places = {p.id: p for p in d.places}
            self.rows.extend(event_row(d, e, places) for e in d.events)
            self.quote_rows.extend(quote_row(d, q) for q in d.quotes)
        # Oldest first, undated last (the store's order).
        self.rows.sort(key=lambda r: (date_of(r["date"]) is None, str(date_of(r["date"]) or ""), r["id"]))

    @classmethod
    def from_jsonl(cls, paths: Iterable[str | Path]) -> MemoryData:
        docs = []
        for path in paths:
            with open(path, encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        docs.append(Document.model_validate(json.loads(line)))
                    except ValueError as e:
                        raise ValueError(f"{path}:{n}: not a 'tidings extract' document ({str(e)[:200]})") from None
        return cls(docs)

    def close(self) -> None:
        """Nothing to release (the documents live in memory)."""

    def _events(self, f: EventFilters) -> list[dict[str, Any]]:
        return [r for r in self.rows if matches(r, f)]

    def stats(self) -> dict[str, Any]:
        days = sorted(d.isoformat() for r in self.rows if (d := date_of(r["date"])))
        return {
            "backend": self.backend,
            "documents": len(self.docs),
            "events": len(self.rows),
            "quotes": len(self.quote_rows),
            "places": sum(len(d.places) for d in self.docs.values()),  # place mentions, as the store counts
            "date_min": days[0] if days else None,
            "date_max": days[-1] if days else None,
        }

    def documents(self, q: str | None, limit: int, offset: int) -> dict[str, Any]:
        out = []
        # Oldest first, undated last (the store's order).
        for d in sorted(self.docs.values(), key=lambda d: (d.published is None, d.published or "", d.id)):
            if q and q.lower() not in f"{d.title or ''} {d.text}".lower():
                continue
            out.append(
                {
                    "id": d.id,
                    "title": d.title,
                    "published": d.published,
                    "source": d.source,
                    "url": d.url,
                    "events": len(d.events),
                    "quotes": len(d.quotes),
                }
            )
        return _paged(out, limit, offset)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        d = self.docs.get(doc_id)
        return d.to_json_dict() if d else None

    def events(self, f: EventFilters, limit: int, offset: int) -> dict[str, Any]:
        return _paged(self._events(f), limit, offset)

    def event(self, event_id: str) -> dict[str, Any] | None:
        for r in self.rows:
            if r["id"] == event_id:
                return {**r, "mentions": [{"document": r["document"], "mention": r["id"], "title": r["title"],
                                           "url": self.docs[r["document"]].url, "publication": self.docs[r["document"]].source,
                                           "published": r["published"], "sentence_text": r["sentence_text"]}]}
        return None

    def series(self, f: EventFilters, by: Granularity) -> dict[str, Any]:
        buckets: dict[str, dict[str, Any]] = {}
        undated = 0
        for r in self._events(f):
            p = period_start(r["date"], by)
            if p is None:
                undated += 1
                continue
            b = buckets.setdefault(p, {"period": p, "count": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "gs": []})
            b["count"] += 1
            b[f"q{r['quad_class']}"] += 1
            b["gs"].append(r["goldstein"])
        items = []
        for p in sorted(buckets):
            b = buckets[p]
            gs = b.pop("gs")
            b["goldstein_sum"] = round(sum(gs), 3)
            b["goldstein_mean"] = _mean(gs)
            items.append(b)
        return {"by": by, "items": items, "undated": undated}

    def actors(self, f: EventFilters, limit: int, offset: int) -> dict[str, Any]:
        acc: dict[str, dict[str, Any]] = {}
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for r in self._events(f):
            for side in ("source", "target"):
                code = r[f"{side}_code"]
                if not code:
                    continue
                a = acc.setdefault(code, {"code": code, "as_source": 0, "as_target": 0, "gs": []})
                a[f"as_{side}"] += 1
                a["gs"].append(r["goldstein"])
                names[code][r[f"{side}_name"] or code] += 1
        out = []
        for code, a in acc.items():
            gs = a.pop("gs")
            a["events"] = a["as_source"] + a["as_target"]
            a["goldstein_mean"] = _mean(gs)
            a["name"] = names[code].most_common(1)[0][0]
            out.append(a)
        out.sort(key=lambda a: (-a["events"], a["code"]))
        return _paged(out, limit, offset)

    def network(self, f: EventFilters, max_edges: int) -> dict[str, Any]:
        edges: dict[tuple[str, str], list[float]] = defaultdict(list)
        for r in self._events(f):
            if r["source_code"] and r["target_code"] and r["source_code"] != r["target_code"]:
                edges[(r["source_code"], r["target_code"])].append(r["goldstein"])
        top = sorted(edges.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:max_edges]
        names = {a["code"]: a["name"] for a in self.actors(f, 10_000, 0)["items"]}
        weight: Counter[str] = Counter()
        for (s, t), gs in top:
            weight[s] += len(gs)
            weight[t] += len(gs)
        nodes = [{"code": c, "name": names.get(c, c), "events": n} for c, n in sorted(weight.items())]
        return {
            "nodes": nodes,
            "edges": [{"source": s, "target": t, "count": len(gs), "goldstein_mean": _mean(gs)} for (s, t), gs in top],
        }

    def places(self, f: EventFilters, limit: int = 1000, offset: int = 0) -> dict[str, Any]:
        acc: dict[str, dict[str, Any]] = {}
        for r in self._events(f):
            if r["place_id"] is None or r["lat"] is None or r["lon"] is None:
                continue
            key = str(r["geonameid"] or f"{r['place']}|{r['lat']}|{r['lon']}")
            p = acc.setdefault(
                key,
                {
                    "key": key,
                    "name": r["place"],
                    "geonameid": r["geonameid"],
                    "country": r["country"],
                    "lat": r["lat"],
                    "lon": r["lon"],
                    "events": 0,
                    "gs": [],
                },
            )
            p["events"] += 1
            p["gs"].append(r["goldstein"])
        out = []
        for p in acc.values():
            p["goldstein_mean"] = _mean(p.pop("gs"))
            out.append(p)
        out.sort(key=lambda p: (-p["events"], p["name"] or ""))
        return _paged(out, limit, offset)

    def quotes(
        self, speaker: str | None, q: str | None, document: str | None, limit: int, offset: int
    ) -> dict[str, Any]:
        out = []
        for r in self.quote_rows:
            if speaker and speaker not in (r["speaker"] or UNATTRIBUTED, r["speaker_code"], r["speaker_actor"]):
                continue
            if document and r["document"] != document:
                continue
            if q and q.lower() not in f"{r['text']} {r['speaker'] or ''}".lower():
                continue
            out.append(r)
        return _paged(out, limit, offset)

    def speakers(self, q: str | None, limit: int) -> dict[str, Any]:
        acc: dict[str, dict[str, Any]] = {}
        for r in self.quote_rows:
            if q and q.lower() not in f"{r['text']} {r['speaker'] or ''}".lower():
                continue
            name = r["speaker"] or UNATTRIBUTED
            s = acc.setdefault(name, {"speaker": name, "code": r["speaker_code"], "quotes": 0, "documents": set()})
            s["quotes"] += 1
            s["documents"].add(r["document"])
        out = [{**s, "documents": len(s["documents"])} for s in acc.values()]
        out.sort(key=lambda s: (-s["quotes"], s["speaker"] == UNATTRIBUTED, s["speaker"]))
        return {"total": len(out), "items": out[:limit]}
