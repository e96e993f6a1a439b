"""Query parameters of the web API, validated once, shared by every data source.

The same filters mean the same thing whatever answers them (the store through
``tidings.query`` or the in-memory source): see ``docs/web.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CODE_RE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")
NAME_RE = re.compile(r"^[\w][\w .,'’\-]{0,79}$")
CAMEO_RE = re.compile(r"^[0-9]{2,4}$")
PLOVER_RE = re.compile(r"^[A-Z_]{3,20}$")


class InvalidFilter(ValueError):
    """A query parameter that does not make sense; the API answers 422 with ``param``."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


def _actor_code(param: str, value: str) -> str:
    code = value.strip().upper()
    if not CODE_RE.match(code):
        raise InvalidFilter(param, f"{value!r} is not an actor code; use e.g. IRN, IRNGOV or IRQMIL")
    return code


class EventFilters(BaseModel):
    """Filters over events; every field optional; all given fields must hold (AND)."""

    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(None, description="Code prefix (IRN, IRNGOV) or part of a name, either side")
    source: str | None = Field(None, description="Source: code prefix or part of a name")
    target: str | None = Field(None, description="Target: code prefix or part of a name")
    dyad: str | None = Field(
        None, description="SOURCE:TARGET code prefixes, e.g. IRN:IRQ (a side may be empty)"
    )
    directed: bool = Field(True, description="With dyad: only SOURCE acting on TARGET (false: both ways)")
    cameo: str | None = Field(None, description="CAMEO code or prefix, e.g. 042 or 04")
    root: str | None = Field(None, description="CAMEO root (two digits), e.g. 04")
    plover: str | None = Field(None, description="PLOVER event type, e.g. CONSULT")
    quad_class: int | None = Field(None, description="Quad class 1-4")
    date_from: dt.date | None = Field(None, description="First day, YYYY-MM-DD (inclusive)")
    date_to: dt.date | None = Field(None, description="Last day, YYYY-MM-DD (inclusive)")
    country: str | None = Field(
        None, description="Country of the event's place: alpha-2 (IR) or alpha-3 (IRN)"
    )
    place: str | None = Field(None, description="Part of the place name, or a GeoNames id")
    document: str | None = Field(None, description="Document id")
    q: str | None = Field(None, description="Words in the reporting sentence (case-insensitive)")
    min_articles: int | None = Field(
        None, ge=1, le=100_000, description="Events reported by at least this many articles"
    )
    include_unasserted: bool = Field(
        False,
        description="True: also negated, hypothetical, conditional, intended, obligation, denied and alleged events",
    )

    @field_validator("actor", "source", "target")
    @classmethod
    def _actor(cls, v: str | None, info) -> str | None:
        if v is None or not v.strip():
            return None
        if not NAME_RE.match(v.strip()):
            raise InvalidFilter(info.field_name, f"{v!r}: use an actor code (IRN, IRNGOV) or a name")
        return v.strip()

    @field_validator("dyad")
    @classmethod
    def _dyad(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        a, sep, b = v.partition(":")
        if not sep:
            raise InvalidFilter("dyad", f"{v!r}: use SOURCE:TARGET, e.g. IRN:IRQ")
        if not a.strip() and not b.strip():
            raise InvalidFilter("dyad", f"{v!r}: give at least one side, e.g. IRN:IRQ or IRN:")
        sides = [_actor_code("dyad", x) if x.strip() else "" for x in (a, b)]
        return ":".join(sides)

    @field_validator("cameo")
    @classmethod
    def _cameo(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        from tidings.vocab import is_cameo_prefix

        if not CAMEO_RE.match(v.strip()):
            raise InvalidFilter(
                "cameo", f"{v!r} is not a CAMEO code; use 2-4 digits with leading zeros, e.g. 042"
            )
        if not is_cameo_prefix(v.strip()):
            raise InvalidFilter(
                "cameo", f"{v!r} is not a CAMEO code or prefix; roots run 01-20, e.g. 04 or 042"
            )
        return v.strip()

    @field_validator("root")
    @classmethod
    def _root(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        v = v.strip()
        if len(v) == 1 and v.isdigit():
            v = "0" + v
        if not (len(v) == 2 and v.isdigit() and 1 <= int(v) <= 20):
            raise InvalidFilter("root", f"{v!r} is not a CAMEO root; use 01 .. 20")
        return v

    @field_validator("plover")
    @classmethod
    def _plover(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        from tidings.vocab import plover_types

        v = v.strip().upper()
        if not PLOVER_RE.match(v) or v not in plover_types():
            raise InvalidFilter(
                "plover", f"{v!r} is not a PLOVER event type; use one of {', '.join(plover_types())}"
            )
        return v

    @field_validator("quad_class")
    @classmethod
    def _quad(cls, v: int | None) -> int | None:
        if v is not None and v not in (1, 2, 3, 4):
            raise InvalidFilter("quad_class", f"{v} is not a quad class; use 1, 2, 3 or 4")
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        from tidings.vocab import country_problem

        v = v.strip().upper()
        if not re.match(r"^[A-Z]{2,3}$", v):
            raise InvalidFilter("country", f"{v!r}: use a country code, e.g. IR or IRN")
        problem = country_problem(v)
        if problem:
            raise InvalidFilter("country", problem)
        return v

    @field_validator("q", "place", "document")
    @classmethod
    def _text(cls, v: str | None, info) -> str | None:
        if v is None or not v.strip():
            return None
        if len(v) > 200:
            raise InvalidFilter(info.field_name, "longer than 200 characters")
        return v.strip()

    @model_validator(mode="after")
    def _range(self) -> EventFilters:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidFilter("date_to", f"{self.date_to} is before date_from {self.date_from}")
        return self

    def dyad_codes(self) -> tuple[str, str] | None:
        if not self.dyad:
            return None
        a, _, b = self.dyad.partition(":")
        return a, b


Granularity = Literal["day", "week", "month", "year"]
# The orders ``tidings.query.events`` offers (``EVENT_ORDERS``); tests keep the two equal.
EventOrder = Literal["day", "-day", "articles", "goldstein", "-goldstein"]
