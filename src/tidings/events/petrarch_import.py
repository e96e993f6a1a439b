"""A PETRARCH verb dictionary into lexicon patterns (each with its own PETRARCH matcher).

Kept apart from ``tidings.events.lexicon`` so the import runs one way: the lexicon calls
this module, which knows the lexicon only through the objects it is handed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tidings.events.petrarch import read_verb_dictionary
from tidings.events.petrarch_match import compile_dictionary, filters
from tidings.events.petrarch_transform import rules_of


def add_verb_dictionary(lex: Any, pattern_type: Any, lines: Iterable[str], name: str, priority: int) -> None:
    """Add every (verb, pattern) of the file to ``lex``; ``pattern_type`` is the lexicon's
    Pattern class. Verb forms ({BROKE BROKEN}, and the dictionary's own spelling such as
    CALLED) are indexed so a verb is found whatever lemma the parser gives it."""
    d = read_verb_dictionary(lines, name)
    for c in compile_dictionary(d):
        entry = c.pattern.entry if c.pattern else c.verb.entry
        origin = c.pattern.origin if c.pattern else c.verb.origin
        lex.add(
            pattern_type(
                code=c.code,
                trigger=c.verb.lemma,
                required=filters(c),
                entry=entry,
                origin=origin,
                priority=priority,
                petrarch=c,
            )
        )
        for form in (c.verb.lemma, *c.verb.forms):
            lex.forms.setdefault(form, c.verb.lemma)
    lex.transformations = [*getattr(lex, "transformations", []), *rules_of(d)]
    lex.skipped = [*getattr(lex, "skipped", []), *d.skipped]
