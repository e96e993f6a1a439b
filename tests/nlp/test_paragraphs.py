"""Paragraph breaks start sentences, before and with the real parser."""

import spacy

from tidings.nlp.paragraphs import mark_paragraph_starts


def test_marks_first_token_after_a_newline():
    nlp = spacy.blank("en")
    doc = mark_paragraph_starts(nlp("Beats Music Inc.\n\n\nTo modernize it, Apple paid.\nIt grew. Then more"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Beats", "To", "It"]
    then = next(t for t in doc if t.text == "Then")
    assert then.is_sent_start is None  # left to the parser inside a paragraph


def test_real_parser_keeps_paragraph_boundaries(nlp):
    doc = nlp("Apple bought Beats Music Inc.\n\n\nTo modernize its offer, the company hired staff. It grew.")
    assert [s.text.strip() for s in doc.sents] == [
        "Apple bought Beats Music Inc.",
        "To modernize its offer, the company hired staff.",
        "It grew.",
    ]
