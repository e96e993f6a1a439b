"""A Document record as table rows (one function per table), and the event cluster key."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from tidings.model import Document, Event, Party, Place
from tidings.times.periods import period_bounds

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _json(value: Any) -> str | None:
    if value in (None, {}, []):
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _sectors(sectors: list[str]) -> str | None:
    return " ".join(sectors) if sectors else None


def _date(value: str | None) -> dt.date | None:
    if value and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


DOCUMENT_COLUMNS = (
    "id",
    "content_hash",
    "title",
    "url",
    "source",
    "published",
    "language",
    "dateline",
    "dateline_source",
    "origin",
    "text",
    "run_id",
    "coded_run_id",
    "ingested_at",
)


def document_row(doc: Document, run_id: str, now: dt.datetime, dateline_source: str | None = None) -> tuple:
    return (
        doc.id,
        doc.content_hash,
        doc.title,
        doc.url,
        doc.source,
        _date(doc.published),
        doc.language,
        doc.dateline,
        dateline_source,
        doc.origin,
        doc.text,
        run_id,
        run_id,
        now,
    )


Table = tuple[tuple[str, ...], list[tuple]]


def analysis_rows(doc: Document) -> dict[str, Table]:
    """Rows for every analysis table of one document: {table: (columns, rows)}."""
    places = {p.id: p for p in doc.places}
    return {
        "sentences": _sentence_rows(doc),
        "actors": _actor_rows(doc),
        "mentions": _mention_rows(doc),
        "places": _place_rows(doc),
        "times": _time_rows(doc),
        "quotes": _quote_rows(doc),
        "event_mentions": (EVENT_MENTION_COLUMNS, [event_mention_row(doc, e, places) for e in doc.events]),
    }


def _sentence_rows(doc: Document) -> Table:
    return (
        ("document_id", "idx", "start_char", "end_char", "text"),
        [(doc.id, s.index, s.start, s.end, s.text) for s in doc.sentences],
    )


def _actor_rows(doc: Document) -> Table:
    return (
        ("document_id", "id", "name", "country", "sectors", "code", "kind", "aliases", "evidence"),
        [
            (
                doc.id,
                a.id,
                a.name,
                a.country,
                _sectors(a.sectors),
                a.code,
                a.kind,
                _json(a.aliases),
                _json(a.evidence),
            )
            for a in doc.actors
        ],
    )


def _mention_rows(doc: Document) -> Table:
    return (
        ("document_id", "actor_id", "idx", "start_char", "end_char", "text"),
        [(doc.id, a.id, i, m.start, m.end, m.text) for a in doc.actors for i, m in enumerate(a.mentions)],
    )


def _place_rows(doc: Document) -> Table:
    return (
        (
            "document_id",
            "id",
            "text",
            "start_char",
            "end_char",
            "geonameid",
            "name",
            "country",
            "admin1",
            "lat",
            "lon",
            "feature",
            "population",
            "source",
            "fips",
            "admin1_code",
        ),
        [
            (
                doc.id,
                p.id,
                p.text,
                p.start,
                p.end,
                _gid(p),
                p.name,
                p.country,
                p.admin1,
                p.lat,
                p.lon,
                p.feature,
                p.population,
                p.source,
                p.fips,
                p.admin1_code,
            )
            for p in doc.places
        ],
    )


def _time_rows(doc: Document) -> Table:
    return (
        ("document_id", "idx", "text", "start_char", "end_char", "value", "granularity", "anchor", "note"),
        [
            (doc.id, i, t.text, t.start, t.end, t.value, t.granularity, t.anchor, t.note)
            for i, t in enumerate(doc.times)
        ],
    )


QUOTE_COLUMNS = (
    "document_id",
    "id",
    "text",
    "start_char",
    "end_char",
    "speaker_actor",
    "speaker_text",
    "speaker_code",
    "speaker_name",
    "speaker_start",
    "speaker_end",
    "cue",
    "kind",
    "events",
)


def _quote_rows(doc: Document) -> Table:
    """Quotes with their speaker, and the speaker's actor code and name (the CLI lists them)."""
    actors = {a.id: a for a in doc.actors}
    rows = []
    for q in doc.quotes:
        sp = q.speaker
        actor = actors.get(sp.actor) if sp and sp.actor else None
        rows.append(
            (
                doc.id,
                q.id,
                q.text,
                q.start,
                q.end,
                sp.actor if sp else None,
                sp.text if sp else None,
                actor.code if actor else None,
                actor.name if actor else None,
                sp.start if sp else None,
                sp.end if sp else None,
                q.cue,
                q.kind,
                _json(q.events),
            )
        )
    return QUOTE_COLUMNS, rows


def _gid(p: Place | None) -> str | None:
    return None if p is None or p.geonameid in (None, "") else str(p.geonameid)


def _party(p: Party | None) -> tuple:
    if p is None:
        return (None,) * 7
    return (p.actor, p.text, p.code, p.country, _sectors(p.sectors), p.start, p.end)


def party_key(p: Party | None) -> str | None:
    """The dyad side used for deduplication: country code (or code for non-state actors)."""
    if p is None:
        return "-"
    return p.country or p.code or None


def cluster_key(doc: Document, e: Event, placed: bool = False) -> str:
    """Events of different articles with the same key may be one real-world event.

    Key: directed dyad (country codes), CAMEO root, resolved date, negation. An event whose
    party is not coded or whose date is unknown cannot be matched, so its key is unique.
    An event without a target and without a place says too little to be matched with other
    articles ("the US criticised ..."): it is merged only within its own article.
    """
    src, tgt = party_key(e.source), party_key(e.target)
    day = (e.date.value if e.date and e.date.value else None) or doc.published
    if src is None or tgt is None or not day or not e.cameo:
        return f"~{doc.id}/{e.id}"
    status = (
        "neg" if e.negated else ("pos" if e.asserted else "unasserted")
    )  # "he may attack" is not "he attacked"
    key = "|".join((src, tgt, e.cameo[:2], day, status))
    return key if e.target is not None or placed else f"{key}|{doc.id}"


EVENT_MENTION_COLUMNS = (
    "document_id",
    "id",
    "event_id",
    "cluster_key",
    "sentence",
    *(
        f"{p}_{f}"
        for p in ("source", "target")
        for f in ("actor", "text", "code", "country", "sectors", "start", "end")
    ),
    "action_text",
    "action_lemma",
    "action_start",
    "action_end",
    "cameo",
    "cameo_label",
    "plover_event",
    "plover_mode",
    "plover_context",
    "goldstein",
    "quad_class",
    "negated",
    "modality",
    "date_value",
    "date_granularity",
    "date_text",
    "date_source",
    "day",
    "place_id",
    "place_text",
    "place_source",
    "geonameid",
    "place_name",
    "place_country",
    "place_admin1",
    "lat",
    "lon",
    "place_feature",
    "confidence",
    "evidence",
    "quote_id",
    "published",
    "asserted",
    "period_start",
    "period_end",
    "place_fips",
    "place_admin1_code",
)


def event_period(doc: Document, e: Event) -> tuple[dt.date, dt.date] | None:
    """The period the event's date names; the publication day when the event has no date."""
    if e.date and e.date.value:
        return period_bounds(e.date.value)
    day = _date(doc.published)
    return (day, day) if day else None


def event_mention_row(doc: Document, e: Event, places: dict[str, Place]) -> tuple:
    loc = e.location
    place = places.get(loc.place) if loc and loc.place else None
    date = e.date
    context = e.plover.context
    period = event_period(doc, e)
    day = period[0] if period and period[0] == period[1] else None
    return (
        doc.id,
        e.id,
        None,
        cluster_key(doc, e, _gid(place) is not None),
        e.sentence,
        *_party(e.source),
        *_party(e.target),
        e.action.text,
        e.action.lemma,
        e.action.start,
        e.action.end,
        e.cameo,
        e.cameo_label,
        e.plover.event,
        e.plover.mode,
        _json([context] if isinstance(context, str) else context),
        e.goldstein,
        e.quad_class,
        e.negated,
        e.modality,
        date.value if date else None,
        date.granularity if date else None,
        date.text if date else None,
        date.source if date else None,
        day,
        loc.place if loc else None,
        loc.text if loc else None,
        loc.source if loc else None,
        _gid(place),
        place.name if place else None,
        place.country if place else None,
        place.admin1 if place else None,
        place.lat if place else None,
        place.lon if place else None,
        place.feature if place else None,
        e.confidence,
        _json(e.evidence),
        e.quote,
        _date(doc.published),
        e.asserted,
        period[0] if period else None,
        period[1] if period else None,
        place.fips if place else None,
        place.admin1_code if place else None,
    )
