"""Cleaning article text: datelines, date lines, boilerplate; publication date from text/URL.

A dateline ("TEHRAN-", "BAGHDAD (Reuters) -", "WASHINGTON, Oct 5 (AP) —") is removed from
the first sentence, so the parser does not read the city as the subject, and kept as the
article's dateline place. A leading date line ("Friday, January 4, 2019" as Wikinews
writes it) gives the publication date and is removed too.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# "Friday, January 4, 2019" alone on the first line (Wikinews), or "January 4, 2019".
_DATE_LINE = re.compile(
    rf"\A\s*(?:{_WEEKDAY_RE},?\s+)?(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})[^\S\n]*(?:\n|$)\s*"
)

# A dateline: an upper-case place, optionally ", Region" or ", Mon DD", optionally an
# agency in parentheses, then a dash or colon. Only at the very start of the text.
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3})"
    rf"(?:,\s*(?P<extra>(?:{_MONTH_RE}\s+\d{{1,2}}(?:,\s*\d{{4}})?|[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\))?"
    r"\s*(?:[-\u2013\u2014:]+)\s*"
)

# Lines that are not article content: licences and wire credits at the end.
_BOILERPLATE = [
    re.compile(r"\s*All (?:Content|content|rights).{0,80}?(?:licensed under|reserved)[^\n]*\Z", re.S),
    re.compile(r"\s*\((?:Reporting|Writing|Editing) by [^)]{3,200}\)\s*\Z"),
]

_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|-|\b)"
)
_URL_DATE_COMPACT = re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])/")


def month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def strip_date_line(text: str) -> tuple[str, dt.date | None]:
    """Remove a leading date line; return the text and the date it gave."""
    m = _DATE_LINE.match(text)
    if not m:
        return text, None
    try:
        date = dt.date(int(m["year"]), month_number(m["month"]), int(m["day"]))
    except ValueError:
        return text, None
    return text[m.end() :], date


def strip_dateline(text: str) -> tuple[str, str | None, str | None]:
    """Remove a leading dateline; return text, the dateline place (title case) and agency."""
    m = _DATELINE.match(text)
    if not m:
        return text, None, None
    place = m["place"]
    words = place.split()
    # Upper-case openings that are not datelines: acronyms starting a sentence ("UN: ..."
    # is rare; "NATO -" never opens a story) need at least 3 letters and no digits.
    if len(place.replace(" ", "")) < 3 or any(w in {"A", "I"} for w in words):
        return text, None, None
    rest = text[m.end() :]
    if not rest[:1].isupper() and rest[:1] not in "\"'\u201c":
        return text, None, None
    return rest, _title_place(place), (m["agency"] or None)


def _title_place(place: str) -> str:
    return "-".join(" ".join(w.capitalize() for w in part.split()) for part in place.split("-")).strip(" -")


def strip_boilerplate(text: str) -> str:
    for pattern in _BOILERPLATE:
        text = pattern.sub("", text)
    return text


def date_from_url(url: str | None) -> dt.date | None:
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_DATE_COMPACT):
        m = pattern.search(url)
        if m:
            try:
                return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    return None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean(text: str) -> tuple[str, dt.date | None, str | None, str | None]:
    """Return (clean text, date from a date line, dateline place, dateline agency)."""
    text = normalise_newlines(text).strip()
    text, date = strip_date_line(text)
    text, place, agency = strip_dateline(text)
    text = strip_boilerplate(text).strip()
    return text, date, place, agency
