"""Parties told by reference inside reported speech and event nouns (issue 14 point 7, issue
15 point 2): "his/her country" is the country of the pronoun's referent, "the kingdom" is the
monarchy named before it, a lower-case "the bloc" the tagger calls a proper noun still refers
back to the organisation, and a short acronym modifier ("A UN appeal", "The EU call") is the
event noun's author; a state's own envoy recalled from or posted to another state makes
that state the act's other side."""

import pytest

from tests.events.helpers import coded_events
from tidings.actors.countries import KINGDOMS

pytestmark = pytest.mark.slow


def test_kingdoms_are_monarchies_only():
    assert {"SAU", "JOR", "MAR", "GBR"} <= KINGDOMS and not {"IRN", "FRA", "USA", "EGY"} & KINGDOMS


def test_his_country_is_the_country_of_the_speaker(pipeline):
    evs = coded_events(
        pipeline, "Kenya's foreign minister said his country had asked Washington for emergency aid."
    )
    assert ("023", "KENGOV", "USAGOV") in evs, evs


def test_her_country_with_another_modifier_is_not_the_speakers(pipeline):
    # "her home country" can be another country than her office's: nothing is lent
    evs = coded_events(pipeline, "The Swedish envoy said her home country had accused Iran of spying.")
    assert all(s != "SWEGOV" for _, s, _ in evs), evs


def test_the_kingdom_is_the_monarchy_named_before(pipeline):
    evs = coded_events(
        pipeline, "Morocco's foreign minister said the kingdom would recall its ambassador to Algeria."
    )
    assert [(s, t) for _, s, t in evs] == [("MARGOV", "DZAGOV")], evs


def test_the_kingdom_after_a_republic_only_is_no_reference(pipeline):
    evs = coded_events(
        pipeline, "Egypt's foreign minister said the kingdom would recall its ambassador to Algeria."
    )
    assert all(s != "EGYGOV" for _, s, _ in evs), evs


def test_the_bloc_after_an_organisations_official_is_the_organisation(pipeline):
    evs = coded_events(
        pipeline, "The EU trade commissioner said the bloc would lift sanctions on Belarus's potash exports."
    )
    assert evs == [("0354", "IGOEUREEC", "BLRGOV")]


def test_a_short_acronym_modifier_is_the_author_of_an_event_noun(pipeline):
    evs = coded_events(
        pipeline, "A UN appeal to Ethiopia for political reform followed the disputed election."
    )
    assert evs == [("024", "IGOUNO", "ETHGOV")]


def test_an_own_ambassador_recalled_from_a_state_targets_that_state(pipeline):
    assert coded_events(pipeline, "Chile recalled its ambassador to Argentina over the remarks.") == [
        ("161", "CHLGOV", "ARGGOV")
    ]
    evs = coded_events(pipeline, "Bahrain recalled its diplomats from Lebanon for consultations.")
    assert evs == [("161", "BHRGOV", "LBNGOV")]


def test_another_states_ambassador_stays_the_target(pipeline):
    assert coded_events(pipeline, "Algeria expelled the French ambassador on Tuesday.") == [
        ("161", "DZAGOV", "FRAGOV")
    ]


def test_its_base_in_a_reported_attack_is_the_reporters(pipeline):
    # the possessive in the reported clause is the reporting body ("its": one body, not "rebels")
    evs = coded_events(pipeline, "Chad's army said Boko Haram fighters had attacked its base near Lake Chad.")
    assert [(c[:2], s, t) for c, s, t in evs] == [("19", "NGAREB", "TCDMIL")], evs


def test_their_needs_a_plural_reporter(pipeline):
    # "their" cannot be the one ministry that reports the clause: no target is lent
    evs = coded_events(
        pipeline, "Niger's defence ministry said gunmen had attacked their convoy near Tillaberi."
    )
    assert all(t != "NERGOV" for _, _, t in evs), evs


def test_soldiers_by_their_arm_and_civilians_by_their_circumstance_are_coded(pipeline):
    assert (
        coded_events(pipeline, "Turkish commandos captured a senior PKK commander in northern Iraq.")[0][1]
        == "TURMIL"
    )
    assert ("180", "ISRCVL", "PSECVL") in coded_events(
        pipeline, "Israeli settlers attacked Palestinian villagers near Nablus."
    )


def test_a_meeting_between_coordinated_nationalities_pairs_them(pipeline):
    evs = coded_events(
        pipeline, "A meeting between the Indian and Pakistani leaders in Hiroshima ended the freeze."
    )
    assert evs == [("044", "INDGOV", "PAKGOV")]


def test_a_quote_introduced_by_spoke_has_its_speaker(pipeline):
    evs = coded_events(
        pipeline,
        'Thai opposition leader Pita Limjaroenrat spoke to the press after the vote: "I urge the senators to respect the result."',
    )
    assert [s for _, s, _ in evs] == ["THAOPP"], evs
