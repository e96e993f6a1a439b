"""spaCy component for the places stage (registered as ``tidings_places_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.nlp.component import Stage


class PlacesStage(Stage):
    name = "tidings_places"

    def annotate(self, doc: Doc) -> None:
        doc._.places = []


@Language.factory("tidings_places_v1")
def make_places_stage(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage()
