"""An investigation (CAMEO 09) targets whoever is suspected of the act it looks into, not the
place or the thing the act touched (issue 15 point 2: roles)."""

import pytest

from tests.events.helpers import coded_events
from tidings.events.clauses import CONDUCT, INQUIRIES


def test_inquiry_nouns_are_never_the_conduct_they_look_into():
    assert not CONDUCT & INQUIRIES and {"abuse", "misuse", "activity"} <= CONDUCT


@pytest.mark.slow
def test_an_inquiry_into_crimes_by_forces_targets_the_forces_not_the_country_they_were_in(pipeline):
    evs = coded_events(
        pipeline,
        "The International Criminal Court opened an investigation into alleged war crimes by Russian forces in Ukraine.",
    )
    assert evs == [("094", "IGOJUDICC", "RUSMIL")]


@pytest.mark.slow
def test_investigating_misuse_by_officials_targets_the_officials(pipeline):
    evs = coded_events(
        pipeline,
        "The EU anti-fraud office said it was investigating the misuse of European funds by Hungarian officials.",
    )
    assert evs == [("091", "IGOEUREEC", "HUNGOV")]


@pytest.mark.slow
def test_a_passive_examination_of_allegations_targets_the_accused(pipeline):
    evs = coded_events(
        pipeline,
        "Allegations of abuses by Ethiopian forces in Tigray are being examined by a UN commission of inquiry.",
    )
    assert evs == [("092", "IGOUNO", "ETHMIL")]


@pytest.mark.slow
def test_the_investigations_own_nationality_is_not_its_target(pipeline):
    evs = coded_events(
        pipeline,
        "A Pakistani investigation into the Iranian missile strike on villages in Baluchistan was ordered by the prime minister.",
    )
    assert evs == [("093", "PAKGOV", "IRNGOV")]
