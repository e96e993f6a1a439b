"""Violence at a place where civilians gather, with no victim named, targets the civilians of
that place's country (issue 15 point 2): "detonated a bomb at a wedding hall in Nangarhar"."""

import pytest

from tests.events.helpers import coded_events
from tidings.events.records import VENUES


def test_venues_are_places_of_civilian_life():
    assert {"market", "mosque", "school", "wedding", "hospital"} <= VENUES
    assert not {"base", "checkpoint", "barracks", "convoy", "outpost"} & VENUES


@pytest.mark.slow
def test_a_bombing_at_a_wedding_hall_targets_civilians(pipeline):
    evs = coded_events(pipeline, "Al-Shabaab militants detonated a bomb at a wedding hall in Kismayo.")
    assert [(c[:2], t) for c, _, t in evs] == [("18", "SOMCVL")], evs


@pytest.mark.slow
def test_a_raid_on_a_village_targets_its_civilians(pipeline):
    evs = coded_events(pipeline, "Boko Haram fighters raided a village in Borno state.")
    assert evs == [("180", "NGAREB", "NGACVL")]


@pytest.mark.slow
def test_an_attack_on_a_checkpoint_lends_no_civilians(pipeline):
    evs = coded_events(pipeline, "Militants attacked a checkpoint in Peshawar.")
    assert all(t is None or not t.endswith("CVL") for _, _, t in evs), evs
