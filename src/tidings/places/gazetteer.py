"""The gazetteer: tidings' index (``data/places/gazetteer.tsv`` + ``regions.tsv``), loaded once.

``gazetteer()`` builds the name index lazily on first use and caches it for the process
(about 0.5 s for ~73k places; see docs/times-places.md for the measurement).
"""

from __future__ import annotations

import bisect
import functools
import gzip
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "places"
FEATURE_KIND = {"A.PCLI": "country", "A.ADM1": "admin1", "A.ADM2": "admin2", "L.CONT": "continent"}
TOWN_FEATURE = {"P": "P.PPL", "2": "A.ADM2"}


@dataclass(frozen=True, slots=True)
class Entry:
    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int
    admin1code: str | None = None  # GeoNames admin1 code ("26"; US: "CA")
    fips: str | None = None  # FIPS 10-4 code of a country row

    @property
    def kind(self) -> str:
        if self.feature.startswith("P."):
            return "city"
        return FEATURE_KIND.get(self.feature, "region")

    @property
    def key(self) -> str:
        return str(self.geonameid) if self.geonameid is not None else f"{self.country or ''}:{self.name}"


_SPACE = re.compile(r"\s+")
_LEAD_THE = re.compile(r"^the\s+", re.IGNORECASE)


def normalise(name: str) -> str:
    """Lookup key: ASCII-folded, lower case, no leading "the", one space, straight quotes."""
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = _LEAD_THE.sub("", _SPACE.sub(" ", name.strip()))
    return name.lower()


class Gazetteer:
    """Places by normalised name; ``lookup`` returns every entry that carries the name.

    ``names.tsv`` is sorted, so a lookup is a binary search over its lines; rows of
    ``gazetteer.tsv`` stay unparsed strings until a lookup needs them. Loading is reading
    two files and splitting them into lines (no per-name work at start-up)."""

    def __init__(
        self, rows: list[str | Entry], name_lines: list[str], overlay: dict[str, list[tuple[int, bool]]]
    ):
        self.rows = rows
        self.name_lines = name_lines
        self.overlay = overlay  # names from regions.tsv: looked at first
        self._countries: dict[str, Entry] | None = None
        self._capitals: dict[str, Entry] | None = None
        self._demonyms: dict[str, Entry] | None = None
        self._demonym_words: frozenset[str] | None = None
        self._towns: list[str] | None = None  # towns.tsv.gz lines, sorted by normalised name
        self._town_rows: dict[int, Entry] = {}
        self._cache: dict[str, list[tuple[Entry, bool]]] = {}  # lookups by key (names repeat)
        self._admin1_names: dict[tuple[str, str], str] | None = None

    def entry(self, i: int) -> Entry:
        row = self.rows[i]
        if isinstance(row, str):
            row = self.rows[i] = _parse(row)
        return row

    def _ids(self, key: str) -> list[tuple[int, bool]]:
        out = list(self.overlay.get(key, ()))
        probe = key + "\t"
        j = bisect.bisect_left(self.name_lines, probe)
        if j < len(self.name_lines) and self.name_lines[j].startswith(probe):
            for tok in self.name_lines[j][len(probe) :].split(","):
                own = tok.startswith("*")
                i = int(tok[1:] if own else tok)
                if all(i != k for k, _ in out):
                    out.append((i, own))
        return out

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Entries named ``name``, each with True when it is the entry's own name (not an alias):
        the main index's, then towns under 5,000 people and second-level divisions."""
        key = normalise(name)
        hit = self._cache.get(key)
        if hit is None:
            hit = [(self.entry(i), own) for i, own in self._ids(key)] + [
                (e, True) for e in self._town_lookup(key)
            ]
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[key] = hit
        return list(hit)

    def _town_lookup(self, key: str) -> list[Entry]:
        if not key:
            return []
        if self._towns is None:
            self._towns, self._admin1_names = _town_lines()
        lines = self._towns
        j = bisect.bisect_left(lines, key, key=_town_key)
        out: list[Entry] = []
        while j < len(lines) and _town_key(lines[j]) == key:
            if j not in self._town_rows:
                self._town_rows[j] = self._parse_town(lines[j])
            out.append(self._town_rows[j])
            j += 1
        return out

    def _parse_town(self, line: str) -> Entry:
        name, gid, cc, code, lat, lon, feature, pop = line.split("\t")
        return Entry(
            int(gid),
            name,
            cc,
            self._admin1_name(cc, code),
            float(lat),
            float(lon),
            TOWN_FEATURE[feature],
            int(pop),
            code or None,
        )

    def _admin1_name(self, cc: str, code: str) -> str | None:
        return self._admin1_names.get((cc, code)) if self._admin1_names else None

    def country(self, code: str | None) -> Entry | None:
        if not code:
            return None
        if self._countries is None:
            self._countries = {}
            for i, row in enumerate(self.rows):
                if isinstance(row, Entry) or "\tA.PCLI\t" in row:
                    e = self.entry(i)
                    if e.feature == "A.PCLI" and e.country:
                        self._countries[e.country] = e
        return self._countries.get(code)

    def capital(self, code: str | None) -> Entry | None:
        """The capital (``P.PPLC``) of the country with ISO alpha-2 ``code``; rows are scanned
        once, on the first call."""
        if not code:
            return None
        if self._capitals is None:
            self._capitals = {}
            for i, row in enumerate(self.rows):
                if isinstance(row, Entry) or "\tP.PPLC\t" in row:
                    e = self.entry(i)
                    if e.feature == "P.PPLC" and e.country and e.country not in self._capitals:
                        self._capitals[e.country] = e
        return self._capitals.get(code)

    def fips(self, code: str | None) -> str | None:
        """FIPS 10-4 code of the country with ISO alpha-2 ``code`` (GDELT's country codes)."""
        c = self.country(code)
        return c.fips if c is not None else None

    def demonym_words(self) -> frozenset[str]:
        """The last word of every adjective of demonyms.tsv ("Russian", "American")."""
        if self._demonym_words is None:
            self._demonym_words = frozenset(
                ln.split("\t")[0].split()[-1] for ln in _data_lines("demonyms.tsv")
            )
        return self._demonym_words

    def demonym(self, word: str) -> Entry | None:
        """The country or continent an adjective names ("Russian" -> Russia), from demonyms.tsv."""
        if self._demonyms is None:
            self._demonyms = {}
            for ln in _data_lines("demonyms.tsv"):
                adj, key = ln.split("\t")
                e = self.country(key) if len(key) == 2 and key.isupper() else None
                if e is None:
                    e = next((x for x, own in self.lookup(key) if own and x.kind != "city"), None)
                if e is not None:
                    self._demonyms[normalise(adj)] = e
        return self._demonyms.get(normalise(word))


def _float(s: str) -> float | None:
    return float(s) if s else None


def _parse(line: str) -> Entry:
    gid, name, cc, a1, lat, lon, feature, pop, _, code, fips = line.split("\t")
    return Entry(
        int(gid),
        name,
        cc or None,
        a1 or None,
        _float(lat),
        _float(lon),
        feature,
        int(pop or 0),
        code or None,
        fips or None,
    )


def _town_key(line: str) -> str:
    name = line[: line.find("\t")]
    # most names: normalise() is lower() for them
    if (
        name.isascii()
        and "'" not in name
        and "  " not in name
        and not name[:4].lower() == "the "
        and name.strip() == name
    ):
        return name.lower()
    return normalise(name)


def _town_lines() -> tuple[list[str], dict[tuple[str, str], str]]:
    """The lines of towns.tsv.gz (sorted by normalised name) and its admin1 names."""
    text = gzip.decompress((DATA / "towns.tsv.gz").read_bytes()).decode("utf-8")
    lines = text.split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    names: dict[tuple[str, str], str] = {}
    while start < len(lines) and lines[start].startswith("@\t"):
        _, cc, code, name = lines[start].split("\t")
        names[(cc, code)] = name
        start += 1
    return lines[start + 1 : len(lines) - (lines[-1] == "")], names  # after the column names


def _data_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):  # the header
        start += 1
    return (
        [ln for ln in lines[start:] if ln]
        if name in ("regions.tsv", "demonyms.tsv")
        else lines[start : len(lines) - (lines[-1] == "")]
    )


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The index, loaded once per process on first use."""
    rows: list[str | Entry] = list(_data_lines("gazetteer.tsv")[1:])  # first line: column names
    name_lines = _data_lines("names.tsv")
    overlay: dict[str, list[tuple[int, bool]]] = {}
    gaz = Gazetteer(rows, name_lines, overlay)
    for ln in _data_lines("regions.tsv"):
        kind, name, aliases, gid, cc, lat, lon, feature = (ln.split("\t") + [""] * 8)[:8]
        alias_list = [name, *(aliases.split("|") if aliases else [])]
        if kind == "region":
            i = len(rows)
            rows.append(
                Entry(int(gid) if gid else None, name, cc or None, None, _float(lat), _float(lon), feature, 0)
            )
        elif kind == "alias":
            # the aliased row carries the alias's first name ("United States"): find it by name
            i = next(k for k, _ in gaz._ids(normalise(name)) if gaz.entry(k).geonameid == int(gid))
            e = gaz.entry(i)
            if e.lat is None and lat:
                rows[i] = Entry(
                    e.geonameid,
                    e.name,
                    e.country,
                    e.admin1,
                    _float(lat),
                    _float(lon),
                    e.feature,
                    e.population,
                    e.admin1code,
                    e.fips,
                )
        else:
            continue
        for a in alias_list:
            lst = overlay.setdefault(normalise(a), [])
            if all(i != k for k, _ in lst):
                lst.append((i, True))
    return gaz
