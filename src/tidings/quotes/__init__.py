"""The quotes stage: direct quotes and reported speech, with speakers resolved to actors.

Public surface: ``find_quotes(doc)`` (pure, on a parsed Doc), ``find_marked(text)`` (the
quotation-mark scan), ``link_events(quotes, events)`` and ``load_cues()`` (the cue-verb
lexicon in ``tidings/data/quotes/cues.tsv``).
"""

from tidings.quotes.find import find_quotes
from tidings.quotes.lexicon import load_cues
from tidings.quotes.link import link_events
from tidings.quotes.marks import find_marked

__all__ = ["find_marked", "find_quotes", "link_events", "load_cues"]
