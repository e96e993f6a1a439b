"""Resolution by evidence (tidings.places.resolve): qualifiers, neighbours, reasons, GDELT codes,
the small-town index, adjectives and places inside organisations' names."""

from __future__ import annotations

from tidings.places.find import find_places
from tidings.places.gazetteer import gazetteer
from tidings.places.resolve import km


def _places(doc):
    return [p for _, p in find_places(doc)]


def test_hyde_park_in_london_is_the_one_near_london(build):
    rows = [
        "Protesters protester NOUN NNS nsubj 1",
        "gathered gather VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Hyde Hyde PROPN NNP compound 4",
        "Park Park PROPN NNP pobj 2",
        "in in ADP IN prep 4",
        "London London PROPN NNP pobj 5",
        ". . PUNCT . punct 1",
    ]
    ents = ["O", "O", "O", "B-FAC", "I-FAC", "O", "B-GPE", "O"]
    got = {p.text: p for p in _places(build("Protesters gathered in Hyde Park in London.", rows, ents=ents))}
    london, park = got["London"], got["Hyde Park"]
    assert (london.geonameid, london.country) == (2643743, "GB")
    # the Hyde Park within 100 km of London, not a bigger one in the United States
    assert (park.geonameid, park.country) == (12048386, "GB")
    assert park.reason.startswith("qualifier London")
    assert (
        km(
            gazetteer().lookup("Hyde Park")[0][0],
            next(e for e, _ in gazetteer().lookup("London") if e.country == "GB"),
        )
        < 10
    )


def test_a_possessor_qualifies_what_follows(build):
    rows = [
        "Crowds crowd NOUN NNS nsubj 1",
        "filled fill VERB VBD ROOT 1",
        "Texas Texas PROPN NNP poss 4",
        "'s 's PART POS case 2",
        "Paris Paris PROPN NNP dobj 1",
        ". . PUNCT . punct 1",
    ]
    doc = build("Crowds filled Texas's Paris.", rows, ents=["O", "O", "B-GPE", "O", "B-GPE", "O"])
    paris = _places(doc)[1]
    assert (paris.geonameid, paris.admin1) == (4717560, "Texas")
    assert paris.reason.startswith("qualifier Texas")


def test_each_place_says_why_and_carries_gdelt_codes(build):
    rows = [
        "Police police NOUN NNS nsubj 1",
        "searched search VERB VBD ROOT 1",
        "Paris Paris PROPN NNP dobj 1",
        ", , PUNCT , punct 2",
        "Texas Texas PROPN NNP appos 2",
        ". . PUNCT . punct 1",
    ]
    doc = build("Police searched Paris, Texas.", rows, ents=["O", "O", "B-GPE", "O", "B-GPE", "O"])
    paris, texas = _places(doc)
    assert paris.reason.startswith("qualifier Texas")
    assert (paris.fips, paris.admin1_code) == ("US", "TX")  # GDELT ADM1 "USTX"
    assert (texas.fips, texas.admin1_code, texas.feature) == ("US", "TX", "A.ADM1")


def test_fips_differs_from_iso_where_gdelt_needs_it(build):
    rows = [
        "Talks talk NOUN NNS nsubj 1",
        "began begin VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Berlin Berlin PROPN NNP pobj 2",
        "and and CCONJ CC cc 3",
        "Tehran Tehran PROPN NNP conj 3",
        ". . PUNCT . punct 1",
    ]
    doc = build("Talks began in Berlin and Tehran.", rows, ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    berlin, tehran = _places(doc)
    assert (berlin.country, berlin.fips) == ("DE", "GM")
    assert (tehran.geonameid, tehran.fips, tehran.admin1_code) == (112931, "IR", "26")


def test_towns_under_5000_and_counties_are_indexed():
    gaz = gazetteer()
    (cogg, own), *_ = gaz.lookup("Coggeshall")
    assert (cogg.geonameid, cogg.country, cogg.admin1, cogg.population, own) == (
        2652640,
        "GB",
        "England",
        4727,
        True,
    )
    counties = {e.admin1: e for e, _ in gaz.lookup("Orange County")}
    assert (counties["California"].geonameid, counties["California"].feature) == (5379524, "A.ADM2")
    assert abs(counties["California"].lat - 33.7) < 0.3 and abs(counties["California"].lon + 117.8) < 0.3


def test_a_town_under_5000_after_in_with_its_country(build):
    rows = [
        "Police police NOUN NNS nsubj 1",
        "searched search VERB VBD ROOT 1",
        "Coggeshall Coggeshall PROPN NNP dobj 1",
        ", , PUNCT , punct 2",
        "England England PROPN NNP appos 2",
        ". . PUNCT . punct 1",
    ]
    doc = build("Police searched Coggeshall, England.", rows, ents=["O", "O", "B-GPE", "O", "B-GPE", "O"])
    cogg, england = _places(doc)
    assert (cogg.geonameid, cogg.admin1, england.feature) == (2652640, "England", "A.ADM1")


def test_a_county_with_its_state(build):
    rows = [
        "Fires fire NOUN NNS nsubj 1",
        "hit hit VERB VBD ROOT 1",
        "Orange Orange PROPN NNP compound 3",
        "County County PROPN NNP dobj 1",
        ", , PUNCT , punct 3",
        "California California PROPN NNP appos 3",
        ". . PUNCT . punct 1",
    ]
    ents = ["O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O"]
    county, _ = _places(build("Fires hit Orange County, California.", rows, ents=ents))
    assert (county.geonameid, county.feature, county.fips, county.admin1_code) == (
        5379524,
        "A.ADM2",
        "US",
        "CA",
    )


def test_places_inside_organisation_names(build):
    rows = [
        "Colorado Colorado PROPN NNP compound 2",
        "State State PROPN NNP compound 2",
        "University University PROPN NNP nsubj 3",
        "won win VERB VBD ROOT 3",
        ". . PUNCT . punct 3",
    ]
    doc = build("Colorado State University won.", rows, ents=["B-ORG", "I-ORG", "I-ORG", "O", "O"])
    (colorado,) = _places(doc)
    assert (colorado.text, colorado.geonameid, colorado.source) == ("Colorado", 5417618, "embedded")


def test_continent_adjective_and_a_compound_one_the_table_lacks(build):
    rows = [
        "European european ADJ JJ amod 1",
        "leaders leader NOUN NNS nsubj 2",
        "met meet VERB VBD ROOT 2",
        "Central Central PROPN NNP amod 5",
        "American American ADJ JJ amod 5",
        "envoys envoy NOUN NNS dobj 2",
        ". . PUNCT . punct 2",
    ]
    ents = ["B-NORP", "O", "O", "B-NORP", "I-NORP", "O", "O"]
    got = [
        (p.text, p.geonameid, p.source)
        for p in _places(build("European leaders met Central American envoys.", rows, ents=ents))
    ]
    assert got == [("European", 6255148, "adjective")]  # not "American" -> the United States


def test_only_a_dominant_reading_lends_its_country_to_the_document():
    from tidings.places.resolve import Mention, dominant

    norfolk = [e for e, _ in gazetteer().lookup("Norfolk")]
    us_city = next(e for e in norfolk if e.country == "US" and e.population > 200_000)
    m = Mention(span=None, source="ner", label="GPE", candidates=[(e, True) for e in norfolk])  # type: ignore[arg-type]
    assert not dominant(us_city, m)  # the English county is bigger than a tenth of it
    england = gazetteer().lookup("England")
    e = next(x for x, _ in england if x.country == "GB")
    assert dominant(e, Mention(span=None, source="ner", label="GPE", candidates=england))  # type: ignore[arg-type]


def test_ambiguous_towns_vote_for_the_country_they_share(build):
    # Croydon (England, Australia, Pennsylvania) and Norfolk (an English county, Virginia,
    # Massachusetts): England is the one country both can lie in, so Norfolk is not Virginia
    rows = [
        "A a DET DT det 1",
        "man man NOUN NN nsubjpass 3",
        "was be AUX VBD auxpass 3",
        "arrested arrest VERB VBN ROOT 3",
        "in in ADP IN prep 3",
        "Norfolk Norfolk PROPN NNP pobj 4",
        "after after ADP IN prep 3",
        "the the DET DT det 8",
        "shooting shooting NOUN NN pobj 6",
        "in in ADP IN prep 8",
        "Croydon Croydon PROPN NNP pobj 9",
        ". . PUNCT . punct 3",
    ]
    ents = ["O"] * 5 + ["B-GPE"] + ["O"] * 4 + ["B-GPE", "O"]
    text = "A man was arrested in Norfolk after the shooting in Croydon."
    got = {p.text: p for p in _places(build(text, rows, ents=ents))}
    assert (got["Norfolk"].geonameid, got["Norfolk"].country) == (2641455, "GB")
    assert "country of other places named (GB)" in got["Norfolk"].reason
    assert got["Croydon"].country == "GB"
    # alone, the Virginia city wins on its own evidence (a city before a division)
    alone = _places(
        build(
            "He was arrested in Norfolk.",
            [
                "He he PRON PRP nsubjpass 2",
                "was be AUX VBD auxpass 2",
                "arrested arrest VERB VBN ROOT 2",
                "in in ADP IN prep 2",
                "Norfolk Norfolk PROPN NNP pobj 3",
                ". . PUNCT . punct 2",
            ],
            ents=["O", "O", "O", "O", "B-GPE", "O"],
        )
    )
    assert alone[0].country == "US"


def test_a_possessive_name_is_one_toponym(build):
    # "Hawke's Bay": the New Zealand region, not "Bay", a region of Somalia
    rows = [
        "He he PRON PRP nsubj 1",
        "lived live VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Hawke Hawke PROPN NNP poss 5",
        "'s 's PART POS case 3",
        "Bay Bay PROPN NNP pobj 2",
        ". . PUNCT . punct 1",
    ]
    ents = ["O", "O", "O", "B-PERSON", "O", "B-GPE", "O"]
    (place,) = _places(build("He lived in Hawke's Bay.", rows, ents=ents))
    assert (place.text, place.country, place.start) == ("Hawke's Bay", "NZ", 12)
