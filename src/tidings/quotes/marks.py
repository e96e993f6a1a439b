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


def find_marked(text: str) -> list[Marked]:
    """Every quoted stretch in ``text``, in order, outermost quotes only."""
    out: list[Marked] = []
    n = len(text)
    open_at: int | None = None  # an open double quote
    last_line_end: int | None = None  # where the paragraph holding the open quote ended
    single_at: int | None = None  # an open top-level single quote
    nested = 0  # straight quotes open inside an open straight quote

    def emit(o: int, c: int, double: bool = True) -> None:
        s, e = _strip(text, o + 1, c)
        if e > s:
            out.append(Marked(s, e, o, c, double))

    for m in _MARK.finditer(text):
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 1] if i + 1 < n else "\n"
        if ch == "\n":
            single_at = None  # single quotes never run over a line break
            if open_at is not None and last_line_end is None:
                j = i
                while j > open_at and text[j - 1].isspace():
                    j -= 1
                last_line_end = j
            continue
        if ch in "'" + OPEN_SINGLE + CLOSE_SINGLE:
            if open_at is not None:
                continue  # nested inside a double quote: part of its words
            if single_at is None:
                if (ch == OPEN_SINGLE or ch == "'") and not prev.isalnum() and nxt.isalnum():
                    single_at = i
            elif (ch == CLOSE_SINGLE or ch == "'") and not prev.isspace() and not nxt.isalnum():
                emit(single_at, i, double=False)
                single_at = None
            continue
        # a double mark
        single_at = None
        looks_open = not nxt.isspace() and (prev.isspace() or prev in "([{—–-/:" or i == 0)
        looks_close = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
        if open_at is not None and last_line_end is not None:
            # the quote ran past the end of its paragraph: a new paragraph that opens with a
            # mark continues it; anything else means its closing mark was lost.
            if _para_start(text, i) and (ch in OPEN_DOUBLE or (ch == STRAIGHT and looks_open)):
                last_line_end = None
                continue
            if text[open_at] in OPEN_DOUBLE:  # a typographic opener is deliberate: keep
                emit(open_at, last_line_end)
            open_at = None
            last_line_end = None
        if open_at is None:
            if (
                ch in OPEN_DOUBLE
                or (ch == STRAIGHT and looks_open)
                or (ch in CLOSE_DOUBLE and looks_open and not looks_close)
            ):
                open_at = i
            continue
        if ch == STRAIGHT and text[open_at] == STRAIGHT:
            # straight marks nested in a straight quote: “The "United States" is not ...”
            if looks_open and not looks_close and _closes_later(text, i):
                nested += 1
                continue
            if nested and looks_close:
                nested -= 1
                continue
        if ch in CLOSE_DOUBLE or ch == STRAIGHT or (ch in OPEN_DOUBLE and looks_close and not looks_open):
            emit(open_at, i)
            open_at = None
            nested = 0
        else:  # a second opening mark: the first was stray
            open_at = i
    if open_at is not None and (last_line_end is not None or text[open_at] in OPEN_DOUBLE):
        emit(open_at, last_line_end if last_line_end is not None else n)  # left open to the end
    return out


__all__ = ["Marked", "find_marked"]
