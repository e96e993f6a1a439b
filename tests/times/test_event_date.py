"""event_date(): the date attached to the event's clause, else the sentence's, else publication."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.times.conftest import sent_index, token_index
from tidings.times import event_date
from tidings.times.component import TimesStage

SUNDAY = dt.date(2022, 10, 16)
SAID = [
    "He he PRON PRP nsubj 1",
    "said say VERB VBD ROOT 1",
    "on on ADP IN prep 1",
    "Monday Monday PROPN NNP pobj 2",
    "that that SCONJ IN mark 6",
    "troops troop NOUN NNS nsubj 6",
    "left leave VERB VBD ccomp 1",
    "on on ADP IN prep 6",
    "Friday Friday PROPN NNP pobj 7",
    ". . PUNCT . punct 1",
]
SAID_TEXT = "He said on Monday that troops left on Friday."


def test_each_clause_takes_its_own_date(build):
    doc = TimesStage()(build(SAID_TEXT, SAID, published=SUNDAY))
    left = event_date(doc, 0, [6])
    said = event_date(doc, 0, [1])
    assert (left.value, left.text, left.source) == ("2022-10-14", "on Friday", "expression")
    assert (said.value, said.text, said.source) == ("2022-10-10", "on Monday", "expression")


def test_no_date_in_the_sentence_falls_back_to_publication(build):
    rows = ["Troops troop NOUN NNS nsubj 1", "left leave VERB VBD ROOT 1", ". . PUNCT . punct 1"]
    doc = TimesStage()(build("Troops left.", rows, published=SUNDAY))
    got = event_date(doc, 0, [1])
    assert (got.value, got.granularity, got.source) == ("2022-10-16", "day", "publication")
    doc = TimesStage()(build("Troops left.", rows, published=None))
    assert event_date(doc, 0, [1]).source == "none"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("word", "nth", "value", "granularity", "text"),
    [
        ("meeting", 0, "2022-10-15", "day", "on Saturday"),  # meeting with al-Araji in Tehran
        ("conversation", 0, "2022-10-15", "day", "late on Saturday"),  # the Bayramov call
        ("summit", 0, "2022-10-13", "day", "on Thursday"),  # the Astana summit
        ("chat", 0, "2022-W40", "week", "last week"),  # the Fuad Hussein call
    ],
)
def test_seed_events(seed_spacy_doc, word, nth, value, granularity, text):
    doc = seed_spacy_doc
    tok = token_index(doc, word, nth)
    got = event_date(doc, sent_index(doc, tok), [tok])
    assert (got.value, got.granularity, got.text, got.source) == (value, granularity, text, "expression")


@pytest.mark.slow
def test_seed_times(seed_spacy_doc):
    got = [(t.text, t.value, t.granularity) for t in seed_spacy_doc._.times]
    assert got == [
        ("on Saturday", "2022-10-15", "day"),
        ("last week", "2022-W40", "week"),
        ("late on Saturday", "2022-10-15", "day"),
        ("on Thursday", "2022-10-13", "day"),
    ]


def test_sentence_without_a_date_takes_the_paragraphs_time_focus(build):
    rows = [
        "Troops troop NOUN NNS nsubj 1",
        "left leave VERB VBD ROOT 1",
        "on on ADP IN prep 1",
        "Friday Friday PROPN NNP pobj 2",
        ". . PUNCT . punct 1",
        "Protesters protester NOUN NNS nsubj 6",
        "cheered cheer VERB VBD ROOT 6",
        ". . PUNCT . punct 6",
    ]
    doc = TimesStage()(build("Troops left on Friday. Protesters cheered.", rows, published=SUNDAY))
    got = event_date(doc, 1, [6])
    assert (got.value, got.text, got.source) == ("2022-10-14", "on Friday", "context")


def test_time_focus_crosses_a_paragraph_break_for_an_occasion_only(build):
    rows = [
        "Troops troop NOUN NNS nsubj 1",
        "left leave VERB VBD ROOT 1",
        "on on ADP IN prep 1",
        "Friday Friday PROPN NNP pobj 2",
        ". . PUNCT . punct 1",
        "\n\n _SP SPACE _SP dep 4",
        "Protesters protester NOUN NNS nsubj 7",
        "cheered cheer VERB VBD ROOT 7",
        ". . PUNCT . punct 7",
    ]
    doc = TimesStage()(build("Troops left on Friday.\n\nProtesters cheered.", rows, published=SUNDAY))
    got = event_date(doc, 1, [7])
    assert (got.value, got.text, got.source) == ("2022-10-14", "on Friday", "context")
    # a year alone is background, not the occasion the next paragraph goes on with
    year = [r.replace("Friday Friday PROPN NNP", "2019 2019 NUM CD").replace("on on", "in in") for r in rows]
    doc = TimesStage()(build("Troops left in 2019.\n\nProtesters cheered.", year, published=SUNDAY))
    assert event_date(doc, 1, [7]).source == "publication"


@pytest.mark.slow
def test_a_reaction_is_not_dated_by_the_act_it_is_about(seed_document):
    # "He praised the recent summit between the presidents of Iran and Azerbaijan ... in
    # Astana, Kazakhstan, on Thursday": Thursday is the summit's day, not the praise's
    (summit,) = [e for e in seed_document.events if e.action.text == "summit"]
    praise = [e for e in seed_document.events if e.action.text == "praised"][0]
    assert (summit.date.value, summit.date.text) == ("2022-10-13", "on Thursday")
    # it goes on with the occasion told before: the phone call "late on Saturday"
    assert (praise.date.value, praise.date.source) == ("2022-10-15", "context")
    assert "belongs to the act named there" in praise.evidence["date"]
    # nor is it the time focus of the next sentence ("For his part, Bayramov praised bilateral relations")
    later = [e for e in seed_document.events if e.action.text == "praised"][1]
    assert later.source.code == "AZEGOV" and later.date.value == "2022-10-15"


CUSTODY = [
    "Judges judge NOUN NNS nsubj 1",
    "met meet VERB VBD ROOT 1",
    "on on ADP IN prep 1",
    "Friday Friday PROPN NNP pobj 2",
    ". . PUNCT . punct 1",
    "The the DET DT det 6",
    "judge judge NOUN NN nsubj 7",
    "ordered order VERB VBD ROOT 7",
    "him he PRON PRP nsubj 9",
    "held hold VERB VBN ccomp 7",
    "until until ADP IN prep 9",
    "April April PROPN NNP pobj 10",
    "5 5 NUM CD nummod 11",
    ". . PUNCT . punct 7",
]
CUSTODY_TEXT = "Judges met on Friday. The judge ordered him held until April 5."


def test_the_end_of_a_stretch_does_not_date_the_act(build):
    doc = TimesStage()(build(CUSTODY_TEXT, CUSTODY, published=SUNDAY))
    assert [t.text for t in doc._.times][-1].endswith("April 5")  # found, but it only closes the stretch
    for tok in (7, 9):  # the order and the custody go on with the occasion told before
        got = event_date(doc, 1, [tok])
        assert (got.value, got.text, got.source) == ("2022-10-14", "on Friday", "context")


def test_an_inherited_date_names_the_sentence_it_came_from(build):
    doc = TimesStage()(build(CUSTODY_TEXT, CUSTODY, published=SUNDAY))
    got = event_date(doc, 1, [7])
    assert (
        got.evidence
        == "the story's time focus, 'on Friday' in the sentence 1 before: 'Judges met on Friday.'"
    )
    own = event_date(doc, 0, [1])
    assert (own.source, own.evidence) == ("expression", "'on Friday' attached to the event's clause")
    rows = ["Troops troop NOUN NNS nsubj 1", "left leave VERB VBD ROOT 1", ". . PUNCT . punct 1"]
    alone = event_date(TimesStage()(build("Troops left.", rows, published=SUNDAY)), 0, [1])
    assert (alone.source, alone.evidence) == ("publication", "no date in reach: the publication date")


@pytest.mark.parametrize(
    ("aux", "plan"),
    [
        (["will will AUX MD aux 8"], "will"),  # "The minister will resign today."
        (["is be AUX VBZ ROOT 7", "to to PART TO aux 9"], "is to"),  # "The minister is to resign today."
    ],
)
def test_a_plan_told_in_the_future_is_no_time_focus(build, aux, plan):
    rows = [
        "Troops troop NOUN NNS nsubj 1",
        "left leave VERB VBD ROOT 1",
        "on on ADP IN prep 1",
        "Friday Friday PROPN NNP pobj 2",
        ". . PUNCT . punct 1",
        "The the DET DT det 6",
    ]
    if plan == "will":
        rows += ["minister minister NOUN NN nsubj 8", *aux, "resign resign VERB VB ROOT 8"]
        rows += ["today today NOUN NN npadvmod 8", ". . PUNCT . punct 8"]
    else:
        rows += ["minister minister NOUN NN nsubj 7", *aux, "resign resign VERB VB xcomp 7"]
        rows += ["today today NOUN NN npadvmod 9", ". . PUNCT . punct 7"]
    n = len(rows)
    rows += [f"Protesters protester NOUN NNS nsubj {n + 1}", f"cheered cheer VERB VBD ROOT {n + 1}"]
    rows += [f". . PUNCT . punct {n + 1}"]
    text = f"Troops left on Friday. The minister {plan} resign today. Protesters cheered."
    doc = TimesStage()(build(text, rows, published=SUNDAY))
    assert [t.value for t in doc._.times] == ["2022-10-14", "2022-10-16"]
    got = event_date(doc, 2, [n + 1])
    assert (got.value, got.text, got.source) == ("2022-10-14", "on Friday", "context")


ARREST = [
    "Troops troop NOUN NNS nsubj 1",
    "left leave VERB VBD ROOT 1",
    "on on ADP IN prep 1",
    "Monday Monday PROPN NNP pobj 2",
    ". . PUNCT . punct 1",
    "Police police NOUN NNS nsubj 6",
    "arrested arrest VERB VBD ROOT 6",
    "him he PRON PRP dobj 6",
    ". . PUNCT . punct 6",
    "After after ADP IN prep 16",
    "his his PRON PRP$ poss 11",
    "arrest arrest NOUN NN pobj 9",
    "on on ADP IN prep 11",
    "Friday Friday PROPN NNP pobj 12",
    ", , PUNCT , punct 16",
    "he he PRON PRP nsubj 16",
    "stayed stay VERB VBD ROOT 16",
    ". . PUNCT . punct 16",
]
ARREST_TEXT = "Troops left on Monday. Police arrested him. After his arrest on Friday, he stayed."


def test_an_act_named_again_with_a_date_takes_that_date(build):
    doc = TimesStage()(build(ARREST_TEXT, ARREST, published=SUNDAY))
    got = event_date(doc, 1, [6])
    assert (got.value, got.text, got.source) == ("2022-10-14", "on Friday", "context")
    assert (
        got.evidence == "'on Friday' of the act named again later: 'After his arrest on Friday, he stayed.'"
    )
    # another act of that sentence goes on with the story's focus, Monday
    assert event_date(doc, 1, [7]).value == "2022-10-10"
