"""spaCy component for the actors stage (registered as ``tidings_actors_v1``).

Foundation version: named people, organisations and countries from the NER, clustered
by exact name. Coding and resolution come with the actors issue.
"""

from __future__ import annotations

import hashlib

from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.model import Actor, TextSpan
from tidings.nlp.component import Stage

_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}


def find_actors(doc: Doc) -> tuple[list[Actor], list[Span]]:
    clusters: dict[str, Actor] = {}
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        key = ent.text.lower()
        actor = clusters.get(key)
        if actor is None:
            aid = "a" + hashlib.sha1(key.encode()).hexdigest()[:8]
            actor = clusters[key] = Actor(id=aid, name=ent.text, kind=_LABELS[ent.label_])
        actor.mentions.append(TextSpan(start=ent.start_char, end=ent.end_char, text=ent.text))
        spans.append(Span(doc, ent.start, ent.end, label=actor.id))
    return list(clusters.values()), spans


class ActorsStage(Stage):
    name = "tidings_actors"

    def annotate(self, doc: Doc) -> None:
        actors, spans = find_actors(doc)
        doc._.actors = actors
        doc.spans["tidings_actors"] = spans


@Language.factory(
    "tidings_actors_v1", default_config={"dictionaries": [], "default_dictionaries": True}
)
def make_actors_stage(
    nlp: Language, name: str, dictionaries: list[str] = [], default_dictionaries: bool = True  # noqa: B006
) -> ActorsStage:
    return ActorsStage()
