"""GDELT 2.0 Events rows: 61 tab-separated columns, no header, in GDELT's order.

Column names and order are facts from the GDELT 2.0 event codebook. tidings fills the
columns it knows and leaves the rest empty: actor religion/ethnic/known-group codes,
actor geography, ADM2 and AvgTone. Differences a user must know (see docs/store.md):
GlobalEventId is derived from tidings' event id (a content hash), geographic country
codes are ISO 3166-1 alpha-2 as GeoNames gives them (GDELT uses FIPS 10-4), FeatureID
is the GeoNames id, and NumMentions/NumSources/NumArticles count deduplicated reports.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventId", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_Fullname", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_Fullname", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_Fullname", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

# CAMEO known-group codes are 3-letter codes that are neither countries nor sectors;
# tidings keeps them in ``sectors`` only when the actor dictionary says so (e.g. IGO codes).
_IGO = {"IGO", "NGO", "MNC"}


def global_event_id(event_id: str) -> int:
    """A stable positive int64 from the hex event id (60 bits)."""
    return int(event_id[:15], 16)


def _fraction(day: dt.date) -> str:
    start = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - start).days
    return f"{day.year + (day - start).days / days:.4f}"


def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return format(v, ".10g")
    return str(v).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _actor(e: dict[str, Any], side: str) -> list[Any]:
    sectors = (e.get(f"{side}_sectors") or "").split()
    known = next((s for s in sectors if s in _IGO), None)
    types = [s for s in sectors if s not in _IGO][:3]
    code = e.get(f"{side}_code") or e.get(f"{side}_country")
    name = e.get(f"{side}_name")
    return [code, name.upper() if name else None, e.get(f"{side}_country"), known, None, None, None,
            *(types + [None] * (3 - len(types)))]


def _geo(e: dict[str, Any]) -> list[Any]:
    if not e.get("place_name") and not e.get("geonameid"):
        return [None] * 8
    country = e.get("place_country")
    feature = (e.get("place_feature") or "").upper()
    if feature.startswith(("A.PCL", "PCL")) or feature in ("A",) and not e.get("place_admin1"):
        gtype = 1
    elif feature.startswith(("A", "ADM")):
        gtype = 2 if country == "US" else 5
    else:
        gtype = 3 if country == "US" else 4
    parts = [e.get("place_name"), e.get("place_admin1"), country]
    fullname = ", ".join(dict.fromkeys(str(p) for p in parts if p))
    admin1 = e.get("place_admin1")
    adm1_code = f"{country}{admin1}" if country and admin1 and len(str(admin1)) <= 3 else (country if gtype == 1 else None)
    return [gtype, fullname, country, adm1_code, None, e.get("lat"), e.get("lon"), e.get("geonameid")]


def gdelt_row(e: dict[str, Any]) -> list[str]:
    """One event (a dict from ``tidings.query.events``) as 61 GDELT 2.0 column values."""
    day = e.get("day")
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    cameo = e.get("cameo") or ""
    added = e.get("added_at")
    row: list[Any] = [
        global_event_id(e["id"]),
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        _fraction(day) if day else None,
        *_actor(e, "source"),
        *_actor(e, "target"),
        e.get("is_root"), cameo or None, cameo[:3] or None, cameo[:2] or None, e.get("quad_class"), e.get("goldstein"),
        e.get("num_mentions"), e.get("num_sources"), e.get("num_articles"), None,
        *([None] * 8), *([None] * 8),
        *_geo(e),
        added.strftime("%Y%m%d%H%M%S") if isinstance(added, dt.datetime) else added,
        e.get("first_url") or e.get("first_document"),
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return [_s(v) for v in row]
