"""The web API's data source over a tidings store (DuckDB file, PostgreSQL, or in memory).

Every answer comes from ``tidings.query`` (events, series, documents, quotes) and
``tidings.query.aggregates`` (actors by event counts, the network, places, speakers), so
a filter means the same in the page, the API and the CLI, and rows have the same field
names everywhere (``tidings.query.rows``). This module only shapes the JSON. A store file
is opened read-only (DuckDB ``read_only``; PostgreSQL ``default_transaction_read_only``)
and used by one request at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tidings.query.aggregates import UNATTRIBUTED
from tidings.web.filters import EventFilters, Granularity


class StoreUnavailable(RuntimeError):
    """The store could not be opened (no such file, locked by a writer, server down)."""


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v


def _json(v: Any, default: Any) -> Any:
    if isinstance(v, str):
        try:
            return json.loads(v)
        except ValueError:
            return default
    return default if v is None else v


class StoreData:
    """Answers the web API from a Store, read-only."""

    def __init__(self, url: str | None = None, store: Any = None, backend: str = "memory") -> None:
        from tidings.store import DEFAULT_DB, Store, is_postgres

        if store is not None:  # an open store: extract output loaded into memory, or a watcher's own
            self.store, self.backend, self._lock = store, backend, threading.Lock()
            return
        url = url or DEFAULT_DB
        if not is_postgres(url) and url != ":memory:" and not Path(url.removeprefix("duckdb://")).exists():
            raise StoreUnavailable(f"no store at {url}; create one with 'tidings ingest PATH --db {url}'")
        try:
            self.store = Store(url, read_only=True)
        except Exception as e:  # the driver's own exception types differ per backend
            raise StoreUnavailable(f"cannot open the store at {url}: {e}") from e
        if self.store.kind == "postgresql":
            self.store.db.execute("SET default_transaction_read_only = on")
        self.backend = self.store.kind
        self._lock = threading.Lock()

    @classmethod
    def from_documents(cls, docs: Iterable[Any]) -> StoreData:
        """Documents (``tidings extract`` output) held in an in-memory store, answered alike."""
        from tidings.store import Store

        store = Store(":memory:")
        run = store.start_run("serve --jsonl")
        stats = store.write(docs, run)
        store.finish_run(run, stats)
        return cls(store=store)

    @classmethod
    def from_jsonl(cls, paths: Iterable[str | Path]) -> StoreData:
        from tidings.model import Document

        docs = []  # read them all first: a bad line stops serving before anything is loaded
        for path in paths:
            with open(path, encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        docs.append(Document.model_validate_json(line))
                    except ValueError as e:
                        raise ValueError(
                            f"{path}:{n}: not a 'tidings extract' document ({str(e)[:200]})"
                        ) from None
        return cls.from_documents(docs)

    def close(self) -> None:
        self.store.close()

    # -- filters ------------------------------------------------------------------------
    @staticmethod
    def _filter(f: EventFilters) -> Any:
        from tidings.query import EventFilter

        cameo = f.cameo
        if f.root:
            # A root and a code: the code must lie under the root, else nothing matches.
            cameo = cameo if cameo and cameo.startswith(f.root) else (f.root if not cameo else "99999")
        return EventFilter(
            actor=f.actor,
            source=f.source,
            target=f.target,
            dyad=f.dyad,
            undirected=not f.directed,
            cameo=cameo,
            plover=f.plover,
            quad_class=f.quad_class,
            date_from=f.date_from,
            date_to=f.date_to,
            place=f.place,
            country=f.country,
            text=f.q,
            document=f.document,
            min_articles=f.min_articles,
            include_unasserted=f.include_unasserted,
        )

    # -- calls ----------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        from tidings.query.aggregates import stats

        with self._lock:
            out = stats(self.store)
        return {**out, "backend": self.backend}

    def documents(self, q: str | None, limit: int, offset: int) -> dict[str, Any]:
        from tidings.query import documents

        with self._lock:
            page = documents(self.store, limit=limit, offset=offset, text=q)
        items = [{**{k: _iso(v) for k, v in r.items()}, "events": int(r["events"])} for r in page.items]
        return {"total": page.total, "limit": limit, "offset": offset, "items": items}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document in the shape of ``tidings extract`` output (offsets into ``text``)."""
        from tidings.query import document

        with self._lock:
            d = document(self.store, doc_id)
        if d is None:
            return None
        by_actor: dict[str, list[dict[str, Any]]] = {}
        for m in d["mentions"]:
            by_actor.setdefault(m["actor_id"], []).append(
                {"start": m["start_char"], "end": m["end_char"], "text": m["text"]}
            )
        places = {p["id"]: p for p in d["places"]}
        return {
            "id": d["id"],
            "title": d["title"],
            "url": d["url"],
            "source": d["source"],
            "published": _iso(d["published"]),
            "language": d["language"],
            "dateline": d["dateline"],
            "text": d["text"],
            "sentences": [
                {"index": s["idx"], "start": s["start_char"], "end": s["end_char"], "text": s["text"]}
                for s in d["sentences"]
            ],
            "actors": [_doc_actor(a, by_actor.get(a["id"], [])) for a in d["actors"]],
            "events": [_doc_event(m) for m in d["event_mentions"]],
            "quotes": [_doc_quote(q) for q in d["quotes"]],
            "times": [_doc_time(t) for t in d["times"]],
            "places": [_doc_place(p) for p in places.values()],
        }

    @staticmethod
    def _event_row(r: dict[str, Any]) -> dict[str, Any]:
        """An event record (``tidings.query.rows.EVENT_FIELDS``) as JSON values."""
        return {k: _iso(v) for k, v in r.items() if k != "mentions"}

    def events(self, f: EventFilters, limit: int, offset: int, order: str = "day") -> dict[str, Any]:
        from tidings.query import events

        with self._lock:
            page = events(self.store, self._filter(f), limit=limit, offset=offset, order=order)
        return {
            "total": page.total,
            "limit": limit,
            "offset": offset,
            "items": [self._event_row(r) for r in page.items],
        }

    def event(self, event_id: str) -> dict[str, Any] | None:
        from tidings.query import event

        with self._lock:
            r = event(self.store, event_id)
        if r is None:
            return None
        out = self._event_row(r)
        out["mentions"] = [
            {
                "document": m["document_id"],
                "mention": m["id"],
                "title": m["title"],
                "url": m["url"],
                "publication": m["publication"],
                "published": _iso(m["report_date"]),
                "sentence_text": m["sentence_text"],
            }
            for m in r["mentions"]
        ]
        return out

    def iter_events(self, f: EventFilters, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` matching events for a download, in the API's row shape."""
        return self.events(f, limit, 0)["items"]

    def series(self, f: EventFilters, by: Granularity) -> dict[str, Any]:
        from tidings.query import series, series_coverage

        flt = self._filter(f)
        with self._lock:
            rows = series(self.store, flt, by=by)
            cover = series_coverage(self.store, flt, by=by)
        items = [
            {
                "period": _iso(r["period"]),
                "count": r["events"],
                "q1": r["quad1"],
                "q2": r["quad2"],
                "q3": r["quad3"],
                "q4": r["quad4"],
                "goldstein_sum": r["goldstein_sum"],
                "goldstein_mean": r["goldstein_mean"],
            }
            for r in rows
        ]
        return {"by": by, "items": items, "undated": cover["undated"], "coarser": cover["coarser"]}

    def actors(self, f: EventFilters, limit: int, offset: int) -> dict[str, Any]:
        from tidings.query.aggregates import actor_counts

        with self._lock:
            return actor_counts(self.store, self._filter(f), limit, offset).to_dict()

    def network(self, f: EventFilters, max_edges: int) -> dict[str, Any]:
        from tidings.query.aggregates import network

        with self._lock:
            return network(self.store, self._filter(f), max_edges)

    def places(self, f: EventFilters, limit: int = 1000, offset: int = 0) -> dict[str, Any]:
        from tidings.query.aggregates import place_counts

        with self._lock:
            return place_counts(self.store, self._filter(f), limit, offset).to_dict()

    def quotes(
        self, speaker: str | None, q: str | None, document: str | None, limit: int, offset: int
    ) -> dict[str, Any]:
        from tidings.query import QuoteFilter, quotes

        unattributed = speaker == UNATTRIBUTED
        flt = QuoteFilter(
            speaker=None if unattributed else speaker, unattributed=unattributed, text=q, document=document
        )
        with self._lock:
            page = quotes(self.store, flt, limit=limit, offset=offset)
        return {
            "total": page.total,
            "limit": limit,
            "offset": offset,
            "items": [{k: _iso(v) for k, v in r.items()} for r in page.items],
        }

    def speakers(self, q: str | None, limit: int) -> dict[str, Any]:
        from tidings.query.aggregates import speakers

        with self._lock:
            page = speakers(self.store, q, limit)
        return {"total": page.total, "items": page.items}


# -- one document's records, from store rows to the ``tidings extract`` shape ----------------
def _doc_actor(a: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": a["id"],
        "name": a["name"],
        "country": a["country"],
        "sectors": (a["sectors"] or "").split(),
        "code": a["code"],
        "kind": a["kind"],
        "mentions": mentions,
    }


def _party(m: dict[str, Any], p: str) -> dict[str, Any] | None:
    """The source (``p="source"``) or target of an event mention row; None when it has neither."""
    if m[f"{p}_text"] is None and m[f"{p}_code"] is None:
        return None
    return {
        "actor": m[f"{p}_actor"],
        "text": m[f"{p}_text"],
        "code": m[f"{p}_code"],
        "country": m[f"{p}_country"],
        "sectors": (m[f"{p}_sectors"] or "").split(),
        "start": m[f"{p}_start"],
        "end": m[f"{p}_end"],
    }


def _doc_event(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": m["id"],
        "event_id": m["event_id"],
        "sentence": m["sentence"],
        "source": _party(m, "source"),
        "target": _party(m, "target"),
        "action": {
            "text": m["action_text"],
            "lemma": m["action_lemma"],
            "start": m["action_start"],
            "end": m["action_end"],
        },
        "cameo": m["cameo"],
        "cameo_label": m["cameo_label"],
        "plover": {
            "event": m["plover_event"],
            "mode": m["plover_mode"],
            "context": m["plover_context"],
        },
        "goldstein": m["goldstein"],
        "quad_class": m["quad_class"],
        "negated": bool(m["negated"]),
        "modality": m["modality"],
        "asserted": bool(m["asserted"]) if m.get("asserted") is not None else None,
        "confidence": m["confidence"],
        "evidence": m["evidence"],
        "date": {
            "value": m["date_value"],
            "granularity": m["date_granularity"],
            "text": m["date_text"],
        },
        "location": {"place": m["place_id"], "text": m["place_text"], "name": m["place_name"]}
        if m["place_id"] or m["place_name"]
        else None,
    }


def _doc_quote(q: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": q["id"],
        "text": q["text"],
        "start": q["start_char"],
        "end": q["end_char"],
        "speaker": {
            "actor": q["speaker_actor"],
            "text": q["speaker_text"],
            "start": q["speaker_start"],
            "end": q["speaker_end"],
        }
        if q["speaker_text"]
        else None,
        "cue": q["cue"],
        "kind": q["kind"],
    }


def _doc_time(t: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": t["text"],
        "start": t["start_char"],
        "end": t["end_char"],
        "value": t["value"],
        "granularity": t["granularity"],
    }


def _doc_place(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": p["id"],
        "text": p["text"],
        "start": p["start_char"],
        "end": p["end_char"],
        "geonameid": p["geonameid"],
        "name": p["name"],
        "country": p["country"],
        "admin1": p["admin1"],
        "lat": p["lat"],
        "lon": p["lon"],
        "feature": p["feature"],
    }
