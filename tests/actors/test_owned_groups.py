"""Issue 14, round ten: titles holding "of", collective nouns owned by an actor, institutes."""

import datetime as dt
import functools

import pytest

from tests.actors.helpers import code_at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


_code = functools.partial(code_at, day=dt.date(2019, 6, 1))


def test_a_title_with_of_before_a_name_codes_the_person(nlp):
    text = "Montana Secretary of State Corey Stapleton said on Monday that the vote would go ahead."
    assert _code(nlp, text, "Corey Stapleton") == "USAGOV"


def test_collective_nouns_take_their_owner_code(nlp):
    text = "Puerto Rico Governor Ricardo Rosselló and his staffers exchanged messages."
    assert _code(nlp, text, "his staffers") == "PRIGOV"
    text = "In Chicago the company's employees and the party's supporters were angry."
    assert _code(nlp, text, "the company's employees") == "USABUS"
    assert _code(nlp, text, "the party's supporters") == "USAOPP"


def test_an_unowned_collective_noun_is_no_party(nlp):
    assert _code(nlp, "In Chicago the employees were angry.", "the employees") is None


def test_a_lawyer_keeps_his_sector_against_a_person_owner(nlp):
    text = "President Trump's lawyers said the inquiry was unfair."
    assert _code(nlp, text, "President Trump's lawyers") == "USAJUD"


def test_an_institute_named_after_a_city_follows_the_article(nlp):
    text = "Xiaogang Wei of the Beijing Gender Health Education Institute commented on the decision."
    assert _code(nlp, text, "Beijing Gender Health Education Institute") == "CHN"  # the city only
    text = "The Beijing Gender Health Education Institute, a non-profit group, commented on it."
    assert _code(nlp, text, "Beijing Gender Health Education Institute") == "CHNNGO"
    text = "The Philippine Institute of Volcanology and Seismology raised the alert level."
    assert _code(nlp, text, "Philippine Institute of Volcanology and Seismology") == "PHLGOV"
