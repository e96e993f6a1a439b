"""Dates told relative to the story (tidings.times.narrative), through the times stage."""

from __future__ import annotations

import datetime as dt

from tidings.times import event_date
from tidings.times.component import TimesStage
from tidings.times.resolve import resolve

SATURDAY = dt.date(2020, 1, 11)


def _times(doc):
    return [(t.text, t.value, t.granularity) for t in doc._.times]


FOLLOWING = [
    "On on ADP IN prep 3",
    "Wednesday Wednesday PROPN NNP pobj 0",
    ", , PUNCT , punct 3",
    "ministers minister NOUN NNS nsubj 4",
    "met meet VERB VBD ROOT 4",
    ". . PUNCT . punct 4",
    "The the DET DT det 7",
    "next next ADJ JJ amod 8",
    "day day NOUN NN npadvmod 10",
    "Turkey Turkey PROPN NNP nsubj 10",
    "objected object VERB VBD ROOT 10",
    ". . PUNCT . punct 10",
    "A a DET DT det 13",
    "bomb bomb NOUN NN nsubj 16",
    "that that DET DT det 15",
    "day day NOUN NN npadvmod 16",
    "killed kill VERB VBD ROOT 16",
    "two two NUM CD dobj 16",
    ". . PUNCT . punct 16",
]
FOLLOWING_TEXT = "On Wednesday, ministers met. The next day Turkey objected. A bomb that day killed two."


def test_the_next_day_counts_from_the_day_told_before(build):
    doc = TimesStage()(build(FOLLOWING_TEXT, FOLLOWING, published=SATURDAY))
    # "that day" is the day told last: the next day's
    assert _times(doc) == [
        ("On Wednesday", "2020-01-08", "day"),
        ("The next day", "2020-01-09", "day"),
        ("that day", "2020-01-09", "day"),
    ]
    objected = event_date(doc, 1, [10])
    assert (objected.value, objected.source) == ("2020-01-09", "expression")
    assert "counted from the date told before" in (doc._.times[1].note or "")


def test_the_next_day_without_a_day_before_it_is_not_a_date(build):
    rows = FOLLOWING[6:12]
    rows = [" ".join(r.split(" ")[:5] + [str(int(r.split(" ")[5]) - 6)]) for r in rows]
    doc = TimesStage()(build("The next day Turkey objected.", rows, published=SATURDAY))
    assert _times(doc) == []


LATER = [
    "Troops troop NOUN NNS nsubj 1",
    "left leave VERB VBD ROOT 1",
    "in in ADP IN prep 1",
    "2011 2011 NUM CD pobj 2",
    "and and CCONJ CC cc 1",
    "returned return VERB VBD conj 1",
    "three three NUM CD nummod 7",
    "years year NOUN NNS npadvmod 8",
    "later later ADV RB advmod 5",
    ". . PUNCT . punct 1",
]


def test_years_later_count_from_the_year_told_before(build):
    text = "Troops left in 2011 and returned three years later."
    ents = ["O", "O", "O", "B-DATE", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    doc = TimesStage()(build(text, LATER, ents=ents, published=dt.date(2019, 11, 10)))
    assert _times(doc) == [("in 2011", "2011", "year"), ("three years later", "2014", "year")]


YEAR = [
    "The the DET DT det 1",
    "army army NOUN NN nsubj 2",
    "moved move VERB VBD ROOT 2",
    "on on ADP IN prep 2",
    "November November PROPN NNP pobj 3",
    "15 15 NUM CD nummod 4",
    ", , PUNCT , punct 4",
    "2017 2017 NUM CD nummod 4",
    ". . PUNCT . punct 2",
    "He he PRON PRP nsubj 10",
    "resigned resign VERB VBD ROOT 10",
    "on on ADP IN prep 10",
    "November November PROPN NNP pobj 11",
    "21 21 NUM CD nummod 12",
    ". . PUNCT . punct 10",
]


def test_a_month_day_takes_the_year_of_the_date_told_just_before(build):
    text = "The army moved on November 15, 2017. He resigned on November 21."
    doc = TimesStage()(build(text, YEAR, published=dt.date(2019, 9, 9)))
    assert _times(doc) == [
        ("on November 15, 2017", "2017-11-15", "day"),
        ("on November 21", "2017-11-21", "day"),
    ]
    # with no year told nearby, the publication date decides as before
    rows = [" ".join(r.split(" ")[:5] + [str(int(r.split(" ")[5]) - 9)]) for r in YEAR[9:]]
    alone = TimesStage()(build("He resigned on November 21.", rows, published=dt.date(2019, 9, 9)))
    assert _times(alone) == [("on November 21", "2018-11-21", "day")]


def test_earlier_in_the_month_is_a_month():
    got = resolve("earlier in the month", dt.date(2019, 1, 23))
    assert (got.value, got.granularity) == ("2019-01", "month")
    got = resolve("later in the week", dt.date(2019, 1, 23))
    assert (got.value, got.granularity) == ("2019-W04", "week")
