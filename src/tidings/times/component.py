"""spaCy component for the times stage (registered as ``tidings_times_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.nlp.component import Stage


class TimesStage(Stage):
    name = "tidings_times"

    def annotate(self, doc: Doc) -> None:
        doc._.times = []


@Language.factory("tidings_times_v1")
def make_times_stage(nlp: Language, name: str) -> TimesStage:
    return TimesStage()
