"""Finding date expressions in a parsed Doc and resolving them (pure: Doc in, TimeRefs out).

Two sources, merged: tidings' own patterns (one compiled regex over the text: weekdays
with "late on", "last week", "two days ago", month-day, seasons ...) and spaCy's DATE/TIME
entities the patterns do not cover ("the 2019 election" -> 2019). spaCy's entities both
miss ("late on Saturday" -> "Saturday") and over-extend ("the last three years"), so an
entity is kept only when ``resolve`` understands its text. The tense of the clause a
weekday or month-day sits in decides between the past and the coming one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc, Span, Token

from tidings.model import TimeRef
from tidings.nlp.extensions import doc_text
from tidings.times.found import Found
from tidings.times.narrative import tell
from tidings.times.resolve import resolve, resolve_with_dateparser
from tidings.times.tense import clause_tense

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_REL = r"(?i:last|this|next|past|coming|previous)"
_MOD = r"(?:(?i:early|late|earlier|later)\s+(?:(?i:on|in)\s+)?|(?i:mid)-)?"
_PREP = r"(?i:on|in|during|since|by|until|till|from|before|after|through|throughout|of)"
_NUM = (
    r"(?i:\d+|a couple of|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
)
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"

# Alternatives from most to least specific: Python takes the first that matches at a position.
_ALTS = [
    r"\b\d{4}-\d{2}-\d{2}\b",
    rf"{_MOD}(?:(?i:on)\s+)?(?:{_WD},?\s+)?{_MON}\s+{_DAY},?\s+{_YEAR}\b{_PART}",
    rf"{_MOD}(?:(?i:on)\s+)?(?:{_WD},?\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b",
    rf"{_MOD}(?:(?i:on)\s+)?(?:{_WD},?\s+)?{_MON}\s+{_DAY}\b(?![,.]?\d){_PART}",
    rf"{_MOD}(?:(?i:on)\s+)?(?:{_WD},?\s+)?{_DAY}\s+(?:of\s+)?{_MON}\b",
    rf"{_MOD}(?:{_PREP}\s+)?(?:the\s+)?{_MON},?\s+(?:of\s+)?{_YEAR}\b",
    rf"{_MOD}(?:{_PREP}\s+)?(?:the\s+)?{_SEASON}\s+(?:of\s+)?{_YEAR}\b",
    rf"{_MOD}(?:{_PREP}\s+)?(?:the\s+)?{_MON},?\s+(?:of\s+)?(?i:last|this|next|previous|coming)\s+(?i:year)\b",
    rf"(?:{_PREP}\s+)?(?:the\s+)?{_YEAR}'?s\b",
    rf"(?:{_PREP}\s+)?(?:the\s+)?(?:(?i:early|late|mid)[\s-]+){_YEAR}\b",
    rf"{_PREP}\s+(?:the\s+)?(?:(?i:end|beginning|start|middle|course)\s+of\s+)?{_YEAR}\b(?![,.]?\d)",
    rf"{_MOD}(?:(?i:on)\s+)?(?:{_REL}\s+)?{_WD}\b(?!s){_PART}",
    rf"(?:{_MOD}|{_PREP}\s+(?:the\s+)?(?:(?i:early|late|end|beginning|start|middle)(?:\s+of)?\s+|(?i:mid)-)?|{_REL}\s+){_MON}\b(?!\s+\d)",
    rf"(?:(?:{_PREP}\s+)?(?:the\s+)?{_MOD}{_REL}\s+|{_PREP}\s+(?:the\s+)?){_SEASON}\b",
    r"(?i:the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night|overnight)\b"
    + _PART,
    rf"(?:(?i:earlier|later)\s+)?(?:(?i:the)\s+)?{_REL}\s+(?i:week|weekend|month|year|decade)\b",
    r"(?i:earlier|later)\s+(?i:in)\s+the\s+(?i:week|month|year)\b",
    rf"{_NUM}\s+(?i:days?|weeks?|months?|years?|decades?)\s+(?i:ago|from now)\b",
    r"(?i:right now|at present|nowadays|currently|now)\b",
]
# Leading words that give context but are not part of the reported expression.
_STRIP = re.compile(
    r"^(?:(?:during|since|by|until|till|from|before|after|through|throughout|of|the)\s+)+",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def finder() -> re.Pattern[str]:
    """One regex for every pattern, compiled once per process."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(_ALTS) + r")")


# Every expression contains one of these words; the full pattern is tried only near them
# (running the whole alternation at every position of the text costs ten times more).
_TRIGGER = re.compile(
    rf"\b(?:{_WD}|{_MON}|{_YEAR}|(?i:yesterday|today|tonight|tomorrow|overnight|night|morning|afternoon|evening"
    r"|week|weekend|month|year|decade|ago|now|currently|nowadays|present|spring|summer|autumn|fall|winter))"
)
_WORD_START = re.compile(r"\b\w")


def scan(text: str) -> list[tuple[int, int]]:
    """Character spans of the pattern matches in ``text`` (same result as ``finder().finditer``
    over the text, found by trying the anchored pattern a few words before each trigger)."""
    full = finder()
    out: list[tuple[int, int]] = []
    done = 0
    for trig in _TRIGGER.finditer(text):
        p = trig.start()
        if p < done:
            continue
        # up to six word starts before the trigger, earliest first, then the trigger itself
        window_start = max(done, p - 60)
        starts = [w.start() for w in _WORD_START.finditer(text, window_start, p)][-6:] + [p]
        for st in starts:
            m = full.match(text, st)
            if m is not None and m.end() > p:
                out.append(m.span())
                done = m.end()
                break
    return out


_DAY_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
}


_CLOCK_AFTER = {"UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST", "hours", "hrs", "local", "h"}


def find_times(doc: Doc) -> list[Found]:
    """Every date expression in ``doc``, resolved against ``doc._.article.published``."""
    article = doc._.article
    anchor: dt.date | None = article.published if article is not None else None
    spans: list[tuple[int, int]] = []
    text = doc_text(doc)
    for start, end in scan(text):
        lead = _STRIP.match(text[start:end])
        if lead:
            start += lead.end()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append((span.start, span.end))
    taken = {i for s, e in spans for i in range(s, e)}
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if ent.label_ == "TIME" and not any(t.lower_ in _DAY_WORDS for t in ent):
            continue  # "1700 UTC", "6am": a clock time, not a date
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        spans.append((ent.start, ent.end))
    found: list[Found] = []
    for s, e in sorted(set(spans)):
        if found and s < found[-1].end:  # overlapping candidates: keep the first, longer one
            continue
        span = doc[s:e]
        ref = _resolve_span(span, anchor)
        if ref is not None:
            found.append(Found(s, e, ref))
    return tell(doc, found)  # dates told relative to the story ("the following day")


def _surname(tok: Token) -> bool:
    """A bare month name that is a person's name: inside a person's name, or the last word
    of one the document names ("Theresa May" ... "May's agreement")."""
    if tok.ent_type_ == "PERSON":
        return True
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text for e in tok.doc.ents)


def _resolve_span(span: Span, anchor: dt.date | None) -> TimeRef | None:
    if span[0].lower_ == "now" and len(span) == 1 and span[0].dep_ == "mark":
        return None  # "now that ..." is a conjunction
    if span.end < len(span.doc) and span.doc[span.end].text in _CLOCK_AFTER and span[-1].like_num:
        return None  # "1700 UTC" is a clock time
    if len(span) == 1 and span[0].text == "May" and (span[0].tag_ == "MD" or span.start == span.sent.start):
        return None  # "May God protect them"
    if len(span) == 1 and _surname(span[0]):
        return None  # "Theresa May appointed him", "in protest to May's agreement"
    tense = clause_tense(span.root)
    if tense is None and any(t.lower_ == "tomorrow" for t in span.sent):
        tense = "future"  # "from tomorrow night into Friday morning"
    res = resolve(span.text, anchor, tense)
    if res.value is None and res.granularity is None:
        res = resolve_with_dateparser(span.text, anchor) or res
    if res.value is None and res.granularity is None:
        return None
    return TimeRef(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        value=res.value,
        granularity=res.granularity,
        anchor=anchor.isoformat() if (res.relative and anchor is not None) else None,
        note=res.note,
    )
