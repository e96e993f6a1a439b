"""PLOVER JSON records, with the field names of the PLOVER manual's JSON output section.

Required fields: id, date, actor, recipient (list of entity objects: code, sector,
entity_text), event. Optional fields filled when known: event_loc (location object),
event_text, quad_code, event_scale (the Goldstein value of the CAMEO code), mode,
context, text (the reporting sentence), text_info, cite_info, coder, coded_date, comment.
Extra fields (allowed by the manual) carry the CAMEO code and the report counts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tidings import __version__


def _entity(e: dict[str, Any], side: str) -> list[dict[str, Any]]:
    code = e.get(f"{side}_country") or e.get(f"{side}_code")
    text = e.get(f"{side}_text") or e.get(f"{side}_name")
    if not code and not text:
        return []
    sectors = (e.get(f"{side}_sectors") or "").split()
    ent: dict[str, Any] = {"code": code, "sector": sectors[0] if sectors else None, "entity_text": text}
    if len(sectors) > 1:
        ent["secondary_sector"] = sectors[1:]
    if e.get(f"{side}_name"):
        ent["identifier_text"] = e[f"{side}_name"]
    return [ent]


def _location(e: dict[str, Any]) -> dict[str, Any] | None:
    if not e.get("place_name") and not e.get("geonameid"):
        return None
    from tidings.query.events import iso2_to_iso3

    feature = e.get("place_feature") or ""
    fclass, _, fcode = feature.partition(".") if "." in feature else (feature[:1], "", feature)
    gid = e.get("geonameid")
    country = e.get("place_country")
    return {
        "extracted_place": e.get("place_text") or e.get("place_name"),
        "resolved_place": e.get("place_name"),
        "geonameid": int(gid) if gid and str(gid).isdigit() else gid,
        "lat": e.get("lat"),
        "lon": e.get("lon"),
        "province": e.get("place_admin1"),
        "country_code": iso2_to_iso3().get(country or "", country),
        "feature_class": fclass or None,
        "feature_code": fcode or None,
    }


def _iso(v: Any) -> str | None:
    return v.isoformat() if isinstance(v, dt.date) else v


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
    """One event (a dict from ``tidings.query.events``) as a PLOVER JSON record."""
    ctx = e.get("plover_context")
    mode = e.get("plover_mode")
    added = e.get("added_at")
    rec: dict[str, Any] = {
        "id": e["id"],
        "has_event": True,
        "date": _iso(e.get("day")),
        "actor": _entity(e, "source"),
        "recipient": _entity(e, "target"),
        "event": [e["plover_event"]] if e.get("plover_event") else [],
        "event_loc": _location(e),
        "event_text": [e["action_text"]] if e.get("action_text") else [],
        "quad_code": e.get("quad_class"),
        "event_scale": e.get("goldstein"),
        "mode": [mode] if mode else [],
        "context": ctx if isinstance(ctx, list) else ([ctx] if ctx else []),
        "text": e.get("sentence_text"),
        "text_info": {"sequence": e.get("sentence"), "start": e.get("sentence_start"), "end": e.get("sentence_end")},
        "cite_info": {"url": e.get("first_url"), "title": e.get("first_title"), "language": e.get("language"),
                      "publication": e.get("first_source"), "citation": e.get("first_document"),
                      "coder": f"tidings {__version__}", "codebook": "plover"},
        "coder": f"tidings {__version__}",
        "coded_date": _iso(added.date()) if isinstance(added, dt.datetime) else None,
        "comment": "negated" if e.get("negated") else None,
        "cameo": e.get("cameo"),
        "num_mentions": e.get("num_mentions"),
        "num_articles": e.get("num_articles"),
        "num_sources": e.get("num_sources"),
        "first_report": _iso(e.get("first_report")),
        "last_report": _iso(e.get("last_report")),
    }
    return rec
