"""spaCy component for the events stage (registered as ``tidings_events_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.events.extract import find_events
from tidings.events.lexicon import Lexicon, load_lexicon
from tidings.nlp.component import Stage


class EventsStage(Stage):
    name = "tidings_events"

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def annotate(self, doc: Doc) -> None:
        doc._.events = find_events(doc, self.lexicon)


def make_events_stage(
    nlp: Language,
    name: str,
    dictionaries: list[str] = [],  # noqa: B006
    default_dictionaries: bool = True,
) -> EventsStage:
    return EventsStage(load_lexicon(tuple(str(d) for d in dictionaries), default_dictionaries))
