"""Object control (issue 15 point 2): the act in a gerund after "for/of" on a verb whose object
is a person is that person's ("Police arrested a man for stabbing a teenager": the man stabbed,
not the police), and an act an accusation lays on someone is marked ``alleged``, not told as
fact (issue 15 point 3)."""

import datetime as dt

import pytest

from tests.events.helpers import coded_events


def _events(pipeline, text):
    return coded_events(pipeline, text, dt.date(2024, 3, 15), modality=True)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police arrested a man for stabbing a teenager in Leeds.",
            ("182", "GBRCRM", "GBRCVL", "asserted"),
        ),
        (
            "A judge in Ohio sentenced the couple to life for torturing all but the youngest of their children.",
            ("1822", "USACRM", "USACVL", "asserted"),
        ),
    ],
)
def test_the_object_of_a_judicial_verb_does_the_act_it_is_punished_for(pipeline, text, expected):
    events = _events(pipeline, text)
    assert expected in events
    # and the police or the judge are no author of it
    assert not any(e[0] == expected[0] and e[1] in ("GBRCOP", "USAJUD") for e in events)


def test_an_act_an_accusation_lays_on_someone_is_alleged(pipeline):
    events = _events(pipeline, "The Saudi foreign minister accused Iran of supplying weapons to the Houthis.")
    assert ("112", "SAUGOV", "IRNGOV", "asserted") in events
    assert ("072", "IRNGOV", "YEMREB", "alleged") in events


def test_two_plural_groups_of_people_are_two_actors(pipeline):
    # "men" and "children" are both person words, but not one group: the torture has two
    # parties (the men who tortured are criminals)
    events = _events(pipeline, "In Leeds, two men tortured children.")
    assert [e[:3] for e in events] == [("1822", "GBRCRM", "GBRCVL")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police arrested a man for the murder of a teenager in Leeds.",
            ("1823", "GBRCRM", "GBRCVL", "asserted"),
        ),
        (
            "Nine men were jailed for the rape of two girls in Bradford.",
            ("1821", "GBRCRM", "GBRCVL", "asserted"),
        ),
        (
            "The judge sentenced James Fields, now 22, to life in prison without the possibility of parole "
            "for driving his car into a crowd of people in Charlottesville.",
            ("180", "USACRM", "USACVL", "asserted"),
        ),
        (
            "Iran accused Israel of the assassination of a nuclear scientist.",
            ("186", "ISRGOV", "IRNEDU", "alleged"),
        ),
    ],
)
def test_an_act_named_after_a_punishing_verb_is_the_punished_persons(pipeline, text, expected):
    assert expected in _events(pipeline, text)


def test_a_past_act_done_to_someone_in_a_relative_clause_is_an_event(pipeline):
    # "who was arrested in June" tells an act (the arrest), not a description; with no agent
    # the arrest is the police's of the country where it happened
    events = _events(
        pipeline, "Belarusian opposition leader Viktar Babaryka, who was arrested in June, spoke in Minsk."
    )
    assert ("173", "BLRCOP", "BLROPP", "asserted") in events
    # a present state in a relative clause stays a description
    assert _events(pipeline, "The YPG militia, which supports the PKK, held a rally.") == []


def test_an_appeal_told_as_a_participle_on_a_message_is_addressed_to_its_addressee(pipeline):
    events = _events(
        pipeline,
        "The chief constable of Northamptonshire wrote to the US Embassy in London asking to waive her immunity.",
    )
    assert [e[:3] for e in events if e[0].startswith("02")] == [("020", "GBRCOP", "USAGOV")]


def test_a_meeting_told_as_the_setting_of_a_coded_act_is_with_its_object(pipeline):
    events = _events(pipeline, "In a meeting on Monday, Putin warned Erdogan against an offensive.")
    assert ("040", "RUSGOV", "TURGOV", "asserted") in events
    # a plain verb of the setting names no one met
    assert not any(
        e[0].startswith("04")
        for e in _events(pipeline, "His lawyers said he represented his client in a negotiation.")
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Because of its drilling operations, Turkey is already under EU sanctions.",
            ("163", "IGOEUREEC", "TURGOV"),
        ),
        ("Russia faces new EU sanctions.", ("163", "IGOEUREEC", "RUSGOV")),
        ("Kyiv came under Russian attack on Monday.", ("190", "RUSMIL", "UKRGOV")),
    ],
)
def test_the_subject_that_faces_or_is_under_an_act_is_its_target(pipeline, text, expected):
    assert [e[:3] for e in _events(pipeline, text)] == [expected]


def test_coordinated_states_joining_a_led_coalition_join_its_leader(pipeline):
    events = [e[:3] for e in _events(pipeline, "Australia and Bahrain joined the US-led naval coalition.")]
    assert events == [("062", "AUSGOV", "USAGOV"), ("062", "BHRGOV", "USAGOV")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Turkish President Erdogan announced the change on Wednesday, despite criticism by the Greek foreign minister.",
            ("111", "GRCGOV", "TURGOV"),
        ),
        (
            "The Hungarian government passed the law amid protests by opposition parties.",
            ("140", "HUNOPP", "HUNGOV"),
        ),
    ],
)
def test_a_reaction_someone_acts_despite_is_against_them(pipeline, text, expected):
    assert expected in [e[:3] for e in _events(pipeline, text)]


def test_the_sources_own_state_is_no_target_while_another_is_named(pipeline):
    events = _events(pipeline, "The US president withdrew the United States from a nuclear treaty with Iran.")
    assert ("127", "USAGOV", "IRNGOV") in [e[:3] for e in events]


def test_a_reaction_drawn_from_someone_is_theirs(pipeline):
    events = _events(pipeline, "Israel drew criticism from the European Union over the settlements.")
    assert ("111", "IGOEUREEC", "ISRGOV") in [e[:3] for e in events]
