"""An appeal, offer or demand told as the subject of a passive verb of conveying ("was
presented to", "was delivered to") is made to whom it was conveyed; an event noun carried by a
light verb in the passive or by "came from" is its agent's act (issue 15 point 2)."""

import pytest

from tests.events.helpers import coded_events
from tidings.events.clauses import ADDRESSED, CONVEY


def test_only_appeals_offers_and_demands_are_addressed_by_conveying():
    assert ADDRESSED == ("02", "03", "10") and {"present", "convey", "deliver"} <= CONVEY


@pytest.mark.slow
def test_an_offer_presented_to_an_envoy_targets_the_envoys_country(pipeline):
    assert coded_events(
        pipeline, "Israel's offer of concessions on the settlement freeze was presented to the US envoy."
    ) == [("035", "ISRGOV", "USAGOV")]


@pytest.mark.slow
def test_a_demand_delivered_to_the_un_targets_the_un(pipeline):
    evs = coded_events(
        pipeline,
        "The Palestinian Authority's demand for more international assistance was delivered to the UN coordinator.",
    )
    assert evs == [("103", "PSEGOV", "IGOUNO")]


@pytest.mark.slow
def test_an_accusation_presented_to_a_council_does_not_target_the_council(pipeline):
    # an accusation (11) is about the accused, not addressed to its audience
    evs = coded_events(pipeline, "Russia's accusation of sabotage was presented to the Security Council.")
    assert all(t != "IGOUNO" for _, _, t in evs), evs


@pytest.mark.slow
def test_a_returned_tanker_is_property_returned_to_its_owners_country(pipeline):
    assert coded_events(
        pipeline, "Iran returned the seized British oil tanker and released its crew after two months."
    )[0] == (
        "0842",
        "IRNGOV",
        "GBRBUS",
    )


@pytest.mark.slow
def test_an_event_noun_subject_of_a_passive_light_verb_is_the_agents_act(pipeline):
    evs = coded_events(pipeline, "Condemnation of the Russian strike came from France and Germany.")
    assert evs == [("111", "FRAGOV", "RUSGOV"), ("111", "DEUGOV", "RUSGOV")]
    evs = coded_events(pipeline, "Tributes to Kenya's late president were paid by the leaders of Uganda.")
    assert [(c, s, t[:3]) for c, s, t in evs] == [("051", "UGAGOV", "KEN")]


@pytest.mark.slow
def test_coordinated_states_recognising_a_state_recognise_it_not_each_other(pipeline):
    evs = coded_events(
        pipeline, "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday."
    )
    assert evs == [("054", "ESPGOV", "PSEGOV"), ("054", "IRLGOV", "PSEGOV"), ("054", "NORGOV", "PSEGOV")]
    assert coded_events(pipeline, "Israel and the UAE signed an agreement at the White House.") == [
        ("057", "ISRGOV", "AREGOV")
    ]
