import datetime as dt

from tests.actors.helpers import lexicon, make_doc
from tidings.actors.lexicon import role_variants


def _doc(words: list[str]):
    rows = [(w, "PROPN" if w[:1].isupper() else "NOUN", "dep", i, "NN") for i, w in enumerate(words)]
    return make_doc(rows)


def _hits(words, day=dt.date(2022, 10, 16), **kw):
    doc = _doc(words)
    return [(doc[h.start : h.end].text, h.kind, h.code) for h in lexicon(**kw).match(doc, day)]


def test_countries_demonyms_capitals_and_longest_match():
    hits = _hits(["the", "Islamic", "Republic", "of", "Iran", "and", "Baghdad", "and", "Azeri", "officials"])
    assert ("Islamic Republic of Iran", "country", "IRN") in hits
    assert ("Baghdad", "capital", "IRQ") in hits and ("Azeri", "demonym", "AZE") in hits
    assert ("officials", "role", "GOV") in hits


def test_case_rules_keep_pronouns_and_common_words_out():
    assert _hits(["let", "us", "go"]) == []
    assert ("US", "country", "USA") in _hits(["the", "US", "said"])
    assert _hits(["turkey", "dinner"]) == []


def test_regions_and_multinational_codes():
    hits = _hits(
        ["Kurdistan", "Regional", "Government", "and", "Western", "military", "in", "Iraqi", "Kurdistan"]
    )
    assert ("Kurdistan Regional Government", "organisation", "IRQGOV") in hits
    assert ("Western", "demonym", "WST") in hits and ("Iraqi Kurdistan", "region", "IRQ") in hits


def test_person_codes_follow_the_publication_date():
    words = ["Hassan", "Rouhani", "spoke"]
    assert _hits(words, dt.date(2016, 1, 1))[0][2] == "IRNGOV"
    assert _hits(words, dt.date(2023, 1, 1))[0][2] == "IRNELI"
    assert _hits(["Amir", "-", "Abdollahian"], dt.date(2022, 10, 16))[0][2] == "IRNGOV"


def test_role_plurals():
    assert "foreign ministers" in role_variants("foreign minister")
    assert "ministers of defense" in role_variants("minister of defense")
    assert "militiamen" in role_variants("militiaman")
    assert role_variants("police") == ["police"]
    assert ("gunmen", "role", "UAF") in _hits(["gunmen", "attacked"])


def test_without_default_dictionaries_nothing_matches():
    assert _hits(["Iran"], default=False) == []


def test_a_leading_the_does_not_lengthen_a_match():
    # "the West Bank": the territory (PSE), not "the West" (WST) followed by "Bank" (a firm)
    hits = _hits(["Settlers", "in", "the", "West", "Bank", "and", "the", "West", "said"])
    assert ("West Bank", "country", "PSE") in hits
    assert ("the West", "multinational", "WST") in hits  # the bloc, where no longer name overlaps
    assert not any(text == "Bank" for text, _, _ in hits)
