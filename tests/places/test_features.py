"""Islands, rivers and mountains from regions.tsv; facilities named for their town; a town
found once keeps its sense; the event-place rules that go with them."""

from __future__ import annotations

import pytest

from tests.places.conftest import token_index
from tidings.places import event_location
from tidings.places.component import PlacesStage
from tidings.places.find import find_places
from tidings.places.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Boracay", ("Boracay", "PH", "T.ISL", None)),
        ("Crete", ("Kriti", "GR", "A.ADM1", 6697802)),  # the island is a Greek region: its GeoNames id
        ("Sicily", ("Sicilia", "IT", "A.ADM1", 2523119)),
        ("the Nile", ("Nile", None, "H.STM", None)),
        ("the Euphrates", ("Euphrates", None, "H.STM", None)),
        ("Mount Everest", ("Mount Everest", None, "T.MT", None)),
        ("Bali", ("Bali", "ID", "T.ISL", None)),  # the island before the Indian town of 297,000
    ],
)
def test_islands_rivers_mountains_have_a_first_reading(name, want):
    e, _ = gazetteer().lookup(name)[0]
    assert (e.name, e.country, e.feature, e.geonameid) == want


def test_a_river_named_by_the_ner_is_a_place_with_its_point(build):
    rows = [
        "Fighters fighter NOUN NNS nsubj 1",
        "crossed cross VERB VBD ROOT 1",
        "the the DET DT det 3",
        "Euphrates Euphrates PROPN NNP dobj 1",
        "near near ADP IN prep 1",
        "Raqqa Raqqa PROPN NNP pobj 4",
        ". . PUNCT . punct 1",
    ]
    doc = build(
        "Fighters crossed the Euphrates near Raqqa.",
        rows,
        ents=["O", "O", "B-LOC", "I-LOC", "O", "B-GPE", "O"],
    )
    got = [(s.text, p.feature, round(p.lat), round(p.lon), p.geonameid) for s, p in find_places(doc)]
    assert got == [("Euphrates", "H.STM", 35, 40, None), ("Raqqa", "P.PPL", 36, 39, 172955)]


def test_an_island_the_ner_missed_is_found_anywhere(build):
    rows = [
        "Tourists tourist NOUN NNS nsubj 1",
        "left leave VERB VBD ROOT 1",
        "Boracay Boracay PROPN NNP dobj 1",
        ". . PUNCT . punct 1",
    ]
    doc = build("Tourists left Boracay.", rows)
    assert [(s.text, p.country, p.feature) for s, p in find_places(doc)] == [("Boracay", "PH", "T.ISL")]


AIRPORT = [
    "The the DET DT det 1",
    "airstrike airstrike NOUN NN nsubj 2",
    "hit hit VERB VBD ROOT 2",
    "Baghdad Baghdad PROPN NNP compound 5",
    "International International PROPN NNP compound 5",
    "Airport Airport PROPN NNP dobj 2",
    ". . PUNCT . punct 2",
]


def test_a_facility_resolves_to_the_town_it_is_named_for(build):
    doc = build(
        "The airstrike hit Baghdad International Airport.",
        AIRPORT,
        ents=["O", "O", "O", "B-FAC", "I-FAC", "I-FAC", "O"],
    )
    ((span, place),) = find_places(doc)
    assert (span.text, place.geonameid, place.name, place.country) == (
        "Baghdad International Airport",
        98182,
        "Baghdad",
        "IQ",
    )
    assert place.reason.startswith("facility named for Baghdad")


def test_the_target_of_an_event_nouns_verb_is_its_scene(build):
    rows = [
        "Twin twin NOUN NN compound 1",
        "bombings bombing NOUN NNS nsubj 2",
        "struck strike VERB VBD ROOT 2",
        "the the DET DT det 5",
        "Jolo Jolo PROPN NNP compound 5",
        "Cathedral Cathedral PROPN NNP dobj 2",
        "in in ADP IN prep 5",
        "Mindanao Mindanao PROPN NNP pobj 6",
        ". . PUNCT . punct 2",
    ]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O"]
    doc = PlacesStage()(build("Twin bombings struck the Jolo Cathedral in Mindanao.", rows, ents=ents))
    assert [(p.text, p.name, p.feature) for p in doc._.places] == [
        ("Jolo Cathedral", "Jolo", "P.PPL"),
        ("Mindanao", "Mindanao", "T.ISL"),
    ]
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source, loc.evidence) == (
        "Jolo Cathedral",
        "clause",
        "subject or object of the event: 'Jolo Cathedral'",
    )


ABQAIQ = [
    "Drones drone NOUN NNS nsubj 1",
    "hit hit VERB VBD ROOT 1",
    "a a DET DT det 3",
    "plant plant NOUN NN dobj 1",
    "at at ADP IN prep 3",
    "Abqaiq Abqaiq PROPN NNP pobj 4",
    "in in ADP IN prep 5",
    "Saudi Saudi PROPN NNP compound 8",
    "Arabia Arabia PROPN NNP pobj 6",
    ". . PUNCT . punct 1",
    "Abqaiq Abqaiq PROPN NNP nsubj 11",
    "was be AUX VBD ROOT 11",
    "the the DET DT det 13",
    "target target NOUN NN attr 11",
    "of of ADP IN prep 13",
    "an an DET DT det 16",
    "attack attack NOUN NN pobj 14",
    "in in ADP IN prep 11",
    "2006 2006 NUM CD pobj 17",
    ". . PUNCT . punct 11",
]


def test_a_town_keeps_its_sense_and_is_the_target_of_the_event(build):
    text = "Drones hit a plant at Abqaiq in Saudi Arabia. Abqaiq was the target of an attack in 2006."
    ents = ["O"] * 7 + ["B-GPE", "I-GPE", "O", "B-ORG"] + ["O"] * 7 + ["B-DATE", "O"]
    doc = PlacesStage()(build(text, ABQAIQ, ents=ents))
    assert [(p.text, p.geonameid, p.start) for p in doc._.places] == [
        ("Abqaiq", 107312, 22),
        ("Saudi Arabia", 102358, 32),
        ("Abqaiq", 107312, 46),
    ]
    loc = event_location(doc, 1, [token_index(doc, "attack")])
    assert loc.evidence == "subject or object of the event: 'Abqaiq'"
    assert (loc.place, loc.source) == ("pl3", "clause")
    # without the first sentence nothing says the small town is a place
    rows = [" ".join(r.split(" ")[:5] + [str(int(r.split(" ")[5]) - 10)]) for r in ABQAIQ[10:]]
    alone = PlacesStage()(build("Abqaiq was the target of an attack in 2006.", rows, ents=ents[10:]))
    assert alone._.places == []


def test_a_procession_is_held_where_it_starts(build):
    rows = [
        "Thousands thousand NOUN NNS nsubj 1",
        "marched march VERB VBD ROOT 1",
        "from from ADP IN prep 1",
        "Kharkiv Kharkiv PROPN NNP pobj 2",
        "toward toward ADP IN prep 1",
        "the the DET DT det 6",
        "square square NOUN NN pobj 4",
        ". . PUNCT . punct 1",
    ]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    doc = PlacesStage()(build("Thousands marched from Kharkiv toward the square.", rows, ents=ents))
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source, loc.evidence) == ("Kharkiv", "clause", "from 'Kharkiv'")
    rows[1] = "flew fly VERB VBD ROOT 1"  # a flight is not held where it starts
    doc = PlacesStage()(build("Thousands flew from Kharkiv toward the square.", rows, ents=ents))
    assert event_location(doc, 0, [1]) is None


def test_an_adjective_does_not_hide_the_paragraphs_scene(build):
    rows = [
        "Ministers minister NOUN NNS nsubj 1",
        "met meet VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Cairo Cairo PROPN NNP pobj 2",
        ". . PUNCT . punct 1",
        "The the DET DT det 7",
        "Italian Italian ADJ JJ amod 7",
        "minister minister NOUN NN nsubj 8",
        "joined join VERB VBD ROOT 8",
        "later later ADV RB advmod 8",
        ". . PUNCT . punct 8",
    ]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "B-NORP", "O", "O", "O", "O"]
    doc = PlacesStage()(build("Ministers met in Cairo. The Italian minister joined later.", rows, ents=ents))
    assert [(p.text, p.source) for p in doc._.places] == [("Cairo", "ner"), ("Italian", "adjective")]
    loc = event_location(doc, 1, [8])
    assert (loc.text, loc.source) == ("Cairo", "context")


def test_a_persons_surname_tagged_as_a_place_is_not_one(build):
    rows = [
        "Alexei Alexei PROPN NNP compound 1",
        "Navalny Navalny PROPN NNP nsubjpass 3",
        "was be AUX VBD auxpass 3",
        "poisoned poison VERB VBN ROOT 3",
        ". . PUNCT . punct 3",
        "Tests test NOUN NNS nsubj 6",
        "found find VERB VBD ROOT 6",
        "traces trace NOUN NNS dobj 6",
        "in in ADP IN prep 6",
        "Navalny Navalny PROPN NNP pobj 8",
        "'s 's PART POS case 9",
        "blood blood NOUN NN pobj 8",
        ". . PUNCT . punct 6",
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    doc = build("Alexei Navalny was poisoned. Tests found traces in Navalny's blood.", rows, ents=ents)
    assert find_places(doc) == []


def test_an_event_placed_when_the_story_names_it_again(build):
    rows = [
        "Forces force NOUN NNS nsubj 1",
        "killed kill VERB VBD ROOT 1",
        "him he PRON PRP dobj 1",
        "in in ADP IN prep 1",
        "an an DET DT det 5",
        "airstrike airstrike NOUN NN pobj 3",
        ". . PUNCT . punct 1",
        "They they PRON PRP nsubj 8",
        "carried carry VERB VBD ROOT 8",
        "out out ADP RP prt 8",
        "the the DET DT det 11",
        "airstrike airstrike NOUN NN dobj 8",
        "at at ADP IN prep 8",
        "Baghdad Baghdad PROPN NNP compound 15",
        "International International PROPN NNP compound 15",
        "Airport Airport PROPN NNP pobj 12",
        ". . PUNCT . punct 8",
    ]
    text = (
        "Forces killed him in an airstrike. They carried out the airstrike at Baghdad International Airport."
    )
    ents = ["O"] * 13 + ["B-FAC", "I-FAC", "I-FAC", "O"]
    doc = PlacesStage()(build(text, rows, ents=ents))
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source) == ("Baghdad International Airport", "context")
    assert loc.evidence == "'the airstrike' named again later: at 'Baghdad International Airport'"
    # a new airstrike ("an airstrike") is another event
    rows[10] = "an an DET DT det 11"
    doc = PlacesStage()(build(text.replace("out the", "out an"), rows, ents=ents))
    assert event_location(doc, 0, [1]) is None


COURT = [
    "The the DET DT det 4",
    "Luxembourg Luxembourg PROPN NNP npadvmod 3",
    "- - PUNCT HYPH punct 3",
    "based base VERB VBN amod 4",
    "court court NOUN NN nsubj 5",
    "ruled rule VERB VBD ROOT 5",
    "for for ADP IN prep 5",
    "Eva Eva PROPN NNP compound 8",
    "Glawischnig Glawischnig PROPN NNP pobj 6",
    ", , PUNCT , punct 8",
    "a a DET DT det 11",
    "politician politician NOUN NN appos 8",
    "in in ADP IN prep 11",
    "Austria Austria PROPN NNP pobj 12",
    ". . PUNCT . punct 5",
]


def test_a_subject_acts_where_it_is_based_not_where_a_person_lives(build):
    text = "The Luxembourg-based court ruled for Eva Glawischnig, a politician in Austria."
    ents = ["O", "B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O"]
    doc = PlacesStage()(build(text, COURT, ents=ents))
    assert [(p.text, p.geonameid) for p in doc._.places] == [("Luxembourg", 2960313), ("Austria", 2782113)]
    loc = event_location(doc, 0, [5])
    assert (loc.text, loc.source, loc.evidence) == (
        "Luxembourg",
        "clause",
        "where the subject is based: 'Luxembourg'",
    )


def _rally_rows(first: bool) -> list[str]:
    rows = [
        "She she PRON PRP nsubj 1",
        "held hold VERB VBD ROOT 1",
        "a a DET DT det 3",
        "rally rally NOUN NN dobj 1",
        "in in ADP IN prep 1",
        "Minsk Minsk PROPN NNP pobj 4",
        ". . PUNCT . punct 1",
        "It it PRON PRP nsubj 8",
        "grew grow VERB VBD ROOT 8",
        ". . PUNCT . punct 8",
        "Many many PRON PRP nsubj 11",
        "came come VERB VBD ROOT 11",
        ". . PUNCT . punct 11",
        "Police police NOUN NNS nsubj 14",
        "arrested arrest VERB VBD ROOT 14",
        "dozens dozen NOUN NNS dobj 14",
        "during during ADP IN prep 14",
    ]
    rally = 19 if first else 18
    rows.append(f"the the DET DT det {rally}")
    if first:
        rows.append(f"first first ADJ JJ amod {rally}")
    return [*rows, "rally rally NOUN NN pobj 16", ". . PUNCT . punct 14"]


def test_an_event_told_before_keeps_its_scene(build):
    text = "She held a rally in Minsk. It grew. Many came. Police arrested dozens during the rally."
    ents = ["O"] * 5 + ["B-GPE"] + ["O"] * 14
    doc = PlacesStage()(build(text, _rally_rows(False), ents=ents))
    loc = event_location(doc, 3, [14])
    assert (loc.text, loc.source, loc.evidence) == ("Minsk", "context", "'the rally' told before: in 'Minsk'")
    # "the first rally" is not the rally told before
    text = text.replace("the rally", "the first rally")
    doc = PlacesStage()(build(text, _rally_rows(True), ents=[*ents, "O"]))
    loc = event_location(doc, 3, [14])  # only the story's scene (the lead's) places it
    assert (loc.text, loc.evidence) == ("Minsk", "the story's scene: 'Minsk' in the lead (sentence 1)")


def test_a_country_after_on_is_a_target_not_a_scene(build):
    rows = [
        "They they PRON PRP nsubj 1",
        "called call VERB VBD ROOT 1",
        "on on ADP IN prep 1",
        "Turkey Turkey PROPN NNP pobj 2",
        "to to PART TO aux 5",
        "stop stop VERB VB xcomp 1",
        ". . PUNCT . punct 1",
    ]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O"]
    doc = PlacesStage()(build("They called on Turkey to stop.", rows, ents=ents))
    assert [p.name for p in doc._.places] == ["Turkey"]
    assert event_location(doc, 0, [1, 2]) is None
    rows[3] = "Crete Crete PROPN NNP pobj 2"  # an island after "on" is where it happens
    doc = PlacesStage()(build("They called on Crete to stop.", rows, ents=ents))
    loc = event_location(doc, 0, [1, 2])
    assert (loc.text, loc.source, loc.evidence) == ("Crete", "clause", "on 'Crete'")


def test_an_unresolved_name_is_not_the_next_sentences_scene(build):
    rows = [
        "It it PRON PRP nsubjpass 2",
        "is be AUX VBZ auxpass 2",
        "written write VERB VBN ROOT 2",
        "in in ADP IN prep 2",
        "Python Python PROPN NNP pobj 3",
        ". . PUNCT . punct 2",
        "Users user NOUN NNS nsubj 7",
        "sued sue VERB VBD ROOT 7",
        ". . PUNCT . punct 7",
    ]
    ents = ["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    doc = PlacesStage()(build("It is written in Python. Users sued.", rows, ents=ents))
    assert [(p.text, p.lat) for p in doc._.places] == [("Python", None)]
    assert event_location(doc, 1, [7]) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tourists returned to Boracay after the island reopened.", [("Boracay", "PH", "T.ISL", None)]),
        ("Two climbers died on Mount Everest last week.", [("Mount Everest", None, "T.MT", None)]),
        (
            "Migrants landed in Sicily and on Crete this week.",
            [("Sicily", "IT", "A.ADM1", 2523119), ("Crete", "GR", "A.ADM1", 6697802)],
        ),
        (
            "Fighters crossed the Euphrates near Raqqa.",
            [("Euphrates", None, "H.STM", None), ("Raqqa", "SY", "P.PPL", 172955)],
        ),
        (
            "Flights resumed at Baghdad International Airport.",
            [("Baghdad International Airport", "IQ", "P.PPLC", 98182)],
        ),
    ],
)
def test_islands_rivers_mountains_and_facilities_with_the_model(nlp, text, want):
    doc = nlp(text)
    assert [(p.text, p.country, p.feature, p.geonameid) for p in doc._.places] == want


def test_a_journey_happens_where_it_goes_and_the_dateline_narrows_a_country(build):
    rows = [
        "Araji Araji PROPN NNP nsubj 1",
        "headed head VERB VBD ROOT 1",
        "a a DET DT det 3",
        "delegation delegation NOUN NN dobj 1",
        "to to ADP IN prep 1",
        "Iran Iran PROPN NNP pobj 4",
        ". . PUNCT . punct 1",
    ]
    text = "Araji headed a delegation to Iran."
    ents = ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"]
    loc = event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [3, 4])
    assert (loc.text, loc.source, loc.evidence) == ("Iran", "clause", "to 'Iran'")
    loc = event_location(PlacesStage()(build(text, rows, ents=ents, dateline="TEHRAN")), 0, [3, 4])
    assert (loc.place, loc.text, loc.evidence) == (
        "dateline",
        "Tehran",
        "to 'Iran'; the dateline's town is in it",
    )
    loc = event_location(PlacesStage()(build(text, rows, ents=ents, dateline="BAKU")), 0, [3, 4])
    assert (loc.text, loc.source) == ("Iran", "clause")  # Baku is not in Iran
    rows[1] = "praised praise VERB VBD ROOT 1"  # "praised a delegation to Iran": no journey of the event's
    rows[3] = "envoy envoy NOUN NN dobj 1"
    text = "Araji praised a envoy to Iran."
    assert event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [1]) is None


def test_a_movement_based_somewhere_does_not_act_there(build):
    """Only a local body acts where it is based: "the Yemen-based movement claimed" is no scene."""
    rows = list(COURT)
    rows[4] = "movement movement NOUN NN nsubj 5"
    rows[5] = "claimed claim VERB VBD ROOT 5"
    text = "The Luxembourg-based movement claimed for Eva Glawischnig, a politician in Austria."
    ents = ["O", "B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O"]
    doc = PlacesStage()(build(text, rows, ents=ents))
    assert event_location(doc, 0, [5]) is None


APPEAL = [
    "They they PRON PRP nsubj 1",
    "called call VERB VBD ROOT 1",
    "on on ADP IN prep 1",
    "Turkey Turkey PROPN NNP pobj 2",
    "to to PART TO aux 5",
    "halt halt VERB VB xcomp 1",
    "drilling drilling NOUN NN dobj 5",
    "within within ADP IN prep 6",
    "Cyprus Cyprus PROPN NNP pobj 7",
    ". . PUNCT . punct 1",
]


def test_the_place_of_an_act_asked_for_is_not_the_asking(build):
    text = "They called on Turkey to halt drilling within Cyprus."
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"]
    doc = PlacesStage()(build(text, APPEAL, ents=ents))
    assert event_location(doc, 0, [1, 2]) is None  # the call: not where the drilling is
    loc = event_location(doc, 0, [5])  # the halt asked for is within Cyprus
    assert (loc.text, loc.source) == ("Cyprus", "clause")
    rows = [r.replace("called call", "agreed agree") for r in APPEAL]
    doc = PlacesStage()(build(text.replace("called on Turkey", "agreed on Turkey"), rows, ents=ents))
    assert event_location(doc, 0, [1]).text == "Cyprus"  # not an appeal: "agreed to open a factory in Gyula"


def test_a_later_conjoined_act_keeps_its_place(build):
    rows = [
        "Hungary Hungary PROPN NNP nsubj 1",
        "licensed license VERB VBD ROOT 1",
        "technology technology NOUN NN dobj 1",
        "and and CCONJ CC cc 1",
        "started start VERB VBD conj 1",
        "assembling assemble VERB VBG xcomp 4",
        "guns gun NOUN NNS dobj 5",
        "in in ADP IN prep 5",
        "Gyula Gyula PROPN NNP pobj 7",
        ". . PUNCT . punct 1",
    ]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    text = "Hungary licensed technology and started assembling guns in Gyula."
    doc = PlacesStage()(build(text, rows, ents=ents))
    assert event_location(doc, 0, [1]) is None  # not where it licensed
    assert event_location(doc, 0, [5]).text == "Gyula"
    # bare coordinated verbs share the place that follows them: "arrested and charged in Gyula"
    rows = ["He he PRON PRP nsubjpass 2", "was be AUX VBD auxpass 2", "arrested arrest VERB VBN ROOT 2",
            "and and CCONJ CC cc 2", "charged charge VERB VBN conj 2", "in in ADP IN prep 4",
            "Gyula Gyula PROPN NNP pobj 5", ". . PUNCT . punct 2"]  # fmt: skip
    doc = PlacesStage()(build("He was arrested and charged in Gyula.", rows, ents=["O"] * 6 + ["B-GPE", "O"]))
    assert event_location(doc, 0, [2]).text == "Gyula"


def test_the_place_of_a_reported_act_is_not_the_telling(build):
    rows = [
        "Iran Iran PROPN NNP nsubj 1",
        "admitted admit VERB VBD ROOT 1",
        "it it PRON PRP nsubj 3",
        "downed down VERB VBD ccomp 1",
        "a a DET DT det 5",
        "jet jet NOUN NN dobj 3",
        "near near ADP IN prep 3",
        "Tehran Tehran PROPN NNP pobj 6",
        ". . PUNCT . punct 1",
    ]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    doc = PlacesStage()(build("Iran admitted it downed a jet near Tehran.", rows, ents=ents))
    assert event_location(doc, 0, [1]) is None
    assert event_location(doc, 0, [3]).text == "Tehran"
