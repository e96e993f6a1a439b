"""Queries over a Store: events, event mentions, series, actors, quotes, documents.

Every function takes a ``Store`` and a filter dataclass and returns plain dicts (JSON-
ready apart from dates), with ``limit``/``offset`` paging and the total that matched.
All user values travel as SQL parameters; only whitelisted words are ever part of SQL.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any, Literal

from tidings import countries
from tidings.query.filters import ActorFilter, EventFilter, Page, QuoteFilter, parse_dyad
from tidings.query.rows import event_record, quote_record
from tidings.store.store import Store

Period = Literal["day", "week", "month", "year"]


def _like(value: str, *, prefix: bool = False) -> str:
    v = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").lower()
    return v + "%" if prefix else "%" + v + "%"


def iso2_to_iso3() -> dict[str, str]:
    """Alpha-2 -> alpha-3 (kept for callers; tidings.countries is the one table)."""
    return {iso: c["iso3"] for iso, c in countries.table().items()}


class _Where:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def _side(col: str, value: str) -> tuple[str, list[Any]]:
    """A party matches by code prefix (IRN, IRNGOV) or by a part of its name."""
    sql = (
        f"(LOWER(COALESCE(e.{col}_code, e.{col}_country, '')) LIKE ? ESCAPE '\\'"
        f" OR LOWER(COALESCE(e.{col}_name, '')) LIKE ? ESCAPE '\\')"
    )
    return sql, [_like(value, prefix=True), _like(value)]


def _code(col: str, value: str) -> tuple[str, list[Any]]:
    if not value:
        return "TRUE", []
    if value in ("-", "NONE"):  # no target
        return f"e.{col}_code IS NULL AND e.{col}_country IS NULL", []
    return f"UPPER(COALESCE(e.{col}_code, e.{col}_country, '')) LIKE ? ESCAPE '\\'", [
        _like(value, prefix=True).upper()
    ]


def event_where(f: EventFilter) -> _Where:
    w = _Where()
    if f.actor:
        s_sql, s_p = _side("source", f.actor)
        t_sql, t_p = _side("target", f.actor)
        w.add(f"({s_sql} OR {t_sql})", *s_p, *t_p)
    if f.source:
        sql, p = _side("source", f.source)
        w.add(sql, *p)
    if f.target:
        sql, p = _side("target", f.target)
        w.add(sql, *p)
    dyad = parse_dyad(f.dyad)
    if dyad:
        a_sql, a_p = _code("source", dyad[0])
        b_sql, b_p = _code("target", dyad[1])
        if f.undirected:
            c_sql, c_p = _code("source", dyad[1])
            d_sql, d_p = _code("target", dyad[0])
            w.add(f"(({a_sql} AND {b_sql}) OR ({c_sql} AND {d_sql}))", *a_p, *b_p, *c_p, *d_p)
        else:
            w.add(f"({a_sql} AND {b_sql})", *a_p, *b_p)
    if f.cameo:
        w.add("e.cameo LIKE ? ESCAPE '\\'", _like(f.cameo.strip(), prefix=True))
    if f.plover:
        w.add("UPPER(e.plover_event) = ?", f.plover.strip().upper())
    if f.quad_class is not None:
        w.add("e.quad_class = ?", int(f.quad_class))
    if f.date_from:
        w.add("e.period_start >= ?", f.date_from)
    if f.date_to:
        w.add("e.period_end <= ?", f.date_to)
    if f.place:
        if f.place.strip().isdigit():
            w.add("e.geonameid = ?", f.place.strip())
        else:
            w.add("LOWER(e.place_name) LIKE ? ESCAPE '\\'", _like(f.place.strip()))
    if f.country:
        c = f.country.strip().upper()
        w.add("UPPER(e.place_country) = ?", countries.alpha2(c) or c)
    if f.text:
        w.add(
            "EXISTS (SELECT 1 FROM event_mentions tm JOIN sentences ts ON ts.document_id = tm.document_id"
            " AND ts.idx = tm.sentence WHERE tm.event_id = e.id AND LOWER(ts.text) LIKE ? ESCAPE '\\')",
            _like(f.text.strip()),
        )
    if f.document:
        w.add(
            "EXISTS (SELECT 1 FROM event_mentions dm WHERE dm.event_id = e.id AND dm.document_id = ?)",
            f.document,
        )
    if f.min_articles:
        w.add("e.num_articles >= ?", int(f.min_articles))
    if not f.include_unasserted:
        w.add("e.asserted")
    return w


_EVENT_SELECT = """
SELECT e.*, fm.sentence AS sentence, s.text AS sentence_text, fm.action_text, fm.source_text, fm.target_text,
       fm.place_text, fm.plover_context, fm.date_text, fm.evidence, fm.action_start, fm.action_end,
       s.start_char AS sentence_start, s.end_char AS sentence_end,
       d.title AS first_title, d.source AS first_source, d.language AS language
FROM events e
LEFT JOIN event_mentions fm ON fm.document_id = e.first_document AND fm.id = e.first_mention
LEFT JOIN sentences s ON s.document_id = fm.document_id AND s.idx = fm.sentence
LEFT JOIN documents d ON d.id = e.first_document
"""


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for k in ("plover_context", "evidence", "aliases", "events"):
        if isinstance(row.get(k), str):
            try:
                row[k] = json.loads(row[k])
            except ValueError:
                pass
    return row


def _limit(limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None:
        return (" OFFSET ?", [int(offset)]) if offset else ("", [])
    return " LIMIT ? OFFSET ?", [int(limit), int(offset)]


EVENT_ORDERS = {
    "day": "e.period_start NULLS LAST, e.period_end NULLS LAST, e.id",
    "-day": "e.period_start DESC NULLS LAST, e.period_end DESC NULLS LAST, e.id",
    "articles": "e.num_articles DESC, e.num_mentions DESC, e.period_start NULLS LAST, e.id",
    "goldstein": "e.goldstein, e.period_start NULLS LAST, e.id",
    "-goldstein": "e.goldstein DESC, e.period_start NULLS LAST, e.id",
}


def events(
    store: Store, f: EventFilter | None = None, limit: int | None = 100, offset: int = 0, order: str = "day"
) -> Page:
    """Deduplicated events matching ``f`` with their first report's sentence; ``order`` is one of
    ``EVENT_ORDERS`` (default: oldest first)."""
    if order not in EVENT_ORDERS:
        raise ValueError(f"order must be one of {', '.join(EVENT_ORDERS)}, not {order!r}")
    f = f or EventFilter()
    w = event_where(f)
    total = int(store.db.scalar("SELECT COUNT(*) FROM events e" + w.sql(), w.params))
    lim_sql, lim_p = _limit(limit, offset)
    items = store.db.dicts(
        _EVENT_SELECT + w.sql() + " ORDER BY " + EVENT_ORDERS[order] + lim_sql, [*w.params, *lim_p]
    )
    return Page([event_record(_decode(r)) for r in items], total, limit, offset)


def iter_events(
    store: Store, f: EventFilter | None = None, page_size: int = 5000, order: str = "day"
) -> Iterator[dict[str, Any]]:
    """Every matching event, fetched a page at a time (memory stays flat for large exports)."""
    offset = 0
    while True:
        page = events(store, f, limit=page_size, offset=offset, order=order)
        yield from page.items
        offset += len(page.items)
        if len(page.items) < page_size:
            return


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event with all its mentions (each report that supports it)."""
    rows = store.db.dicts(_EVENT_SELECT + " WHERE e.id = ?", [event_id])
    if not rows:
        return None
    out = event_record(_decode(rows[0]))
    out["evidence"] = _decode(rows[0]).get("evidence")
    out["mentions"] = event_mentions(store, event_id)
    return out


def event_mentions(store: Store, event_id: str) -> list[dict[str, Any]]:
    rows = store.db.dicts(
        "SELECT m.*, s.text AS sentence_text, d.title, d.url, d.source AS publication, d.published AS report_date"
        " FROM event_mentions m JOIN documents d ON d.id = m.document_id"
        " LEFT JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence"
        " WHERE m.event_id = ? ORDER BY d.published NULLS LAST, m.document_id, m.sentence, m.id",
        [event_id],
    )
    return [_decode(r) for r in rows]


_TRUNC = {"day": "{c}", **{p: f"CAST(date_trunc('{p}', {{c}}) AS DATE)" for p in ("week", "month", "year")}}


def _bin(by: str, column: str) -> str:
    return _TRUNC[by].format(c=column)


def series(store: Store, f: EventFilter | None = None, by: Period = "day") -> list[dict[str, Any]]:
    """Events per period: total, one count per quad class, Goldstein sum and mean.

    Weeks start on Monday (ISO); a period is named by its first day. An event counts in a
    bin when its own period lies inside it: a month-dated event is in the month and year
    series, not in the day or week ones (``series_coverage`` counts what is left out).
    """
    if by not in _TRUNC:
        raise ValueError(f"by must be one of {', '.join(_TRUNC)}, not {by!r}")
    f = f or EventFilter()
    w = event_where(f)
    start, end = _bin(by, "e.period_start"), _bin(by, "e.period_end")
    w.add(f"e.period_start IS NOT NULL AND {start} = {end}")
    sql = (
        f"SELECT {start} AS period, COUNT(*) AS events,"
        " SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END) AS quad1,"
        " SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END) AS quad2,"
        " SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END) AS quad3,"
        " SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END) AS quad4,"
        " SUM(e.goldstein) AS goldstein_sum, AVG(e.goldstein) AS goldstein_mean,"
        " SUM(e.num_mentions) AS mentions"
        f" FROM events e{w.sql()} GROUP BY 1 ORDER BY 1"
    )
    out = []
    for r in store.db.dicts(sql, w.params):
        for k in ("events", "quad1", "quad2", "quad3", "quad4", "mentions"):
            r[k] = int(r[k] or 0)
        r["goldstein_sum"] = round(float(r["goldstein_sum"] or 0.0), 4)
        r["goldstein_mean"] = (
            round(float(r["goldstein_mean"]), 4) if r["goldstein_mean"] is not None else None
        )
        if isinstance(r["period"], dt.datetime):
            r["period"] = r["period"].date()
        out.append(r)
    return out


def series_coverage(store: Store, f: EventFilter | None = None, by: Period = "day") -> dict[str, int]:
    """How the matching events meet a ``by`` series: binned, dated more coarsely, undated."""
    if by not in _TRUNC:
        raise ValueError(f"by must be one of {', '.join(_TRUNC)}, not {by!r}")
    w = event_where(f or EventFilter())
    start, end = _bin(by, "e.period_start"), _bin(by, "e.period_end")
    row = store.db.fetchone(
        f"SELECT COUNT(*), SUM(CASE WHEN e.period_start IS NULL THEN 1 ELSE 0 END),"
        f" SUM(CASE WHEN e.period_start IS NOT NULL AND {start} <> {end} THEN 1 ELSE 0 END)"
        f" FROM events e{w.sql()}",
        w.params,
    ) or (0, 0, 0)
    total, undated, coarser = (int(v or 0) for v in row)
    return {"events": total, "binned": total - undated - coarser, "coarser": coarser, "undated": undated}


def actors(store: Store, f: ActorFilter | None = None, limit: int | None = 100, offset: int = 0) -> Page:
    """Actors across documents, one row per (code, name), most reported first."""
    f = f or ActorFilter()
    w = _Where()
    if f.name:
        w.add("LOWER(a.name) LIKE ? ESCAPE '\\'", _like(f.name))
    if f.code:
        w.add("UPPER(a.code) LIKE ? ESCAPE '\\'", _like(f.code, prefix=True).upper())
    if f.country:
        w.add("UPPER(a.country) = ?", f.country.upper())
    if f.document:
        w.add("a.document_id = ?", f.document)
    base = (
        "SELECT a.code, a.name, MIN(a.country) AS country, MIN(a.sectors) AS sectors, MIN(a.kind) AS kind,"
        " COUNT(DISTINCT a.document_id) AS documents, COALESCE(SUM(mc.n), 0) AS mentions"
        " FROM actors a LEFT JOIN (SELECT document_id, actor_id, COUNT(*) AS n FROM mentions"
        " GROUP BY document_id, actor_id) mc ON mc.document_id = a.document_id AND mc.actor_id = a.id"
        f"{w.sql()} GROUP BY a.code, a.name"
    )
    total = int(store.db.scalar(f"SELECT COUNT(*) FROM ({base}) t", w.params))
    lim_sql, lim_p = _limit(limit, offset)
    items = store.db.dicts(
        base + " ORDER BY documents DESC, mentions DESC, a.name" + lim_sql, [*w.params, *lim_p]
    )
    for r in items:
        r["documents"], r["mentions"] = int(r["documents"]), int(r["mentions"])
    return Page(items, total, limit, offset)


def quotes(store: Store, f: QuoteFilter | None = None, limit: int | None = 100, offset: int = 0) -> Page:
    """Quotes with their speaker (actor code and name) and the reporting document."""
    f = f or QuoteFilter()
    w = _Where()
    if f.speaker:
        w.add(
            "(UPPER(COALESCE(q.speaker_code, '')) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(q.speaker_name, ''))"
            " LIKE ? ESCAPE '\\' OR LOWER(COALESCE(q.speaker_text, '')) LIKE ? ESCAPE '\\')",
            _like(f.speaker, prefix=True).upper(),
            _like(f.speaker),
            _like(f.speaker),
        )
    if f.unattributed:
        w.add("q.speaker_name IS NULL AND q.speaker_text IS NULL")
    if f.text:
        w.add("LOWER(q.text) LIKE ? ESCAPE '\\'", _like(f.text))
    if f.document:
        w.add("q.document_id = ?", f.document)
    if f.date_from:
        w.add("d.published >= ?", f.date_from)
    if f.date_to:
        w.add("d.published <= ?", f.date_to)
    frm = " FROM quotes q JOIN documents d ON d.id = q.document_id" + w.sql()
    total = int(store.db.scalar("SELECT COUNT(*)" + frm, w.params))
    lim_sql, lim_p = _limit(limit, offset)
    items = store.db.dicts(
        "SELECT q.document_id, q.id, q.text, q.start_char, q.end_char, q.speaker_actor, q.speaker_text,"
        " q.speaker_code, q.speaker_name, q.cue, q.kind, q.events, d.published, d.title, d.url, d.source"
        + frm
        + " ORDER BY d.published NULLS LAST, q.document_id, q.start_char"
        + lim_sql,
        [*w.params, *lim_p],
    )
    return Page([quote_record(_decode(r)) for r in items], total, limit, offset)


def documents(store: Store, limit: int | None = 100, offset: int = 0, text: str | None = None) -> Page:
    w = _Where()
    if text:
        w.add(
            "(LOWER(d.text) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(d.title, '')) LIKE ? ESCAPE '\\')",
            _like(text),
            _like(text),
        )
    total = int(store.db.scalar("SELECT COUNT(*) FROM documents d" + w.sql(), w.params))
    lim_sql, lim_p = _limit(limit, offset)
    items = store.db.dicts(
        "SELECT d.id, d.title, d.url, d.source, d.published, d.language, d.origin, d.content_hash,"
        " (SELECT COUNT(*) FROM event_mentions m WHERE m.document_id = d.id) AS events"
        " FROM documents d" + w.sql() + " ORDER BY d.published NULLS LAST, d.id" + lim_sql,
        [*w.params, *lim_p],
    )
    return Page(items, total, limit, offset)


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A stored document with its analysis rows (sentences, actors, events, quotes, places, times)."""
    doc = store.document(doc_id)
    if doc is None:
        return None
    for table, order in (
        ("sentences", "idx"),
        ("actors", "id"),
        ("mentions", "actor_id, idx"),
        ("places", "start_char"),
        ("times", "idx"),
        ("quotes", "start_char"),
        ("event_mentions", "sentence, id"),
    ):
        doc[table] = [
            _decode(r)
            for r in store.db.dicts(f"SELECT * FROM {table} WHERE document_id = ? ORDER BY {order}", [doc_id])
        ]
    return doc


def errors(store: Store, limit: int | None = 100, offset: int = 0) -> Page:
    total = int(store.db.scalar("SELECT COUNT(*) FROM errors"))
    lim_sql, lim_p = _limit(limit, offset)
    return Page(
        store.db.dicts("SELECT * FROM errors ORDER BY created_at, id" + lim_sql, lim_p), total, limit, offset
    )
