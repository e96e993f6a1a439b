"""The record every reader hands on: a document as its source gives it, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tidings.errors import TidingsError
from tidings.model import ErrorRecord, Failure


@dataclass
class RawDoc:
    """A document as its source gives it, before cleaning and date resolution."""

    text: str
    origin: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: Any = None  # str | date | datetime from metadata
    warnings: list[ErrorRecord] = field(default_factory=list)


Item = RawDoc | Failure


def fail(err: TidingsError, id: str | None = None) -> Failure:
    return Failure(id=id, origin=err.origin, error=err.record())
