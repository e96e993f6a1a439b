"""spaCy component for the times stage (registered as ``tidings_times_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.nlp.component import Stage
from tidings.times import SPAN_KEY
from tidings.times.find import find_times


class TimesStage(Stage):
    """Date expressions -> ``doc._.times`` and ``doc.spans["tidings_times"]`` (label = index)."""

    name = "tidings_times"

    def annotate(self, doc: Doc) -> None:
        found = find_times(doc)
        doc._.times = [f.ref for f in found]
        doc.spans[SPAN_KEY] = [Span(doc, f.start, f.end, label=str(i)) for i, f in enumerate(found)]


def make_times_stage(nlp: Language, name: str) -> TimesStage:
    return TimesStage()
