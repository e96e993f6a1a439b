"""Issue 14, ninth round: a named person's sector from the body the sentence ties them to."""

import datetime as dt
import functools

import pytest

from tests.actors.helpers import code_at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


_code = functools.partial(code_at, day=dt.date(2019, 6, 1))


def test_a_relative_clause_that_runs_a_body_gives_its_sector_to_every_mention(nlp):
    text = (
        "Maria Lopez, who runs a charity for homeless children in Madrid, criticised the mayor. "
        "Lopez said the city had failed."
    )
    assert _code(nlp, text, "Maria Lopez") == "ESPNGO"
    assert _code(nlp, text, "Lopez", nth=1) == "ESPNGO"


def test_teaching_at_a_university_is_education(nlp):
    text = "Anna Berg, who teaches at Stockholm University, said the law was bad."
    assert _code(nlp, text, "Anna Berg") == "SWEEDU"


def test_a_place_after_of_is_no_body(nlp):
    assert _code(nlp, "Alexander Gagay of Yekaterinburg took third place.", "Alexander Gagay") == "RUSCVL"


def test_a_surname_that_is_a_capital_stays_the_person_after_the_full_name(nlp):
    text = (
        "The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after "
        "being released from prison. Police said Amman had been convicted."
    )
    assert _code(nlp, text, "Amman", nth=1) == _code(nlp, text, "Sudesh Amman") == "CRM"


def test_a_plural_title_before_coordinated_names_is_every_ones(nlp):
    text = (
        "SpaceX launched from Kennedy Space Center in Florida, US with NASA astronauts Bob Behnken "
        "and Doug Hurley in a Crew Dragon capsule. Hurley said it was great."
    )
    assert _code(nlp, text, "Doug Hurley") == _code(nlp, text, "Bob Behnken") == "USAGOV"
    assert _code(nlp, text, "Hurley", nth=1) == "USAGOV"
