"""Issue 14, fifth round: persons with roles in domestic news (dev3's error classes), on real parses."""

import datetime as dt
import functools

import pytest

from tests.actors.helpers import code_at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


_code = functools.partial(code_at, day=dt.date(2019, 6, 1))


def test_a_private_life_noun_does_not_replace_a_title(nlp):
    text = (
        "Professor Michael Siegel of Boston University, co-author of a new study published in the "
        "United States, declared the rates high. Wikinews interviewed Siegel."
    )
    assert _code(nlp, text, "Professor Michael Siegel").endswith("EDU")
    assert _code(nlp, text, "Siegel", nth=1).endswith("EDU")


def test_a_lawyer_for_a_civilian_client_stays_a_lawyer(nlp):
    text = "In Paris, Sophie Obadia, another lawyer for the victim, spoke to the court."
    assert _code(nlp, text, "Sophie Obadia") == "FRAJUD"
    assert _code(nlp, "The family's lawyer said the police lied.", "The family's lawyer") == "JUD"


def test_the_accused_and_attackers_are_criminals(nlp):
    assert _code(nlp, "An inmate stabbed him in a prison in California.", "An inmate") == "USACRM"
    text = "Police in Pakistan said the perpetrators of honor killings fled."
    assert _code(nlp, text, "the perpetrators of honor killings") == "PAKCRM"


def test_officers_are_police_in_an_article_about_the_police(nlp):
    text = "Police in Paris arrested two men. A police spokesman said the officers acted lawfully."
    assert _code(nlp, text, "the officers") == "FRACOP"
    text = "Military commanders in France met army generals. The officers agreed."
    assert _code(nlp, text, "The officers") == "FRAMIL"


def test_a_fire_officer_works_for_the_fire_service(nlp):
    assert _code(nlp, "A fire officer in Delhi, India said nine died.", "A fire officer") == "INDGOV"


def test_a_role_phrase_outside_every_cluster_takes_the_article_country(nlp):
    text = (
        "The United States held elections. Voters in the United States were angry. Cruz said "
        '"For too long, members of Congress have abused their power."'
    )
    assert _code(nlp, text, "members of Congress") == "USALEG"
    text = "Foreign forces left the United States. The United States was calm. Foreign forces returned."
    assert _code(nlp, text, "Foreign forces", nth=1) in ("MIL", None)


def test_organisation_types_from_the_words_of_their_names(nlp):
    text = "In India, the state-run Indian Railways launched a campaign. Indian Railways said it worked."
    assert _code(nlp, text, "Indian Railways") == "INDGOV"
    assert _code(nlp, text, "Indian Railways", nth=1) == "INDGOV"
    text = "On Friday the Legislative Yuan of Taiwan voted. The Legislative Yuan debated three bills."
    assert _code(nlp, text, "Legislative Yuan", nth=1) == "TWNLEG"


def test_astronauts_of_a_space_agency_work_for_the_state(nlp):
    text = "NASA astronauts Bob Behnken flew to the station. Behnken said it was fine."
    assert _code(nlp, text, "NASA astronauts Bob Behnken") == "USAGOV"
    assert _code(nlp, text, "Behnken", nth=1) == "USAGOV"


def test_a_person_the_courts_convicted_or_charged_is_a_criminal(nlp):
    text = "In Pakistan, Mohammed Waseem was sentenced to life in prison by a court in Multan."
    assert _code(nlp, text, "Mohammed Waseem") == "PAKCRM"
    text = "In California, Sirhan Sirhan was stabbed. Sirhan is serving a life sentence."
    assert _code(nlp, text, "Sirhan Sirhan") == "USACRM"
    assert _code(nlp, "In Texas, Judge John Smith sentenced Bob Jones.", "John Smith") == "USAJUD"
    assert _code(nlp, "In Texas, Bob Jones was stabbed in a bar.", "Bob Jones") == "USACVL"


def test_a_plain_person_the_text_treats_as_a_suspect_is_a_criminal(nlp):
    text = "In England, police arrested a 36-year-old man on suspicion of burglary."
    assert _code(nlp, text, "a 36-year-old man") == "GBRCRM"
    text = "In Manchester, England, a man suspected to have supplied the gun was questioned."
    assert _code(nlp, text, "a man") == "GBRCRM"
    text = "In Texas, Judge John Smith sentenced Bob Jones and Mary Jones to life in prison."
    assert _code(nlp, text, "Bob Jones and Mary Jones") == "USACRM"
    # a protester or a journalist arrested keeps the sector its own words give; so does a
    # man the text only says was hurt
    text = "In Tehran, Iran, police arrested a journalist."
    assert _code(nlp, text, "a journalist").endswith("MED")
    text = "In Manchester, England, a man was injured in the crash."
    assert _code(nlp, text, "a man") == "GBRCVL"
