"""Response shapes of the web API: they document /openapi.json and check every answer."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


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


class EventRow(Out):
    """A (deduplicated) event with its first report's document and sentence."""

    id: str
    document: str | None
    mention: str | None
    title: str | None
    published: str | None
    sentence: int | None
    sentence_text: str | None
    date: str | None
    date_granularity: str | None
    source_code: str | None
    source_text: str | None
    source_name: str | None
    source_actor: str | None = None
    target_code: str | None
    target_text: str | None
    target_name: str | None
    target_actor: str | None = None
    action: str | None
    cameo: str
    cameo_label: str | None
    root: str | None
    plover: str | None
    plover_mode: str | None
    goldstein: float | None
    quad_class: int | None
    negated: bool
    modality: str | None
    confidence: float | None
    place: str | None
    place_id: str | None = None
    geonameid: int | str | None
    country: str | None
    lat: float | None
    lon: float | None
    num_mentions: int | None
    num_articles: int | None
    num_sources: int | None = None


class Report(Out):
    document: str
    mention: str
    title: str | None
    url: str | None
    publication: str | None
    published: str | None
    sentence_text: str | None


class EventDetail(EventRow):
    mentions: list[Report]


class Paged(Out):
    total: int
    limit: int
    offset: int


class Events(Paged):
    items: list[EventRow]


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
    undated: int


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

