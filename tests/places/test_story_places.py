"""Event places a reader takes from the story: a local body's seat, the lead's scene."""

from __future__ import annotations

from tidings.places import event_location
from tidings.places.component import PlacesStage

POLICE = [
    "{town} {town} PROPN NNP compound 1",
    "police police NOUN NNS nsubj 2",
    "arrested arrest VERB VBD ROOT 2",
    "him he PRON PRP dobj 2",
    ". . PUNCT . punct 2",
]


def _police(build, town: str):
    rows = [r.format(town=town) for r in POLICE]
    return PlacesStage()(build(f"{town} police arrested him.", rows, ents=["B-GPE", "O", "O", "O", "O"]))


def test_a_local_body_acts_at_its_seat(build):
    doc = _police(build, "Minneapolis")
    loc = event_location(doc, 0, [2])
    place = next(p for p in doc._.places if p.id == loc.place)
    assert (place.geonameid, place.admin1_code, loc.source) == (5037649, "MN", "clause")
    assert loc.evidence == "the seat of the event's party 'police': 'Minneapolis'"


def test_a_country_qualifying_the_party_is_its_nationality_not_a_scene(build):
    assert event_location(_police(build, "Iran"), 0, [2]) is None


def test_the_mayor_of_a_town_places_what_is_done_to_him(build):
    rows = [
        "They they PRON PRP nsubj 1",
        "punished punish VERB VBD ROOT 1",
        "the the DET DT det 3",
        "mayor mayor NOUN NN dobj 1",
        "of of ADP IN prep 3",
        "Boston Boston PROPN NNP pobj 4",
        ". . PUNCT . punct 1",
    ]
    ents = ["O", "O", "O", "O", "O", "B-GPE", "O"]
    doc = PlacesStage()(build("They punished the mayor of Boston.", rows, ents=ents))
    loc = event_location(doc, 0, [1])
    assert (loc.text, loc.source) == ("Boston", "clause")
    assert "'mayor'" in loc.evidence


def test_a_body_that_votes_to_act_acts_at_its_seat(build):
    """An xcomp shares its controller's subject: "the Minneapolis council voted to disband"."""
    rows = [
        "The the DET DT det 2",
        "Minneapolis Minneapolis PROPN NNP compound 2",
        "council council NOUN NN nsubj 3",
        "voted vote VERB VBD ROOT 3",
        "to to PART TO aux 5",
        "disband disband VERB VB xcomp 3",
        "its its PRON PRP$ poss 7",
        "police police NOUN NN dobj 5",
        ". . PUNCT . punct 3",
    ]
    ents = ["O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"]
    doc = PlacesStage()(build("The Minneapolis council voted to disband its police.", rows, ents=ents))
    loc = event_location(doc, 0, [5])
    assert (loc.text, loc.evidence) == (
        "Minneapolis",
        "the seat of the event's party 'council': 'Minneapolis'",
    )


def test_a_name_titled_as_a_local_office_acts_at_its_seat(build):
    rows = [
        "Wisconsin Wisconsin PROPN NNP compound 1",
        "Governor Governor PROPN NNP compound 3",
        "Tony Tony PROPN NNP compound 3",
        "Evers Evers PROPN NNP nsubj 4",
        "declared declare VERB VBD ROOT 4",
        "an an DET DT det 6",
        "emergency emergency NOUN NN dobj 4",
        ". . PUNCT . punct 4",
    ]
    ents = ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = PlacesStage()(build("Wisconsin Governor Tony Evers declared an emergency.", rows, ents=ents))
    loc = event_location(doc, 0, [4])
    assert (loc.text, loc.evidence) == ("Wisconsin", "the seat of the event's party 'Governor': 'Wisconsin'")
    rows[1] = "Senator Senator PROPN NNP compound 3"  # not a local body: a senator speaks anywhere
    doc = PlacesStage()(build("Wisconsin Senator Tony Evers declared an emergency.", rows, ents=ents))
    assert event_location(doc, 0, [4]) is None


LEAD = [
    "Protesters protester NOUN NNS nsubj 1",
    "gathered gather VERB VBD ROOT 1",
    "in in ADP IN prep 1",
    "Minsk Minsk PROPN NNP pobj 2",
    ". . PUNCT . punct 1",
    "\n\n \n\n SPACE _SP dep 4",
    "Police police NOUN NNS nsubj 7",
    "arrested arrest VERB VBD ROOT 7",
    "dozens dozen NOUN NNS dobj 7",
    ". . PUNCT . punct 7",
]


def test_the_lead_scene_places_an_event_of_a_later_paragraph(build):
    text = "Protesters gathered in Minsk.\n\nPolice arrested dozens."
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]
    doc = PlacesStage()(build(text, LEAD, ents=ents))
    loc = event_location(doc, 1, [7])
    place = next(p for p in doc._.places if p.id == loc.place)
    assert (place.geonameid, loc.source) == (625144, "context")
    assert loc.evidence == "the story's scene: 'Minsk' in the lead (sentence 1)"


def test_a_country_in_the_lead_is_not_the_story_scene(build):
    text = "Protesters gathered in Belarus.\n\nPolice arrested dozens."
    rows = [r.replace("Minsk", "Belarus") for r in LEAD]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]
    doc = PlacesStage()(build(text, rows, ents=ents))
    assert event_location(doc, 1, [7]) is None


def test_the_paragraph_scene_is_the_qualified_town_not_its_qualifier(build):
    rows = [
        "Trump Trump PROPN NNP nsubj 1",
        "spoke speak VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Tulsa Tulsa PROPN NNP pobj 2",
        ", , PUNCT , punct 3",
        "Oklahoma Oklahoma PROPN NNP appos 3",
        ". . PUNCT . punct 1",
        "Crowds crowd NOUN NNS nsubj 8",
        "cheered cheer VERB VBD ROOT 8",
        ". . PUNCT . punct 8",
    ]
    ents = ["B-PERSON", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"]
    doc = PlacesStage()(build("Trump spoke in Tulsa, Oklahoma. Crowds cheered.", rows, ents=ents))
    loc = event_location(doc, 1, [8])
    assert (loc.text, loc.evidence) == ("Tulsa", "'Tulsa' in a sentence before")
