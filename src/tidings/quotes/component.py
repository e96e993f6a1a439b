"""spaCy component for the quotes stage (registered as ``tidings_quotes_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.nlp.component import Stage


class QuotesStage(Stage):
    name = "tidings_quotes"

    def annotate(self, doc: Doc) -> None:
        doc._.quotes = []


@Language.factory("tidings_quotes_v1")
def make_quotes_stage(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage()
