"""The founding example: the seed article's actors, their codes, aliases and pronouns."""

import pytest

from tidings.actors import actor_at, parties_for, party_for


@pytest.fixture(scope="module")
def by_name(seed_document):
    return {a.name: a for a in seed_document.actors}


def _mentions(actor):
    return [m.text for m in actor.mentions]


def test_required_codes(by_name):
    assert by_name["Hossein Amir Abdollahian"].code == "IRNGOV"
    assert by_name["Qasim al-Araji"].code == "IRQGOV"
    assert by_name["Fuad Hussein"].code == "IRQGOV"
    assert by_name["Jeyhun Bayramov"].code == "AZEGOV"
    assert by_name["Islamic Revolution Guards Corps"].code == "IRNMIL"
    assert by_name["Kurdistan Regional Government"].code == "IRQGOV"


def test_armed_groups_in_iraqi_kurdistan_are_one_non_state_armed_actor(by_name):
    (armed,) = [a for a in by_name.values() if a.code == "IRQUAF"]
    assert armed.kind == "group" and armed.country == "IRQ" and armed.sectors == ["UAF"]
    assert {"armed terrorists", "the armed terrorists", "terrorist and apartheid organizations"} <= set(
        _mentions(armed)
    )


def test_amir_abdollahian_has_every_alias_description_and_pronoun(by_name, seed_document):
    aa = _mentions(by_name["Hossein Amir Abdollahian"])
    for alias in (
        "Amir-Abdollahian",
        "Amir Abdollahian",
        "The top diplomat",
        "The foreign minister",
        "the Iranian foreign minister",
        "Iran’s foreign minister",
    ):
        assert alias in aa, alias
    assert aa.count("he") + aa.count("He") >= 4
    text = seed_document.text
    for m in by_name["Hossein Amir Abdollahian"].mentions:
        assert text[m.start : m.end] == m.text


def test_pronouns_go_to_the_right_person(by_name, seed_document):
    text = seed_document.text
    araji_part = text.index("For his part, al-Araji") + len("For ")
    bayramov_part = text.index("For his part, Bayramov") + len("For ")
    assert araji_part in {m.start for m in by_name["Qasim al-Araji"].mentions}
    assert bayramov_part in {m.start for m in by_name["Jeyhun Bayramov"].mentions}
    supported = text.index("He also supported")
    assert supported in {m.start for m in by_name["Jeyhun Bayramov"].mentions}
    assert "his Iraqi counterpart" in _mentions(by_name["Fuad Hussein"])


def test_countries_and_capital_metonyms(by_name, seed_document):
    iran, iraq = by_name["Iran"], by_name["Iraq"]
    assert iran.code == "IRN" and iraq.code == "IRQ"
    # "Tehran and Baghdad have expanding ties": the capitals act for their governments
    tehran = next(a for a in by_name.values() if "Tehran" in _mentions(a))
    baghdad = next(a for a in by_name.values() if "Baghdad" in _mentions(a))
    assert (tehran.code, baghdad.code) == ("IRNGOV", "IRQGOV")
    assert tehran.evidence["rule"] == "capital as the subject of a verb: its government"
    assert "the Islamic Republic of Iran" in _mentions(iran)
    # "in Tehran" is where the meeting was: a place, not the actor
    loc = seed_document.text.index("in Tehran") + 3
    assert loc not in {m.start for m in iran.mentions}


def _tokens(doc, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None, phrase
    return span.start, span.end


def test_party_for(seed_spacy_doc):
    doc = seed_spacy_doc
    assert party_for(doc, *_tokens(doc, "The Iraqi government")).code == "IRQGOV"
    assert (
        party_for(doc, *_tokens(doc, "Iran has always")[:1], _tokens(doc, "Iran has always")[0] + 1).code
        == "IRN"
    )
    aa = party_for(doc, *_tokens(doc, "The top diplomat"))
    assert aa.code == "IRNGOV" and aa.actor == actor_at(doc, *_tokens(doc, "Amir-Abdollahian")).id
    p = party_for(doc, *_tokens(doc, "armed terrorists operating in Iraq's Kurdistan"))
    assert p.code == "IRQUAF" and p.country == "IRQ"


def test_parties_for_coordinations(seed_spacy_doc):
    doc = seed_spacy_doc
    codes = [p.code for p in parties_for(doc, *_tokens(doc, "the presidents of Iran and Azerbaijan"))]
    assert codes == ["IRNGOV", "AZEGOV"]
    assert party_for(doc, *_tokens(doc, "the presidents of Iran and Azerbaijan")).code == "IRNGOV"
    # capitals as subjects act for their governments (issue 14, point 2)
    assert [p.code for p in parties_for(doc, *_tokens(doc, "Tehran and Baghdad"))] == ["IRNGOV", "IRQGOV"]
    both = parties_for(doc, *_tokens(doc, "the Iraqi government and the Kurdistan Regional Government"))
    assert [p.code for p in both] == ["IRQGOV", "IRQGOV"] and both[0].actor != both[1].actor


def test_uncoded_range_codes_from_words(seed_spacy_doc):
    """A range no actor covers is coded from its words (events may ask for any noun phrase)."""
    from spacy.tokens import Doc

    doc = seed_spacy_doc
    s, e = _tokens(doc, "regional governments")
    assert party_for(doc, s, e).code == "GOV"
    assert isinstance(doc, Doc)
    # one token of a longer name still codes: "Kurdistan" in "semi-autonomous Kurdistan region"
    s, e = _tokens(doc, "Kurdistan region")
    assert party_for(doc, s, s + 1).code == "IRQ"
