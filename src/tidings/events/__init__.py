"""The events stage: clauses and event nouns -> coded Events (CAMEO, PLOVER, Goldstein).

Public surface:
- ``find_events(doc, lexicon)``: the events of an annotated Doc (pure; used by the component).
- ``load_lexicon(dictionaries=(), default=True)``: the verb/event-noun lexicon, cached per process;
  dictionaries may be tidings TSV, PETRARCH-2 verb dictionaries or PETRARCH discards files.
- ``code_info(code)``: label, Goldstein, quad class and PLOVER mapping of a CAMEO code.
"""

from __future__ import annotations

from tidings.events.codes import code_info
from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon

__all__ = ["code_info", "find_events", "load_lexicon"]
