"""The office-holder knowledge base: who held which national office when.

``data/actors/office_holders.tsv`` (built by ``scripts/build_leaders.py``; header names the
sources and licence) is read once per process into dictionaries keyed by the full name and by
the surname (accents, case and hyphens ignored). ``lookup`` returns the terms that fit a
name, a publication date and the countries of the document:

- a full name matches every term of that name; a surname alone only terms in the document's
  countries;
- on a date, terms that cover it (an open term counts up to its source's snapshot date and,
  flagged ``open_after_snapshot``, after it); if none does, a term that ended before the date
  makes the person a former office holder (CAMEO ``ELI``);
- the person must be unique: one (name, country) among the best-ranked candidates (heads of
  state and government, the main ministries, military chiefs and IGO heads rank above other
  ministers and deputies, so "Lavrov" in 2021 is the foreign minister, not a deputy minister
  of finance of the same name).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import TidingsError

KB_PATH = Path(__file__).resolve().parent.parent / "data" / "actors" / "office_holders.tsv"
COLUMNS = 11
ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "minister",
    "military",
    "igo_head",
)
# Canonical titles (as in roles.tsv) so that "the foreign minister" links to the office holder.
TITLES = {
    "head_of_state": "president",
    "head_of_government": "prime minister",
    "foreign_minister": "foreign minister",
    "defence_minister": "defense minister",
    "interior_minister": "interior minister",
    "finance_minister": "finance minister",
    "minister": "minister",
    "military": "commander",
    "igo_head": "head",
}
MONARCH_WORDS = ("king", "queen", "emir", "amir", "sultan", "monarch", "prince", "grand duke")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Among equally ranked concurrent terms, the office a bare name most likely refers to.
ROLE_ORDER = {
    r: i
    for i, r in enumerate(
        (
            "head_of_state",
            "head_of_government",
            "igo_head",
            "foreign_minister",
            "defence_minister",
            "interior_minister",
            "finance_minister",
            "military",
            "minister",
        )
    )
}
DEPUTY_WORDS = ("deputy", "vice", "state secretary", "secretary of state for", "assistant", "under")


@dataclass(frozen=True)
class Term:
    names: tuple[str, ...]  # the first is canonical
    country: str | None
    code: str
    role: str
    title: str  # as in the source
    start: dt.date | None
    end: dt.date | None
    open_to: dt.date | None  # the source's snapshot date when end is empty
    source: str  # "office_holders.tsv:LINE source-id" (the line of the shared source file)
    line: int  # line of tidings' own data file

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def rank(self) -> int:
        if self.role == "minister":
            return 2 if any(w in self.title.lower() for w in DEPUTY_WORDS) else 1
        return 0

    @property
    def canonical_title(self) -> str:
        low = self.title.lower()
        if self.role == "head_of_state" and any(w in low for w in MONARCH_WORDS):
            return "monarch"
        if self.role == "head_of_government" and "chancellor" in low:
            return "chancellor"
        if self.role == "minister" and self.rank == 2 and "foreign" in low:
            return "deputy foreign minister"
        return TITLES[self.role]

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def term_text(self) -> str:
        end = self.end.isoformat() if self.end else ""
        return f"{self.start.isoformat() if self.start else ''}..{end}"

    def record(self, rule: str) -> dict[str, object]:
        """What an Actor's evidence carries about the entry."""
        out: dict[str, object] = {
            "source": self.source,
            "entry": f"office_holders.tsv:{self.line}",
            "name": self.name,
            "title": self.title,
            "role": self.role,
            "term": self.term_text(),
            "match": rule,
        }
        if self.end is None and self.open_to is not None:
            out["open_to"] = self.open_to.isoformat()
        return out


def normalise(text: str) -> str:
    """'Amir-Abdollahian' -> 'amir abdollahian'; 'Lavrov' -> 'lavrov'; 'Guterres' = 'Guterres'."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = text.lower().replace("-", " ").replace("’", "'").replace(".", " ").replace(",", " ").split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words)


def surname_of(name: str) -> str:
    """The last word of a name, hyphenated parts kept together ('Ban Ki-moon' -> 'ki moon',
    'Adil Abdul-Mahdi' -> 'abdul mahdi'), suffixes dropped ('Jr.')."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in SUFFIXES:
        words.pop()
    return normalise(words[-1]) if words else ""


def _date(text: str, where: str, *, end: bool = False) -> dt.date | None:
    if not text:
        return None
    try:
        if len(text) == 4:
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            if end:
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(y, m, 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        path, _, line = where.rpartition(":")
        raise TidingsError("E400", where, path=path, line=line, reason=f"bad date {text!r}") from None


class OfficeHolders:
    """Rows indexed by normalised full name and by surname; a row becomes a ``Term`` when a
    lookup first needs it (reading 26k rows eagerly would cost most of the 0.5 s budget)."""

    def __init__(self, rows: list[tuple[int, str]], origin: str) -> None:
        self.rows = rows  # (line, raw line)
        self.origin = origin
        self._terms: dict[int, Term] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_surname: dict[str, list[int]] = {}
        by_name, by_surname = self.by_name, self.by_surname
        for idx, (line, raw) in enumerate(rows):
            cols = raw.split("\t")
            _check(cols, f"{origin}:{line}")
            for form in cols[9].split("|"):
                by_name.setdefault(form, []).append(idx)
            for form in cols[10].split("|"):
                by_surname.setdefault(form, []).append(idx)

    def term(self, idx: int) -> Term:
        t = self._terms.get(idx)
        if t is None:
            line, raw = self.rows[idx]
            t = self._terms[idx] = parse_row(raw, f"{self.origin}:{line}", line)
        return t

    @property
    def terms(self) -> list[Term]:
        return [self.term(i) for i in range(len(self.rows))]

    def lookup(
        self, words: tuple[str, ...], day: dt.date | None, countries: frozenset[str]
    ) -> tuple[list[Term], str]:
        """The terms of the one person ``words`` names on ``day`` (see the module docstring) and
        how they matched ("full name", "surname", + "former" when out of office)."""
        key = normalise(" ".join(words))
        if not key:
            return [], ""
        words_n = key.split(" ")
        # the full name, or its end ("Taoiseach Leo Varadkar" -> "leo varadkar")
        full = next(
            (" ".join(words_n[k:]) for k in range(len(words_n) - 1) if " ".join(words_n[k:]) in self.by_name),
            None,
        )
        if full is not None:
            cands, how = [self.term(i) for i in self.by_name[full]], "full name"
        else:
            last = " ".join(words_n[-2:])
            rows = self.by_surname.get(last, ()) if len(words_n) > 1 else ()
            rows = rows or self.by_surname.get(words_n[-1], ())
            # a surname alone: only the main offices, and only in the countries the document names
            cands = [t for t in (self.term(i) for i in rows) if t.rank == 0 and t.country in countries]
            if len(words_n) > 1 and last not in self.by_surname:  # a longer name holds the first name
                given = set(words_n[:-1])
                cands = [t for t in cands if any(normalise(n).split(" ", 1)[0] in given for n in t.names)]
            how = "surname"
        if not cands:
            return [], ""
        if day is None:
            return _unique(cands), how + ", no publication date"
        now = [
            t for t in cands if t.covers(day) and (t.end is not None or t.open_to is None or day <= t.open_to)
        ]
        if not now:
            now = [t for t in cands if t.end is None and t.start is not None and t.start <= day]
            how += ", open after the source's snapshot" if now else ""
        if now:
            return _unique(now), how
        # a former office holder: by full name, and only of a country the document names
        past = [t for t in cands if t.end is not None and t.end < day and t.country in countries]
        return (_unique(past), how + ", former office holder") if past and how == "full name" else ([], "")


def _unique(cands: list[Term]) -> list[Term]:
    """The terms of one person, if the best-ranked candidates are one person (one country, and
    every term shares a name or alias with another: "Michael R. Pompeo|Mike Pompeo", "Mike Pompeo")."""
    best = min(t.rank for t in cands)
    top = [t for t in cands if t.rank == best]
    if len({t.country for t in top}) != 1:
        return []
    names = {normalise(n) for n in top[0].names}
    rest = top[1:]
    while rest:
        joined = [t for t in rest if names & {normalise(n) for n in t.names}]
        if not joined:
            return []
        for t in joined:
            names |= {normalise(n) for n in t.names}
        rest = [t for t in rest if t not in joined]
    return sorted(top, key=lambda t: (ROLE_ORDER[t.role], -(t.start or dt.date.min).toordinal()))


_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")


def _check(cols: list[str], where: str) -> None:
    if len(cols) != COLUMNS or not cols[0] or not cols[2] or cols[3] not in ROLES:
        reason = (
            f"expected {COLUMNS} tab-separated columns (names, country, code, role, title, start, end, "
            "open_to, source, name keys, surname keys) with a known role"
        )
        path, _, line = where.rpartition(":")
        raise TidingsError("E400", where, path=path, line=line, reason=reason)
    for text in (cols[5], cols[6], cols[7]):
        if not _DATE.match(text):
            path, _, line = where.rpartition(":")
            raise TidingsError(
                "E400", where, path=path, line=line, reason=f"bad date {text!r} (use YYYY[-MM[-DD]])"
            )


def parse_row(raw: str, where: str, line: int) -> Term:
    cols = raw.split("\t")
    _check(cols, where)
    return Term(
        names=tuple(cols[0].split("|")),
        country=cols[1] or None,
        code=cols[2].upper(),
        role=cols[3],
        title=cols[4],
        start=_date(cols[5], where),
        end=_date(cols[6], where, end=True),
        open_to=_date(cols[7], where),
        source=cols[8],
        line=line,
    )


def read_kb(path: str | Path) -> OfficeHolders:
    """The knowledge base in ``path``; a malformed line raises E400 naming file:line."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise TidingsError("E001", str(p), path=str(p), reason=str(e)) from e
    rows = [(n, raw) for n, raw in enumerate(lines, 1) if raw and not raw.startswith("#")]
    return OfficeHolders(rows, p.name)


@functools.lru_cache(maxsize=4)
def office_holders(path: str = str(KB_PATH)) -> OfficeHolders:
    """The knowledge base, read once per process."""
    return read_kb(path)
