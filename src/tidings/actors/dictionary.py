"""Actor dictionaries: the project's own format and PETRARCH/TABARI files, read into ``Entry``s.

tidings format (one entry per line, tab-separated; ``#`` starts a comment line)::

    kind <TAB> names <TAB> code <TAB> dates <TAB> info
    person	Fuad Hussein|Fouad Hussein	IRQGOV	2020-06-06..	title=foreign minister

``kind`` is one of country, region, multinational, ethnic, organisation, person, role;
``names`` are ``|``-separated (the first is canonical); ``dates`` is ``FROM..TO`` (either end
may be open, empty = undated); ``info`` holds ``key=value`` pairs separated by ``;``
(``adj=`` and ``capital=`` for countries, ``title=``, ``ref=``, ``generic=``, ``gender=``).
Several lines with the same canonical name and kind are one entry with several dated codes.

PETRARCH/TABARI files are detected automatically (see ``tidings.actors.petrarch``).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tidings.actors.entry import DatedCode, Entry
from tidings.actors.petrarch import read_petrarch
from tidings.actors.petrarch_formats import kind_of
from tidings.errors import TidingsError

__all__ = ["DATA", "DEFAULT_FILES", "NAME_KINDS", "PLACE_KINDS", "DatedCode", "Entry", "read_file"]

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"
DEFAULT_FILES = ("countries.tsv", "regions.tsv", "organisations.tsv", "roles.tsv", "people.tsv")

# Kinds that name something (matched only when capitalised in the text) vs role words.
NAME_KINDS = frozenset(
    {"country", "capital", "demonym", "region", "multinational", "ethnic", "organisation", "person", "actor"}
)
PLACE_KINDS = frozenset({"country", "capital", "demonym", "region", "multinational", "ethnic"})


def parse_iso(text: str, where: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        return dt.date.fromisoformat(text)
    except ValueError as e:
        path, _, line = where.rpartition(":")
        raise TidingsError(
            "E400", where, path=path, line=line, reason=f"bad date {text!r} (use YYYY-MM-DD)"
        ) from e


def _parse_dates(text: str, where: str) -> tuple[dt.date | None, dt.date | None, bool]:
    text = text.strip()
    if not text:
        return None, None, False
    if ".." in text:
        a, b = text.split("..", 1)
        return parse_iso(a, where), parse_iso(b, where), True
    day = parse_iso(text, where)
    return day, None, True


def _parse_info(text: str) -> dict[str, str]:
    info: dict[str, str] = {}
    for part in text.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            info[k.strip()] = v.strip()
    return info


def read_tidings(lines: list[str], origin: str) -> list[Entry]:
    """Entries from a file in the tidings format (see the module docstring)."""
    entries: dict[tuple[str, str], Entry] = {}
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{origin}:{n}"
        cols = line.split("\t")
        if len(cols) < 3:
            raise TidingsError(
                "E400",
                where,
                path=origin,
                line=n,
                reason="expected kind<TAB>names<TAB>code[<TAB>dates<TAB>info]",
            )
        kind, names, code = cols[0].strip().lower(), cols[1], cols[2].strip()
        if kind not in _KINDS:
            known = ", ".join(sorted(_KINDS))
            raise TidingsError(
                "E400", where, path=origin, line=n, reason=f"unknown kind {kind!r} (known: {known})"
            )
        dates = cols[3] if len(cols) > 3 else ""
        info = _parse_info(cols[4]) if len(cols) > 4 else {}
        phrases = [p.strip() for p in names.split("|") if p.strip()]
        if not phrases:
            raise TidingsError("E400", where, path=origin, line=n, reason="no names")
        start, end, dated = _parse_dates(dates, where)
        key = (kind, phrases[0])
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = Entry(kind=kind, name=phrases[0], phrases=[], info=info, source=where)
        for p in phrases:
            if p not in entry.phrases:
                entry.phrases.append(p)
        for k, v in info.items():
            entry.info.setdefault(k, v)
        entry.codes.append(
            DatedCode(code=code.upper(), start=start, end=end, dated=dated, title=info.get("title"))
        )
    out: list[Entry] = []
    for entry in entries.values():
        out.append(entry)
        if entry.kind == "country":
            out.extend(_country_forms(entry))
        elif entry.kind in ("region", "multinational", "ethnic") and "adj" in entry.info:
            out.append(
                Entry(
                    kind="demonym",
                    name=entry.name,
                    phrases=entry.info["adj"].split("|"),
                    codes=entry.codes,
                    info={"of": entry.kind},
                    source=entry.source,
                )
            )
    return out


def _country_forms(entry: Entry) -> list[Entry]:
    """A country's adjectives and capitals as entries of their own (kinds demonym, capital)."""
    forms = []
    for key, kind in (("adj", "demonym"), ("capital", "capital")):
        if entry.info.get(key):
            forms.append(
                Entry(
                    kind=kind,
                    name=entry.name,
                    phrases=entry.info[key].split("|"),
                    codes=entry.codes,
                    info={"acts": entry.info["capital_acts"]}
                    if kind == "capital" and entry.info.get("capital_acts")
                    else {},
                    source=entry.source,
                )
            )
    return forms


_KINDS = frozenset({"country", "region", "multinational", "ethnic", "organisation", "person", "role"})
_ACTOR_CODE = re.compile(r"\[\s*~?[A-Z]{3}[A-Z~]*[\s\]]")


def detect_format(lines: list[str], name: str = "") -> str:
    """``tidings`` (kind<TAB>names<TAB>code lines), ``petrarch`` (actor or agent file) or
    ``other``: a file for another stage (verb patterns, discards, issues, event lexicons),
    which the actors stage leaves alone since all stages receive the same --dictionary list."""
    body = [raw for raw in lines[:2000] if raw.strip() and not raw.lstrip().startswith("#")]
    if any("tidings actor dictionary" in raw for raw in lines[:20]):
        return "tidings"
    if any(raw.split("\t")[0].strip().lower() in _KINDS and "\t" in raw for raw in body[:50]):
        return "tidings"
    if "discard" in Path(name).name.lower() or any(
        raw.startswith(("&", "<ISSUE", "- ")) or re.match(r"^---\s+\S+\s+\[", raw) for raw in body[:400]
    ):
        return "other"
    if any(_ACTOR_CODE.search(raw) for raw in body[:400]):
        return "petrarch"
    return "other"


def read_file(path: str | Path) -> list[Entry]:
    """Entries of one dictionary file, in whichever format it is written."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise TidingsError("E001", str(p), path=str(p), reason=str(e)) from e
    lines = text.splitlines()
    origin = p.name if p.resolve().parent == DATA else str(p)  # user files: the full path in messages
    fmt = detect_format(lines, p.name)
    if fmt == "petrarch":
        return read_petrarch(lines, origin)
    if fmt == "other":
        kind_of(lines, origin)  # another stage's dictionary, or E400: not a dictionary at all
        return []
    return read_tidings(lines, origin)
