"""The actors stage: mentions -> Actor clusters with CAMEO-style codes.

Public surface used by other stages (events, quotes):
- ``actor_at(doc, start, end)``: the Actor whose mention covers tokens [start, end), or None.
- ``party_for(doc, start, end)``: a coded ``Party`` for any token range: the clustered actor
  whose mention holds the range's head, else coded from the words themselves ("the Iraqi
  government" -> IRQGOV, "armed groups in Iraqi Kurdistan" -> IRQUAF).
- ``parties_for(doc, start, end)``: one Party per coordinated member ("the presidents of Iran
  and Azerbaijan" -> IRNGOV, AZEGOV; "Tehran and Baghdad" -> IRN, IRQ).
- ``load_lexicon(nlp, dictionaries, default_dictionaries)``: the dictionaries, loaded once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from tidings.model import Actor, Party

if TYPE_CHECKING:
    from tidings.actors.coding import Coding
    from tidings.actors.lexicon import Hit


def _actors_by_id(doc: Doc) -> dict[str, Actor]:
    return {a.id: a for a in (doc._.actors or [])}


# The last Doc's mention spans and dictionary hits, rebuilt when the Doc's span group or hit
# list is another object: the events stage asks for them once per party (thousands per
# article), and materialising them each time was a tenth of that stage's time.
_LAST_SPANS: tuple[Any, int, list[Span]] | None = None
_LAST_HITS: tuple[Any, int, list[Any], list[int]] | None = None


def _mention_spans(doc: Doc) -> list[Span]:
    global _LAST_SPANS
    if doc.spans is None or "tidings_actors" not in doc.spans:
        return []
    group = doc.spans["tidings_actors"]
    last = _LAST_SPANS
    if last is not None and last[0] is group and last[1] == len(group):
        return last[2]
    spans = list(group)
    _LAST_SPANS = (group, len(group), spans)
    return spans


def actor_at(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor with a mention holding the head of tokens [start, end), else the one whose
    mention overlaps the range most."""
    spans = _mention_spans(doc)
    if not spans or end <= start:
        return None
    from tidings.actors.coding import span_root

    head = span_root(doc, start, end).i
    holding = [sp for sp in spans if sp.start <= head < sp.end]
    best: str | None = None
    if holding:
        # the narrowest mention around the head: "Iran" in "Iran's foreign minister" loses to the whole phrase
        # only when the head is not Iran itself
        holding.sort(key=lambda sp: sp.end - sp.start)
        best = holding[0].label_
    else:
        best_len = 0
        for sp in spans:
            overlap = min(sp.end, end) - max(sp.start, start)
            if overlap > best_len:
                best, best_len = sp.label_, overlap
    return _actors_by_id(doc).get(best) if best else None


def _hits(doc: Doc) -> tuple[list[Any], list[int]]:
    """The actors stage's dictionary hits and their token index (see ``coding.hit_index``)."""
    global _LAST_HITS
    from tidings.actors.coding import hit_index
    from tidings.actors.lexicon import Hit
    from tidings.nlp.extensions import HITS_KEY

    raw = doc.user_data.get(HITS_KEY, [])
    last = _LAST_HITS
    if last is not None and last[0] is raw and last[1] == len(raw) and len(last[3]) == len(doc):
        return last[2], last[3]
    hits = [Hit.from_tuple(t) for t in raw]
    index = hit_index(hits, len(doc))
    _LAST_HITS = (raw, len(raw), hits, index)
    return hits, index


def _party(
    doc: Doc,
    start: int,
    end: int,
    actor: Actor | None = None,
    code: str | None = None,
    country: str | None = None,
    sectors: list[str] | None = None,
) -> Party:
    span = doc[start:end]
    if actor is not None:
        return Party(
            actor=actor.id,
            text=span.text,
            code=actor.code,
            country=actor.country,
            sectors=list(actor.sectors),
            start=span.start_char,
            end=span.end_char,
        )
    return Party(
        actor=None,
        text=span.text,
        code=code,
        country=country,
        sectors=list(sectors or []),
        start=span.start_char,
        end=span.end_char,
    )


def party_for(doc: Doc, start: int, end: int) -> Party | None:
    """A coded Party for tokens [start, end): the clustered actor, else coded from the words."""
    if end <= start:
        return None
    parties = _parties(doc, start, end, split=False)
    return parties[0] if parties else None


def parties_for(doc: Doc, start: int, end: int) -> list[Party]:
    """One Party per coordinated member of tokens [start, end) (a single Party if no coordination)."""
    if end <= start:
        return []
    return _parties(doc, start, end, split=True)


def _parties(doc: Doc, start: int, end: int, split: bool) -> list[Party]:
    from tidings.actors.codes import join_code
    from tidings.actors.coding import code_range, span_root
    from tidings.actors.descriptions import river_bank, stance
    from tidings.actors.towns import place_party

    root = span_root(doc, start, end)
    inner = _counted(root, start, end)
    if inner is not None:  # "thousands of protesters": the party is what is counted
        start, end = inner.left_edge.i, min(end, inner.right_edge.i + 1)
        root = span_root(doc, start, end)
    elif root.tag_ in ("WP", "WDT") and root.head.dep_ == "relcl" and end - start == 1 and not root.is_upper:
        # (not "WHO", the World Health Organization, tagged a pronoun: "the official WHO report")
        # "the leader, who ...": a relative pronoun stands for the noun its clause modifies
        noun = root.head.head
        start, end = noun.left_edge.i, noun.i + 1
        root = noun
    members = [root]
    if split:
        stack = [root]
        while stack:
            t = stack.pop()
            for child in t.children:
                if child.dep_ == "conj" and start <= child.i < end:
                    members.append(child)
                    stack.append(child)
    hits, tok2hit = _hits(doc)
    out: list[Party] = []
    for m in sorted(members, key=lambda t: t.i):
        if len(members) == 1:
            s, e = start, end
        else:
            s = max(start, m.left_edge.i)
            e = m.i + 1
            # keep modifiers after the head that are not the next conjunct ("of Iran", "in Iraq")
            for child in m.children:
                if child.dep_ not in ("conj", "cc", "punct") and child.i > m.i:
                    e = max(e, min(end, child.right_edge.i + 1))
        actor = actor_at(doc, s, e) if _head_is_mentioned(doc, s, e) else None
        if actor is not None:
            out.append(_party(doc, s, e, actor))
            if split and len(members) == 1:
                # a plural phrase split by country when clustered ("the presidents of Iran and Azerbaijan")
                out.extend(_party(doc, s, e, a) for a in _same_span_actors(doc, s, e, actor))
            continue
        if not hits or river_bank(m) or stance(m):
            continue  # "the eastern bank of the Dnipro" is no firm, "opposition to the ban" a stance
        c = code_range(doc, s, e, hits, tok2hit)
        if split and len(members) == 1 and len(c.countries) > 1 and c.sectors:
            for country in c.countries:
                out.append(
                    _party(doc, s, e, code=join_code(country, c.sectors), country=country, sectors=c.sectors)
                )
            continue
        body = _inner_actor(doc, s, e) if c.code and not c.country else None
        if body is not None and body.country and (not c.sectors or list(body.sectors) == c.sectors):
            out.append(_party(doc, s, e, body))  # "Coast Guard units": members of the named body
        elif c.code:
            if not c.country and c.sectors:
                _unclustered_country(doc, s, e, c, hits, tok2hit)
            out.append(_party(doc, s, e, code=c.code, country=c.country, sectors=c.sectors))
        else:
            place = place_party(doc, s, e, hits, tok2hit)
            if place is not None:  # "Abqaiq was the target": a place stands for its country
                out.append(_party(doc, s, e, code=place[0], country=place[0]))
    return out


def _unclustered_country(doc: Doc, s: int, e: int, c: Coding, hits: list[Hit], tok2hit: list[int]) -> None:
    """A range coded from its words without a country: a town in it ("attorneys general from
    Maine": the gazetteer's country), else the document's country (``context``)."""
    from tidings.actors.codes import join_code
    from tidings.actors.context import document_country
    from tidings.actors.towns import range_town

    town = range_town(doc, s, e, hits, tok2hit)
    country = town[0] if town is not None else document_country(doc, s, e, c.sectors)
    if country:
        c.country, c.code = country, join_code(country, c.sectors)


def _inner_actor(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor of the last mention inside tokens [start, end) (a modifier of the head)."""
    inside = [sp for sp in _mention_spans(doc) if start <= sp.start and sp.end <= end]
    if not inside:
        return None
    last = max(inside, key=lambda sp: (sp.end, sp.end - sp.start))
    return _actors_by_id(doc).get(last.label_)


QUANTITIES = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "million",
        "millions",
        "scores",
        "tens",
        "number",
        "crowd",
        "crowds",
        "busload",
        "handful",
        # partitives: "one of his lawyers", "most of the landlords", "many of the people"
        "one",
        "some",
        "many",
        "most",
        "several",
        "few",
        "each",
        "both",
        "none",
        "half",
        "majority",
    }
)


def _counted(root: Token, start: int, end: int) -> Token | None:
    """The noun counted by a quantity head ("thousands of protesters" -> protesters)."""
    if root.lower_ not in QUANTITIES and root.lemma_.lower() not in QUANTITIES:
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < end:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i < end:
                    return obj
    return None


def _same_span_actors(doc: Doc, start: int, end: int, first: Actor) -> list[Actor]:
    from tidings.actors.coding import span_root

    head = span_root(doc, start, end).i
    holding = sorted(
        (sp for sp in _mention_spans(doc) if sp.start <= head < sp.end), key=lambda sp: sp.end - sp.start
    )
    if not holding:
        return []
    narrow = [sp for sp in holding if (sp.start, sp.end) == (holding[0].start, holding[0].end)]
    by_id = _actors_by_id(doc)
    return [by_id[sp.label_] for sp in narrow if sp.label_ != first.id and sp.label_ in by_id]


def _head_is_mentioned(doc: Doc, start: int, end: int) -> bool:
    from tidings.actors.coding import span_root

    head = span_root(doc, start, end).i
    return any(sp.start <= head < sp.end for sp in _mention_spans(doc))


def load_lexicon(nlp, dictionaries=(), default_dictionaries=True):
    """The Lexicon for these dictionary files (built once per process)."""
    from tidings.actors.lexicon import get_lexicon

    return get_lexicon(nlp, dictionaries, default_dictionaries)


__all__ = ["actor_at", "load_lexicon", "parties_for", "party_for"]
