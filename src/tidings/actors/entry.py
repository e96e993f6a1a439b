"""The record every actor dictionary is read into: an ``Entry`` with its dated codes.

Its own module so both readers (``tidings.actors.dictionary`` for the tidings format and
``tidings.actors.petrarch`` for PETRARCH/TABARI files) import it without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    dated: bool = False  # False: the default code used outside every dated period
    title: str | None = None  # the role held in this period, e.g. "foreign minister"

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Entry:
    """One dictionary entry: the phrases that name it and its (date-bounded) codes."""

    kind: str
    name: str
    phrases: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)
    source: str = ""  # "file:line" of the entry's first line
    prefix: bool = False  # PETRARCH agent written [XXX~]: its code goes before the country

    def code_on(self, day: dt.date | None) -> DatedCode | None:
        """The code valid on ``day``: a dated code covering it, else the undated default.
        Without a date: the open-ended (current) dated code, else the default, else the last one."""
        found = self._code_on(day)
        if found is not None and not found.code and found.dated and self.info.get("format") == "petrarch":
            return None  # PETRARCH "[--- <950630]": no actor in that period
        return found

    def _code_on(self, day: dt.date | None) -> DatedCode | None:
        if not self.codes:
            return None
        default = next((c for c in self.codes if not c.dated), None)
        if day is not None:
            for c in self.codes:
                if c.dated and c.covers(day):
                    return c
            return default
        current = [c for c in self.codes if c.dated and c.end is None]
        if current:
            return max(current, key=lambda c: c.start or dt.date.min)
        return default or self.codes[-1]

    @property
    def title(self) -> str | None:
        return self.info.get("title")
