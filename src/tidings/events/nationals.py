"""Parties named by nationality words ("Israeli tanks", "his Greek, Cypriot and French counterparts").

- a weapon named with a nationality is that country's armed forces ("Israeli tanks": ISRMIL);
- a plural role with coordinated nationalities that the actors stage coded as one actor (its
  first country: "his Greek, Cypriot and French counterparts" all GRCGOV) is one party per
  nationality, each with the role's sectors (GRCGOV, CYPGOV, FRAGOV), as "Indian and
  Pakistani troops" already is when the actors stage splits the phrase itself.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from tidings.model import Party

MODIFIERS = ("amod", "compound", "nmod")


def armed(
    doc: Doc, tok: Token, span: Span, party_for: Callable[[Doc, int, int], Party | None] | None
) -> Party | None:
    """'Israeli tanks', 'Russian warplanes': the armed forces of the country named."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and party_for is not None:
            q = party_for(doc, c.i, c.i + 1)
            if q is not None and q.country:
                return Party(
                    text=span.text,
                    code=q.country + "MIL",
                    country=q.country,
                    sectors=["MIL"],
                    start=span.start_char,
                    end=span.end_char,
                )
    return None


def word_country(doc: Doc, i: int) -> str | None:
    """The country the actors stage's dictionaries give token ``i`` by itself ("Cypriot": CYP),
    whatever actor the phrase around it was clustered into."""
    from tidings.actors.coding import code_range, hit_index
    from tidings.actors.lexicon import Hit
    from tidings.nlp.extensions import HITS_KEY

    hits = [Hit.from_tuple(t) for t in doc.user_data.get(HITS_KEY, [])]
    if not hits:
        return None
    c = code_range(doc, i, i + 1, hits, hit_index(hits, len(doc)))
    return c.country if c.ref == "country" and not c.sectors else None


def nationalities(doc: Doc, tok: Token, p: Party | None) -> list[Party]:
    """'his Greek, Cypriot and French counterparts' coded as one actor of the first country:
    one party per coordinated nationality, each with the phrase's sectors (none when the
    words name fewer than two countries, or not the one the phrase was coded with)."""
    if p is None or not p.country or not p.sectors or tok.tag_ not in ("NNS", "NNPS"):
        return []
    mod = next(
        (c for c in tok.children if c.dep_ in MODIFIERS and any(g.dep_ == "conj" for g in c.children)), None
    )
    if mod is None:
        return []
    countries: list[str] = []
    for w in sorted([mod, *mod.conjuncts], key=lambda t: t.i):
        country = word_country(doc, w.i)
        if country is None:
            return []  # a word that names no country ("local and foreign officials")
        if country not in countries:
            countries.append(country)
    if len(countries) < 2 or p.country not in countries:
        return []
    sectors = list(p.sectors)
    return [
        p.model_copy(update={"actor": None, "country": c, "code": c + "".join(sectors), "sectors": sectors})
        for c in countries
    ]
