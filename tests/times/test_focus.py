"""The story's time focus (tidings.times.focus): what a sentence without a date inherits."""

from __future__ import annotations

import datetime as dt

from tidings.times import event_date
from tidings.times.component import TimesStage

SATURDAY = dt.date(2020, 1, 11)

# "On Wednesday, ministers met in Cairo.\n\nThey concluded that the November 27 deal is void.
# They called on Turkey."
ROWS = [
    "On on ADP IN prep 3",
    "Wednesday Wednesday PROPN NNP pobj 0",
    ", , PUNCT , punct 3",
    "ministers minister NOUN NNS nsubj 4",
    "met meet VERB VBD ROOT 4",
    "in in ADP IN prep 4",
    "Cairo Cairo PROPN NNP pobj 5",
    ". . PUNCT . punct 4",
    "\n\n _SP SPACE _SP dep 7",
    "They they PRON PRP nsubj 10",
    "concluded conclude VERB VBD ROOT 10",
    "that that SCONJ IN mark 17",
    "the the DET DT det 15",
    "November November PROPN NNP compound 15",
    "27 27 NUM CD nummod 13",
    "deal deal NOUN NN nsubj 17",
    "is be AUX VBZ ccomp 10",
    "void void ADJ JJ acomp 16",
    ". . PUNCT . punct 10",
    "They they PRON PRP nsubj 20",
    "called call VERB VBD ROOT 20",
    "on on ADP IN prep 20",
    "Turkey Turkey PROPN NNP pobj 21",
    ". . PUNCT . punct 20",
]
TEXT = "On Wednesday, ministers met in Cairo.\n\nThey concluded that the November 27 deal is void. They called on Turkey."


def test_a_date_that_modifies_a_noun_is_no_focus(build):
    doc = TimesStage()(build(TEXT, ROWS, published=SATURDAY))
    assert [(t.text, t.value) for t in doc._.times] == [
        ("On Wednesday", "2020-01-08"),
        ("November 27", "2019-11-27"),
    ]
    called = event_date(doc, 2, [20])
    # the deal's own date is passed over; the meeting of Wednesday, a paragraph up, is the focus
    assert (called.value, called.text, called.source) == ("2020-01-08", "On Wednesday", "context")


RELCL = [
    "Lam lam PROPN NNP nsubj 1",
    "spoke speak VERB VBD ROOT 1",
    "on on ADP IN prep 1",
    "Wednesday Wednesday PROPN NNP pobj 2",
    ". . PUNCT . punct 1",
    "Protesters protester NOUN NNS nsubj 5",
    ", , PUNCT , punct 5",
    "who who PRON WP nsubj 8",
    "marched march VERB VBD relcl 5",
    "in in ADP IN prep 8",
    "June June PROPN NNP pobj 9",
    ", , PUNCT , punct 5",
    "cheered cheer VERB VBD ROOT 12",
    ". . PUNCT . punct 12",
    "Police police NOUN NNS nsubj 15",
    "left leave VERB VBD ROOT 15",
    ". . PUNCT . punct 15",
]
RELCL_TEXT = "Lam spoke on Wednesday. Protesters, who marched in June, cheered. Police left."


def test_a_date_in_a_relative_clause_is_no_focus(build):
    doc = TimesStage()(build(RELCL_TEXT, RELCL, published=dt.date(2019, 9, 6)))
    left = event_date(doc, 2, [15])
    assert (left.value, left.text, left.source) == ("2019-09-04", "on Wednesday", "context")


def test_an_event_whose_sentence_dates_belong_to_another_act_takes_the_focus(build):
    # the events stage asks with no tokens when the sentence's date is another act's
    doc = TimesStage()(build(RELCL_TEXT, RELCL, published=dt.date(2019, 9, 6)))
    got = event_date(doc, 2, [])
    assert (got.value, got.source) == ("2019-09-04", "context")


GOVERN = [
    "On on ADP IN prep 4",
    "Monday Monday PROPN NNP pobj 0",
    ", , PUNCT , punct 4",
    "Fars Fars PROPN NNP nsubj 4",
    "reported report VERB VBD ROOT 4",
    "Iran Iran PROPN NNP nsubj 6",
    "issued issue VERB VBD ccomp 4",
    "warrants warrant NOUN NNS dobj 6",
    "for for ADP IN prep 7",
    "people people NOUN NNS pobj 8",
    "involved involve VERB VBN acl 9",
    "in in ADP IN prep 10",
    "January January PROPN NNP pobj 11",
    "and and CCONJ CC cc 6",
    "demanded demand VERB VBD conj 6",
    "help help NOUN NN dobj 14",
    ". . PUNCT . punct 4",
]
GOVERN_TEXT = (
    "On Monday, Fars reported Iran issued warrants for people involved in January and demanded help."
)


def test_a_date_of_a_clause_above_the_event_beats_a_nearer_one_in_a_clause_beside_it(build):
    doc = TimesStage()(build(GOVERN_TEXT, GOVERN, published=dt.date(2020, 7, 2)))
    demanded = event_date(doc, 0, [14])
    assert (demanded.value, demanded.text, demanded.source) == ("2020-06-29", "On Monday", "sentence")
    involved = event_date(doc, 0, [10])
    assert (involved.value, involved.source) == ("2020-01", "expression")


PLAN = [
    "Yesterday yesterday NOUN NN npadvmod 2",
    "Shapps Shapps PROPN NNP nsubj 2",
    "announced announce VERB VBD ROOT 2",
    "masks mask NOUN NNS nsubj 5",
    "would would AUX MD aux 5",
    "become become VERB VB ccomp 2",
    "compulsory compulsory ADJ JJ acomp 5",
    "from from ADP IN prep 5",
    "June June PROPN NNP pobj 7",
    "15 15 NUM CD nummod 8",
    ". . PUNCT . punct 2",
]
PLAN_TEXT = "Yesterday Shapps announced masks would become compulsory from June 15."


def test_a_plan_gives_way_to_the_day_it_was_announced(build):
    doc = TimesStage()(build(PLAN_TEXT, PLAN, published=dt.date(2020, 6, 5)))
    assert [(t.text, t.value) for t in doc._.times] == [
        ("Yesterday", "2020-06-04"),
        ("June 15", "2020-06-15"),
    ]
    got = event_date(doc, 0, [6])  # compulsory
    assert (got.value, got.text) == ("2020-06-04", "Yesterday")
    # with no announcement date in the sentence the plan's date stands
    doc = TimesStage()(build(PLAN_TEXT, PLAN, published=dt.date(2020, 6, 20)))
    assert event_date(doc, 0, [6]).value == "2020-06-15"  # published after June 15: no plan any more


WEEK = [
    "Yesterday yesterday NOUN NN npadvmod 2",
    "parliament parliament NOUN NN nsubj 2",
    "voted vote VERB VBD ROOT 2",
    ". . PUNCT . punct 2",
    "It it PRON PRP nsubj 5",
    "follows follow VERB VBZ ROOT 5",
    "a a DET DT det 7",
    "killing killing NOUN NN dobj 5",
    "last last ADJ JJ amod 9",
    "week week NOUN NN npadvmod 5",
    ". . PUNCT . punct 5",
    "Members member NOUN NNS nsubj 12",
    "boycotted boycott VERB VBD ROOT 12",
    ". . PUNCT . punct 12",
]


def test_a_week_that_holds_the_day_told_before_gives_way_to_that_day(build):
    text = "Yesterday parliament voted. It follows a killing last week. Members boycotted."
    doc = TimesStage()(build(text, WEEK, published=dt.date(2020, 1, 6)))
    assert [t.value for t in doc._.times] == ["2020-01-05", "2020-W01"]
    got = event_date(doc, 2, [12])
    assert (got.value, got.text, got.source) == ("2020-01-05", "Yesterday", "context")


QUOTE = [
    "Lam lam PROPN NNP nsubj 1",
    "spoke speak VERB VBD ROOT 1",
    "on on ADP IN prep 1",
    "Wednesday Wednesday PROPN NNP pobj 2",
    ". . PUNCT . punct 1",
    "Mak Mak PROPN NNP nsubj 6",
    "said say VERB VBD ROOT 6",
    ", , PUNCT , punct 6",
    '" " PUNCT `` punct 11',
    "Today today NOUN NN npadvmod 11",
    "we we PRON PRP nsubj 11",
    "vote vote VERB VBP ccomp 6",
    ". . PUNCT . punct 6",
    "\" \" PUNCT '' punct 6",
    "Police police NOUN NNS nsubj 15",
    "left leave VERB VBD ROOT 15",
    ". . PUNCT . punct 15",
]


def test_a_quoted_today_is_the_speakers_day_not_the_storys(build):
    text = 'Lam spoke on Wednesday. Mak said, "Today we vote." Police left.'
    doc = TimesStage()(build(text, QUOTE, published=dt.date(2019, 11, 29)))
    assert [t.text for t in doc._.times] == ["on Wednesday", "Today"]
    left = event_date(doc, 2, [15])
    assert (left.value, left.text, left.source) == ("2019-11-27", "on Wednesday", "context")
    said = event_date(doc, 1, [6])  # the saying is outside the quote: its "today" is not the saying's day
    assert (said.value, said.source) == ("2019-11-27", "context")
