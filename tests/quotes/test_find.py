"""find_quotes on hand-built parses: one rule per test."""

from spacy.tokens import Span

from tidings.model import Actor
from tidings.quotes.find import find_quotes


def test_direct_quote_after_cue_with_speaker_resolved_to_actor(build):
    doc = build(
        'Smith said, "We will win."',
        [
            "Smith smith PROPN nsubj 1",
            "said say VERB ROOT 1",
            ", , PUNCT punct 1",
            '" " PUNCT punct 1',
            "We we PRON nsubj 6",
            "will will AUX aux 6",
            "win win VERB ccomp 1",
            ". . PUNCT punct 1",
            '" " PUNCT punct 1',
        ],
    )
    doc._.actors = [Actor(id="a1", name="John Smith")]
    doc.spans["tidings_actors"] = [Span(doc, 0, 1, label="a1")]
    (q,) = find_quotes(doc)
    assert (q.text, q.kind, q.cue) == ("We will win.", "direct", "say")
    assert q.text == doc.text[q.start : q.end]
    assert (q.speaker.text, q.speaker.actor, q.speaker.start, q.speaker.end) == ("Smith", "a1", 0, 5)


def test_quote_split_by_its_cue_is_one_quote_with_two_parts(build):
    text = '"We will win," Smith said, "and they know it."'
    doc = build(
        text,
        [
            '" " PUNCT punct 7',
            "We we PRON nsubj 3",
            "will will AUX aux 3",
            "win win VERB ccomp 7",
            ", , PUNCT punct 7",
            '" " PUNCT punct 7',
            "Smith smith PROPN nsubj 7",
            "said say VERB ROOT 7",
            ", , PUNCT punct 7",
            '" " PUNCT punct 12',
            "and and CCONJ cc 12",
            "they they PRON nsubj 12",
            "know know VERB conj 7",
            "it it PRON dobj 12",
            ". . PUNCT punct 7",
            '" " PUNCT punct 7',
        ],
    )
    (q,) = find_quotes(doc)
    assert q.text == 'We will win," Smith said, "and they know it.'
    assert [p.text for p in q.parts] == ["We will win,", "and they know it."]
    assert (q.speaker.text, q.cue, q.kind) == ("Smith", "say", "direct")


def test_reported_speech_with_that_clause(build):
    doc = build(
        "Smith said that Iran will respond to any attack.",
        [
            "Smith smith PROPN nsubj 1",
            "said say VERB ROOT 1",
            "that that SCONJ mark 5",
            "Iran iran PROPN nsubj 5",
            "will will AUX aux 5",
            "respond respond VERB ccomp 1",
            "to to ADP prep 5",
            "any any DET det 8",
            "attack attack NOUN pobj 6",
            ". . PUNCT punct 1",
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.kind, q.cue, q.speaker.text) == (
        "Iran will respond to any attack",
        "indirect",
        "say",
        "Smith",
    )


def test_according_to(build):
    doc = build(
        "Iran will respond, according to Smith.",
        [
            "Iran iran PROPN nsubj 2",
            "will will AUX aux 2",
            "respond respond VERB ROOT 2",
            ", , PUNCT punct 2",
            "according accord VERB prep 2",
            "to to ADP prep 4",
            "Smith smith PROPN pobj 5",
            ". . PUNCT punct 2",
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.kind, q.cue, q.speaker.text) == (
        "Iran will respond",
        "indirect",
        "according to",
        "Smith",
    )


def test_heading_quote_has_no_speaker_even_next_to_a_cue(build):
    text = "Smith spoke. “Foreign troops are a worry” Also, Jones said he agreed."
    doc = build(
        text,
        [
            "Smith smith PROPN nsubj 1",
            "spoke speak VERB ROOT 1",
            ". . PUNCT punct 1",
            "“ “ PUNCT punct 13",
            "Foreign foreign ADJ amod 5",
            "troops troop NOUN nsubj 6",
            "are be AUX ccomp 13",
            "a a DET det 8",
            "worry worry NOUN attr 6",
            "” ” PUNCT punct 13",
            "Also also ADV advmod 13",
            ", , PUNCT punct 13",
            "Jones jones PROPN nsubj 13",
            "said say VERB ROOT 13",
            "he he PRON nsubj 15",
            "agreed agree VERB ccomp 13",
            ". . PUNCT punct 13",
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.speaker, q.cue, q.kind) == ("Foreign troops are a worry", None, None, "direct")


def test_scare_quotes_and_negated_cues_are_not_quotes(build):
    doc = build(
        'The so-called "peace plan" failed.',
        [
            "The the DET det 4",
            "so-called so-called ADJ amod 4",
            '" " PUNCT punct 4',
            "peace peace NOUN compound 4",
            "plan plan NOUN nsubj 6",
            '" " PUNCT punct 4',
            "failed fail VERB ROOT 6",
            ". . PUNCT punct 6",
        ],
    )
    assert find_quotes(doc) == []
    doc = build(
        "Smith did not say that Iran will respond.",
        [
            "Smith smith PROPN nsubj 3",
            "did do AUX aux 3",
            "not not PART neg 3",
            "say say VERB ROOT 3",
            "that that SCONJ mark 7",
            "Iran iran PROPN nsubj 7",
            "will will AUX aux 7",
            "respond respond VERB ccomp 3",
            ". . PUNCT punct 3",
        ],
    )
    assert find_quotes(doc) == []


def test_quoted_words_inside_reported_speech_make_a_mixed_quote(build):
    doc = build(
        'Smith said Iran is "ready to respond" now.',
        [
            "Smith smith PROPN nsubj 1",
            "said say VERB ROOT 1",
            "Iran iran PROPN nsubj 3",
            "is be AUX ccomp 1",
            '" " PUNCT punct 5',
            "ready ready ADJ acomp 3",
            "to to PART aux 7",
            "respond respond VERB xcomp 5",
            '" " PUNCT punct 5',
            "now now ADV advmod 3",
            ". . PUNCT punct 1",
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.kind, q.text, q.speaker.text) == ("mixed", 'Iran is "ready to respond" now', "Smith")
    assert [p.text for p in q.parts] == ["ready to respond"]


def test_next_quote_continues_the_attributed_one(build):
    text = '"We will win," Smith said. "They cannot stop us."'
    doc = build(
        text,
        [
            '" " PUNCT punct 7',
            "We we PRON nsubj 3",
            "will will AUX aux 3",
            "win win VERB ccomp 7",
            ", , PUNCT punct 7",
            '" " PUNCT punct 7',
            "Smith smith PROPN nsubj 7",
            "said say VERB ROOT 7",
            ". . PUNCT punct 7",
            '" " PUNCT punct 12',
            "They they PRON nsubj 12",
            "cannot cannot AUX aux 12",
            "stop stop VERB ROOT 12",
            "us us PRON dobj 12",
            ". . PUNCT punct 12",
            '" " PUNCT punct 12',
        ],
    )
    q1, q2 = find_quotes(doc)
    assert (q1.text, q2.text) == ("We will win,", "They cannot stop us.")
    assert q1.speaker.text == q2.speaker.text == "Smith"
    assert q2.cue == "say"
    assert q1.id != q2.id
    assert [q.id for q in find_quotes(doc)] == [q1.id, q2.id]  # deterministic


def test_cue_in_a_dependent_clause_takes_the_main_subject(build):
    text = 'The minister went on to add that "Iran will not tolerate attacks."'
    doc = build(
        text,
        [
            "The the DET det 1",
            "minister minister NOUN nsubj 2",
            "went go VERB ROOT 2",
            "on on ADP prt 2",
            "to to PART aux 5",
            "add add VERB xcomp 2",
            "that that SCONJ mark 11",
            '" " PUNCT punct 11',
            "Iran iran PROPN nsubj 11",
            "will will AUX aux 11",
            "not not PART neg 11",
            "tolerate tolerate VERB ccomp 5",
            "attacks attack NOUN dobj 11",
            ". . PUNCT punct 5",
            '" " PUNCT punct 5',
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.kind, q.cue, q.speaker.text) == (
        "Iran will not tolerate attacks.",
        "direct",
        "add",
        "The minister",
    )


def test_named_apposition_speaks_for_its_title(build):
    doc = build(
        "His spokesman, Steffen Seibert, said that the ban will stay.",
        [
            "His his PRON poss 1",
            "spokesman spokesman NOUN nsubj 6",
            ", , PUNCT punct 1",
            "Steffen steffen PROPN compound 4",
            "Seibert seibert PROPN appos 1",
            ", , PUNCT punct 1",
            "said say VERB ROOT 6",
            "that that SCONJ mark 11",
            "the the DET det 9",
            "ban ban NOUN nsubj 11",
            "will will AUX aux 11",
            "stay stay VERB ccomp 6",
            ". . PUNCT punct 6",
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.speaker.text) == ("the ban will stay", "Steffen Seibert")


def test_clause_misparsed_as_object_is_still_reported(build):
    doc = build(
        "Judge Miller ruled the draft violated the law.",
        [
            "Judge judge PROPN compound 1",
            "Miller miller PROPN nsubj 2",
            "ruled rule VERB ROOT 2",
            "the the DET det 4",
            "draft draft NOUN dobj 2",
            "violated violate VERB advcl 2 VBD",
            "the the DET det 7",
            "law law NOUN dobj 5",
            ". . PUNCT punct 2",
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.kind, q.cue, q.speaker.text) == (
        "the draft violated the law",
        "indirect",
        "rule",
        "Judge Miller",
    )


def test_according_to_source_parsed_as_subject_gives_the_named_speaker(build):
    text = "According to ISNA, the prosecutor, Ali Mehr, said that Iran will act."
    doc = build(
        text,
        [
            "According accord VERB prep 10",
            "to to ADP prep 0",
            "ISNA isna PROPN nsubj 10",
            ", , PUNCT punct 2",
            "the the DET det 5",
            "prosecutor prosecutor NOUN appos 2",
            ", , PUNCT punct 5",
            "Ali ali PROPN compound 8",
            "Mehr mehr PROPN appos 5",
            ", , PUNCT punct 2",
            "said say VERB ROOT 10",
            "that that SCONJ mark 14",
            "Iran iran PROPN nsubj 14",
            "will will AUX aux 14",
            "act act VERB ccomp 10",
            ". . PUNCT punct 10",
        ],
        ents=[
            "O",
            "O",
            "B-ORG",
            "O",
            "O",
            "O",
            "O",
            "B-PERSON",
            "I-PERSON",
            "O",
            "O",
            "O",
            "B-GPE",
            "O",
            "O",
            "O",
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.speaker.text) == ("Iran will act", "Ali Mehr")


def test_statement_from_someone_speaks_for_its_author(build):
    text = 'The palace issued a statement from the king: "We will act now."'
    doc = build(
        text,
        [
            "The the DET det 1",
            "palace palace NOUN nsubj 2",
            "issued issue VERB ROOT 2",
            "a a DET det 4",
            "statement statement NOUN dobj 2",
            "from from ADP prep 4",
            "the the DET det 7",
            "king king NOUN pobj 5",
            ": : PUNCT punct 2",
            '" " PUNCT punct 12',
            "We we PRON nsubj 12",
            "will will AUX aux 12",
            "act act VERB parataxis 2",
            "now now ADV advmod 12",
            ". . PUNCT punct 12",
            '" " PUNCT punct 12',
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.cue, q.speaker.text) == ("We will act now.", "issue", "the king")


def test_reported_clause_never_crosses_a_paragraph(build):
    doc = build(
        "Markets fell sharply.\n\nOfficials said so.",
        [
            "Markets market NOUN nsubj 1",
            "fell fall VERB ccomp 6",
            "sharply sharply ADV advmod 1",
            ". . PUNCT punct 1",
            "\n\n \n\n SPACE dep 3",
            "Officials official NOUN nsubj 6",
            "said say VERB ROOT 6",
            "so so ADV advmod 6",
            ". . PUNCT punct 6",
        ],
    )
    assert find_quotes(doc) == []


def test_quote_after_a_sentence_about_a_person_is_theirs(build):
    text = 'Smith criticized it. "This is a big mistake."'
    rows = [
        "Smith smith PROPN nsubj 1",
        "criticized criticize VERB ROOT 1",
        "it it PRON dobj 1",
        ". . PUNCT punct 1",
        '" " PUNCT punct 6',
        "This this PRON nsubj 6",
        "is be AUX ROOT 6",
        "a a DET det 9",
        "big big ADJ amod 9",
        "mistake mistake NOUN attr 6",
        ". . PUNCT punct 6",
        '" " PUNCT punct 6',
    ]
    doc = build(text, rows, ents=["B-PERSON"] + ["O"] * 11)
    (q,) = find_quotes(doc)
    assert (q.text, q.cue, q.speaker.text) == ("This is a big mistake.", "criticize", "Smith")
    doc = build(text, rows, ents=["B-ORG"] + ["O"] * 11)  # an organisation's sentence: no speaker
    (q,) = find_quotes(doc)
    assert q.speaker is None


def test_cue_before_an_aside_between_dashes(build):
    text = 'Smith said — as Reuters noted — "We will win."'
    doc = build(
        text,
        [
            "Smith smith PROPN nsubj 1",
            "said say VERB ROOT 1",
            "— — PUNCT punct 1",
            "as as SCONJ mark 5",
            "Reuters reuters PROPN nsubj 5",
            "noted note VERB advcl 1",
            "— — PUNCT punct 1",
            '" " PUNCT punct 10',
            "We we PRON nsubj 10",
            "will will AUX aux 10",
            "win win VERB ROOT 10",
            ". . PUNCT punct 10",
            '" " PUNCT punct 10',
        ],
    )
    (q,) = find_quotes(doc)
    assert (q.text, q.cue, q.speaker.text) == ("We will win.", "say", "Smith")
