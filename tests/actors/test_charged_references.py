"""Issue 14, seventh round: "the accused" is the person the text says was charged (real parses)."""

import datetime as dt

import pytest

from tidings.actors import party_for
from tidings.actors.evaluate import analyse

pytestmark = pytest.mark.slow

TEXT = (
    "An Australian, Brenton Tarrant, appeared in the Christchurch District Court, charged with "
    "murder. Judge Paul Kellar ordered the accused remain in custody. Police alleged the accused "
    "performed two attacks in New Zealand."
)


@pytest.fixture(scope="module")
def doc(pipeline):
    return analyse(pipeline.nlp, TEXT, dt.date(2019, 3, 16))


def _code(doc, phrase, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(phrase, at + 1)
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
    party = party_for(doc, span.start, span.end)
    return party.code if party else None


def test_the_accused_takes_the_charged_persons_code(doc):
    assert _code(doc, "Brenton Tarrant") == "AUSCRM"
    assert _code(doc, "the accused") == "AUSCRM"
    assert _code(doc, "the accused", nth=1) == "AUSCRM"


def test_without_a_charged_person_the_accused_stays_a_criminal_of_its_context(pipeline):
    d = analyse(pipeline.nlp, "Police in Wellington said the accused performed two attacks.", None)
    at = d.text.index("the accused")
    span = d.char_span(at, at + len("the accused"), alignment_mode="expand")
    party = party_for(d, span.start, span.end)
    assert party is not None and party.code.endswith("CRM")
