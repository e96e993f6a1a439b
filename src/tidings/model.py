"""The records that cross every boundary: stage -> document -> process -> store.

Field names are the contract of ``tidings extract`` (see DESIGN.md and
``document.schema.json``); more fields may be added, none renamed.
All ``start``/``end`` are character offsets into ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class ErrorRecord(Record):
    """A problem with one document: ``severity`` error means it was not analysed."""

    code: str
    message: str
    severity: Literal["error", "warning"] = "error"
    origin: str | None = None  # file path, "path:line" or document id


class Article(Record):
    """One input document after reading and cleaning, before analysis."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    published_from: Literal["caller", "metadata", "dateline", "url"] | None = None
    language: str | None = None
    content_hash: str = ""
    dateline: str | None = None
    dateline_source: str | None = None  # news agency named in the dateline, e.g. Reuters
    origin: str | None = None
    warnings: list[ErrorRecord] = Field(default_factory=list)


class Failure(Record):
    """A document that could not be read or analysed; the batch goes on without it."""

    id: str | None
    origin: str | None
    error: ErrorRecord


class TextSpan(Record):
    start: int
    end: int
    text: str


class Sentence(TextSpan):
    index: int


class Actor(Record):
    """A cluster of mentions that refer to one actor, with its CAMEO-style code."""

    id: str
    name: str
    country: str | None = None
    sectors: list[str] = Field(default_factory=list)
    code: str | None = None
    kind: str | None = None  # person, organisation, country, group, collective
    aliases: list[str] = Field(default_factory=list)
    mentions: list[TextSpan] = Field(default_factory=list)
    evidence: dict[str, Any] = Field(default_factory=dict)


class Party(Record):
    """One side of an event: the actor (if clustered) and how it was coded here."""

    actor: str | None = None
    text: str
    code: str | None = None
    country: str | None = None
    sectors: list[str] = Field(default_factory=list)
    start: int | None = None
    end: int | None = None


class Action(Record):
    text: str
    lemma: str
    start: int
    end: int


class Plover(Record):
    event: str
    mode: str | None = None
    context: list[str] | str | None = None


class EventDate(Record):
    value: str | None = None
    granularity: str | None = None
    text: str | None = None
    source: Literal["expression", "sentence", "context", "publication", "none"] | None = None
    evidence: str | None = None  # what decided it; for "context", the sentence the focus came from


class EventLocation(Record):
    place: str | None = None
    text: str | None = None
    source: str | None = None  # clause, sentence, context, dateline
    evidence: str | None = None  # the words that decided it ("in 'Sochi'", "dateline; source of IRN ...")


# Modalities of events that are reported but not asserted as having happened. With
# ``negated`` events they are kept and marked, and left out of counts, series, the
# timeline, the GDELT export and evaluation unless asked for (``include_unasserted``).
# "future" (announced, promised, scheduled: "will visit") counts as asserted: the
# announcement itself is what CAMEO codes (03x intents); "obligation" ("must withdraw")
# is not, it says what should happen; "denied" is an event its source denies ("denied that
# its forces shelled the town": the denial is coded, 016, the shelling is not asserted);
# "alleged" is an act an accusation or charge lays on someone ("accused Iran of supplying
# weapons": the accusation is coded, 112, the supplying is not asserted).
UNASSERTED_MODALITIES: frozenset[str] = frozenset(
    {"hypothetical", "conditional", "intended", "obligation", "denied", "alleged"}
)


def is_asserted(negated: bool | None, modality: str | None) -> bool:
    """Whether an event is reported as happening (the one rule every output uses)."""
    return not negated and (modality or "asserted") not in UNASSERTED_MODALITIES


class Event(Record):
    id: str
    sentence: int
    source: Party
    target: Party | None = None
    action: Action
    cameo: str
    cameo_label: str = ""
    plover: Plover
    goldstein: float
    quad_class: int
    negated: bool = False
    modality: str = "asserted"
    date: EventDate | None = None
    location: EventLocation | None = None
    confidence: float = 0.5
    evidence: dict[str, Any] = Field(default_factory=dict)
    quote: str | None = None  # id of the quote the event was reported in

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        # ``asserted`` is derived; documents read back from JSON carry it.
        if isinstance(data, dict) and "asserted" in data:
            data = {k: v for k, v in data.items() if k != "asserted"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def asserted(self) -> bool:
        """False for negated, hypothetical, conditional, intended, obligation, denied and alleged events."""
        return is_asserted(self.negated, self.modality)


class Speaker(Record):
    actor: str | None = None
    text: str
    start: int | None = None
    end: int | None = None


class Quote(TextSpan):
    id: str
    speaker: Speaker | None = None
    cue: str | None = None
    kind: Literal["direct", "indirect", "mixed"] = "direct"
    events: list[str] = Field(default_factory=list)
    # The quoted pieces when the cue interrupts a quote ("“A,” he said, “B.”") or when
    # quoted words sit inside reported speech (kind "mixed"); empty for a plain quote.
    parts: list[TextSpan] = Field(default_factory=list)


class TimeRef(TextSpan):
    value: str | None = None
    granularity: str | None = None
    anchor: str | None = None  # what a relative expression was resolved against
    note: str | None = None


class Place(TextSpan):
    id: str
    geonameid: int | str | None = None
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    population: int | None = None
    source: str | None = None  # ner, gazetteer, adjective, dateline
    fips: str | None = None  # FIPS 10-4 country code (GDELT's country codes)
    admin1_code: str | None = None  # GeoNames admin1 code; GDELT's ADM1 code is fips + admin1_code
    reason: str | None = None  # why this reading was chosen ("qualifier Texas", "document country IQ" ...)


class Document(Record):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    dateline: str | None = None
    text: str
    content_hash: str = ""
    origin: str | None = None
    sentences: list[Sentence] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeRef] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
