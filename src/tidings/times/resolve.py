"""Resolving one date expression to a TIMEX3 value, against the publication date.

``resolve(text, anchor, tense)`` is a pure function: the text of one expression ("late on
Saturday", "last week", "March 3", "two days ago"), the publication date (or None) and the
tense of the clause it sits in ("past", "future" or None) -> ``Resolution``.

Values follow TIMEX3: "2022-10-15" (day), "2022-W40" (ISO week), "2022-W40-WE" (weekend),
"2022-10" (month), "2022-SU" (season), "2022" (year), "199" (decade), "PRESENT_REF".
Relative expressions without an anchor stay unresolved (value None) with a note saying
why. Rules, not dateparser: dateparser resolves "last week" to a day and a publication-day
weekday to the week before (see ENVIRONMENT.md); it is only a last resort for numeric
dates ("04/01/2019") that the patterns below do not read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

Tense = Literal["past", "future"] | None

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
    "several": 3,
}  # fmt: skip
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}

NO_ANCHOR = "relative expression; no publication date to resolve it against"


@dataclass(frozen=True)
class Resolution:
    value: str | None
    granularity: str | None
    relative: bool  # resolved against the anchor (or would have been)
    note: str | None = None


# --- building blocks -----------------------------------------------------------------

_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|midday|noon))?"
_NUM = r"(?P<num>\d+|a couple of|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_LEAD = (
    r"(?:(?:on|in|during|by|since|until|till|from|of|at|before|after|through|throughout|for)\s+)?(?:the\s+)?"
    r"(?:(?:early|late|earlier|later|mid)[\s-]+)?(?:(?:end|beginning|start|middle|course|rest)\s+of\s+)?"
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:on|in|of)\s+)?"
)


def _rx(body: str) -> re.Pattern[str]:
    return re.compile(r"^" + _LEAD + body + r"$", re.IGNORECASE)


# Each pattern is tried against the whole (lower-cased, normalised) expression.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"^(?:on\s+)?(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")),
    ("wd_full", _rx(r"(?:" + _WD + r",?\s+)?" + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + _PART)),
    ("wd_full_dmy", _rx(r"(?:" + _WD + r",?\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR)),
    ("md", _rx(r"(?:" + _WD + r",?\s+)?" + _MON + r"\s+" + _DAY + _PART)),
    ("dm", _rx(r"(?:" + _WD + r",?\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON)),
    ("month_year", _rx(_MON + r",?\s+(?:of\s+)?" + _YEAR)),
    ("month_rel_year", _rx(_MON + r",?\s+(?:of\s+)?(?P<yrel>last|this|next|previous|coming)\s+year")),
    ("season_year", _rx(r"(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + _YEAR)),
    ("year", _rx(r"(?:year\s+)?" + _YEAR)),
    ("decade", _rx(r"(?P<dec>1[6-9]\d0|20\d0)'?s")),
    ("weekday", _rx(r"(?P<rel>last|this|next|past|coming|previous)?\s*" + _WD + _PART)),
    ("month", _rx(r"(?P<rel>last|this|next|past|coming|previous)?\s*" + _MON)),
    (
        "season",
        _rx(r"(?P<rel>last|this|next|past|coming|previous)?\s*(?P<season>spring|summer|autumn|fall|winter)"),
    ),
    (
        "deictic",
        _rx(
            r"(?P<deictic>yesterday|today|tonight|tomorrow|the day before yesterday|the day after tomorrow|this morning|this afternoon|this evening|last night|overnight)"
            + _PART
        ),
    ),
    (
        "this_unit",
        _rx(
            r"(?:(?:earlier|later)\s+)?(?P<rel>last|this|next|past|coming|previous|the past|the previous|the coming|the next)\s+(?P<unit>week|weekend|month|year|decade)"
        ),
    ),
    ("in_the_unit", re.compile(r"^(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)$", re.IGNORECASE)),
    ("ago", _rx(_NUM + r"\s+" + _UNIT + r"\s+(?P<dir>ago|earlier|before|later|from now|hence)")),
    (
        "present",
        re.compile(
            r"^(?:right\s+)?(?:now|currently|at present|nowadays|at the moment|presently)$", re.IGNORECASE
        ),
    ),
]

_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACES.sub(" ", text.strip().strip(",.;:").replace("\u2019", "'")).strip()


def _iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _pick_year(month: int, day: int | None, anchor: dt.date, tense: Tense) -> int:
    """The year that puts month(-day) nearest the anchor, pushed by tense when it is ambiguous."""
    y = anchor.year
    probe_day = day or 1
    try:
        candidate = dt.date(y, month, min(probe_day, 28) if day is None else probe_day)
    except ValueError:
        return y
    if day is None:  # month only: same month is this month
        if month == anchor.month:
            return y
        later = month > anchor.month
        if tense == "future":
            return y if later else y + 1
        if tense == "past":
            return y - 1 if later else y
        # no tense: the nearer one; a month more than ~2 months ahead is probably last year's
        return y - 1 if later and month - anchor.month > 2 else y
    if candidate == anchor:
        return y
    if tense == "future":
        return y if candidate >= anchor else y + 1
    if tense == "past":
        return y if candidate <= anchor else y - 1
    # no tense: news mostly reports the past; a date more than ~2 months ahead is last year's
    if candidate > anchor:
        return y if (candidate - anchor).days <= 60 else y - 1
    try:  # a date early next year, seen from late December, is the coming one
        following = dt.date(y + 1, month, day)
    except ValueError:
        return y
    return y + 1 if (following - anchor).days <= 60 else y


def _weekday(wd: str, rel: str | None, anchor: dt.date, tense: Tense) -> dt.date:
    target = WEEKDAYS.index(wd)
    back = (anchor.weekday() - target) % 7  # days back to the most recent (0 = today)
    fwd = (target - anchor.weekday()) % 7
    rel = (rel or "").lower()
    if rel in ("last", "past", "previous"):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + dt.timedelta(days=fwd or 7)
    if rel == "this":  # tense decides; without one, the nearer of the last and the coming one
        if tense == "past" or (tense is None and back <= fwd):
            return anchor - dt.timedelta(days=back)
        return anchor + dt.timedelta(days=fwd)
    if tense == "future":
        return anchor + dt.timedelta(days=fwd)
    return anchor - dt.timedelta(days=back)


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + (d.month - 1) + months
    return idx // 12, idx % 12 + 1


def _season_value(season: str, year: int) -> str:
    return f"{year:04d}-{SEASONS[season]}"


def _season_of(d: dt.date) -> tuple[str, int]:
    """Northern-hemisphere meteorological season of a date (winter belongs to its December's year)."""
    m = d.month
    if m in (3, 4, 5):
        return "spring", d.year
    if m in (6, 7, 8):
        return "summer", d.year
    if m in (9, 10, 11):
        return "autumn", d.year
    return "winter", d.year if m == 12 else d.year - 1


def _season_start(season: str, year: int) -> int:
    return {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season] + year * 12


def resolve(text: str, anchor: dt.date | None, tense: Tense = None) -> Resolution:
    """The TIMEX3 value and granularity of one date expression (see module docstring)."""
    norm = normalise(text)
    low = norm.lower()
    for kind, rx in PATTERNS:
        m = rx.match(low)
        if m is None:
            continue
        res = _resolve_match(kind, m, low, anchor, tense)
        if res is not None:
            return _in_calendar(res)
    return Resolution(None, None, False, note="not a date expression tidings resolves")


def _unanchored(granularity: str) -> Resolution:
    return Resolution(None, granularity, True, note=NO_ANCHOR)


Group = dict[str, Any]  # a pattern match's named groups


def _absolute_day(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    return Resolution(dt.date(int(g["year"]), MONTHS[g["mon"]], int(g["day"])).isoformat(), "day", False)


def _iso(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    return Resolution(dt.date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat(), "day", False)


def _month_day(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    month, day = MONTHS[g["mon"]], int(g["day"])
    if not 1 <= day <= 31:
        return None
    if anchor is None:
        return _unanchored("day")
    d = dt.date(_pick_year(month, day, anchor, tense), month, day)
    return Resolution(d.isoformat(), "day", True)


def _month_year(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    return Resolution(f"{int(g['year']):04d}-{MONTHS[g['mon']]:02d}", "month", False)


def _month_rel_year(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """ "January of last year" (not the last January: that may be this year's)."""
    if anchor is None:
        return _unanchored("month")
    step = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[g["yrel"]]
    return Resolution(f"{anchor.year + step:04d}-{MONTHS[g['mon']]:02d}", "month", True)


def _season_year(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    return Resolution(_season_value(g["season"], int(g["year"])), "season", False)


def _year(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    return Resolution(g["year"], "year", False)


def _decade(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    return Resolution(g["dec"][:3], "decade", False)


def _weekday_rel(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    if anchor is None:
        return _unanchored("day")
    return Resolution(_weekday(g["wd"], g.get("rel"), anchor, tense).isoformat(), "day", True)


def _month(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    if anchor is None:
        return _unanchored("month")
    month, rel = MONTHS[g["mon"]], (g.get("rel") or "")
    if rel in ("last", "past", "previous"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = _pick_year(month, None, anchor, tense)
    return Resolution(f"{year:04d}-{month:02d}", "month", True)


def _season(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    if anchor is None:
        return _unanchored("season")
    season, rel = g["season"], (g.get("rel") or "")
    cur_season, cur_year = _season_of(anchor)
    now_idx = _season_start(cur_season, cur_year)
    # the candidate start months of this season around the anchor
    cands = [(_season_start(season, y), y) for y in range(anchor.year - 2, anchor.year + 2)]
    if rel in ("last", "past", "previous"):
        pick = max(c for c in cands if c[0] < now_idx)
    elif rel in ("next", "coming"):
        pick = min(c for c in cands if c[0] > now_idx)
    elif tense == "future":
        pick = min(c for c in cands if c[0] >= now_idx)
    else:  # "this summer", "in summer": the latest one that has begun
        pick = max(c for c in cands if c[0] <= now_idx)
    return Resolution(_season_value(season, pick[1]), "season", True)


DEICTIC_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "the day before yesterday": -2,
                   "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0,
                   "last night": -1, "overnight": 0}  # fmt: skip


def _deictic(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    if anchor is None:
        return _unanchored("day")
    return Resolution((anchor + dt.timedelta(days=DEICTIC_OFFSETS[g["deictic"]])).isoformat(), "day", True)


def _this_unit(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    rel = g["rel"].replace("the ", "")
    unit = g["unit"]
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[rel]
    gran = "weekend" if unit == "weekend" else unit
    if anchor is None:
        return _unanchored(gran)
    return Resolution(_unit_value(unit, anchor, step), gran, True)


def _in_the_unit(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """ "earlier in the month": this month (GUIDELINES: a month, not a day)."""
    return _this_unit({"rel": "this", "unit": g["unit"]}, anchor, tense)


def _ago(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    n = g["num"]
    num = int(n) if n.isdigit() else NUMBERS.get(n)
    if num is None:
        return None
    unit = UNITS[g["unit"]]
    sign = 1 if g["dir"] in ("later", "from now", "hence") else -1
    if anchor is None:
        return _unanchored(unit)
    return Resolution(_unit_value(unit, anchor, sign * num), unit, True)


def _present(g: Group, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    return Resolution("PRESENT_REF", "present", True)


# pattern kind (see PATTERNS) -> its resolver
RESOLVERS = {
    "iso": _iso, "wd_full": _absolute_day, "wd_full_dmy": _absolute_day, "md": _month_day, "dm": _month_day,
    "month_year": _month_year, "month_rel_year": _month_rel_year, "season_year": _season_year, "year": _year, "decade": _decade,
    "weekday": _weekday_rel, "month": _month, "season": _season, "deictic": _deictic, "this_unit": _this_unit,
    "in_the_unit": _in_the_unit, "ago": _ago, "present": _present,
}  # fmt: skip


def _resolve_match(
    kind: str, m: re.Match[str], low: str, anchor: dt.date | None, tense: Tense
) -> Resolution | None:
    resolver = RESOLVERS.get(kind)
    if resolver is None:
        return None
    try:
        return resolver(m.groupdict(), anchor, tense)
    except (ValueError, KeyError, OverflowError):  # OverflowError: "99999999999 days ago", year 9999 + 1
        return None


_YEAR_OF = re.compile(r"^(-?\d+)")


def _in_calendar(res: Resolution) -> Resolution:
    """Values whose year falls outside 1-9999 (e.g. "9999 years later") are not TIMEX3: unresolved."""
    m = _YEAR_OF.match(res.value or "")
    if m is None:
        return res
    digits = m.group(1)
    width = 3 if res.granularity == "decade" else 4
    if len(digits) != width or int(digits) <= 0:
        return Resolution(
            None, res.granularity, res.relative, note="outside the years tidings represents (1-9999)"
        )
    return res


def _unit_value(unit: str, anchor: dt.date, step: int) -> str:
    if unit == "day":
        return (anchor + dt.timedelta(days=step)).isoformat()
    if unit == "week":
        return _iso_week(anchor + dt.timedelta(weeks=step))
    if unit == "weekend":
        return _iso_week(anchor + dt.timedelta(weeks=step)) + "-WE"
    if unit == "month":
        y, mo = _shift_month(anchor, step)
        return f"{y:04d}-{mo:02d}"
    if unit == "year":
        return f"{anchor.year + step:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * step) // 10:03d}"
    raise KeyError(unit)


_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:1[6-9]\d\d|20\d\d)\b")


def resolve_with_dateparser(text: str, anchor: dt.date | None) -> Resolution | None:
    """Last resort for numeric dates ("04/01/2019", "4.1.2019") the patterns do not read;
    anything else is left alone (importing dateparser alone costs about a second)."""
    if not _NUMERIC_DATE.search(text):
        return None
    import dateparser  # imported late: it is slow to import and rarely needed

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    try:
        got = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; it is a guess anyway
        return None
    if got is None:
        return None
    return Resolution(got.date().isoformat(), "day", False, note="resolved by dateparser")
