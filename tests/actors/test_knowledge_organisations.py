"""Issue 14, eighth round: organisations the knowledge base knows (outlets, national bodies,
parties, national Red Cross societies), matched on hand-built Docs."""

import datetime as dt

from tests.actors.helpers import lexicon, make_doc

DAY = dt.date(2019, 12, 1)


def _names(words: list[str]) -> list[tuple[str, str]]:
    rows = [(w, "PROPN", "compound", len(words) - 1, "NNP") for w in words]
    rows[-1] = (words[-1], "PROPN", "nsubj", len(words), "NNP")
    rows += [("said", "VERB", "ROOT", len(words), "VBD"), (".", "PUNCT", "punct", len(words), ".")]
    doc = make_doc(rows)
    return [(doc[h.start : h.end].text, h.code) for h in lexicon().match(doc, DAY) if h.is_name]


def test_a_national_red_cross_society_is_its_country_ngo_not_the_icrc():
    assert _names(["The", "Philippine", "Red", "Cross"]) == [("Philippine Red Cross", "PHLNGO")]
    assert _names(["The", "Red", "Cross"]) == [("Red Cross", "NGOHLHIRC")]


def test_outlets_and_national_bodies_carry_their_country():
    assert _names(["Time", "magazine"]) == [("Time magazine", "USAMED")]
    assert _names(["the", "National", "Conference", "of", "State", "Legislatures"]) == [
        ("National Conference of State Legislatures", "USANGO")
    ]
    assert _names(["the", "House", "of", "Lords"]) == [("House of Lords", "GBRLEG")]
    assert _names(["the", "International", "Maritime", "Organization"]) == [
        ("International Maritime Organization", "IGOUNO")
    ]


def test_uk_opposition_parties_and_an_ambiguous_party_needing_its_country():
    assert _names(["Plaid", "Cymru"]) == [("Plaid Cymru", "GBROPP")]
    assert _names(["Scottish", "National", "Party"]) == [("Scottish National Party", "GBROPP")]
    assert _names(["SNP"]) == []  # also a gene variant: only where the text names the UK
    assert _names(["Sinn", "Féin"]) == []  # GBR and IRL both use it: the text must name one
