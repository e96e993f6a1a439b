"""spaCy component for the events stage (registered as ``tidings_events_v1``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.events.extract import find_events
from tidings.events.hyphenated import keep_whole
from tidings.events.learned import LearnedFilter, load_filter, mode
from tidings.events.lexicon import Lexicon, load_lexicon
from tidings.nlp.component import Stage


class EventsStage(Stage):
    name = "tidings_events"

    def __init__(self, lexicon: Lexicon, learned: LearnedFilter | None = None, drop: bool = True) -> None:
        self.lexicon = lexicon
        self.learned = learned  # the learned precision filter (tidings.events.learned), or None
        self.drop = drop  # False: only record its scores

    def annotate(self, doc: Doc) -> None:
        events = find_events(doc, self.lexicon)
        doc._.events = self.learned.apply(doc, events, self.drop) if self.learned is not None else events


def make_events_stage(
    nlp: Language,
    name: str,
    dictionaries: list[str] = [],  # noqa: B006
    default_dictionaries: bool = True,
) -> EventsStage:
    lexicon = load_lexicon(tuple(str(d) for d in dictionaries), default_dictionaries)
    keep_whole(nlp, lexicon)  # "test-fired" one word, so the parser reads it as the verb
    learned = mode()
    return EventsStage(lexicon, load_filter() if learned != "off" else None, drop=learned == "on")
