"""spaCy component for the events stage (registered as ``tidings_events_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.nlp.component import Stage


class EventsStage(Stage):
    name = "tidings_events"

    def annotate(self, doc: Doc) -> None:
        doc._.events = []


@Language.factory(
    "tidings_events_v1", default_config={"dictionaries": [], "default_dictionaries": True}
)
def make_events_stage(
    nlp: Language, name: str, dictionaries: list[str] = [], default_dictionaries: bool = True  # noqa: B006
) -> EventsStage:
    return EventsStage()
