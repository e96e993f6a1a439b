"""Places an event takes from another mention of it or from a sentence about it: its verb's
noun retold ("sentenced" ... "handed down the sentence"), a next sentence saying where it
took place, a local body in the party's apposition; and places in an aside that do not
place it."""

from __future__ import annotations

from tidings.places import event_location
from tidings.places.component import PlacesStage
from tidings.places.mentions import verb_noun

RAIN = 7  # sentences between the event and its retelling: beyond LATER_SENTENCES


def _sentenced(noun: str) -> tuple[str, list[str], list[str]]:
    rows = [
        "A a DET DT det 1",
        "judge judge NOUN NN nsubj 2",
        "sentenced sentence VERB VBD ROOT 2",
        "him he PRON PRP dobj 2",
        ". . PUNCT . punct 2",
    ]
    for _ in range(RAIN):
        i = len(rows)
        rows += [
            f"It it PRON PRP nsubj {i + 1}",
            f"rained rain VERB VBD ROOT {i + 1}",
            f". . PUNCT . punct {i + 1}",
        ]
    i = len(rows)
    rows += [
        f"Jones Jones PROPN NNP nsubj {i + 1}",
        f"handed hand VERB VBD ROOT {i + 1}",
        f"down down ADP RP prt {i + 1}",
        f"the the DET DT det {i + 4}",
        f"{noun} {noun} NOUN NN dobj {i + 1}",
        f"in in ADP IN prep {i + 1}",
        f"Billings Billings PROPN NNP pobj {i + 5}",
        f". . PUNCT . punct {i + 1}",
    ]
    text = "A judge sentenced him." + " It rained." * RAIN + f" Jones handed down the {noun} in Billings."
    ents = ["O"] * (len(rows) - 2) + ["B-GPE", "O"]
    return text, rows, ents


def test_the_noun_of_the_events_verb_retold_far_on_places_it(build):
    text, rows, ents = _sentenced("sentence")
    loc = event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [2])
    assert (loc.text, loc.source) == ("Billings", "context")
    assert "'the sentence' named again later" in loc.evidence
    # another noun is another act: "handed down the verdict" does not retell "sentenced"
    text, rows, ents = _sentenced("verdict")
    assert event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [2]) is None


def test_a_verbs_noun_takes_the_usual_endings_only(build):
    pairs = [
        ("convicted", "convict", "conviction", True),
        ("stabbed", "stab", "stabbing", True),
        ("executed", "execute", "execution", True),
        ("arrested", "arrest", "arrest", True),
        ("arrested", "arrest", "rest", False),
        ("sentenced", "sentence", "verdict", False),
        ("met", "meet", "meeting", True),
        ("ran", "run", "running", False),  # a verb under four letters is left out (go/going)
    ]
    for verb, vlemma, noun, same in pairs:
        rows = [f"{verb} {vlemma} VERB VBD ROOT 0", f"{noun} {noun} NOUN NN dobj 0"]
        doc = build(f"{verb} {noun}", rows)
        assert verb_noun(doc[0], doc[1]) is same, (verb, noun)


TRIAL = [
    "A a DET DT det 1",
    "jury jury NOUN NN nsubj 2",
    "convicted convict VERB VBD ROOT 2",
    "him he PRON PRP dobj 2",
    ". . PUNCT . punct 2",
    "The the DET DT det 6",
    "trial trial NOUN NN nsubjpass 8",
    "was be AUX VBD auxpass 8",
    "held hold VERB VBN ROOT 8",
    "in in ADP IN prep 8",
    "Billings Billings PROPN NNP pobj 9",
    ". . PUNCT . punct 8",
]
TRIAL_ENTS = ["O"] * 10 + ["B-GPE", "O"]


def test_the_next_sentence_saying_where_it_took_place_places_the_act(build):
    text = "A jury convicted him. The trial was held in Billings."
    loc = event_location(PlacesStage()(build(text, TRIAL, ents=TRIAL_ENTS)), 0, [2])
    assert (loc.text, loc.source) == ("Billings", "context")
    assert loc.evidence.startswith("where it took place, the next sentence")


def test_a_sentence_that_is_not_about_taking_place_gives_nothing(build):
    rows = [r.replace("held hold VERB VBN ROOT", "sent send VERB VBN ROOT") for r in TRIAL]
    text = "A jury convicted him. The trial was sent in Billings."
    assert event_location(PlacesStage()(build(text, rows, ents=TRIAL_ENTS)), 0, [2]) is None
    # an indefinite subject is another act: "A trial was held in Billings"
    rows = [r.replace("The the DET DT det 6", "A a DET DT det 6") for r in TRIAL]
    text = "A jury convicted him. A trial was held in Billings."
    assert event_location(PlacesStage()(build(text, rows, ents=TRIAL_ENTS)), 0, [2]) is None


def test_the_mayor_of_the_city_in_the_partys_apposition_is_its_seat(build):
    rows = [
        "Adamowicz Adamowicz PROPN NNP nsubjpass 10",
        ", , PUNCT , punct 0",
        "mayor mayor NOUN NN appos 0",
        "of of ADP IN prep 2",
        "the the DET DT det 5",
        "city city NOUN NN pobj 3",
        "of of ADP IN prep 5",
        "Billings Billings PROPN NNP pobj 6",
        ", , PUNCT , punct 0",
        "was be AUX VBD auxpass 10",
        "stabbed stab VERB VBN ROOT 10",
        ". . PUNCT . punct 10",
    ]
    ents = ["B-PERSON"] + ["O"] * 6 + ["B-GPE"] + ["O"] * 4
    text = "Adamowicz, mayor of the city of Billings, was stabbed."
    loc = event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [10])
    assert (loc.text, loc.source) == ("Billings", "clause")
    assert "the seat of the event's party 'mayor'" in loc.evidence


def _phoned(open_: str = "(", close: str = ")") -> tuple[str, list[str]]:
    rows = [
        "They they PRON PRP nsubjpass 2",
        "were be AUX VBD auxpass 2",
        "arrested arrest VERB VBN ROOT 2",
        "after after SCONJ IN mark 5",
        "she she PRON PRP nsubj 5",
        "phoned phone VERB VBD advcl 2",
        "911 911 NUM CD dobj 5",
        f"{open_} {open_} PUNCT -LRB- punct 9",
        "the the DET DT det 9",
        "number number NOUN NN appos 6",
        "in in ADP IN prep 9",
        "Billings Billings PROPN NNP pobj 10",
        f"{close} {close} PUNCT -RRB- punct 9",
        ". . PUNCT . punct 2",
    ]
    return f"They were arrested after she phoned 911 {open_}the number in Billings{close}.", rows


def test_a_place_in_an_aside_does_not_place_the_event(build):
    ents = ["O"] * 11 + ["B-GPE", "O", "O"]
    text, rows = _phoned()
    assert event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [2]) is None
    # the same words as an apposition after a comma: elsewhere in the sentence, so a scene
    rows = [", , PUNCT , punct 9" if r.startswith("( ") else r for r in rows if not r.startswith(") ")]
    text = "They were arrested after she phoned 911, the number in Billings."
    ents = ["O"] * 11 + ["B-GPE", "O"]
    loc = event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [2])
    assert (loc.text, loc.source) == ("Billings", "sentence")


def test_a_new_paragraph_is_another_story_part(build):
    rows = TRIAL[:5] + ["\n \n SPACE _SP dep 4"]
    for r in TRIAL[5:]:
        *words, head = r.split(" ")
        rows.append(" ".join([*words, str(int(head) + 1)]))
    text = "A jury convicted him.\nThe trial was held in Billings."
    ents = ["O"] * 11 + ["B-GPE", "O"]
    assert event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [2]) is None


RELEASED = [
    "Smith Smith PROPN NNP nsubjpass 9",
    ", , PUNCT , punct 0",
    "the the DET DT det 3",
    "suspect suspect NOUN NN appos 0",
    "in in ADP IN prep 3",
    "a a DET DT det 6",
    "shooting shooting NOUN NN pobj 4",
    "in in ADP IN prep 6",
    "Billings Billings PROPN NNP pobj 7",
    "released release VERB VBN ROOT 9",
    "from from ADP IN prep 9",
    "a a DET DT det 13",
    "Montana Montana PROPN NNP compound 13",
    "jail jail NOUN NN pobj 10",
    ". . PUNCT . punct 9",
]
RELEASED_TEXT = "Smith, the suspect in a shooting in Billings released from a Montana jail."
RELEASED_ENTS = ["B-PERSON"] + ["O"] * 7 + ["B-GPE", "O", "O", "O", "B-GPE", "O", "O"]


def test_a_release_happens_where_it_is_from_not_where_the_suspects_shooting_was(build):
    doc = PlacesStage()(build(RELEASED_TEXT, RELEASED, ents=RELEASED_ENTS))
    loc = event_location(doc, 0, [9])
    assert (loc.text, loc.source, loc.evidence) == ("Montana", "clause", "from 'Montana'")
    # the shooting itself is still placed by its own locative
    shot = event_location(doc, 0, [6])
    assert (shot.text, shot.source) == ("Billings", "clause")


def test_a_flight_from_a_town_is_no_scene(build):
    rows = [r.replace("released release", "flown fly") for r in RELEASED]
    text = RELEASED_TEXT.replace("released", "flown")
    doc = PlacesStage()(build(text, rows, ents=RELEASED_ENTS))
    assert event_location(doc, 0, [9]) is None


def _call(noun: str) -> tuple[str, list[str]]:
    rows = [
        "They they PRON PRP nsubj 1",
        "held hold VERB VBD ROOT 1",
        "a a DET DT det 4",
        f"{noun} {noun} NOUN NN compound 4",
        "conversation conversation NOUN NN dobj 1",
        "after after SCONJ IN mark 7",
        "fighting fighting NOUN NN nsubj 7",
        "broke break VERB VBD advcl 1",
        "out out ADP RP prt 7",
        "in in ADP IN prep 7",
        "Billings Billings PROPN NNP pobj 9",
        ". . PUNCT . punct 1",
    ]
    return f"They held a {noun} conversation after fighting broke out in Billings.", rows


def test_a_phone_call_is_not_where_what_it_is_about_happens(build):
    ents = ["O"] * 10 + ["B-GPE", "O"]
    text, rows = _call("phone")
    assert event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [3, 4]) is None
    # a conversation held face to face: the fighting's town is the best the sentence offers
    text, rows = _call("long")
    loc = event_location(PlacesStage()(build(text, rows, ents=ents)), 0, [3, 4])
    assert (loc.text, loc.source) == ("Billings", "sentence")
