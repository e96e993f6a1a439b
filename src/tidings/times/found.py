"""A time expression found in a document: its token span and resolved value."""

from __future__ import annotations

from dataclasses import dataclass

from tidings.model import TimeRef


@dataclass
class Found:
    start: int  # token indices
    end: int
    ref: TimeRef
