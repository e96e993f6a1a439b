"""The shape every tidings stage has: find (a pure function), then write back to the Doc."""

from __future__ import annotations

from spacy.tokens import Doc


class Stage:
    """Base for tidings components: ``__call__`` skips uncoded docs and calls ``annotate``."""

    name = "tidings_stage"

    def __call__(self, doc: Doc) -> Doc:
        if doc._.skip_coding:
            return doc
        self.annotate(doc)
        return doc

    def annotate(self, doc: Doc) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
