"""Aggregates over the events a filter selects: store totals, actors by event counts, the
dyad network, event places and quote speakers. The web page draws these; every one is
built on ``event_where`` so a filter means the same in every view and in the CLI.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tidings.query.events import _like, event_where
from tidings.query.filters import EventFilter, Page
from tidings.store.store import Store

UNATTRIBUTED = "(unattributed)"  # the speaker shown for quotes nobody was found to say


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v


def _mean(v: Any) -> float | None:
    return round(float(v), 3) if v is not None else None


def _and(where: str, cond: str) -> str:
    return f"{where} AND {cond}" if where else f" WHERE {cond}"


def stats(store: Store, f: EventFilter | None = None) -> dict[str, Any]:
    """Rows per table and the span of event periods (asserted events unless ``f`` says otherwise)."""
    w = event_where(f or EventFilter())
    row = store.db.fetchone(
        f"SELECT COUNT(*), MIN(e.period_start), MAX(e.period_end) FROM events e{w.sql()}", w.params
    ) or (0, None, None)
    counts = {t: int(store.db.scalar(f"SELECT COUNT(*) FROM {t}")) for t in ("documents", "quotes", "places")}
    return {
        "backend": store.kind,
        **counts,
        "events": int(row[0]),
        "date_min": _iso(row[1]),
        "date_max": _iso(row[2]),
    }


def _sides(f: EventFilter) -> tuple[str, list[Any]]:
    """One row per (event, side): the code, name and Goldstein score of each party."""
    w = event_where(f)
    sql = (
        "SELECT COALESCE(e.source_code, e.source_country) AS code, e.source_name AS name, 1 AS s, 0 AS t,"
        f" e.goldstein AS g FROM events e{w.sql()}"
        " UNION ALL SELECT COALESCE(e.target_code, e.target_country), e.target_name, 0, 1, e.goldstein"
        f" FROM events e{w.sql()}"
    )
    return sql, [*w.params, *w.params]


def actor_counts(store: Store, f: EventFilter | None = None, limit: int = 50, offset: int = 0) -> Page:
    """Actors by the number of matching events they take part in, as source and as target."""
    sides, params = _sides(f or EventFilter())
    base = (
        "SELECT code, MIN(name) AS name, SUM(s) AS as_source, SUM(t) AS as_target, AVG(g) AS gm"
        f" FROM ({sides}) x WHERE code IS NOT NULL GROUP BY code"
    )
    total = int(store.db.scalar(f"SELECT COUNT(*) FROM ({base}) y", params))
    rows = store.db.dicts(
        base + " ORDER BY SUM(s) + SUM(t) DESC, code LIMIT ? OFFSET ?", [*params, limit, offset]
    )
    items = [
        {
            "code": r["code"],
            "name": r["name"] or r["code"],
            "as_source": int(r["as_source"]),
            "as_target": int(r["as_target"]),
            "events": int(r["as_source"]) + int(r["as_target"]),
            "goldstein_mean": _mean(r["gm"]),
        }
        for r in rows
    ]
    return Page(items, total, limit, offset)


def network(store: Store, f: EventFilter | None = None, max_edges: int = 80) -> dict[str, Any]:
    """The directed dyads of the matching events (most events first) and their actors."""
    w = event_where(f or EventFilter())
    src, tgt = "COALESCE(e.source_code, e.source_country)", "COALESCE(e.target_code, e.target_country)"
    where = _and(w.sql(), f"{src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt}")
    rows = store.db.dicts(
        f"SELECT {src} AS s, {tgt} AS t, COUNT(*) AS n, AVG(e.goldstein) AS gm, MIN(e.source_name) AS sn,"
        f" MIN(e.target_name) AS tn FROM events e{where} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
        [*w.params, max_edges],
    )
    weight: dict[str, int] = {}
    names: dict[str, str] = {}
    for r in rows:
        for code, name in ((r["s"], r["sn"]), (r["t"], r["tn"])):
            weight[code] = weight.get(code, 0) + int(r["n"])
            names.setdefault(code, name or code)
    return {
        "nodes": [{"code": c, "name": names[c], "events": n} for c, n in sorted(weight.items())],
        "edges": [
            {"source": r["s"], "target": r["t"], "count": int(r["n"]), "goldstein_mean": _mean(r["gm"])}
            for r in rows
        ],
    }


def place_counts(store: Store, f: EventFilter | None = None, limit: int = 1000, offset: int = 0) -> Page:
    """Places of the matching events with their event counts (only placed events)."""
    w = event_where(f or EventFilter())
    where = _and(w.sql(), "e.lat IS NOT NULL AND e.lon IS NOT NULL")
    base = (
        "SELECT COALESCE(e.geonameid, e.place_name) AS k, MIN(e.place_name) AS name, MIN(e.geonameid) AS gid,"
        " MIN(e.place_country) AS country, AVG(e.lat) AS lat, AVG(e.lon) AS lon, COUNT(*) AS n,"
        f" AVG(e.goldstein) AS gm FROM events e{where} GROUP BY 1"
    )
    total = int(store.db.scalar(f"SELECT COUNT(*) FROM ({base}) y", w.params))
    rows = store.db.dicts(base + " ORDER BY 7 DESC, 2, 1 LIMIT ? OFFSET ?", [*w.params, limit, offset])
    items = [
        {
            "key": str(r["k"]),
            "name": r["name"],
            "geonameid": r["gid"],
            "country": r["country"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "events": int(r["n"]),
            "goldstein_mean": _mean(r["gm"]),
        }
        for r in rows
    ]
    return Page(items, total, limit, offset)


def speakers(store: Store, q: str | None = None, limit: int = 100) -> Page:
    """Quote speakers (actor name, else the words naming them) by number of quotes."""
    where, params = "", []
    if q:
        where = (
            " WHERE LOWER(q.text) LIKE ? ESCAPE '\\' OR"
            " LOWER(COALESCE(q.speaker_name, q.speaker_text, '')) LIKE ? ESCAPE '\\'"
        )
        params = [_like(q), _like(q)]
    base = (
        "SELECT COALESCE(q.speaker_name, q.speaker_text) AS speaker, MIN(q.speaker_code) AS code, COUNT(*) AS n,"
        f" COUNT(DISTINCT q.document_id) AS docs FROM quotes q{where} GROUP BY 1"
    )
    total = int(store.db.scalar(f"SELECT COUNT(*) FROM ({base}) y", params))
    rows = store.db.dicts(base + " ORDER BY 3 DESC, 1 NULLS LAST LIMIT ?", [*params, limit])
    items = [
        {
            "speaker": r["speaker"] or UNATTRIBUTED,
            "code": r["code"],
            "quotes": int(r["n"]),
            "documents": int(r["docs"]),
        }
        for r in rows
    ]
    return Page(items, total, limit)
