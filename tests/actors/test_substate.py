"""Issue 14, ninth round: sub-national governments, new role nouns, state media as MED."""

import datetime as dt
import functools

import pytest

from tests.actors.helpers import code_at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


_code = functools.partial(code_at, day=dt.date(2019, 6, 1))


def test_the_state_of_a_us_state_is_the_government(nlp):
    text = "The ACLU filed a lawsuit against the state of Montana over its law."
    assert _code(nlp, text, "the state of Montana") == "USAGOV"


def test_a_state_that_acts_is_its_government_and_a_location_stays_a_place(nlp):
    assert _code(nlp, "California sued the Trump administration on Monday.", "California") == "USAGOV"
    assert _code(nlp, "He lives in the state of Montana with his family.", "Montana") == "USA"
    assert _code(nlp, "The governor declared a state of emergency in Texas.", "Texas") == "USA"


def test_a_county_in_a_state_gives_the_country(nlp):
    text = "A judge in Riverside County, California, sentenced the parents to life in prison."
    assert _code(nlp, text, "the parents") == "USACVL"


def test_suspects_defendants_juries_and_legal_teams(nlp):
    text = (
        "Police in Tamil Nadu, India arrested twelve suspects on Monday. "
        "A federal jury in Texas convicted the lawyer, and his legal team said they would appeal."
    )
    assert _code(nlp, text, "twelve suspects") == "INDCRM"
    assert _code(nlp, text, "A federal jury") == "USAJUD"
    assert _code(nlp, text, "his legal team") == "USAJUD"


def test_state_media_are_media_and_still_lend_their_country(nlp):
    text = (
        "Turkey began a military offensive into north-eastern Syria on Wednesday. According to "
        "Syrian state media, government forces began deploying into the territory."
    )
    assert _code(nlp, text, "Syrian state media") == "SYRMED"
    assert _code(nlp, text, "government forces") == "SYRMIL"
