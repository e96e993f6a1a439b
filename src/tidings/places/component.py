"""spaCy component for the places stage (registered as ``tidings_places_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.nlp.component import Stage
from tidings.places import SPAN_KEY
from tidings.places.find import dateline_place, find_places


class PlacesStage(Stage):
    """Toponyms -> ``doc._.places`` and ``doc.spans["tidings_places"]`` (label = place id).

    The dateline's place, when there is one, is the last record (id "dateline", empty span)."""

    name = "tidings_places"

    def annotate(self, doc: Doc) -> None:
        found = find_places(doc)
        places = [p for _, p in found]
        dl = dateline_place(doc)
        if dl is not None:
            places.append(dl)
        doc._.places = places
        doc.spans[SPAN_KEY] = [Span(doc, s.start, s.end, label=p.id) for s, p in found]


def make_places_stage(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage()
