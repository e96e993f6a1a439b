"""Dates told relative to the story, not to the publication date.

News tells a sequence of occasions, and some dates count from the one told before, not
from the day the article came out:

- "the following day", "the next day", "the same day", "that day", "the previous day",
  "a day later": the day of the last day-level date before it;
- "three years later", "two days earlier", "a week after": counted from the last date
  before it that is at least as fine as the unit ("U.S. troops left Iraq in 2011, then ...
  returned three years later" -> 2014; resolving it against the publication date gave 2022);
- a month and day without a year ("on November 21") right after a date that gives its year
  ("the army moved on November 15, 2017") takes the year that puts it nearest that date.

The date counted from must sit in the same sentence or one of the ``REACH`` sentences
before it; else the expression stays as the patterns resolved it (or is not reported).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tidings.model import TimeRef
from tidings.nlp.extensions import doc_text
from tidings.times.focus import FOCUS_SENTENCES as FOCUS
from tidings.times.focus import _background
from tidings.times.resolve import MONTHS, NUMBERS, _iso_week

if TYPE_CHECKING:
    from tidings.times.found import Found

REACH = 2  # sentences before the expression where the date it counts from may be

_N = r"(?P<num>\d+|a couple of|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_SAME_DAY = re.compile(
    r"\b(?:(?:on|by|during|later|earlier)\s+)?(?:the\s+|that\s+)?(?P<which>following|next|same|previous|that)"
    r"\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    rf"^{_N}\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|after|before|afterwards)$",
    re.IGNORECASE,
)
_YEARLESS = re.compile(
    r"^(?:on\s+)?(?:(?P<mon>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?:of\s+)?(?P<mon2>[A-Za-z]+))$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that)\b", re.IGNORECASE)
_STEP = {"following": 1, "next": 1, "same": 0, "that": 0, "previous": -1}
_FINE = {"day": 0, "week": 1, "month": 2, "year": 3}


def _day(ref: TimeRef) -> dt.date | None:
    if ref.granularity != "day" or not ref.value:
        return None
    try:
        return dt.date.fromisoformat(ref.value)
    except ValueError:
        return None


def _shifted(base: TimeRef, unit: str, n: int) -> tuple[str, str] | None:
    """``base`` moved by ``n`` ``unit``s, at the unit's granularity (None when ``base`` is coarser)."""
    gran = base.granularity or ""
    if gran not in _FINE or _FINE[gran] > _FINE[unit] or not base.value:
        return None
    year = int(base.value[:4])
    if unit == "year":
        return f"{year + n:04d}", "year"
    if unit == "month":
        idx = year * 12 + int(base.value[5:7]) - 1 + n
        return f"{idx // 12:04d}-{idx % 12 + 1:02d}", "month"
    d = _day(base)
    if d is None:
        return None
    if unit == "week":
        return _iso_week(d + dt.timedelta(weeks=n)), "week"
    return (d + dt.timedelta(days=n)).isoformat(), "day"


def _counted(ref: TimeRef, base: TimeRef) -> TimeRef | None:
    m = _COUNT.match(ref.text.strip())
    if m is None:
        return None
    num = int(m["num"]) if m["num"].isdigit() else NUMBERS.get(m["num"].lower())
    if num is None:
        return None
    sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
    got = _shifted(base, m["unit"].lower(), sign * num)
    if got is None:
        return None
    return _relative_to(ref, base, *got)


def _relative_to(ref: TimeRef, base: TimeRef, value: str, granularity: str) -> TimeRef:
    return ref.model_copy(
        update={
            "value": value,
            "granularity": granularity,
            "anchor": base.value,
            "note": f"counted from the date told before: {base.text!r}",
        }
    )


def _year_from_story(ref: TimeRef, base: TimeRef) -> TimeRef | None:
    """A month-day without a year, near an explicit date of another year: that year."""
    m = _YEARLESS.match(ref.text.strip())
    told = _day(base)
    if m is None or told is None or base.anchor is not None or ref.anchor is None:
        return None  # the base must be absolute ("November 15, 2017"), ``ref`` relative
    month = MONTHS.get((m["mon"] or m["mon2"] or "").lower().rstrip("."))
    day = int(m["day"] or m["day2"])
    if month is None or ref.value is None or int(ref.value[:4]) == told.year:
        return None
    try:
        cands = [dt.date(y, month, day) for y in (told.year - 1, told.year, told.year + 1)]
    except ValueError:
        return None
    best = min(cands, key=lambda d: abs((d - told).days))
    return _relative_to(ref, base, best.isoformat(), "day")


def _same_day(doc: Doc, out: list[Found], base_for: Callable[[int], TimeRef | None]) -> None:
    """Spans "the following day", "that day" ... resolved from the day told before them,
    inserted into ``out`` (kept in text order, so "that day" after "the following day"
    counts from it)."""
    from tidings.times.found import Found

    taken = {i for f in out for i in range(f.start, f.end)}
    text = doc_text(doc)
    for m in _SAME_DAY.finditer(text):
        if _NOT_AFTER.match(text, m.end()):
            continue  # "the day before the vote": counted from the vote, not from a date
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        base = base_for(span.start)
        told = _day(base) if base is not None else None
        if base is None or told is None:
            continue
        words = m.group(0).lower().split()
        which = m["which"].lower() if m["which"] else "that"
        if len(words) > 1 and words[0] in ("on", "by", "during", "later", "earlier"):
            span = doc.char_span(m.start() + len(words[0]) + 1, m.end(), alignment_mode="expand") or span
        value = (told + dt.timedelta(days=_STEP[which])).isoformat()
        ref = TimeRef(text=span.text, start=span.start_char, end=span.end_char)
        bisect.insort(
            out, Found(span.start, span.end, _relative_to(ref, base, value, "day")), key=lambda f: f.start
        )


def tell(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the story-relative dates resolved and added."""
    sent_of = {}
    for si, sent in enumerate(doc.sents):
        sent_of.update({i: si for i in range(sent.start, sent.end)})

    current = found

    def base_for(
        tok: int, ok: Callable[[TimeRef], bool] = lambda r: True, reach: int = REACH
    ) -> TimeRef | None:
        """The last date before token ``tok`` within ``reach`` sentences that ``ok`` accepts."""
        for f in reversed(current):
            if f.end > tok:
                continue
            if sent_of.get(f.start, -99) < sent_of.get(tok, 0) - reach:
                return None
            if f.ref.value and f.ref.value != "PRESENT_REF" and f.ref.granularity in _FINE and ok(f.ref):
                return f.ref
        return None

    def absolute_day(r: TimeRef) -> bool:
        return r.granularity == "day" and r.anchor is None

    out = []
    for f in found:
        base, told = base_for(f.start), base_for(f.start, absolute_day)
        new = (_counted(f.ref, base) if base else None) or (_year_from_story(f.ref, told) if told else None)
        out.append(f if new is None else type(f)(f.start, f.end, new))
    current = out
    # "the following day" goes on from the occasion told last, not from a noun's own date
    # ("the November 27 agreement"), so it may reach further back
    spans = {(f.start, f.end): doc[f.start : f.end] for f in out}
    background = {id(f.ref) for f in out if _background(spans[(f.start, f.end)])}
    _same_day(
        doc,
        out,
        lambda tok: base_for(tok, lambda r: r.granularity == "day" and id(r) not in background, FOCUS),
    )
    return out
