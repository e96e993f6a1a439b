"""Issue 14, ninth round: the country of sector actors from the article's towns, names of bodies
that start with a gazetteer town's name, outlets the dictionaries lack, national legislatures,
Native Americans (dev2-dev4 error classes), on real parses."""

import datetime as dt

import pytest

from tests.actors.helpers import code_at
from tidings.actors import actor_at
from tidings.actors.evaluate import analyse
from tidings.actors.towns import NAME_WORDS, _country_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def test_words_of_body_names_are_towns_to_the_gazetteer_but_not_here():
    # the gazetteer knows a Superior (USA) and a Federal (ARG): the reason NAME_WORDS exists
    assert _country_of("Superior", frozenset()) == "USA"
    assert _country_of("Federal", frozenset()) == "ARG"
    assert {"superior", "federal", "supreme", "national"} <= NAME_WORDS


def test_a_body_named_superior_or_federal_takes_no_town_country(nlp):
    text = (
        "Bruce McArthur, from Toronto, Canada, admitted his guilt at the Superior Court on Tuesday. "
        "The judge will sentence him next week."
    )
    assert code_at(nlp, text, "the Superior Court") == "CANJUD"
    fema = (
        "United States President Donald Trump declared a national emergency. The Federal Emergency "
        "Management Agency will coordinate the response, officials in Washington said."
    )
    assert code_at(nlp, fema, "The Federal Emergency Management Agency", day=dt.date(2020, 3, 13)) == "USAGOV"


def test_towns_count_for_the_country_the_article_names_most(nlp):
    text = (
        "Bruce McArthur, from Toronto, Canada, admitted his guilt in eight murders. "
        "The victims were found in large planters. The eighth was discovered in a ravine. "
        "Sentencing is scheduled for February. He had been interviewed by police twice. "
        "The prosecution asked for a life sentence."
    )
    assert code_at(nlp, text, "police") == "CANCOP"
    assert code_at(nlp, text, "The prosecution") == "CANJUD"
    doc = analyse(nlp, text, dt.date(2019, 2, 1))
    at = doc.text.index("The prosecution")
    span = doc.char_span(at, at + len("The prosecution"))
    prosecution = actor_at(doc, span.start, span.end)
    assert prosecution is not None
    assert prosecution.evidence["country_from_context"] == "the country the article names most"
    # the police serve the story's scene, its lead's town
    at = doc.text.index("police")
    police = actor_at(doc, *(lambda s: (s.start, s.end))(doc.char_span(at, at + len("police"))))
    assert (
        police is not None
        and police.evidence["country_from_context"] == "the story's scene: 'Toronto' in its lead"
    )


def test_an_outlet_the_dictionaries_lack_takes_the_articles_country_but_the_press_does_not(nlp):
    text = (
        "Poland's government raised the minimum wage on Monday. Polish officials said prices would "
        "rise in Poland. The newspaper Gazeta Lubuska reported that the press had been told little."
    )
    assert code_at(nlp, text, "Gazeta Lubuska") == "POLMED"
    assert code_at(nlp, text, "the press") == "MED"


def test_outlets_and_legislatures_of_the_dictionary(nlp):
    assert code_at(nlp, "TVN24 reported that the Sejm met on Friday.", "TVN24") == "POLMED"
    assert code_at(nlp, "TVN24 reported that the Sejm met on Friday.", "the Sejm") == "POLLEG"
    assert code_at(nlp, "The Verge reported the recall.", "The Verge") == "USAMED"
    assert code_at(nlp, "The Legislative Yuan passed the bill.", "The Legislative Yuan") == "TWNLEG"


def test_indian_before_community_in_an_article_on_the_united_states(nlp):
    text = (
        "Voting rights groups sued the state of Montana in the United States. The Fort Belknap "
        "Indian Community joined the suit."
    )
    assert code_at(nlp, text, "The Fort Belknap Indian Community").startswith("USA")
    # without the United States named, "Indian" stays India
    assert code_at(nlp, "The Indian government protested.", "The Indian government") == "INDGOV"


def test_a_serial_killer_is_a_criminal(nlp):
    # a bare "killer" is left out (state agents who killed Khashoggi, docs/actors.md ninth round)
    text = "Bruce McArthur, from Toronto, Canada, admitted his guilt. The serial killer had kept a bracelet."
    assert code_at(nlp, text, "The serial killer") == "CANCRM"


def test_partitives_take_what_they_count(nlp):
    text = "Lawyers for Rittenhouse in Kenosha, Wisconsin, spoke. One of his lawyers said the bail was paid."
    assert code_at(nlp, text, "One of his lawyers") == "USAJUD"


def test_civil_servants_and_councils_are_government(nlp):
    text = (
        "Samoa's government closed schools. Civil servants and village councils helped the vaccination drive."
    )
    assert code_at(nlp, text, "Civil servants") == "WSMGOV"
    assert code_at(nlp, text, "village councils") == "WSMGOV"


def test_a_civilian_chief_of_staff_and_a_solicitor_general_are_government(nlp):
    text = "Governor Ricardo Rosselló of Puerto Rico spoke. Rosselló's chief of staff resigned."
    assert code_at(nlp, text, "Rosselló's chief of staff") == "PRIGOV"
    text = "In the Philippines, Solicitor General Jose Calida filed a petition against the network."
    assert code_at(nlp, text, "Solicitor General Jose Calida") == "PHLGOV"
    text = "Iran's armed forces chief of staff Mohammad Bagheri visited Baghdad."
    assert code_at(nlp, text, "Mohammad Bagheri") == "IRNMIL"


def test_a_presidential_spokesperson_is_government(nlp):
    text = "In Manila, Presidential Spokesperson Harry Roque said the president would sign the bill."
    assert code_at(nlp, text, "Presidential Spokesperson Harry Roque") == "PHLGOV"


def test_plural_demonyms_are_civilians_and_adjectives_stay_countries(nlp):
    text = "Britons voted on Thursday. Many Samoans queued for vaccines. British officials said little."
    assert code_at(nlp, text, "Britons") == "GBRCVL"
    assert code_at(nlp, text, "Many Samoans") == "WSMCVL"
    assert code_at(nlp, text, "British officials") == "GBRGOV"


def test_a_town_named_as_a_party_stands_for_its_country(nlp):
    text = "Russian forces shelled Kharkiv on Monday. The army also launched missile strikes on Mariupol."
    assert code_at(nlp, text, "Kharkiv", day=dt.date(2022, 3, 1)) == "UKR"
    assert code_at(nlp, text, "Mariupol", day=dt.date(2022, 3, 1)) == "UKR"
    doc = analyse(nlp, text, dt.date(2022, 3, 1))
    ukr = next(a for a in doc._.actors if a.code == "UKR")
    assert ukr.evidence["rule"] == "town 'Kharkiv' named as a party: its country (gazetteer: UKR)"
    # a location stays a place: no actor for "in Kharkiv" (party_for, asked about the span, still
    # lends an event party the town's country: towns.town_parties)
    alone = analyse(nlp, "Five people died in Kharkiv on Monday.", dt.date(2022, 3, 1))
    assert [m.text for a in alone._.actors for m in a.mentions if "Kharkiv" in m.text] == []


def test_a_known_surname_before_et_al_joins_its_person(nlp):
    text = (
        "Planetary scientist Vlada Stamenković of the NASA Jet Propulsion Laboratory published a model. "
        "Stamenković et al cite research on brines. Stamenković et al found oxygen in them."
    )
    full = code_at(nlp, text, "Vlada Stamenković")
    assert full == "USAEDU"
    assert code_at(nlp, text, "Stamenković", nth=1) == full
    assert code_at(nlp, text, "Stamenković", nth=2) == full
