"""Issue 14, seventh round: nationality appositions, local services and demonyms, on real parses."""

import datetime as dt
import functools

import pytest

from tests.actors.helpers import code_at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


_code = functools.partial(code_at, day=dt.date(2019, 9, 3))


def test_a_country_after_from_in_the_apposition_wins_over_the_demonym(nlp):
    text = (
        "John Smith was stabbed in a California prison. Smith is serving a life sentence for "
        "murder. Smith, an ethnic Palestinian from Jordan, opposed the policy."
    )
    assert _code(nlp, text, "John Smith") == "JORCRM"
    assert _code(nlp, text, "Smith", nth=2) == "JORCRM"


def test_a_demonym_before_the_name_codes_the_person(nlp):
    text = "In Wellington, an Australian, Peter Jones, spoke to reporters on Monday."
    code = _code(nlp, text, "Peter Jones")
    assert code is not None and code.startswith("AUS")


def test_a_role_in_the_apposition_keeps_its_own_coding(nlp):
    text = "Ahmed Ali, an Iraqi diplomat, met reporters in Paris."
    assert _code(nlp, text, "Ahmed Ali") == "IRQGOV"


def test_firefighters_take_no_country_from_a_foreign_actor_named_before(nlp):
    text = (
        "A fire killed 17 people at a hotel in New Delhi, India. India's government ordered an "
        "inquiry. Two pilgrims from Myanmar also died, the Myanma embassy said.\n\n"
        "Firefighters dispatched 30 vehicles."
    )
    assert _code(nlp, text, "Myanma embassy") == "MMRGOV"
    assert _code(nlp, text, "Firefighters") == "INDGOV"


@pytest.mark.parametrize(
    "text, phrase",
    [
        (
            "Ukrainian drones struck Russian ammunition depots in Crimea overnight.",
            "Russian ammunition depots",
        ),
        ("Shells landed near an Armenian garrison along the border.", "an Armenian garrison"),
        ("The missile hit a Syrian air base near Homs.", "a Syrian air base"),
    ],
)
def test_a_nationalitys_military_installations_are_its_military(nlp, text, phrase):
    code = _code(nlp, text, phrase)
    assert code is not None and code.endswith("MIL") and code[:3] in ("RUS", "ARM", "SYR"), code


def test_a_nationality_on_a_statehood_noun_is_the_country_and_in_it_a_place(nlp):
    from tidings.actors.evaluate import analyse

    doc = analyse(nlp, "Spain formally recognised a Palestinian state on Tuesday.", dt.date(2024, 5, 28))
    assert sorted(a.code for a in doc._.actors) == ["ESP", "PSE"]
    doc = analyse(nlp, "The drone flew in Turkish airspace for ten minutes.", dt.date(2024, 5, 28))
    assert [a.code for a in doc._.actors] == []


@pytest.mark.parametrize(
    "text,mention,code",
    [
        # "former" makes the office holder an elite; the nationality still gives the country
        (
            "He met former French minister Jean Dupont in Lyon.",
            "former French minister Jean Dupont",
            "FRAELI",
        ),
        (
            "On Monday the former Iraqi prime minister spoke in Baghdad.",
            "the former Iraqi prime minister",
            "IRQELI",
        ),
    ],
)
def test_a_former_office_holder_keeps_the_nationality_before_the_role(nlp, text, mention, code):
    assert _code(nlp, text, mention) == code


def test_police_and_suspects_with_no_country_are_of_the_storys_scene(nlp):
    # the United States is named more often (a title, a currency, a president), but the
    # police and the men they hold belong to where the story happens
    text = (
        "Yesterday, Thames Valley Police said they had arrested a second man in connection with the "
        "theft of a gold toilet. The toilet was stolen on Saturday from Blenheim Palace in Oxfordshire, "
        "England. The toilet is an artwork entitled America. Its value is five million US dollars. In "
        "2017 it was offered to Donald Trump, the president of the United States."
    )
    assert _code(nlp, text, "Thames Valley Police") == "GBRCOP"
    assert _code(nlp, text, "a second man") == "GBRCRM"


def test_an_appositions_relative_clause_does_not_code_the_person(nlp):
    # "the president" sits in the lawyer's relative clause: the lawyer is no official
    text = (
        "A jury convicted Michael Avenatti, the California, US lawyer who represented Stormy Daniels "
        "in her lawsuit against US President Donald Trump, of trying to extort Nike."
    )
    assert _code(nlp, text, "Michael Avenatti") == "USAJUD"
