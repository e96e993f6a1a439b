"""The record every reader hands on: a document as its source gives it, before cleaning."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tidings.errors import Errors, TidingsError
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


def read_text_bytes(data: bytes, origin: str, **meta: Any) -> Iterator[Item]:
    """A text file's bytes as one raw document (decoded; empty -> E003)."""
    from tidings.ingest.decode import decode, strip_nul

    try:
        text, warns = decode(data, origin)
    except TidingsError as e:
        yield fail(e)
        return
    if not text.strip():
        yield fail(TidingsError(Errors.E003, origin, path=origin))
        return
    yield RawDoc(text=strip_nul(text), origin=origin, warnings=warns, **meta)
