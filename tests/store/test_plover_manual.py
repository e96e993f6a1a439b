"""The PLOVER export's tables against the PLOVER manual in ../shared/reference/plover."""

from __future__ import annotations

import re

from tidings.export.plover import QUAD, plover_country, plover_record, plover_sector

QUADS = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}


def test_quad_table_is_the_manuals(shared):
    tex = (shared / "reference/plover/PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    manual, event = {}, None
    for m in re.finditer(r"\\section\{([A-Z]+)\}|\\subsection\{Quad category: ([A-Z ]+)\}", tex):
        if m.group(1):
            event = m.group(1)
        elif event:
            manual[event] = QUADS[m.group(2)]
    assert manual == QUAD and len(QUAD) == 16


def test_entities_use_ploverss_codes_and_sectors():
    assert plover_country("IGOUNOREFHCR", None) == "UNO" and plover_country("IGOEUREEC", None) == "EUR"
    assert plover_country("IGOWSTNAT", None) == "IGO" and plover_country("NGOHRIAMN", None) == "NGO"
    assert plover_country("IMGMOSALQ", None) == "IMG" and plover_country("WSTMIL", None) is None
    assert plover_country("IRNGOV", "IRN") == "IRN"
    assert (plover_sector("MED"), plover_sector("HLH"), plover_sector("INS"), plover_sector("GOV")) == (
        "JRN",
        "MED",
        "REB",
        "GOV",
    )
    assert plover_sector("IGO") is None


def test_unasserted_event_says_why_and_period_has_an_enddate():
    rec = plover_record(
        {
            "id": "x",
            "plover_event": "ASSAULT",
            "negated": False,
            "modality": "hypothetical",
            "asserted": False,
            "period_start": "2019-01-28",
            "period_end": "2019-02-03",
            "date": "2019-W05",
            "date_granularity": "week",
            "source_code": "TURMIL",
            "source_country": "TUR",
            "source_sectors": "MIL",
            "source_text": "Turkey",
        }
    )
    assert (rec["date"], rec["enddate"], rec["quad_code"]) == ("2019-01-28", "2019-02-03", 4)
    assert rec["comment"] == "modality hypothetical" and rec["asserted"] is False
    assert rec["actor"] == [{"code": "TUR", "sector": "MIL", "entity_text": "Turkey", "cameo_code": "TURMIL"}]
    assert rec["text"] is None
