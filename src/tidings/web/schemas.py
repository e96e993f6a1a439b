"""Response shapes of the web API: they document /openapi.json and check every answer."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from tidings.query.rows import EVENT_FIELDS


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Stats(Out):
    backend: str
    version: str
    documents: int
    events: int
    quotes: int
    places: int
    date_min: str | None
    date_max: str | None


_JSON_TYPES: dict[str, Any] = {
    "string": str,
    "date": str,
    "bool": bool,
    "int": int,
    "float": float,
    "timestamp": str,
}

# A (deduplicated) event with its first report: the fields of ``tidings.query.rows.EVENT_FIELDS``,
# the same names and meaning as the CLI's CSV/JSONL/Parquet exports.
EventRow = create_model(  # type: ignore[call-overload]
    "EventRow",
    __base__=Out,
    __doc__="A (deduplicated) event with its first report's document and sentence.",
    **{f.name: (_JSON_TYPES[f.type] | None, Field(None, description=f.doc)) for f in EVENT_FIELDS},
)


class Report(Out):
    document: str
    mention: str
    title: str | None
    url: str | None
    publication: str | None
    published: str | None
    sentence_text: str | None


class EventDetail(EventRow):  # type: ignore[valid-type,misc]
    evidence: dict[str, Any] | None = None
    mentions: list[Report]


class Paged(Out):
    total: int
    limit: int
    offset: int


class Events(Paged):
    items: list[EventRow]  # type: ignore[valid-type]


class Period(Out):
    period: str
    count: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein_sum: float
    goldstein_mean: float | None


class Series(Out):
    by: str
    items: list[Period]
    undated: int  # matching events with no date at all
    coarser: int = 0  # matching events dated more coarsely than ``by`` (a month in a daily series)


class ActorRow(Out):
    code: str
    name: str
    as_source: int
    as_target: int
    events: int
    goldstein_mean: float | None


class Actors(Paged):
    items: list[ActorRow]


class Node(Out):
    code: str
    name: str
    events: int


class Edge(Out):
    source: str
    target: str
    count: int
    goldstein_mean: float | None


class Network(Out):
    nodes: list[Node]
    edges: list[Edge]


class PlaceRow(Out):
    key: str
    name: str | None
    geonameid: int | str | None
    country: str | None
    lat: float
    lon: float
    events: int
    goldstein_mean: float | None


class Places(Paged):
    items: list[PlaceRow]


class QuoteRow(Out):
    id: str
    document: str
    title: str | None
    url: str | None = None
    published: str | None
    text: str
    start: int | None
    end: int | None
    kind: str | None
    cue: str | None
    speaker: str | None
    speaker_text: str | None
    speaker_actor: str | None
    speaker_code: str | None


class Quotes(Paged):
    items: list[QuoteRow]


class SpeakerRow(Out):
    speaker: str
    code: str | None
    quotes: int
    documents: int


class Speakers(Out):
    total: int
    items: list[SpeakerRow]


class DocumentRow(Out):
    model_config = ConfigDict(extra="allow")  # the store adds its own columns (origin, hash ...)

    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    events: int


class Documents(Paged):
    items: list[DocumentRow]
