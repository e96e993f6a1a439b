"""Quotation marks -> the character spans they enclose (a pure scan, no parse needed).

Handles straight and curly double quotes, guillemets, quotes that run over several
paragraphs (the news habit of re-opening each paragraph without closing the previous
one), single quotes at the top level (headline style, 'like this') while telling them
apart from apostrophes, and marks nested inside a quote (kept as part of its text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "\u201c\u00ab\u201e"  # “ « „
CLOSE_DOUBLE = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
OPEN_SINGLE = "\u2018"  # ‘
CLOSE_SINGLE = "\u2019"  # ’ (also the typographic apostrophe)
_MARK = re.compile("[\"'\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019\n]")


@dataclass(frozen=True)
class Marked:
    """One quoted stretch: ``start``/``end`` enclose the words, without the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark
    double: bool = True


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _para_start(text: str, i: int) -> bool:
    """True when only whitespace separates offset ``i`` from the previous line break."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] == "\n"


def _closes_later(text: str, i: int) -> bool:
    """Two more straight marks before the paragraph ends: the nested pair's close and the
    outer quote's close."""
    end = text.find("\n", i)
    return text.count('"', i + 1, len(text) if end < 0 else end) >= 2


class _Scan:
    """The scanner's state while ``find_marked`` walks the marks of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Marked] = []
        self.open_at: int | None = None  # an open double quote
        self.last_line_end: int | None = None  # where the paragraph holding the open quote ended
        self.single_at: int | None = None  # an open top-level single quote
        self.nested = 0  # straight quotes open inside an open straight quote

    def emit(self, o: int, c: int, double: bool = True) -> None:
        s, e = _strip(self.text, o + 1, c)
        if e > s:
            self.out.append(Marked(s, e, o, c, double))

    def newline(self, i: int) -> None:
        self.single_at = None  # single quotes never run over a line break
        if self.open_at is not None and self.last_line_end is None:
            j = i
            while j > self.open_at and self.text[j - 1].isspace():
                j -= 1
            self.last_line_end = j

    def single(self, i: int, ch: str, prev: str, nxt: str) -> None:
        if self.open_at is not None:
            return  # nested inside a double quote: part of its words
        if self.single_at is None:
            if (ch == OPEN_SINGLE or ch == "'") and not prev.isalnum() and nxt.isalnum():
                self.single_at = i
        elif (ch == CLOSE_SINGLE or ch == "'") and not prev.isspace() and not nxt.isalnum():
            self.emit(self.single_at, i, double=False)
            self.single_at = None

    def double(self, i: int, ch: str, prev: str, nxt: str) -> None:
        text = self.text
        self.single_at = None
        looks_open = not nxt.isspace() and (prev.isspace() or prev in "([{—–-/:" or i == 0)
        looks_close = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
        if self.open_at is not None and self.last_line_end is not None:
            # the quote ran past the end of its paragraph: a new paragraph that opens with a
            # mark continues it; anything else means its closing mark was lost.
            if _para_start(text, i) and (ch in OPEN_DOUBLE or (ch == STRAIGHT and looks_open)):
                self.last_line_end = None
                return
            if text[self.open_at] in OPEN_DOUBLE:  # a typographic opener is deliberate: keep
                self.emit(self.open_at, self.last_line_end)
            self.open_at = None
            self.last_line_end = None
        if self.open_at is None:
            if (
                ch in OPEN_DOUBLE
                or (ch == STRAIGHT and looks_open)
                or (ch in CLOSE_DOUBLE and looks_open and not looks_close)
            ):
                self.open_at = i
            return
        if ch == STRAIGHT and text[self.open_at] == STRAIGHT:
            # straight marks nested in a straight quote: “The "United States" is not ...”
            if looks_open and not looks_close and _closes_later(text, i):
                self.nested += 1
                return
            if self.nested and looks_close:
                self.nested -= 1
                return
        if ch in CLOSE_DOUBLE or ch == STRAIGHT or (ch in OPEN_DOUBLE and looks_close and not looks_open):
            self.emit(self.open_at, i)
            self.open_at = None
            self.nested = 0
        else:  # a second opening mark: the first was stray
            self.open_at = i

    def finish(self) -> list[Marked]:
        if self.open_at is not None and (
            self.last_line_end is not None or self.text[self.open_at] in OPEN_DOUBLE
        ):
            # left open to the end
            self.emit(self.open_at, self.last_line_end if self.last_line_end is not None else len(self.text))
        return self.out


def find_marked(text: str) -> list[Marked]:
    """Every quoted stretch in ``text``, in order, outermost quotes only."""
    scan = _Scan(text)
    n = len(text)
    for m in _MARK.finditer(text):
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 1] if i + 1 < n else "\n"
        if ch == "\n":
            scan.newline(i)
        elif ch in "'" + OPEN_SINGLE + CLOSE_SINGLE:
            scan.single(i, ch, prev, nxt)
        else:
            scan.double(i, ch, prev, nxt)
    return scan.finish()


__all__ = ["Marked", "find_marked"]
