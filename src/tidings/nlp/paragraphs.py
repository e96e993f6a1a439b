"""Paragraph breaks are sentence breaks: the parser must not run a sentence across them.

Runs before the parser (registered as ``tidings_paragraphs_v1``): the first token after a
whitespace token that holds a newline starts a sentence. The parser keeps boundaries set
before it, so "... Inc.\\n\\n\\nTo modernize ..." is two sentences, not one.
"""

from __future__ import annotations

from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break or (token.i > 0 and "\n" in doc[token.i - 1].whitespace_):
            token.is_sent_start = True
        after_break = False
    return doc


def paragraphs(doc: Doc) -> Doc:
    return mark_paragraph_starts(doc)
