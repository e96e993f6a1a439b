"""The one shape of an event row: CLI exports (CSV, JSONL, Parquet), the web API and its CSV.

``EVENT_FIELDS`` names every column in order with its type and meaning; docs/store.md shows
the same table and ``tests/query/test_rows.py`` keeps the two equal. A row comes from the
store (``event_record``) or, for extract output held in memory, from the same SQL over an
in-memory store, so a field means the same wherever it is read.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Literal

FieldType = Literal["string", "date", "bool", "int", "float", "timestamp"]


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    doc: str


EVENT_FIELDS: tuple[Field, ...] = (
    Field("id", "string", "event id (content hash; the same event from several articles is one row)"),
    Field(
        "date", "string", "TIMEX3 value at the precision the text gives (2019-01-22, 2019-W04, 2019-01, 2019)"
    ),
    Field("date_granularity", "string", "day, week, month, season, quarter, year or decade"),
    Field("period_start", "date", "first day of the period `date` names"),
    Field("period_end", "date", "last day of that period"),
    Field(
        "asserted",
        "bool",
        "false for negated, hypothetical, conditional, intended, obligation, denied and alleged events",
    ),
    Field("negated", "bool", "the text says the event did not happen"),
    Field("modality", "string", "asserted, future, hypothetical, conditional, intended or obligation"),
    Field("source_code", "string", "source actor's CAMEO code (IRNGOV)"),
    Field("source_name", "string", "source actor's name"),
    Field("source_text", "string", "the words of the source in the first report"),
    Field("source_country", "string", "source country, ISO 3166-1 alpha-3 (empty for IGOs and NGOs)"),
    Field("source_sectors", "string", "source CAMEO sector codes, space-separated"),
    Field("target_code", "string", "target actor's CAMEO code (empty when the event has no target)"),
    Field("target_name", "string", "target actor's name"),
    Field("target_text", "string", "the words of the target in the first report"),
    Field("target_country", "string", "target country, ISO 3166-1 alpha-3"),
    Field("target_sectors", "string", "target CAMEO sector codes, space-separated"),
    Field("action", "string", "the words of the action in the first report"),
    Field("cameo", "string", "CAMEO event code with leading zeros (042)"),
    Field("cameo_root", "string", "CAMEO root code (04)"),
    Field("cameo_label", "string", "CAMEO label of the code"),
    Field("plover_event", "string", "PLOVER event type (CONSULT)"),
    Field("plover_mode", "string", "PLOVER mode (visit)"),
    Field("plover_context", "string", "PLOVER contexts, space-separated"),
    Field("quad_class", "int", "CAMEO quad class: 1 verbal cooperation .. 4 material conflict"),
    Field("goldstein", "float", "Goldstein score of the CAMEO code"),
    Field("place_name", "string", "where the event happened: GeoNames name"),
    Field("place_country", "string", "country of the place, ISO 3166-1 alpha-2 as GeoNames gives it"),
    Field("place_admin1", "string", "first-level administrative division of the place"),
    Field("geonameid", "string", "GeoNames id of the place"),
    Field("lat", "float", "latitude of the place"),
    Field("lon", "float", "longitude of the place"),
    Field("place_feature", "string", "GeoNames feature class.code of the place (P.PPLC)"),
    Field("place_fips", "string", "FIPS 10-4 country code of the place (GDELT's country codes: Iraq IZ)"),
    Field("place_admin1_code", "string", "GeoNames admin1 code of the place (FIPS for most countries)"),
    Field("num_mentions", "int", "reports of the event (sentences)"),
    Field("num_articles", "int", "articles that report it"),
    Field("num_sources", "int", "distinct publications that report it"),
    Field("first_report", "date", "publication day of the first report"),
    Field("last_report", "date", "publication day of the last report"),
    Field("document", "string", "id of the first reporting document"),
    Field("mention", "string", "id of the event mention in that document"),
    Field("title", "string", "title of the first reporting document"),
    Field("url", "string", "URL of the first reporting document"),
    Field("publication", "string", "publisher of the first reporting document"),
    Field("sentence", "int", "index of the reporting sentence in that document"),
    Field("sentence_text", "string", "the reporting sentence"),
    Field("is_root", "bool", "reported in the document's first sentence (GDELT's IsRootEvent)"),
    Field("confidence", "float", "the coder's confidence, 0..1"),
    Field("added_at", "timestamp", "when the event was first stored (UTC)"),
)
EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in EVENT_FIELDS)
EVENT_TYPES: dict[str, FieldType] = {f.name: f.type for f in EVENT_FIELDS}

SERIES_FIELDS: tuple[Field, ...] = (
    Field("period", "date", "first day of the period (weeks start on Monday)"),
    Field("events", "int", "events in the period"),
    Field("quad1", "int", "verbal cooperation events"),
    Field("quad2", "int", "material cooperation events"),
    Field("quad3", "int", "verbal conflict events"),
    Field("quad4", "int", "material conflict events"),
    Field("goldstein_sum", "float", "sum of Goldstein scores"),
    Field("goldstein_mean", "float", "mean Goldstein score"),
    Field("mentions", "int", "reports of those events"),
)
SERIES_TYPES: dict[str, FieldType] = {f.name: f.type for f in SERIES_FIELDS}


def _words(value: Any) -> str | None:
    """A list (or its JSON text) as space-separated words."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value or None
    if isinstance(value, list):
        return " ".join(str(v) for v in value) or None
    return None if value in (None, "") else str(value)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value[:10])
    return value if isinstance(value, dt.date) else None


def event_record(r: dict[str, Any]) -> dict[str, Any]:
    """A row of ``tidings.query.events`` (the store's columns) in the shape of ``EVENT_FIELDS``."""
    period_start, period_end = _day(r.get("period_start")), _day(r.get("period_end"))
    date = r.get("date_value") or (
        period_start.isoformat() if period_start and period_start == period_end else None
    )
    out: dict[str, Any] = {
        "id": r["id"],
        "date": date,
        "date_granularity": r.get("date_granularity") or ("day" if date else None),
        "period_start": period_start,
        "period_end": period_end,
        "asserted": bool(r.get("asserted")) if r.get("asserted") is not None else None,
        "negated": bool(r.get("negated")),
        "modality": r.get("modality"),
    }
    for side in ("source", "target"):
        out[f"{side}_code"] = r.get(f"{side}_code") or r.get(f"{side}_country")
        out[f"{side}_name"] = r.get(f"{side}_name")
        out[f"{side}_text"] = r.get(f"{side}_text")
        out[f"{side}_country"] = r.get(f"{side}_country")
        out[f"{side}_sectors"] = r.get(f"{side}_sectors")
    cameo = r.get("cameo") or None
    out.update(
        {
            "action": r.get("action_text"),
            "cameo": cameo,
            "cameo_root": r.get("cameo_root") or (cameo[:2] if cameo else None),
            "cameo_label": r.get("cameo_label"),
            "plover_event": r.get("plover_event"),
            "plover_mode": r.get("plover_mode"),
            "plover_context": _words(r.get("plover_context")),
            "quad_class": r.get("quad_class"),
            "goldstein": r.get("goldstein"),
            "place_name": r.get("place_name"),
            "place_country": r.get("place_country"),
            "place_admin1": r.get("place_admin1"),
            "geonameid": None if r.get("geonameid") in (None, "") else str(r["geonameid"]),
            "lat": r.get("lat"),
            "lon": r.get("lon"),
            "place_feature": r.get("place_feature"),
            "place_fips": r.get("place_fips"),
            "place_admin1_code": r.get("place_admin1_code"),
            "num_mentions": r.get("num_mentions"),
            "num_articles": r.get("num_articles"),
            "num_sources": r.get("num_sources"),
            "first_report": _day(r.get("first_report")),
            "last_report": _day(r.get("last_report")),
            "document": r.get("first_document"),
            "mention": r.get("first_mention"),
            "title": r.get("first_title"),
            "url": r.get("first_url"),
            "publication": r.get("first_source"),
            "sentence": r.get("sentence"),
            "sentence_text": r.get("sentence_text"),
            "is_root": bool(r["is_root"]) if r.get("is_root") is not None else None,
            "confidence": r.get("confidence"),
            "added_at": r.get("added_at"),
        }
    )
    return out


ACTOR_FIELDS: tuple[Field, ...] = (
    Field("code", "string", "CAMEO actor code"),
    Field("name", "string", "actor name"),
    Field("country", "string", "country, ISO 3166-1 alpha-3"),
    Field("sectors", "string", "CAMEO sector codes, space-separated"),
    Field("kind", "string", "person, organisation, country, group or collective"),
    Field("documents", "int", "documents that mention the actor"),
    Field("mentions", "int", "mentions across those documents"),
)

QUOTE_FIELDS: tuple[Field, ...] = (
    Field("id", "string", "quote id"),
    Field("document", "string", "id of the document"),
    Field("title", "string", "title of the document"),
    Field("url", "string", "URL of the document"),
    Field("published", "date", "publication day of the document"),
    Field("text", "string", "the quoted words"),
    Field("start", "int", "character offset of the quote in the document text"),
    Field("end", "int", "end offset"),
    Field("kind", "string", "direct, indirect or mixed"),
    Field("cue", "string", "the reporting verb (said, told ...)"),
    Field("speaker", "string", "the speaker's actor name, else the words naming the speaker"),
    Field("speaker_text", "string", "the words naming the speaker"),
    Field("speaker_actor", "string", "the speaker's actor id in the document"),
    Field("speaker_code", "string", "the speaker's CAMEO code"),
)

FIELDS: dict[str, tuple[Field, ...]] = {
    "events": EVENT_FIELDS,
    "series": SERIES_FIELDS,
    "actors": ACTOR_FIELDS,
    "quotes": QUOTE_FIELDS,
}


def quote_record(r: dict[str, Any]) -> dict[str, Any]:
    """A row of ``tidings.query.quotes`` in the shape of ``QUOTE_FIELDS``."""
    return {
        "id": r["id"],
        "document": r.get("document_id"),
        "title": r.get("title"),
        "url": r.get("url"),
        "published": _day(r.get("published")),
        "text": r.get("text"),
        "start": r.get("start_char"),
        "end": r.get("end_char"),
        "kind": r.get("kind"),
        "cue": r.get("cue"),
        "speaker": r.get("speaker_name") or r.get("speaker_text"),
        "speaker_text": r.get("speaker_text"),
        "speaker_actor": r.get("speaker_actor"),
        "speaker_code": r.get("speaker_code"),
    }
