"""PLOVER JSON records, with the field names of the PLOVER manual's data-fields chapter.

Facts from the PLOVER manual (openeventdata/PLOVER, CC BY-SA 4.0): the record fields
(id, date, enddate, actor, recipient, event, event_loc, event_text, quad_code, event_scale,
mode, context, text, text_info, cite_info, coder, coded_date, comment), the entity object
(code, sector, entity_text, identifier_text), the country field's non-state codes (UNO,
EUR, IGO, NGO, ISM, IMG, MNC), PLOVER's sector codes (CAMEO's MED "media" is JRN, HLH
"health" is MED; INS and SEP fold into REB) and each event type's quad category.

An event dated to a period has ``date`` its first day and ``enddate`` its last. ``text``
(the reporting sentence) is left out unless asked for: the manual fills it only where the
rights to the text allow. Fields beyond the manual's (allowed by it): cameo, negated,
modality, asserted, date_value, date_granularity, num_mentions, num_articles, num_sources.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tidings._version import __version__

# PLOVER event type -> quad category (1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict), as each event's section of the manual gives it.
QUAD: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

# CAMEO sector -> PLOVER sector where the two differ; None: PLOVER has no such sector.
_SECTOR = {
    "MED": "JRN",
    "HLH": "MED",
    "INS": "REB",
    "SEP": "REB",
    "NGO": "SOC",
    "HRI": "SOC",
    "ENV": "SOC",
    "IGO": None,
    "IMG": None,
    "MNC": None,
    "NGM": None,
    "UIS": None,
    "INT": None,
    "MOD": None,
    "RAD": None,
    "DEV": None,
}
_PLOVER_SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)


def plover_sector(cameo_sector: str) -> str | None:
    s = _SECTOR.get(cameo_sector, cameo_sector)
    return s if s in _PLOVER_SECTORS else None


def plover_country(code: str | None, country: str | None) -> str | None:
    """The entity's ``code``: a country (ISO alpha-3) or one of PLOVER's non-state codes."""
    if country:
        return country
    code = (code or "").upper()
    if code.startswith("IGOUNO"):
        return "UNO"
    if code.startswith("IGO") and "EEC" in code[3:]:
        return "EUR"
    for prefix in ("IGO", "NGO", "IMG", "MNC"):
        if code.startswith(prefix):
            return prefix
    return None  # regional or unknown actors get no country name in PLOVER


def _entity(e: dict[str, Any], side: str) -> list[dict[str, Any]]:
    code = e.get(f"{side}_code")
    country = e.get(f"{side}_country")
    text = e.get(f"{side}_text") or e.get(f"{side}_name")
    if not code and not country and not text:
        return []
    sectors = [s for s in (plover_sector(x) for x in (e.get(f"{side}_sectors") or "").split()) if s]
    sectors = list(dict.fromkeys(sectors))
    ent: dict[str, Any] = {
        "code": plover_country(code, country),
        "sector": sectors[0] if sectors else None,
        "entity_text": text,
    }
    if len(sectors) > 1:
        ent["other_sector_codes"] = sectors[1:]
    if e.get(f"{side}_name"):
        ent["identifier_text"] = e[f"{side}_name"]
    if code:
        ent["cameo_code"] = code
    return [ent]


def _location(e: dict[str, Any]) -> dict[str, Any] | None:
    if not e.get("place_name") and not e.get("geonameid"):
        return None
    from tidings.export.geo import _countries

    feature = e.get("place_feature") or ""
    fclass, _, fcode = feature.partition(".") if "." in feature else (feature[:1], "", feature)
    gid = e.get("geonameid")
    iso2 = (e.get("place_country") or "").upper()
    country = _countries().get(iso2)
    return {
        "extracted_place": e.get("place_name"),
        "resolved_place": e.get("place_name"),
        "geonameid": int(gid) if gid and str(gid).isdigit() else gid,
        "lat": e.get("lat"),
        "lon": e.get("lon"),
        "province": e.get("place_admin1"),
        "country_code": country["iso3"] if country else (iso2 or None),
        "feature_class": fclass or None,
        "feature_code": fcode or None,
    }


def _iso(v: Any) -> str | None:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    return v.isoformat() if isinstance(v, dt.date) else v


def plover_record(e: dict[str, Any], include_text: bool = False) -> dict[str, Any]:
    """One event (a row of ``tidings.query.events``) as a PLOVER JSON record."""
    event = e.get("plover_event")
    mode = e.get("plover_mode")
    ctx = (e.get("plover_context") or "").split()
    start, end = _iso(e.get("period_start")), _iso(e.get("period_end"))
    notes = [
        n
        for n in (
            "negated" if e.get("negated") else None,
            f"modality {e['modality']}" if e.get("modality") not in (None, "asserted") else None,
        )
        if n
    ]
    rec: dict[str, Any] = {
        "id": e["id"],
        "has_event": True,
        "date": start,
        "enddate": end if end and end != start else None,
        "actor": _entity(e, "source"),
        "recipient": _entity(e, "target"),
        "event": [event] if event else [],
        "event_loc": _location(e),
        "event_text": [e["action"]] if e.get("action") else [],
        "quad_code": QUAD.get(event or ""),
        "event_scale": e.get("goldstein"),
        "mode": [mode] if mode else [],
        "context": ctx,
        "text": e.get("sentence_text") if include_text else None,
        "text_info": {"sequence": e.get("sentence")},
        "cite_info": {
            "url": e.get("url"),
            "title": e.get("title"),
            "publication": e.get("publication"),
            "citation": e.get("document"),
        },
        "coder": f"tidings {__version__}",
        "coded_date": _iso(e.get("added_at")),
        "comment": "; ".join(notes) or None,
        "cameo": e.get("cameo"),
        "negated": bool(e.get("negated")),
        "modality": e.get("modality"),
        "asserted": e.get("asserted"),
        "date_value": e.get("date"),
        "date_granularity": e.get("date_granularity"),
        "num_mentions": e.get("num_mentions"),
        "num_articles": e.get("num_articles"),
        "num_sources": e.get("num_sources"),
    }
    return rec
