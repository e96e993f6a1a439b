"""Words that look like parties and are not (issue 14 points 1-2): a settlement named "the city
of X" is a place even when the NER calls it a person, a river's bank is no bank, and a
demonym heading its phrase is one of that country's people, not its state."""

import datetime as dt
import functools

import pytest

from tests.actors.helpers import code_at
from tests.events.helpers import coded_events

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


_code = functools.partial(code_at, day=dt.date(2022, 11, 12))


def _events(pipeline, text):
    return [(s, t, c) for c, s, t in coded_events(pipeline, text, dt.date(2022, 11, 12))]


def test_the_city_of_a_name_is_a_place_not_a_person(nlp, pipeline):
    text = "Russian forces withdrew from the city of Kherson."
    # the NER labels "Kherson" PERSON: it was a Russian civilian (RUSCVL), the subject's country;
    # as a place it stands for its country
    assert _code(nlp, text, "Kherson") == "UKR"
    assert _events(pipeline, text) == [("RUSMIL", "UKRGOV", "0874")]


def test_a_river_bank_is_no_firm(nlp, pipeline):
    text = "Russian forces retreated to the eastern bank of the Dnipro."
    assert _code(nlp, text, "the eastern bank") is None
    assert _events(pipeline, text) == []
    # a bank of a country is still one
    assert _code(nlp, "The central bank of Nigeria raised interest rates.", "The central bank") == "NGABUS"


def test_a_demonym_that_heads_its_phrase_is_one_of_its_people(pipeline):
    assert _events(pipeline, "Russia freed the jailed American on Thursday.") == [
        ("RUSGOV", "USACVL", "0841")
    ]
    # as a modifier it still stands for the state
    assert _events(pipeline, "India refused to join the Chinese-led trade pact.") == [
        ("INDGOV", "CHNGOV", "1211")
    ]


def test_sports_stars_are_celebrities(pipeline):
    got = _events(pipeline, "Russia freed the jailed American basketball star on Thursday.")
    assert got == [("RUSGOV", "USAELI", "0841")]


def test_a_city_the_ner_calls_a_person_is_a_place_where_places_go(nlp, pipeline):
    # the NER labels "Kherson" PERSON; after "withdrew from" and known as a city it is a place
    text = "Russian forces withdrew from Kherson."
    assert _code(nlp, text, "Kherson") == "UKR"
    assert _events(pipeline, text) == [("RUSMIL", "UKRGOV", "087")]
    # a person's name stays a person: the longer name shows whose it is, "spoke to" is no place
    assert _code(nlp, "Whitney Houston sang in Houston.", "Whitney Houston") == "USACVL"
    assert _code(nlp, "The minister spoke to Johnson on Monday.", "Johnson") == "CVL"


def test_a_town_in_a_bodys_name_is_its_whole_name(nlp):
    # "Midlands" alone is a Zimbabwean province and "Valley" a US town: the last word of a
    # longer name is no town ("West Midlands Police" was ZWECOP)
    assert _code(nlp, "West Midlands Police said the man was arrested.", "West Midlands Police") == "COP"
    # a one-word town still gives its country
    assert (
        _code(nlp, "Christchurch District Court sentenced the man.", "Christchurch District Court")
        == "NZLJUD"
    )
