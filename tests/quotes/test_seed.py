"""The founding example: every quote, its speaker, kind and links, on the real pipeline."""

import pytest

from tidings.quotes.find import find_quotes

# (distinctive words, speaker words as written, cue, kind) in text order
SEED_QUOTES = [
    (
        "must take full responsibility",
        "Iranian Foreign Minister Hossein Amir Abdollahian",
        "according to",
        "indirect",
    ),
    ("Given good relations between", "Amir-Abdollahian", "state", "direct"),
    ("Iran has always backed", "he", "say", "indirect"),
    ("Iran, however, will not tolerate", "The top diplomat", "add", "direct"),
    ("Tehran and Baghdad have expanding", "Amir Abdollahian", "point out", "indirect"),
    ("We see the security of Iraq", "The foreign minister", "add", "direct"),
    ("will unquestionably respond", "al-Araji", "say", "indirect"),
    ("will not put up with more action", "the Iranian foreign minister", "state", "indirect"),
    ("We will not tolerate the continuation of aggression", "Amir Abdollahian", "underscore", "direct"),
    ("Foreign military in Caucasus is shared worry", None, None, "direct"),
    ("Amir Abdollahian says presence", "he", "point out", "direct"),
]


@pytest.fixture(scope="module")
def quotes(seed_document):
    return seed_document.quotes


def test_every_seed_quote_in_order(quotes):
    assert len(quotes) == len(SEED_QUOTES)
    for q, (words, speaker, cue, kind) in zip(quotes, SEED_QUOTES, strict=True):
        assert words in q.text
        assert (q.speaker.text if q.speaker else None, q.cue, q.kind) == (speaker, cue, kind), words


def test_offsets_give_the_text(quotes, seed_document):
    for q in quotes:
        assert seed_document.text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert seed_document.text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_direct_quotes_are_exactly_the_marked_words(quotes):
    direct = [q.text for q in quotes if q.kind == "direct"]
    assert direct[0].startswith("Given good relations") and direct[0].endswith("threats against Iran.")
    assert direct[1].startswith("Iran, however,") and direct[1].endswith("against Iran's security.")
    assert direct[2] == "We see the security of Iraq as the security of Iran."


def test_five_direct_quotes_by_amir_abdollahian_resolve_to_one_actor(quotes, seed_document):
    direct = [q for q in quotes if q.kind == "direct" and q.speaker is not None]
    assert len(direct) == 5
    ids = {q.speaker.actor for q in direct}
    assert len(ids) == 1 and None not in ids
    (actor,) = [a for a in seed_document.actors if a.id in ids]
    assert "Abdollahian" in actor.name


def test_heading_quote_has_no_speaker(quotes):
    heading = [q for q in quotes if q.text == "Foreign military in Caucasus is shared worry"]
    assert len(heading) == 1 and heading[0].speaker is None


def test_al_araji_is_another_actor(quotes):
    by_text = {q.speaker.text: q.speaker.actor for q in quotes if q.speaker}
    assert by_text["al-Araji"] is not None
    assert by_text["al-Araji"] != by_text["Amir Abdollahian"]


def test_events_reported_inside_quotes_are_linked(quotes, seed_document):
    by_id = {q.id: q for q in quotes}
    linked = [e for e in seed_document.events if e.quote is not None]
    assert linked, "events inside quotes should be linked"
    for e in seed_document.events:
        holders = [q for q in quotes if q.start <= e.action.start and e.action.end <= q.end]
        if e.quote is None:
            assert not holders, e.action.text
        else:
            assert e.id in by_id[e.quote].events
            assert by_id[e.quote] in holders
    tolerate = [e for e in seed_document.events if e.action.text == "tolerate"]
    assert tolerate and all(e.quote for e in tolerate)


def test_ids_are_deterministic(seed_spacy_doc, quotes):
    again = find_quotes(seed_spacy_doc)
    assert [q.id for q in again] == [q.id for q in quotes]
    assert len({q.id for q in quotes}) == len(quotes)
