"""spaCy component for the actors stage (registered as ``tidings_actors_v1``).

find: dictionary hits (one PhraseMatcher over countries, organisations, people, roles and any
user dictionaries, built once per process) -> rule-based resolution into clusters
(``tidings.actors.resolve``); write back: ``doc._.actors`` (list of Actor records) and
``doc.spans["tidings_actors"]`` (one span per mention, label = actor id). The hits stay on the
Doc (``doc.user_data["tidings_actor_hits"]``) so ``party_for`` can code any token range later.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.actors.lexicon import Hit, Lexicon, get_lexicon
from tidings.actors.resolve import find_clusters, to_actors
from tidings.model import Actor
from tidings.nlp.component import Stage
from tidings.nlp.extensions import HITS_KEY


def published_of(doc: Doc) -> dt.date | None:
    article = doc._.article if Doc.has_extension("article") else None
    return getattr(article, "published", None) if article is not None else None


def find_actors(doc: Doc, lexicon: Lexicon, published: dt.date | None = None) -> tuple[list[Actor], list[Span], list[Hit]]:
    """The pure part: hits, clusters, Actor records and mention spans for ``doc``."""
    hits = lexicon.match(doc, published)
    clusters = find_clusters(doc, hits)
    actors, spans = to_actors(doc, clusters)
    return actors, spans, hits


class ActorsStage(Stage):
    name = "tidings_actors"

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def annotate(self, doc: Doc) -> None:
        actors, spans, hits = find_actors(doc, self.lexicon, published_of(doc))
        doc.user_data[HITS_KEY] = [h.to_tuple() for h in hits]
        doc._.actors = actors
        doc.spans["tidings_actors"] = spans


def make_actors_stage(
    nlp: Language, name: str, dictionaries: list[str] = [], default_dictionaries: bool = True  # noqa: B006
) -> ActorsStage:
    return ActorsStage(get_lexicon(nlp, dictionaries, default_dictionaries))
