"""Validation of the web API's filters (tidings/web/filters.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from tidings.web.filters import EventFilters, period_start


def test_values_are_normalised():
    f = EventFilters(dyad="irn:irqgov", root="4", plover="consult", country="ir", actor=" Zarif ", q="  ")
    assert (f.dyad, f.root, f.plover, f.country, f.actor, f.q) == ("IRN:IRQGOV", "04", "CONSULT", "IR", "Zarif", None)
    assert f.dyad_codes() == ("IRN", "IRQGOV")
    assert EventFilters(dyad="IRN:").dyad_codes() == ("IRN", "")


@pytest.mark.parametrize(
    "kwargs",
    [{"dyad": "IRN"}, {"dyad": ":"}, {"dyad": "1RN:IRQ"}, {"root": "00"}, {"root": "21"}, {"cameo": "1"},
     {"cameo": "04x"}, {"quad_class": 0}, {"country": "I"}, {"actor": "a" * 100}, {"actor": "<b>"},
     {"date_from": dt.date(2022, 2, 1), "date_to": dt.date(2022, 1, 1)}, {"unknown": 1}],
)
def test_bad_values_are_refused(kwargs):
    with pytest.raises(ValidationError):
        EventFilters(**kwargs)


def test_period_start():
    assert period_start("2022-10-15", "day") == "2022-10-15"
    assert period_start("2022-10-15", "week") == "2022-10-10"  # Monday of ISO week 41
    assert period_start("2022-10-15", "month") == "2022-10-01"
    assert period_start("2022-10-15T08:00", "day") == "2022-10-15"
    assert period_start("2022-W40", "week") is None  # coarser than a day: not on the timeline
    assert period_start("2022", "month") is None
    assert period_start(None, "day") is None
