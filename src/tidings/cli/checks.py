"""Checks of the query options' values against tidings' own code tables (``tidings.vocab``),
so that a typo is an error naming what is valid (exit 2) instead of an empty answer."""

from __future__ import annotations

import re

from tidings.cli._util import bad
from tidings.vocab import countries, country_problem, is_cameo_prefix, plover_types


def check_cameo(value: str | None) -> str | None:
    """A CAMEO code or prefix that some code in the table starts with: 04, 042, 0421."""
    if value is None:
        return None
    v = value.strip()
    if not re.fullmatch(r"\d{2,4}", v):
        raise bad(
            "--cameo", f"{value!r} is not a CAMEO code; use 2-4 digits with the leading zero, e.g. 04 or 042"
        )
    if not is_cameo_prefix(v):
        raise bad(
            "--cameo",
            f"{value!r} is not a CAMEO code or prefix; roots run 01-20 (e.g. 04 consult, "
            "042 make a visit, 190 use conventional military force)",
        )
    return v


def check_plover(value: str | None) -> str | None:
    """A PLOVER event type as the code table names them (case-insensitive)."""
    if value is None:
        return None
    v = value.strip().upper()
    if v not in plover_types():
        raise bad("--plover", f"{value!r} is not a PLOVER event type; use one of {', '.join(plover_types())}")
    return v


def check_country(value: str | None, param: str = "--country") -> str | None:
    """An ISO 3166-1 country code, alpha-2 (IQ) or alpha-3 (IRQ); a country's name says its code."""
    if value is None:
        return None
    problem = country_problem(value)
    if problem:
        raise bad(param, problem)
    return value.strip().upper()


def alpha3(code: str) -> str:
    """The alpha-3 code of a checked country code (actors carry alpha-3)."""
    return countries()[code.upper()][1]
