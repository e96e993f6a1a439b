"""Validation of the web API's filters (tidings/web/filters.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from tidings.web.filters import EventFilters


def test_values_are_normalised():
    f = EventFilters(dyad="irn:irqgov", root="4", plover="consult", country="ir", actor=" Zarif ", q="  ")
    assert (f.dyad, f.root, f.plover, f.country, f.actor, f.q) == (
        "IRN:IRQGOV",
        "04",
        "CONSULT",
        "IR",
        "Zarif",
        None,
    )
    assert f.dyad_codes() == ("IRN", "IRQGOV")
    assert EventFilters(dyad="IRN:").dyad_codes() == ("IRN", "")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"dyad": "IRN"},
        {"dyad": ":"},
        {"dyad": "1RN:IRQ"},
        {"root": "00"},
        {"root": "21"},
        {"cameo": "1"},
        {"cameo": "04x"},
        {"quad_class": 0},
        {"country": "I"},
        {"actor": "a" * 100},
        {"actor": "<b>"},
        {"date_from": dt.date(2022, 2, 1), "date_to": dt.date(2022, 1, 1)},
        {"unknown": 1},
    ],
)
def test_bad_values_are_refused(kwargs):
    with pytest.raises(ValidationError):
        EventFilters(**kwargs)
