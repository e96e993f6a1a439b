"""Find quotes in a parsed Doc: direct quotes from the marks, reported speech from the parse.

``find_quotes(doc)`` is pure: it reads the Doc (its parse, sentences and the actors stage's
mention spans through ``tidings.actors.actor_at``) and returns ``Quote`` records. The
seams: ``cues`` (which tokens report speech), ``speakers`` (who speaks for a cue),
``direct`` (marked quotes tied to their cues) and ``indirect`` (reported clauses).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tidings.model import Quote
from tidings.quotes.cues import cue_lemma, cue_tokens
from tidings.quotes.direct import direct_quotes, find_directs
from tidings.quotes.indirect import indirect_quotes
from tidings.quotes.lexicon import Cue, load_cues
from tidings.quotes.speakers import speaker_for
from tidings.quotes.text import quote_id


def find_quotes(doc: Doc, cues: dict[str, Cue] | None = None) -> list[Quote]:
    """All quotes in ``doc`` (parsed, with sentences), in text order."""
    cues = cues if cues is not None else load_cues()
    cue_toks = cue_tokens(doc, cues)
    directs = find_directs(doc, cue_toks)
    # reported clauses first: they take in the direct quotes they hold
    quotes = indirect_quotes(doc, cue_toks, directs, cues) + direct_quotes(doc, directs, cues)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def span_of(doc: Doc, quote: Quote) -> Span | None:
    return doc.char_span(quote.start, quote.end, alignment_mode="expand")


__all__ = ["cue_lemma", "cue_tokens", "find_quotes", "quote_id", "speaker_for", "span_of"]
