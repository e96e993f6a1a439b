"""Noun phrases coded from PETRARCH actor and agent dictionaries, as PETRARCH codes them.

PETRARCH gives a noun phrase the code of the actor named in it with the codes of the agents
named in it attached: an agent written ``[~GOV]`` after the actor's code, one written
``[NGO~]`` before it ("Bree Prime Minister Romendacil" -> BRE + GOV = BREGOV; "an MSF Arnor
diplomat" -> NGO + ARN + GOV = NGOARNGOV), a code that already holds the agent's is left as
it is, and an agent without an actor is coded alone (PETRARCH's ``---GOV``: GOV). The noun
phrase is the one headed by an actor or agent word: its modifiers before the head (adjectives,
compounds, possessives: "Gondor's Prime Minister") and the objects of "of", "in", "from" after
it ("the government of Gondor", "soldiers from Gondor", "lawmakers in Fornost and Gondor":
one code per coordinated actor, written ``FORLEG/GONLEG``; so too before the head:
"Eriadori and Calenardhon leaders" -> ERI/CAL). Of several actors before the head that are
not coordinated, the first is the phrase's actor ("the evil Arnor awful Gondor").
"Former" before the head makes the agents' codes ELI, as TABARI codes former office holders
("Arnor former security officials" -> ARNELI).

Only phrases whose every dictionary hit comes from a PETRARCH file are recoded, after the
resolver's own rules (``recode(st)``, the last step of ``tidings.actors.resolve``): with the
built-in dictionaries the tidings rules stand.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import Cluster, State
from tidings.actors.codes import SECTORS, parse_code
from tidings.actors.coding import FORMER
from tidings.actors.lexicon import Hit

_INNER = frozenset({"compound", "amod", "det", "nummod", "poss", "nmod", "flat", "case", "quantmod"})
_PREPS = frozenset({"of", "in", "from"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def _petrarch(h: Hit) -> bool:
    return h.get("format") == "petrarch"


def _hit_of(st: State, tok: Token) -> Hit | None:
    i = st.tok2hit[tok.i]
    return st.hits[i] if i >= 0 else None


def _premods(tok: Token) -> list[Token]:
    """The head's modifiers before it, with their own modifiers (not clauses, not conjuncts)."""
    out: list[Token] = []
    stack = [c for c in tok.children if c.i < tok.i and c.dep_ in _INNER]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in _INNER)
    return out


def _pp_objects(st: State, tok: Token) -> list[Token]:
    """Objects of the first "of/in/from" on the head that names an actor, with their
    coordinated members ("the parliament of Gondor in Eriador": Gondor)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPS or prep.i < tok.i:
            continue
        out: list[Token] = []
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out.extend(t for o in (obj, *obj.conjuncts) for t in (*_premods(o), o))
        if any(_actor(h) for h in _hits_in(st, out)):
            return out
    return []


def _hits_in(st: State, toks: list[Token]) -> list[Hit]:
    seen: dict[int, Hit] = {}
    for t in toks:
        i = st.tok2hit[t.i]
        if i >= 0:
            seen.setdefault(st.hits[i].start, st.hits[i])
    return [seen[k] for k in sorted(seen)]


def _blocks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _actor(h: Hit) -> bool:
    return h.kind != "role" and bool(h.code)


def compose(actors: list[str], agents: list[Hit]) -> list[str]:
    """Each actor's code with the agents' codes attached (``[~X]`` after it, ``[X~]`` before);
    no actor: the agents' codes alone. A code that already holds an agent's is not extended."""
    if len(agents) > 1:  # PETRARCH drops the general PPL ("people") when a better agent is named
        agents = [g for g in agents if g.code != "PPL"] or agents[:1]
    out = []
    for a in actors or [""]:
        code = a
        for g in agents:
            if g.code and g.code not in code:
                code = g.code + code if g.prefix else code + g.code
        if code and code not in out:
            out.append(code)
    return out


def phrase_code(st: State, head: Token) -> tuple[str, int, int, list[Hit]] | None:
    """The PETRARCH code of the noun phrase headed by ``head`` (None: not a PETRARCH phrase),
    with the phrase's token range and the hits it was coded from."""
    own = _hit_of(st, head)
    if own is None:
        return _modified_thing(st, head)
    if not _petrarch(own):
        return None
    pre = _premods(head)
    pp = _pp_objects(st, head)
    near = _hits_in(st, [*pre, *range_tokens(st, own)])
    far = [h for h in _hits_in(st, pp) if h not in near]
    hits = [*near, *far]
    if not all(_petrarch(h) for h in hits):
        return None
    agents = [h for h in hits if h.kind == "role" and h.code]
    named = [h for h in near if _actor(h)]
    if named:
        actors = _coordinated(st, named)
    else:
        actors = list(dict.fromkeys(h.code for h in far if _actor(h)))
    if not actors and not pre:
        actors = _shared_actors(st, head)
    if not agents:
        return None  # actors alone: the resolver's own coding (and coordination) stands
    if not actors and not all(c in SECTORS for g in agents for c in _blocks(g.code)):
        return None  # an agent alone is an actor only in a CAMEO role ("people", PPL, is none)
    if any(t.lower_ in FORMER for t in pre):  # TABARI's "former" agents: a former holder is ELI
        codes = [a if a.endswith("ELI") else a + "ELI" for a in actors or [""]]
    else:
        codes = compose(actors, agents)
    if not codes:
        return None
    toks = [head, *pre, *pp, *range_tokens(st, own)]
    lo, hi = min(t.i for t in toks), max(t.i for t in toks) + 1
    return "/".join(codes), lo, hi, hits


def _modified_thing(st: State, head: Token) -> tuple[str, int, int, list[Hit]] | None:
    """A noun phrase headed by a word of no dictionary, with an actor before it ("an anti-
    Gondor parade", "Calenardhon crowds", "Eriador's death toll"): PETRARCH gives the phrase
    the actor's code (with the agents before the head)."""
    pre = _premods(head)
    hits = _hits_in(st, pre)
    named = [h for h in hits if _actor(h)]
    if not named or not all(_petrarch(h) for h in hits):
        return None
    codes = compose(_coordinated(st, named), [h for h in hits if h.kind == "role" and h.code])
    lo = min(t.i for t in [head, *pre, *(t for h in hits for t in range_tokens(st, h))])
    return "/".join(codes), lo, head.i + 1, hits


def _coordinated(st: State, named: list[Hit]) -> list[str]:
    """The codes of the first actor before the head and of the actors coordinated with it
    ("Eriadori and Calenardhon leaders": ERI, CAL); an actor not coordinated with the first
    is none of the phrase's ("the evil Arnor awful Gondor": ARN)."""
    conj = [c for t in range_tokens(st, named[0]) for c in t.conjuncts]
    others = [h for h in _hits_in(st, [t for c in conj for t in (*_premods(c), c)]) if _actor(h)]
    members = [named[0], *(h for h in others if _petrarch(h))]
    return list(dict.fromkeys(h.code for h in members))


def _shared_actors(st: State, head: Token) -> list[str]:
    """A bare agent noun coordinated with another ("Danish media and government", "lawmakers
    and officials in Fornost"): the actors of the coordinated phrase are its actors too."""
    for other in head.conjuncts:
        own = _hit_of(st, other)
        if own is None or own.kind != "role" or not _petrarch(own):
            continue
        near = [h for h in _hits_in(st, _premods(other)) if _actor(h)]
        far = [h for h in _hits_in(st, _pp_objects(st, other)) if _actor(h)]
        codes = [near[0].code] if near else list(dict.fromkeys(h.code for h in far))
        if codes and all(_petrarch(h) for h in [*near, *far]):
            return codes
    return []


def range_tokens(st: State, h: Hit) -> list[Token]:
    return [st.doc[i] for i in range(h.start, h.end)]


def _kind(hits: list[Hit], code: str) -> str:
    if any(h.kind in ("person", "actor") and h.code == code for h in hits):
        return "person"
    return "group" if all(h.kind == "role" for h in hits) else "organisation"


def _placed(st: State, head: Token, code: str, hits: list[Hit]) -> bool:
    """An agent named without an actor ("the government", PETRARCH's ``---GOV``) that the
    resolver has placed in a country from the text around it keeps the resolver's code."""
    agents = {b for h in hits if h.kind == "role" for b in _blocks(h.code)}
    if any(b not in agents for b in _blocks(code)):
        return False  # an actor is named in the phrase
    return any(cl.country and any(m.start <= head.i < m.end for m in cl.mentions) for cl in st.clusters)


def recode(st: State) -> None:
    """Give each PETRARCH noun phrase its PETRARCH code: the mentions inside it leave their
    clusters and the phrase becomes one mention of the cluster of its code."""
    if not any(_petrarch(h) for h in st.hits):
        return
    _dictionary_persons(st)
    doc = st.doc
    by_code: dict[str, Cluster] = {}
    done: list[tuple[int, int]] = []
    for tok in doc:
        if tok.pos_ not in _NOMINAL or (
            tok.dep_ in _INNER and tok.head.i != tok.i and tok.head.pos_ in _NOMINAL
        ):
            continue
        found = phrase_code(st, tok)
        if found is None:
            continue
        code, lo, hi, hits = found
        if any(a < hi and lo < b for a, b in done) or _placed(st, tok, code, hits):
            continue
        done.append((lo, hi))
        for other in st.clusters:
            other.mentions = [m for m in other.mentions if not (lo <= m.start and m.end <= hi)]
        cl = by_code.get(code)
        if cl is None:
            p = parse_code(code.split("/")[0])
            cl = by_code[code] = Cluster(kind=_kind(hits, code), name=doc[lo:hi].text, key=(code,))
            cl.country, cl.sectors, cl.code = p.country, list(p.sectors), code
            cl.evidence = {
                "rule": "PETRARCH noun phrase: actor with its agents",
                "from": [h.source for h in hits],
            }
            st.clusters.append(cl)
        cl.add(st.mention(lo, hi, "description", head=tok.i))
        st.cover(cl.mentions[-1])


def _dictionary_persons(st: State) -> None:
    """PETRARCH codes an actor of its dictionary as the dictionary writes it: a name the
    parser takes for a person ("The Shire", FRO/BIL/SAM) is no private individual (CVL)."""
    for cl in st.clusters:
        if cl.kind != "person" or "sector" not in cl.evidence or cl.sectors != ["CVL"]:
            continue
        hits = [_hit_of(st, st.doc[m.head]) for m in cl.mentions]
        codes = {h.code for h in hits if h is not None and _actor(h) and _petrarch(h)}
        if len(codes) != 1 or any(h is None or not _petrarch(h) for h in hits):
            continue
        code = codes.pop()
        p = parse_code(code.split("/")[0])
        cl.country, cl.sectors, cl.code = p.country, list(p.sectors), code
        cl.evidence = {k: v for k, v in cl.evidence.items() if k != "sector"}
