"""Denying what was asked is a rejection (12), denying an accusation a denial (016); capturing
a commander or a suspect is PETRARCH's ARREST block (173), capturing a town an occupation (192)."""

import pytest

from tests.events.helpers import coded_events

pytestmark = pytest.mark.slow


def test_denying_entry_or_bail_is_a_rejection(pipeline):
    assert coded_events(pipeline, "Israel denied entry to two US congresswomen.") == [
        ("120", "ISRGOV", "USALEG")
    ]
    assert coded_events(pipeline, "Iran denied involvement in the attack on the tanker.") == [
        ("016", "IRNGOV", None)
    ]


def test_capturing_a_person_is_an_arrest_and_a_town_an_occupation(pipeline):
    assert coded_events(pipeline, "Israeli forces captured two Hamas militants near Jenin.") == [
        ("173", "ISRMIL", "PSEREB")
    ]
    assert [
        c for c, _, _ in coded_events(pipeline, "Syrian rebels captured the town of Maarat al-Numan.")
    ] == ["192"]


def test_impeaching_a_president_is_a_formal_accusation(pipeline):
    evs = coded_events(pipeline, "The US House of Representatives impeached President Trump on Wednesday.")
    assert [(c, s) for c, s, _ in evs] == [("112", "USALEG")]


def test_disagreeing_is_disapproval_and_asking_for_a_resignation_an_appeal_for_it(pipeline):
    assert coded_events(pipeline, "Turkey disagreed with Russia's proposal on Syria.") == [
        ("110", "TURGOV", "RUSGOV")
    ]
    evs = coded_events(pipeline, "Kenya's president asked for the interior minister's resignation.")
    assert [c for c, _, _ in evs] == ["0241"], evs


def test_a_damning_word_for_an_act_is_criticism(pipeline):
    assert coded_events(pipeline, "France called Turkey's decision unacceptable.") == [
        ("111", "FRAGOV", "TURGOV")
    ]
    evs = coded_events(pipeline, "Russia's foreign minister called the Ukrainian investigation a witch hunt.")
    assert [(c, s) for c, s, _ in evs] == [("111", "RUSGOV")], evs
