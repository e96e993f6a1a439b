"""find_times(): date expressions in a hand-built Doc, resolved with the clause's tense."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tidings.times.component import TimesStage
from tidings.times.find import clause_tense, find_times, finder, scan

SUNDAY = dt.date(2022, 10, 16)

TALKS = [
    "The the DET DT det 1",
    "talks talk NOUN NNS nsubj 2",
    "ended end VERB VBD ROOT 2",
    "late late ADV RB advmod 4",
    "on on ADP IN prep 2",
    "Saturday Saturday PROPN NNP pobj 4",
    "and and CCONJ CC cc 2",
    "resume resume VERB VBP conj 2",
    "next next ADJ JJ amod 9",
    "Tuesday Tuesday PROPN NNP npadvmod 7",
    ". . PUNCT . punct 2",
]
TALKS_TEXT = "The talks ended late on Saturday and resume next Tuesday."


def _values(doc):
    return [(f.ref.text, f.ref.value, f.ref.granularity) for f in find_times(doc)]


def test_own_patterns_take_the_modifier_and_the_relative_word(build):
    doc = build(TALKS_TEXT, TALKS, published=SUNDAY)
    assert _values(doc) == [("late on Saturday", "2022-10-15", "day"), ("next Tuesday", "2022-10-18", "day")]
    found = find_times(doc)
    assert found[0].ref.anchor == "2022-10-16"
    assert TALKS_TEXT[found[0].ref.start : found[0].ref.end] == "late on Saturday"


def test_future_tense_picks_the_coming_weekday(build):
    rows = [
        "Ministers minister NOUN NNS nsubj 2",
        "will will AUX MD aux 2",
        "meet meet VERB VB ROOT 2",
        "on on ADP IN prep 2",
        "Friday Friday PROPN NNP pobj 3",
        ". . PUNCT . punct 2",
    ]
    doc = build("Ministers will meet on Friday.", rows, published=SUNDAY)
    assert clause_tense(doc[4]) == "future"
    assert _values(doc) == [("on Friday", "2022-10-21", "day")]


def test_without_publication_date_relative_expressions_are_unresolved(build):
    doc = build(TALKS_TEXT, TALKS, published=None)
    refs = [f.ref for f in find_times(doc)]
    assert [r.value for r in refs] == [None, None]
    assert all(r.note and "no publication date" in r.note for r in refs)
    assert all(r.anchor is None for r in refs)


def test_spacy_date_entities_fill_in_and_clock_times_drop_out(build):
    rows = [
        "The the DET DT det 2",
        "2019 2019 NUM CD nummod 2",
        "election election NOUN NN nsubj 3",
        "began begin VERB VBD ROOT 3",
        "at at ADP IN prep 3",
        "1700 1700 NUM CD pobj 4",
        "UTC UTC PROPN NNP appos 5",
        ". . PUNCT . punct 3",
    ]
    ents = ["O", "B-DATE", "O", "O", "O", "B-TIME", "I-TIME", "O"]
    doc = build("The 2019 election began at 1700 UTC.", rows, ents=ents, published=SUNDAY)
    assert _values(doc) == [("2019", "2019", "year")]


def test_modal_may_is_not_a_month(build):
    rows = [
        "May may AUX MD aux 2",
        "God God PROPN NNP nsubj 2",
        "protect protect VERB VB ROOT 2",
        "them they PRON PRP dobj 2",
        ". . PUNCT . punct 2",
    ]
    doc = build("May God protect them.", rows, published=SUNDAY)
    assert _values(doc) == []


def test_component_writes_times_and_index_labelled_spans(build):
    doc = build(TALKS_TEXT, TALKS, published=SUNDAY)
    TimesStage()(doc)
    assert [t.value for t in doc._.times] == ["2022-10-15", "2022-10-18"]
    spans = doc.spans["tidings_times"]
    assert [(s.text, s.label_) for s in spans] == [("late on Saturday", "0"), ("next Tuesday", "1")]


def test_full_date_after_on_keeps_its_year(build):
    rows = [
        "The the DET DT det 1",
        "army army NOUN NN nsubj 2",
        "moved move VERB VBD ROOT 2",
        "on on ADP IN prep 2",
        "November November PROPN NNP pobj 3",
        "15 15 NUM CD nummod 4",
        ", , PUNCT , punct 4",
        "2017 2017 NUM CD nummod 4",
        ". . PUNCT . punct 2",
    ]
    doc = build("The army moved on November 15, 2017.", rows, published=dt.date(2019, 9, 9))
    assert _values(doc) == [("on November 15, 2017", "2017-11-15", "day")]


_WORDS = [
    "on", "in", "late", "early", "mid-", "last", "next", "this", "the", "of", "since", "by", "Saturday", "Monday",
    "January", "May", "Oct.", "15", "3rd", "2019", "1990s", "week", "weekend", "month", "year", "two", "days",
    "ago", "yesterday", "tomorrow", "night", "morning", "now", "summer", "winter", "\u201c", "(", ",", ".", "\n\n",
    "said", "troops", "Paris",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_trigger_scan_finds_what_a_full_scan_finds(words):
    text = " ".join(words)
    assert scan(text) == [m.span() for m in finder().finditer(text)]


def test_a_month_name_that_is_a_persons_name_is_no_date(build):
    rows = [
        "Theresa Theresa PROPN NNP compound 1",
        "May May PROPN NNP nsubj 2",
        "resigned resign VERB VBD ROOT 2",
        "in in ADP IN prep 2",
        "May May PROPN NNP pobj 3",
        ". . PUNCT . punct 2",
        "May May PROPN NNP poss 9",
        "'s 's PART POS case 6",
        "deal deal NOUN NN nsubj 9",
        "failed fail VERB VBD ROOT 9",
        ". . PUNCT . punct 9",
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    doc = build("Theresa May resigned in May. May's deal failed.", rows, ents=ents, published=SUNDAY)
    # the month after "in" stays a date; her name, and her surname alone, are none
    assert _values(doc) == [("in May", "2022-05", "month")]


def test_a_month_of_last_year_is_one_expression(build):
    rows = [
        "They they PRON PRP nsubjpass 2",
        "were be AUX VBD auxpass 2",
        "arrested arrest VERB VBN ROOT 2",
        "in in ADP IN prep 2",
        "January January PROPN NNP pobj 3",
        "of of ADP IN prep 4",
        "last last ADJ JJ amod 7",
        "year year NOUN NN pobj 5",
        ". . PUNCT . punct 2",
    ]
    doc = build("They were arrested in January of last year.", rows, published=SUNDAY)
    assert _values(doc) == [("in January of last year", "2021-01", "month")]
