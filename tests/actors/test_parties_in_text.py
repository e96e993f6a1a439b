"""Issue 14 on real parses: nationality + role nouns, IGOs, parties by date, country from the
text with its rule, it/its and "the militants", office holders by surname on the article date."""

import datetime as dt

import pytest

from tidings.actors import parties_for, party_for
from tidings.actors.evaluate import analyse

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _codes(nlp, text, phrase, day=None, split=True):
    doc = analyse(nlp, text, day)
    at = doc.text.index(phrase)
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
    if split:
        return [p.code for p in parties_for(doc, span.start, span.end)], doc
    p = party_for(doc, span.start, span.end)
    return (p.code if p else None), doc


def _actor(doc, name):
    return next(a for a in doc._.actors if a.name == name)


def test_nationality_and_role_nouns_coordinated_or_not(nlp):
    assert _codes(nlp, "Israeli warplanes struck targets in Gaza.", "Israeli warplanes")[0] == ["ISRMIL"]
    assert _codes(nlp, "Indian and Pakistani troops exchanged fire.", "Indian and Pakistani troops")[0] == [
        "INDMIL",
        "PAKMIL",
    ]
    assert _codes(
        nlp,
        "Senior Hungarian and Romanian officials met in Budapest.",
        "Senior Hungarian and Romanian officials",
    )[0] == ["HUNGOV", "ROUGOV"]
    assert _codes(nlp, "Kenyan police arrested three men.", "Kenyan police")[0] == ["KENCOP"]
    assert _codes(nlp, "Syria said the country's army had retaken the town.", "the country's army")[0] == [
        "SYRMIL"
    ]


def test_country_from_a_place_in_the_sentence_with_its_rule(nlp):
    text = "Thousands of protesters marched in Tehran against the government."
    codes, doc = _codes(nlp, text, "Thousands of protesters")
    assert codes == ["IRNOPP"]
    gov = next(a for a in doc._.actors if a.code == "IRNGOV")
    assert gov.evidence["country_from_context"] == "place 'Tehran' named in the same sentence"


def test_igo_and_party_status_by_date(nlp):
    code, _ = _codes(
        nlp,
        "The Asia-Pacific Economic Cooperation forum agreed to cut tariffs.",
        "The Asia-Pacific Economic Cooperation forum",
        split=False,
    )
    assert code == "IGOASAAPC"
    text = "Labour criticised the British government over Brexit."
    assert _codes(nlp, text, "Labour", dt.date(2019, 5, 1), split=False)[0] == "GBROPP"
    assert _codes(nlp, text, "Labour", dt.date(2025, 5, 1), split=False)[0] == "GBRGOV"


def test_it_and_its_refer_to_the_country_subject(nlp):
    text = "China said it would retaliate. Its foreign ministry summoned the ambassador."
    doc = analyse(nlp, text, None)
    china = _actor(doc, "China")
    assert [m.text for m in china.mentions] == ["China", "it", "Its"]
    ministry = next(a for a in doc._.actors if a.name.lower().endswith("foreign ministry"))
    assert (
        ministry.code == "CHNGOV" and ministry.evidence["country_from_context"] == "country of 'Its' (China)"
    )


def test_the_militants_refer_back_to_the_named_group(nlp):
    text = "The Taliban attacked a checkpoint in Ghazni. The militants killed four soldiers."
    doc = analyse(nlp, text, dt.date(2019, 3, 1))
    taliban = _actor(doc, "Taliban")
    assert taliban.code == "AFGREB"
    assert "The militants" in [m.text for m in taliban.mentions]


def test_surname_from_the_knowledge_base_on_the_article_date(nlp):
    text = "Russia and Belarus signed the treaty. Lavrov said the deal was fair."
    doc = analyse(nlp, text, dt.date(2021, 6, 1))
    lavrov = next(a for a in doc._.actors if a.kind == "person")
    assert lavrov.code == "RUSGOV"
    text = "Greece and Turkey traded accusations. Dendias said Athens would not back down."
    doc = analyse(nlp, text, dt.date(2020, 1, 10))
    person = next(a for a in doc._.actors if a.kind == "person")
    assert person.code == "GRCGOV" and person.evidence["office"]["role"] == "foreign_minister"
    assert person.evidence["office"]["term"] == "2019-07-09.."
    doc = analyse(nlp, text, dt.date(2016, 1, 10))  # out of office: a surname alone says nothing
    person = next(a for a in doc._.actors if a.kind == "person")
    assert person.code is None
    text = "Greece and Turkey traded accusations. Nikos Dendias said Athens would not back down."
    doc = analyse(nlp, text, dt.date(2016, 1, 10))  # the full name: a former minister of Greece
    person = next(a for a in doc._.actors if a.kind == "person")
    assert person.code == "GRCELI"


def test_without_a_date_text_titles_win_over_a_dated_dictionary_entry(nlp):
    from tests.conftest import SEED

    doc = analyse(nlp, SEED.read_text(encoding="utf-8"), None)
    fm = _actor(doc, "Hossein Amir Abdollahian")
    assert fm.code == "IRNGOV"
    assert {"The top diplomat", "The foreign minister"} <= {m.text for m in fm.mentions}
    assert fm.evidence["dictionary_entry_not_used"] == "Hossein Amir Abdollahian: no publication date"


def test_country_from_the_dateline_when_the_text_names_none_nearby(nlp):
    from tidings.ingest import article_from_text
    from tidings.registrations import ensure_defaults

    article = article_from_text("NAIROBI - The government announced new curfews on Monday.", id="d")
    assert article.dateline  # the reader found the dateline
    doc = nlp.make_doc(article.text)
    doc._.article = article
    ensure_defaults(doc)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "tidings_actors":
            break
    gov = next(a for a in doc._.actors if a.sectors == ["GOV"])
    assert gov.code == "KENGOV" and gov.evidence["country_from_context"].startswith("dateline")


def test_capital_acts_as_a_subject_and_stays_a_place_as_a_location(nlp):
    codes, _ = _codes(nlp, "Moscow rejected the claim.", "Moscow")
    assert codes == ["RUSGOV"]
    doc = analyse(nlp, "Protesters gathered in Moscow on Monday.", None)
    assert not any(a.kind == "country" or a.code == "RUSGOV" for a in doc._.actors)


def test_a_capital_that_seats_another_body_acts_for_that_body(nlp):
    # "Brussels criticised": the EU's institutions, not Belgium's government
    codes, doc = _codes(nlp, "Brussels criticised Budapest over the new law.", "Brussels")
    assert codes == ["IGOEUREEC"]
    doc = analyse(nlp, "Belgian police arrested two men in Brussels on Monday.", None)
    assert not any(a.code == "IGOEUREEC" for a in doc._.actors)
    # the author of an act's noun too, not the owner of a thing
    codes, _ = _codes(nlp, "Brussels's demand that Belgrade give ground was repeated.", "Brussels")
    assert codes == ["IGOEUREEC"]
    doc = analyse(nlp, "Brussels' streets were empty on Sunday.", None)
    assert not any(a.code == "IGOEUREEC" for a in doc._.actors)


def test_plural_counterparts_and_relative_pronouns(nlp):
    text = "Egyptian foreign minister Sameh Shoukry met his Greek, Cypriot and French counterparts in Cairo."
    codes, _ = _codes(nlp, text, "his Greek, Cypriot and French counterparts", dt.date(2020, 1, 8))
    assert codes == ["GRCGOV", "CYPGOV", "FRAGOV"]
    text = "Protesters in Baghdad attacked the office of the governor, who resigned."
    doc = analyse(nlp, text, None)
    at = doc.text.index("who")
    span = doc.char_span(at, at + 3)
    assert party_for(doc, span.start, span.end).code == "IRQGOV"


def test_party_names_several_countries_use_need_their_country_in_the_document(nlp):
    text = "Labour won the election in New Zealand, and the opposition conceded."
    code, doc = _codes(nlp, text, "Labour", dt.date(2020, 10, 18), split=False)
    assert code != "GBROPP" and not any(a.name == "Labour Party" for a in doc._.actors)


def test_it_and_its_stay_unlinked_when_something_else_is_nearer(nlp):
    doc = analyse(
        nlp, "The United States government threatened the company, its reputation and its stock.", None
    )
    assert [m.text for m in _actor(doc, "United States government").mentions] == [
        "The United States government"
    ]
    doc = analyse(nlp, "The EU backed the project. The interconnector is also in its planning stage.", None)
    assert [m.text for m in _actor(doc, "European Union").mentions] == ["The EU"]
    doc = analyse(
        nlp, "Iran rejected the offer from the United States and said it would continue enrichment.", None
    )
    assert [m.text for m in _actor(doc, "Iran").mentions] == ["Iran", "it"]
