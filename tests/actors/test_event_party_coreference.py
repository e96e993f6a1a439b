"""Issue 14, point 7 and event parties: a place as a party stands for its country, a civil group
takes the country of the sentence before's subject rather than the last country named in it,
and a description in apposition to a named organisation is that organisation."""

import datetime as dt
import functools

import pytest

from tests.actors.helpers import code_at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


_code = functools.partial(code_at, day=dt.date(2019, 9, 20))


def test_a_town_that_is_a_party_is_coded_by_its_country(nlp):
    # the NER takes "Abqaiq" for an organisation; the article also uses it as a place ("at Abqaiq")
    text = (
        "Drones struck the largest processing plant at Abqaiq on Saturday. "
        "Abqaiq was the target of an Al-Qaeda suicide attack in 2006."
    )
    assert _code(nlp, text, "Abqaiq", nth=1) == "SAU"


def test_a_name_never_used_as_a_place_is_not_coded_as_a_town(nlp):
    # "Hershey" is a US town in the gazetteer, but here only a firm's name: no country lent
    text = "Hershey criticised the new tariffs on cocoa imports on Monday."
    assert _code(nlp, text, "Hershey") in (None, "BUS")


def test_protesters_take_the_country_of_the_previous_sentence_subject(nlp):
    text = (
        "Hongkongers have been protesting since early June, when their government proposed a bill "
        "that would have allowed the central Chinese government to extradite people. "
        "Although the bill was suspended, protesters' demands have expanded."
    )
    assert _code(nlp, text, "protesters") == "HKGOPP"  # was CHNOPP: the last country named before


def test_a_description_in_apposition_to_a_named_group_is_that_group(nlp):
    text = (
        "Two suicide bombers attacked police in Tunis on Thursday. "
        "The militant organisation, the Islamic State, claimed responsibility for the attacks."
    )
    # was TUNUAF: the description coded from its words, the country from the article
    assert _code(nlp, text, "The militant organisation") == "IMGMOSISI"
    assert _code(nlp, "The group, Hezbollah, fired rockets at Israel.", "The group") == "LBNREB"


def test_a_locative_relative_clause_takes_the_place_of_its_noun(nlp):
    first = "The CIA believes the crown prince ordered the killing. "
    text = (
        first
        + "A closed-door trial is underway in Saudi Arabia in which eleven individuals have been charged."
    )
    # the country is the trial's (was USA, the CIA's); people charged are suspects (CRM)
    assert _code(nlp, text, "eleven individuals") == "SAUCRM"
    # a place of a clause joined otherwise still lends nothing to the actor (the story's scene,
    # named first in the lead, does: suspects are of the place of the events)
    text = (
        "In Washington, the CIA believes the crown prince ordered the killing. "
        "Eleven individuals have been charged, while a trial is underway in Saudi Arabia."
    )
    assert not _code(nlp, text, "Eleven individuals").startswith("SAU")


def test_a_names_head_word_codes_an_organisation_of_no_dictionary(nlp):
    text = "The American Journal of Preventive Medicine published the study on Monday."
    assert _code(nlp, text, "The American Journal of Preventive Medicine") == "USAMED"
    assert (
        _code(nlp, "The Hotel Arpit Palace in Delhi was gutted by fire.", "The Hotel Arpit Palace")
        == "INDBUS"
    )


def test_american_samoans_are_not_samoans_and_the_territory_lends_no_country(nlp):
    assert _code(nlp, "Three American Samoans sued the federal government.", "American Samoans") == "ASMCVL"
    text = (
        "The Democratic Party held caucuses in the territory of American Samoa on Tuesday. "
        "Senator Elizabeth Warren ended her campaign on Thursday."
    )
    assert not (_code(nlp, text, "Senator Elizabeth Warren") or "").startswith("ASM")
