"""Issue 14, event parties (act12): a plural role of several countries followed by a list of
names gives each name its country, in order; one party per country for the role phrase."""

import datetime as dt

import pytest

from tidings.actors import parties_for
from tidings.actors.evaluate import analyse

pytestmark = pytest.mark.slow

DAY = dt.date(2020, 1, 10)


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _span(doc, phrase: str):
    at = doc.text.index(phrase)
    return doc.char_span(at, at + len(phrase), alignment_mode="expand")


def _codes(doc, phrase: str) -> list[str | None]:
    sp = _span(doc, phrase)
    return [p.code for p in parties_for(doc, sp.start, sp.end)]


RESPECTIVELY = (
    "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos "
    "Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on "
    "Wednesday to discuss Libya–Turkey relations. They called on Turkey to halt the drilling."
)


def test_listed_names_take_the_countries_of_the_role_in_order(nlp):
    doc = analyse(nlp, RESPECTIVELY, DAY)
    by_name = {a.name: a.code for a in doc._.actors}
    # the NER tags "Nikos Christodoulides" ORG: the list makes him a person; before this rule the
    # whole description went to Dendias and the Cypriot and French parties were lost
    assert by_name["Nikos Christodoulides"] == "CYPGOV"
    assert by_name["Nikos Dendias"] == "GRCGOV"
    assert by_name["Jean-Yves Le Drian"] == "FRAGOV"
    assert sorted(_codes(doc, "his Greek, Cypriot and French counterparts")) == ["CYPGOV", "FRAGOV", "GRCGOV"]
    assert any(a.evidence.get("listed") for a in doc._.actors if a.name == "Nikos Christodoulides")


def test_a_list_of_another_length_is_not_matched(nlp):
    text = (
        "Egyptian foreign minister Sameh Shoukry and his Greek and Cypriot counterparts, Nikos "
        "Dendias, Nikos Christodoulides and Jean-Yves Le Drian, gathered in Cairo on Wednesday."
    )
    doc = analyse(nlp, text, DAY)
    assert not any(a.evidence.get("listed") for a in doc._.actors)
