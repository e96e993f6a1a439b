"""GDELT 2.0 Events rows: 61 tab-separated columns, no header, in GDELT's order.

Column names, order and meaning follow the GDELT 2.0 event codebook. tidings fills:
Day/MonthYear/Year/FractionDate from the first day of the event's period (an event dated
only to a month or year has that period's first day; docs/store.md), actor codes split
into country, known group (the organisation's own CAMEO code: UNO, EEC, NAT, AMN ...),
religion and type codes, geography in FIPS 10-4 with GDELT's ADM1 codes and geo types
(``tidings.export.geo``), FeatureID only for city/landmark matches (the GeoNames id),
actor geography at country level for actors with a country, NumMentions/NumSources/
NumArticles from the deduplicated reports. AvgTone is left empty: tidings does not score
tone. GlobalEventId is derived from tidings' event id (a content hash). Only asserted
events are exported unless asked (``include_unasserted``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventId",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_Fullname",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_Fullname",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_Fullname",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)

# CAMEO codes that are not an organisation's own code: sector/role codes, the generic
# international types and the international region codes of the codebook (Table 3.3).
_TYPES = frozenset(
    "GOV MIL REB OPP COP JUD LEG BUS MED EDU HLH NGO IGO IMG MNC NGM CVL REF SPY UAF ELI LAB REL ENV HRI CRM "
    "INS SEP PTY MOD RAD AGR DEV PKO INT UIS".split()
)
_REGIONS = frozenset(
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST".split()
)
_GENERIC = _TYPES | _REGIONS
_INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC", "NGM")
# CAMEO religion codes (codebook chapter on religion): first-level codes only.
_RELIGION = frozenset("ADR BAH BUD CHR CON DOX HIN ITR JAN JEW MOS NRM SHN SIK TAO ZRO".split())


def global_event_id(event_id: str) -> int:
    """A stable positive int64 from the hex event id (60 bits)."""
    return int(event_id[:15], 16)


def _fraction(day: dt.date) -> str:
    """YYYY.FFFF with FFFF the share of the year gone by at the start of ``day``."""
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


def _segments(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def actor_columns(e: dict[str, Any], side: str) -> list[Any]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2, Type1/2/3 of one side."""
    code = e.get(f"{side}_code") or e.get(f"{side}_country")
    if not code:
        return [None] * 10
    country = e.get(f"{side}_country")
    segs = _segments(code)
    rest = segs[1:] if country and segs[0] == country else segs
    known = next((s for s in reversed(rest) if s not in _GENERIC and s not in _RELIGION), None)
    if not any(s in _INTERNATIONAL for s in rest):
        known = None  # a country's own sub-codes are not known groups
    religion = [s for s in rest if s in _RELIGION][:2]
    sectors = (e.get(f"{side}_sectors") or "").split()
    types = [s for s in rest if s in _TYPES] or [s for s in sectors if s in _TYPES]
    types = list(dict.fromkeys(types))[:3]
    name = e.get(f"{side}_name") or e.get(f"{side}_text")
    return [
        code,
        name.upper() if name else None,
        country,
        known,
        None,
        *(religion + [None] * (2 - len(religion))),
        *(types + [None] * (3 - len(types))),
    ]


def _day(e: dict[str, Any]) -> dt.date | None:
    day = e.get("period_start")
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return day


def gdelt_row(e: dict[str, Any]) -> list[str]:
    """One event (a row of ``tidings.query.events``) as 61 GDELT 2.0 column values."""
    from tidings.export.geo import EMPTY, actor_geo, place_geo

    day = _day(e)
    cameo = e.get("cameo") or ""
    added = e.get("added_at")
    a1, a2, action = actor_geo(e.get("source_country")), actor_geo(e.get("target_country")), place_geo(e)
    row: list[Any] = [
        global_event_id(e["id"]),
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        _fraction(day) if day else None,
        *actor_columns(e, "source"),
        *actor_columns(e, "target"),
        int(bool(e.get("is_root"))),
        cameo or None,
        cameo[:3] or None,
        cameo[:2] or None,
        e.get("quad_class"),
        e.get("goldstein"),
        e.get("num_mentions"),
        e.get("num_sources"),
        e.get("num_articles"),
        None,
        *(a1.columns() if a1 else EMPTY),
        *(a2.columns() if a2 else EMPTY),
        *(action.columns() if action else EMPTY),
        added.strftime("%Y%m%d%H%M%S") if isinstance(added, dt.datetime) else added,
        e.get("url") or e.get("document"),
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return [_s(v) for v in row]
