"""spaCy component for the quotes stage (registered as ``tidings_quotes_v1``).

Runs after ``tidings_events``: finds quotes (``find.find_quotes``), then links the events
whose action words were quoted (``link.link_events``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.nlp.component import Stage
from tidings.quotes.find import find_quotes
from tidings.quotes.lexicon import Cue, load_cues
from tidings.quotes.link import link_events


class QuotesStage(Stage):
    name = "tidings_quotes"

    def __init__(self, cues: dict[str, Cue]) -> None:
        self.cues = cues

    def annotate(self, doc: Doc) -> None:
        quotes = find_quotes(doc, self.cues)
        link_events(quotes, doc._.events or [], doc._.actors or [])
        doc._.quotes = quotes


def make_quotes_stage(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage(load_cues())
