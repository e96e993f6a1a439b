"""The shipped map outline (static/world.json, built by tidings/web/build_world.py)."""

from __future__ import annotations

import json
from pathlib import Path

import tidings.web

WORLD = Path(tidings.web.__file__).parent / "static" / "world.json"


def _land(world: dict, lat: float, lon: float) -> bool:
    row = int((world["lat_max"] - lat) // world["step"])
    col = int((lon + 180) // world["step"])
    return world["rows"][row][col] == "1"


def test_outline_names_its_source_and_has_land_where_land_is():
    world = json.loads(WORLD.read_text(encoding="utf-8"))
    assert "GeoNames" in world["source"] and "CC BY" in world["licence"]
    assert len(world["rows"]) == (world["lat_max"] - world["lat_min"]) / world["step"]
    assert all(len(r) == 360 / world["step"] for r in world["rows"])
    for lat, lon in [
        (35.69, 51.42),
        (33.31, 44.36),
        (52.52, 13.41),
        (40.71, -74.0),
        (-33.87, 151.2),
        (-23.55, -46.63),
    ]:
        assert _land(world, lat, lon), (lat, lon)
    for lat, lon in [
        (0.0, -140.0),
        (-30.0, -20.0),
        (35.0, 18.0),
        (-40.0, 80.0),
    ]:  # Pacific, Atlantic, Med, Indian
        assert not _land(world, lat, lon), (lat, lon)
    iran = next(c for c in world["countries"] if c["iso3"] == "IRN")
    assert 30 < iran["lat"] < 38 and 48 < iran["lon"] < 56


def test_outline_is_rebuilt_identically():
    from tidings.web.build_world import build

    assert build()["rows"] == json.loads(WORLD.read_text(encoding="utf-8"))["rows"]
