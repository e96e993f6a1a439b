"""The web API's data source over a tidings store (DuckDB file or PostgreSQL).

Events, series, documents and quotes come from ``tidings.query``; the aggregates the page
draws (actors by event counts, the network, places, speakers) and the document's full
record for highlighting are thin parameterised queries here, built on the same
``event_where`` so that every filter means the same in every view.
The connection is opened read-only (DuckDB ``read_only``; PostgreSQL
``default_transaction_read_only``) and used by one request at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

from tidings.web.filters import EventFilters, Granularity
from tidings.web.rows import UNATTRIBUTED


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


def _mean(v: Any) -> float | None:
    return round(float(v), 3) if v is not None else None


class StoreData:
    """Answers the web API from a Store, read-only."""

    def __init__(self, url: str | None = None) -> None:
        from tidings.store import DEFAULT_DB, Store, is_postgres

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
            actor=f.actor, source=f.source, target=f.target, dyad=f.dyad, undirected=not f.directed,
            cameo=cameo, plover=f.plover, quad_class=f.quad_class, date_from=f.date_from, date_to=f.date_to,
            place=f.place, country=f.country, text=f.q, document=f.document,
            min_articles=f.min_articles, include_negated=f.include_negated,
        )

    def _where(self, f: EventFilters) -> tuple[str, list[Any]]:
        from tidings.query import event_where

        w = event_where(self._filter(f))
        return w.sql(), list(w.params)

    # -- calls ----------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        with self._lock:
            db = self.store.db
            row = db.fetchone("SELECT COUNT(*), MIN(day), MAX(day) FROM events")
            counts = {t: int(db.scalar(f"SELECT COUNT(*) FROM {t}")) for t in ("documents", "quotes", "places")}
        return {"backend": self.backend, **counts, "events": int(row[0]), "date_min": _iso(row[1]), "date_max": _iso(row[2])}

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
            mentions = self.store.db.dicts(
                "SELECT actor_id, start_char, end_char, text FROM mentions WHERE document_id = ? ORDER BY actor_id, idx",
                [doc_id],
            )
        by_actor: dict[str, list[dict[str, Any]]] = {}
        for m in mentions:
            by_actor.setdefault(m["actor_id"], []).append({"start": m["start_char"], "end": m["end_char"], "text": m["text"]})
        places = {p["id"]: p for p in d["places"]}

        def party(m: dict[str, Any], p: str) -> dict[str, Any] | None:
            if m[f"{p}_text"] is None and m[f"{p}_code"] is None:
                return None
            return {"actor": m[f"{p}_actor"], "text": m[f"{p}_text"], "code": m[f"{p}_code"],
                    "country": m[f"{p}_country"], "sectors": _json(m[f"{p}_sectors"], []),
                    "start": m[f"{p}_start"], "end": m[f"{p}_end"]}

        return {
            "id": d["id"], "title": d["title"], "url": d["url"], "source": d["source"], "published": _iso(d["published"]),
            "language": d["language"], "dateline": d["dateline"], "text": d["text"],
            "sentences": [{"index": s["idx"], "start": s["start_char"], "end": s["end_char"], "text": s["text"]} for s in d["sentences"]],
            "actors": [{"id": a["id"], "name": a["name"], "country": a["country"], "sectors": _json(a["sectors"], []),
                        "code": a["code"], "kind": a["kind"], "mentions": by_actor.get(a["id"], [])} for a in d["actors"]],
            "events": [{
                "id": m["id"], "event_id": m["event_id"], "sentence": m["sentence"],
                "source": party(m, "source"), "target": party(m, "target"),
                "action": {"text": m["action_text"], "lemma": m["action_lemma"], "start": m["action_start"], "end": m["action_end"]},
                "cameo": m["cameo"], "cameo_label": m["cameo_label"],
                "plover": {"event": m["plover_event"], "mode": m["plover_mode"], "context": m["plover_context"]},
                "goldstein": m["goldstein"], "quad_class": m["quad_class"], "negated": bool(m["negated"]),
                "modality": m["modality"], "confidence": m["confidence"], "evidence": m["evidence"],
                "date": {"value": m["date_value"], "granularity": m["date_granularity"], "text": m["date_text"]},
                "location": {"place": m["place_id"], "text": m["place_text"], "name": m["place_name"]} if m["place_id"] or m["place_name"] else None,
            } for m in d["event_mentions"]],
            "quotes": [{"id": q["id"], "text": q["text"], "start": q["start_char"], "end": q["end_char"],
                        "speaker": {"actor": q["speaker_actor"], "text": q["speaker_text"], "start": q["speaker_start"],
                                    "end": q["speaker_end"]} if q["speaker_text"] else None,
                        "cue": q["cue"], "kind": q["kind"]} for q in d["quotes"]],
            "times": [{"text": t["text"], "start": t["start_char"], "end": t["end_char"], "value": t["value"],
                       "granularity": t["granularity"]} for t in d["times"]],
            "places": [{"id": p["id"], "text": p["text"], "start": p["start_char"], "end": p["end_char"],
                        "geonameid": p["geonameid"], "name": p["name"], "country": p["country"], "admin1": p["admin1"],
                        "lat": p["lat"], "lon": p["lon"], "feature": p["feature"]} for p in places.values()],
        }

    @staticmethod
    def _event_row(r: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": r["id"], "document": r["first_document"], "mention": r["first_mention"], "title": r.get("first_title"),
            "published": _iso(r["first_report"]), "sentence": r.get("sentence"), "sentence_text": r.get("sentence_text"),
            "date": r["date_value"] or _iso(r["day"]), "date_granularity": r["date_granularity"],
            "source_code": r["source_code"] or r["source_country"], "source_text": r.get("source_text"),
            "source_name": r["source_name"], "target_code": r["target_code"] or r["target_country"],
            "target_text": r.get("target_text"), "target_name": r["target_name"],
            "action": r.get("action_text"), "cameo": r["cameo"], "cameo_label": r["cameo_label"], "root": r["cameo_root"],
            "plover": r["plover_event"], "plover_mode": r["plover_mode"], "goldstein": r["goldstein"],
            "quad_class": r["quad_class"], "negated": bool(r["negated"]), "modality": r["modality"],
            "confidence": r["confidence"], "place": r["place_name"], "geonameid": r["geonameid"],
            "country": r["place_country"], "lat": r["lat"], "lon": r["lon"],
            "num_mentions": r["num_mentions"], "num_articles": r["num_articles"], "num_sources": r["num_sources"],
        }

    def events(self, f: EventFilters, limit: int, offset: int) -> dict[str, Any]:
        from tidings.query import events

        with self._lock:
            page = events(self.store, self._filter(f), limit=limit, offset=offset)
        return {"total": page.total, "limit": limit, "offset": offset, "items": [self._event_row(r) for r in page.items]}

    def event(self, event_id: str) -> dict[str, Any] | None:
        from tidings.query import event

        with self._lock:
            r = event(self.store, event_id)
        if r is None:
            return None
        out = self._event_row(r)
        out["mentions"] = [{"document": m["document_id"], "mention": m["id"], "title": m["title"], "url": m["url"],
                            "publication": m["publication"], "published": _iso(m["report_date"]),
                            "sentence_text": m["sentence_text"]} for m in r["mentions"]]
        return out

    def series(self, f: EventFilters, by: Granularity) -> dict[str, Any]:
        from tidings.query import series

        flt = self._filter(f)
        with self._lock:
            rows = series(self.store, flt, by=by)
            where, params = self._where(f)
            total = int(self.store.db.scalar("SELECT COUNT(*) FROM events e" + where, params))
        items = [{"period": _iso(r["period"]), "count": r["events"], "q1": r["quad1"], "q2": r["quad2"], "q3": r["quad3"],
                  "q4": r["quad4"], "goldstein_sum": r["goldstein_sum"], "goldstein_mean": r["goldstein_mean"]} for r in rows]
        return {"by": by, "items": items, "undated": total - sum(i["count"] for i in items)}

    def _sides(self, f: EventFilters) -> tuple[str, list[Any]]:
        """One row per (event, side): the code, name and Goldstein score of each party."""
        where, params = self._where(f)
        sql = (
            "SELECT COALESCE(e.source_code, e.source_country) AS code, e.source_name AS name, 1 AS s, 0 AS t,"
            f" e.goldstein AS g FROM events e{where}"
            " UNION ALL SELECT COALESCE(e.target_code, e.target_country), e.target_name, 0, 1, e.goldstein"
            f" FROM events e{where}"
        )
        return sql, params + params

    def actors(self, f: EventFilters, limit: int, offset: int) -> dict[str, Any]:
        sides, params = self._sides(f)
        base = f"SELECT code, MIN(name) AS name, SUM(s) AS as_source, SUM(t) AS as_target, AVG(g) AS gm FROM ({sides}) x WHERE code IS NOT NULL GROUP BY code"
        with self._lock:
            total = int(self.store.db.scalar(f"SELECT COUNT(*) FROM ({base}) y", params))
            rows = self.store.db.dicts(base + " ORDER BY SUM(s) + SUM(t) DESC, code LIMIT ? OFFSET ?", [*params, limit, offset])
        items = [{"code": r["code"], "name": r["name"] or r["code"], "as_source": int(r["as_source"]),
                  "as_target": int(r["as_target"]), "events": int(r["as_source"]) + int(r["as_target"]),
                  "goldstein_mean": _mean(r["gm"])} for r in rows]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def network(self, f: EventFilters, max_edges: int) -> dict[str, Any]:
        where, params = self._where(f)
        src, tgt = "COALESCE(e.source_code, e.source_country)", "COALESCE(e.target_code, e.target_country)"
        cond = f"{src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt}"
        where = f"{where} AND {cond}" if where else f" WHERE {cond}"
        with self._lock:
            rows = self.store.db.dicts(
                f"SELECT {src} AS s, {tgt} AS t, COUNT(*) AS n, AVG(e.goldstein) AS gm, MIN(e.source_name) AS sn,"
                f" MIN(e.target_name) AS tn FROM events e{where} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
                [*params, max_edges],
            )
        weight: dict[str, int] = {}
        names: dict[str, str] = {}
        for r in rows:
            for code, name in ((r["s"], r["sn"]), (r["t"], r["tn"])):
                weight[code] = weight.get(code, 0) + int(r["n"])
                names.setdefault(code, name or code)
        return {
            "nodes": [{"code": c, "name": names[c], "events": n} for c, n in sorted(weight.items())],
            "edges": [{"source": r["s"], "target": r["t"], "count": int(r["n"]), "goldstein_mean": _mean(r["gm"])} for r in rows],
        }

    def places(self, f: EventFilters, limit: int = 1000, offset: int = 0) -> dict[str, Any]:
        where, params = self._where(f)
        cond = "e.lat IS NOT NULL AND e.lon IS NOT NULL"
        where = f"{where} AND {cond}" if where else f" WHERE {cond}"
        base = (
            "SELECT COALESCE(e.geonameid, e.place_name) AS k, MIN(e.place_name) AS name, MIN(e.geonameid) AS gid,"
            " MIN(e.place_country) AS country, AVG(e.lat) AS lat, AVG(e.lon) AS lon, COUNT(*) AS n, AVG(e.goldstein) AS gm"
            f" FROM events e{where} GROUP BY 1"
        )
        with self._lock:
            total = int(self.store.db.scalar(f"SELECT COUNT(*) FROM ({base}) y", params))
            rows = self.store.db.dicts(base + " ORDER BY 7 DESC, 2, 1 LIMIT ? OFFSET ?", [*params, limit, offset])
        items = [{"key": str(r["k"]), "name": r["name"], "geonameid": r["gid"], "country": r["country"],
                  "lat": float(r["lat"]), "lon": float(r["lon"]), "events": int(r["n"]), "goldstein_mean": _mean(r["gm"])}
                 for r in rows]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def quotes(self, speaker: str | None, q: str | None, document: str | None, limit: int, offset: int) -> dict[str, Any]:
        from tidings.query import QuoteFilter, quotes

        if speaker == UNATTRIBUTED:
            return self._unattributed(q, document, limit, offset)
        with self._lock:
            page = quotes(self.store, QuoteFilter(speaker=speaker, text=q, document=document), limit=limit, offset=offset)
        return {"total": page.total, "limit": limit, "offset": offset, "items": [self._quote_row(r) for r in page.items]}

    def _unattributed(self, q: str | None, document: str | None, limit: int, offset: int) -> dict[str, Any]:
        """Quotes without a speaker (the query layer's speaker filter matches names only)."""
        from tidings.query.events import _like

        where = " WHERE q.speaker_name IS NULL AND q.speaker_text IS NULL"
        params: list[Any] = []
        if q:
            where += " AND LOWER(q.text) LIKE ? ESCAPE '\\'"
            params.append(_like(q))
        if document:
            where += " AND q.document_id = ?"
            params.append(document)
        frm = " FROM quotes q JOIN documents d ON d.id = q.document_id" + where
        with self._lock:
            total = int(self.store.db.scalar("SELECT COUNT(*)" + frm, params))
            rows = self.store.db.dicts(
                "SELECT q.document_id, q.id, q.text, q.start_char, q.end_char, q.speaker_actor, q.speaker_text,"
                " q.speaker_code, q.speaker_name, q.cue, q.kind, d.published, d.title" + frm
                + " ORDER BY d.published NULLS LAST, q.document_id, q.start_char LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        return {"total": total, "limit": limit, "offset": offset, "items": [self._quote_row(r) for r in rows]}

    @staticmethod
    def _quote_row(r: dict[str, Any]) -> dict[str, Any]:
        return {"id": r["id"], "document": r["document_id"], "title": r["title"], "published": _iso(r["published"]),
                "text": r["text"], "start": r["start_char"], "end": r["end_char"], "kind": r["kind"], "cue": r["cue"],
                "speaker": r["speaker_name"] or r["speaker_text"], "speaker_text": r["speaker_text"],
                "speaker_actor": r["speaker_actor"], "speaker_code": r["speaker_code"]}

    def speakers(self, q: str | None, limit: int) -> dict[str, Any]:
        where, params = "", []
        if q:
            from tidings.query.events import _like

            where = " WHERE LOWER(q.text) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(q.speaker_name, q.speaker_text, '')) LIKE ? ESCAPE '\\'"
            params = [_like(q), _like(q)]
        base = (
            "SELECT COALESCE(q.speaker_name, q.speaker_text) AS speaker, MIN(q.speaker_code) AS code, COUNT(*) AS n,"
            f" COUNT(DISTINCT q.document_id) AS docs FROM quotes q{where} GROUP BY 1"
        )
        with self._lock:
            total = int(self.store.db.scalar(f"SELECT COUNT(*) FROM ({base}) y", params))
            rows = self.store.db.dicts(base + " ORDER BY 3 DESC, 1 NULLS LAST LIMIT ?", [*params, limit])
        items = [{"speaker": r["speaker"] or UNATTRIBUTED, "code": r["code"], "quotes": int(r["n"]),
                  "documents": int(r["docs"])} for r in rows]
        return {"total": total, "items": items}
