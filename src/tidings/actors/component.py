"""spaCy component for the actors stage (registered as ``tidings_actors_v1``).

find: dictionary hits (one PhraseMatcher over countries, organisations, people, roles and any
user dictionaries, built once per process) -> rule-based resolution into clusters
(``tidings.actors.resolve``); write back: ``doc._.actors`` (list of Actor records) and
``doc.spans["tidings_actors"]`` (one span per mention, label = actor id). The hits stay on the
Doc (``doc.user_data["tidings_actor_hits"]``) so ``party_for`` can code any token range later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.actors.codes import REGIONS
from tidings.actors.lexicon import Hit, Lexicon, get_lexicon
from tidings.actors.resolve import find_clusters, to_actors
from tidings.model import Actor
from tidings.nlp.component import Stage
from tidings.nlp.extensions import HITS_KEY


def published_of(doc: Doc) -> dt.date | None:
    article = doc._.article if Doc.has_extension("article") else None
    return getattr(article, "published", None) if article is not None else None


def dateline_country(doc: Doc, lexicon: Lexicon, published: dt.date | None) -> tuple[str, str] | None:
    """The country of the place in the article's dateline ("NAIROBI -"; the reader takes the
    dateline out of the text, so it is matched on its own) and the words that named it."""
    article = doc._.article if Doc.has_extension("article") else None
    line = getattr(article, "dateline", None) if article is not None else None
    if not line or not line.split():
        return None
    small = Doc(doc.vocab, words=line.replace(",", " , ").split())
    for h in lexicon.match(small, published):
        p = h.parsed
        if h.is_place and p.country and len(p.country) == 3:
            return p.country, small[h.start : h.end].text
    return None


COMPASS = frozenset(
    "north south east west northern southern eastern western central upper lower greater".split()
)


def not_places_in_names(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Drop country and capital words that are only part of a longer proper name: a place named
    after a country ("New Mexico", "American Samoa": a GPE/LOC entity whose other words name no
    country and are no compass word, "South Yemen" staying Yemen; "American Samoa", a territory
    named with another country's demonym) and a person's surname ("Denzel Washington": the last word of a PERSON entity after
    a given name)."""
    covered = [False] * len(doc)
    for h in hits:
        for i in range(h.start, h.end):
            covered[i] = True
    by_end = {h.end: h for h in hits}
    ent_at: dict[int, Span] = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    out = []
    for h in hits:
        if _region_word_in_name(doc, h, covered):
            continue
        ent = ent_at.get(h.start)
        if ent is not None and h.kind in ("country", "capital") and (ent.start, ent.end) != (h.start, h.end):
            if ent.end == h.end and ent.label_ == "PERSON" and doc[h.start - 1].pos_ == "PROPN":
                if not covered[h.start - 1]:
                    continue
            before = by_end.get(h.start)
            if h.kind == "country" and before is not None and before.start >= ent.start:
                if before.kind == "demonym" and before.country != h.country:
                    continue  # "American Samoa": a territory of the demonym's country
            others = [t for t in ent if not (h.start <= t.i < h.end) and t.lower_ != "the"]
            if ent.label_ in ("GPE", "LOC") and h.kind == "country" and others:
                if all(not covered[t.i] and t.text[:1].isupper() and t.lower_ not in COMPASS for t in others):
                    continue
        out.append(h)
    return out


def surnames_not_places(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """One sense per article for a surname that is also a place: after "Sudesh Amman" (a PERSON
    entity whose last word is a capital or country after a given name), a later "Amman" alone is
    that person, not Jordan's capital (the names rule then joins it to the person)."""
    first: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and doc[ent.end - 2].pos_ == "PROPN":
            first.setdefault(doc[ent.end - 1].lower_, ent.end)
    if not first:
        return hits
    return [
        h
        for h in hits
        if not (
            h.kind in ("country", "capital")
            and h.end - h.start == 1
            and first.get(doc[h.start].lower_, len(doc)) < h.start
        )
    ]


def _region_word_in_name(doc: Doc, h: Hit, covered: list[bool]) -> bool:
    """A region's adjective starting a proper name ("Western Mindanao Command", "South Western
    Railway", "Western Union") names no region: the next word is a capitalised proper noun the
    dictionaries do not know."""
    if h.kind != "demonym" or h.code not in REGIONS or h.end >= len(doc):
        return False
    nxt = doc[h.end]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper()


# country names that are also US states: the state when the article names the United States and
# nothing else of the country (no demonym, no capital)
US_STATE_NAMES = {"GEO": "Georgia"}


def us_states(hits: list[Hit]) -> list[Hit]:
    """ "Georgia Institute of Technology" in an article about the United States: the state."""
    usa = any(h.is_place and h.country == "USA" for h in hits)
    if not usa:
        return hits
    out = []
    for h in hits:
        name = US_STATE_NAMES.get(h.code)
        if (
            h.kind == "country"
            and name == h.name
            and not any(o.code == h.code and o.kind != "country" for o in hits)
        ):
            h = replace(
                h, kind="region", code="USA", source=f"{h.source} (a US state: the article names the USA)"
            )
        out.append(h)
    return out


# "Indian" before these words, or after "American"/"Native", names Native Americans, not India
NATIVE_NOUNS = frozenset(
    "country community communities reservation reservations tribe tribes tribal affairs nation nations "
    "territory health".split()
)


def native_americans(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """ "the Fort Belknap Indian Community", "Indian Country", "American Indian voters": in an
    article that names the United States (or right after "American"/"Native") "Indian" is the
    United States' indigenous peoples, not India."""
    usa = any(h.is_place and h.country == "USA" for h in hits)
    out = []
    for h in hits:
        if h.kind == "demonym" and h.code == "IND" and h.end - h.start == 1:
            before = doc[h.start - 1].lower_ if h.start > 0 else ""
            after = doc[h.end].lower_ if h.end < len(doc) else ""
            if before in ("american", "native") or usa and after in NATIVE_NOUNS:
                h = replace(h, kind="region", code="USA", source=f"{h.source} (Native Americans, not India)")
        out.append(h)
    return out


def officer_sense(hits: list[Hit]) -> list[Hit]:
    """One sense per article for a bare "officer": the lexicon's default is the armed forces
    (MIL), but in an article whose role words name the police more often than the military
    (a trial of police officers, a crime report), "the officers" are police officers (COP)."""
    roles = [h for h in hits if h.kind == "role" and h.title != "officer"]
    police = sum(1 for h in roles if h.sectors == ("COP",))
    military = sum(1 for h in roles if "MIL" in h.sectors)
    if police <= military:
        return hits
    return [
        replace(h, code="COP", source=f"{h.source} (the article names the police more than the military)")
        if h.kind == "role" and h.title == "officer" and h.code == "MIL"
        else h
        for h in hits
    ]


def find_actors(
    doc: Doc, lexicon: Lexicon, published: dt.date | None = None
) -> tuple[list[Actor], list[Span], list[Hit]]:
    """The pure part: hits, clusters, Actor records and mention spans for ``doc``."""
    hits = not_places_in_names(doc, lexicon.match(doc, published))
    hits = officer_sense(native_americans(doc, us_states(surnames_not_places(doc, hits))))
    clusters = find_clusters(doc, hits, published, dateline_country(doc, lexicon, published))
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
    nlp: Language,
    name: str,
    dictionaries: list[str] = [],  # noqa: B006
    default_dictionaries: bool = True,
) -> ActorsStage:
    return ActorsStage(get_lexicon(nlp, dictionaries, default_dictionaries))
