"""Countries of towns the actor lexicon does not know (tidings/actors/towns.py), on real parses
and on the packaged places gazetteer."""

import datetime as dt

import pytest

from tidings.actors import parties_for
from tidings.actors.evaluate import analyse
from tidings.actors.towns import _country_of


def test_gazetteer_country_of_an_unambiguous_town():
    assert _country_of("Kamloops", frozenset()) == "CAN"
    assert _country_of("Yartsevo", frozenset()) == "RUS"
    assert _country_of("Jolo", frozenset()) == "PHL"
    assert _country_of("Iran", frozenset()) is None  # countries are the lexicon's business
    assert _country_of("Nowhereville Xyz", frozenset()) is None


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _doc_codes(nlp, text, phrase):
    doc = analyse(nlp, text, dt.date(2020, 5, 1))
    at = doc.text.index(phrase)
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
    return [p.code for p in parties_for(doc, span.start, span.end)], doc


@pytest.mark.slow
def test_police_in_a_town_take_its_country_with_the_rule(nlp):
    codes, doc = _doc_codes(nlp, "Police in Kamloops arrested a man on Tuesday.", "Police in Kamloops")
    assert codes == ["CANCOP"]
    police = next(a for a in doc._.actors if a.code == "CANCOP")
    assert (
        police.evidence["country_from_context"]
        == "town 'Kamloops' named in the same sentence (gazetteer: CAN)"
    )


@pytest.mark.slow
def test_the_mayor_of_a_town_the_ner_calls_a_person(nlp):
    codes, _ = _doc_codes(nlp, "The mayor of Yartsevo said the road would reopen.", "The mayor of Yartsevo")
    assert codes == ["RUSGOV"]


@pytest.mark.slow
def test_months_are_no_towns(nlp):
    codes, _ = _doc_codes(nlp, "Police said in May that they had arrested a man.", "Police")
    assert codes == ["COP"]


@pytest.mark.slow
def test_a_town_modifying_the_head_and_not_a_given_name(nlp):
    assert _doc_codes(nlp, "Wuhan airline passengers were screened.", "Wuhan airline passengers")[0] == [
        "CHNCVL"
    ]
    text = "In Ontario, provincial police Detective Constable Daniel Dubé said prices rose."
    codes, doc = _doc_codes(nlp, text, "Detective Constable Daniel")
    assert all("Daniel" not in str(a.evidence.get("country_from_context")) for a in doc._.actors)


@pytest.mark.slow
def test_a_place_of_another_clause_lends_nothing(nlp):
    text = "According to Professor Ivan Petrov, in the United States it is not customary to teach surgery."
    _, doc = _doc_codes(nlp, text, "Professor Ivan Petrov")
    petrov = next(a for a in doc._.actors if a.name == "Ivan Petrov")
    assert petrov.country is None and petrov.sectors == ["EDU"]


@pytest.mark.slow
def test_a_range_coded_from_its_words_takes_a_state_or_town_inside_it(nlp):
    text = "Attorneys general from Maine and Ohio joined the lawsuit."
    assert _doc_codes(nlp, text, "Attorneys general from Maine")[0] == ["USAGOV"]


@pytest.mark.slow
def test_words_of_an_organisations_name_are_no_towns(nlp):
    text = "The National Union of Rail, Maritime and Transport Workers called a strike."
    _, doc = _doc_codes(nlp, text, "The National Union of Rail")
    assert all("Rail" not in str(a.evidence.get("country_from_context")) for a in doc._.actors)


@pytest.mark.slow
def test_a_two_word_town_the_ner_calls_a_person_named_only_in_full(nlp):
    text = "Traffic came from the streets of Fort Lee. The mayor of Fort Lee refused to endorse the governor."
    codes, doc = _doc_codes(nlp, text, "The mayor of Fort Lee")
    assert _country_of("Fort Lee", frozenset()) == "USA"
    assert codes == ["USAGOV"]
    mayor = next(a for a in doc._.actors if a.code == "USAGOV")
    assert (
        mayor.evidence["country_from_context"]
        == "town 'Fort Lee' named in the same sentence (gazetteer: USA)"
    )


@pytest.mark.slow
def test_a_person_shortened_later_is_no_town(nlp):
    text = "The government of Mansur Hadi said it would fight. Hadi left Aden."
    codes, _ = _doc_codes(nlp, text, "The government of Mansur Hadi")
    assert codes == ["YEMGOV"]


@pytest.mark.slow
def test_a_town_in_a_body_s_own_name_outranks_a_country_in_the_sentence(nlp):
    text = "The Australian man appeared in the Christchurch District Court on Saturday."
    codes, doc = _doc_codes(nlp, text, "Christchurch District Court")
    assert codes == ["NZLJUD"]
    court = next(a for a in doc._.actors if a.code == "NZLJUD")
    assert court.evidence["country_from_context"] == "town 'Christchurch' in its own name (gazetteer: NZL)"
