"""Hand-built Docs and a shared default Lexicon for the actors unit tests (no model needed)."""

from __future__ import annotations

import functools

import spacy
from spacy.tokens import Doc

from tidings.registrations import ensure_defaults, register


@functools.lru_cache(maxsize=1)
def blank():
    register()
    return spacy.blank("en")


@functools.lru_cache(maxsize=4)
def lexicon(default: bool = True, extra: tuple[str, ...] = (), skip: tuple[str, ...] = ()):
    from tidings.actors.lexicon import Lexicon, default_paths, load_entries

    paths = [p for p in default_paths() if p.name not in skip] if default else []
    return Lexicon(blank(), load_entries([*paths, *extra]))


def make_doc(rows: list[tuple], ents: list[tuple[int, int, str]] = (), sents: list[int] = (0,)) -> Doc:
    """rows: (word, pos, dep, head index, tag[, lemma]); ents: (start, end, label)."""
    nlp = blank()
    words = [r[0] for r in rows]
    no_space_before = {"'s", "’s", ",", ".", ")", "-", "'"}
    spaces = [
        i + 1 < len(rows) and rows[i + 1][0] not in no_space_before and rows[i][0] not in ("(", "-")
        for i in range(len(rows))
    ]
    tags = ["O"] * len(rows)
    for s, e, label in ents:
        tags[s] = f"B-{label}"
        for i in range(s + 1, e):
            tags[i] = f"I-{label}"
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] if len(r) > 5 else r[0].lower() for r in rows],
        sent_starts=[i in sents for i in range(len(rows))],
        ents=tags,
    )
    ensure_defaults(doc)
    return doc


def code_at(nlp, text: str, phrase: str, nth: int = 0, day=None) -> str | None:
    """The code of the party at the ``nth`` occurrence of ``phrase`` in ``text`` analysed by
    ``nlp`` with publication date ``day`` (tests that load the model)."""
    import datetime as dt

    from tidings.actors import party_for
    from tidings.actors.evaluate import analyse

    doc = analyse(nlp, text, day or dt.date(2019, 6, 1))
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(phrase, at + 1)
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
    party = party_for(doc, span.start, span.end)
    return party.code if party else None
