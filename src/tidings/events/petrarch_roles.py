"""The extractor's side of PETRARCH patterns: actors at a place, roles, reverse events.

``tidings.events.extract`` calls these for lexicon entries that carry a PETRARCH pattern
(``Pattern.petrarch``): ``petrarch_hit`` matches it on the parse, ``slot_roles`` gives the
source and target as PETRARCH does, ``drop_reporting`` and ``reverse_found`` finish a
sentence's events, ``yields_to_native`` keeps an imported dictionary from taking the
built-in lexicon's words. The noun-phrase helpers come from the extractor (no import of it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from tidings.events.petrarch_match import ActorAt, Hit, Matched, in_phrase

# PETRARCH's default (require_dyad = True): an event needs a coded source and a coded target.
REQUIRE_DYAD = True


def actor_finder(parties: Any, np_tokens: Callable[[Token], tuple[int, int]], noun_pos: Any) -> ActorAt:
    """``actor_at`` over the extractor's ``Parties`` (and its noun-phrase helpers, handed in
    so this module imports nothing of the extractor's): a coded actor's phrase at a token."""

    def actor_at(tok: Token) -> tuple[int, int, Token] | None:
        head = tok
        while head.dep_ in _NP_INNER and head.head.i != head.i and head.head.pos_ in noun_pos:
            head = head.head
        # the whole noun phrase ("Gondor's government"), else the word's own ("Eriador's toll")
        for h in dict.fromkeys((head, tok)):
            if h.pos_ not in noun_pos and h.pos_ != "PRON":
                continue
            party = parties.party(h)
            if party is not None and (party.code or party.country):
                lo, hi = np_tokens(h)
                return lo, hi, h
        return None

    return actor_at


_NP_INNER = frozenset(
    {"compound", "amod", "det", "nummod", "poss", "case", "flat", "nmod", "punct", "pobj", "prep"}
)


def slot_roles(
    hit: Hit,
    verb: Token,
    parties: Any,
    speaker: Any,
    sources: list[Any],
    targets: list[Any],
    actor_at: ActorAt,
) -> tuple[list[Any], list[Any], list[tuple[Any, Any]] | None]:
    """Sources, targets and explicit pairs once the pattern's slots have spoken.

    ``$``/``+`` name them; ``%`` before the verb makes the coordinated actors the sources
    (with no target, each acts on the other), after it the targets. Otherwise, as PETRARCH:
    the source is the subject, up the verb's heads past unresolved pronouns ("Ethiopia
    indicated it would act"); the target is the first coded actor of the verb phrase (the
    parse's when a "by" agent makes the verb passive)."""
    if hit.refines:  # a refinement of the built-in lexicon's event: the lexicon's roles stand
        return sources, targets, None
    coded = lambda ps: [p for p in ps if p is not None and (p.code or p.country)]  # noqa: E731
    if not (hit.source or hit.target or hit.compound) and _agentless_passive(verb):
        # PETRARCH's passive: a "from" or "in" phrase of the verb names the source, the
        # subject is the target ("The PKK is banned in Turkey": TUR -> PKK)
        by = coded(_passive_source(verb, parties, speaker, actor_at))
        subject = coded(_subject(verb, parties, speaker, actor_at))
        if by and subject and any(_code(a) != _code(b) for a in by for b in subject):
            return by, subject, None
    before = bool(hit.compound) and hit.compound[0].i < verb.i
    if before:
        sources = [parties.party(t, speaker) for t in hit.compound]
    elif hit.source is not None:
        sources = [parties.party(hit.source, speaker)]
    elif not coded(sources):
        sources = _subject(verb, parties, speaker, actor_at) or sources
    else:  # the subject's whole list where the parse's roles hold only its first actor
        listed = coded(_subject(verb, parties, speaker, actor_at))
        if len(listed) > len(coded(sources)) and {p.start for p in coded(sources)} <= {
            p.start for p in listed
        }:
            sources = listed
    src_at = {p.start for p in coded(sources)} | {_code(p) for p in coded(sources)}
    targets = [t for t in targets if t is None or t.start not in src_at]  # a passive's subject
    if hit.target is not None:
        targets = [parties.party(hit.target, speaker)]
    elif hit.compound and not before:
        targets = [parties.party(t, speaker) for t in hit.compound]
    elif _bare_passive(verb):  # "Rebuked by Eriador, ..., Osgiliath is ...": the phrase names no target
        targets = _first_target(verb, parties, speaker, actor_at, src_at, hit)
    elif not (any(c.dep_ == "agent" for c in verb.children) and coded(targets)):
        first = _first_target(verb, parties, speaker, actor_at, src_at, hit)
        targets = first or ([] if before else [t for t in targets if not _party_in_complement(t, verb, hit)])
    if before and not coded(targets):  # "Arnor and Gondor agree": each to the other
        ps = coded(sources)
        return ps[:1], ps[1:2] or [None], [(a, b) for a in ps for b in ps if a is not b]
    if REQUIRE_DYAD and not any(_code(a) != _code(b) for a in coded(sources) for b in coded(targets)):
        return [], targets, None  # PETRARCH's require_dyad: two different coded actors or no event
    return [s for s in sources if s is not None], targets, None


def lacks_dyad(source: Any, target: Any) -> bool:
    """PETRARCH's require_dyad for one event of a pattern's pairs: each pair it writes has a
    coded source and a coded target, so a pair with an uncoded side ("we went to the Moon",
    a reverse ``[042:043]`` of a passive's agent list) is no event."""
    return REQUIRE_DYAD and not (
        source is not None and _code(source) and target is not None and _code(target)
    )


def _agentless_passive(verb: Token) -> bool:
    """A passive clause of its own (a passive subject or auxiliary) naming no "by" agent."""
    kids = {c.dep_ for c in verb.children}
    return bool(kids & {"nsubjpass", "auxpass"}) and "agent" not in kids


def _passive_source(verb: Token, parties: Any, speaker: Any, actor_at: ActorAt) -> list[Any]:
    """The actors of a passive verb's own "from" or "in" phrase (PETRARCH's sources of a
    passive without a "by" agent): the first such phrase that names one."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("from", "in"):
            continue
        for o in c.children:
            found = actor_at(o) if o.dep_ == "pobj" else None
            if found is not None:
                return [parties.party(h, speaker) for h in coordinated(found[2])]
    return []


def _bare_passive(verb: Token) -> bool:
    """A passive participle with a "by" agent that opens an adverbial clause of its own,
    with no subject: its target would be the main clause's subject, outside the verb's
    phrase, where PETRARCH finds none."""
    kids = [c.dep_ for c in verb.children]
    return verb.dep_ == "advcl" and "agent" in kids and not {"nsubj", "nsubjpass"} & set(kids)


def _first_target(
    verb: Token, parties: Any, speaker: Any, actor_at: ActorAt, avoid: set[Any], hit: Hit
) -> list[Any]:
    """The first coded actor of the verb's phrase (its conjuncts with it), not the source
    nor one inside a clause the verb governs."""
    for i in range(verb.i + 1, verb.right_edge.i + 1):
        found = actor_at(verb.doc[i])
        if found is None or found[0] != i or found[2].pos_ == "PRON" or not in_phrase(verb.doc[i], verb):
            continue  # a pronoun ("his licence") is no PETRARCH target
        if _in_complement(verb.doc[i], verb, hit):
            continue
        p = parties.party(found[2], speaker)
        if p is not None and p.start not in avoid and _code(p) not in avoid:
            return [parties.party(h, speaker) for h in [found[2], *found[2].conjuncts]]
    return []


def _in_complement(tok: Token, verb: Token, hit: Hit) -> bool:
    """``tok`` lies in a clause the verb governs ("proposed to take up the issue with the
    World Bank") that the pattern's words do not reach into. PETRARCH takes a verb's target
    from its own noun and prepositional phrases; a governed clause gives only the events it
    codes itself, so an actor in it is no target of the governing verb (TABDEBUG-19)."""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in _GOVERNED and t.pos_ in ("VERB", "AUX") and t.head.i == verb.i:
            return not any(w.i != verb.i and t.left_edge.i <= w.i <= t.right_edge.i for w in hit.tokens)
        t = t.head
    return False


def _party_in_complement(p: Any, verb: Token, hit: Hit) -> bool:
    """The parse's target ``p`` stands in a clause the verb governs (``_in_complement``)."""
    if p is None or p.start is None:
        return False
    span = verb.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and _in_complement(span.root, verb, hit)


def _code(p: Any) -> str:
    return str(p.code or p.country or "")


def _first_actor(heads: list[Token], parties: Any, speaker: Any, actor_at: ActorAt) -> list[Any]:
    """The subject's coded actor: its head, else the first coded actor inside it
    ("Eriador's death toll" -> Eriador)."""
    for h in heads:
        p = parties.party(h, speaker)
        if p is not None and (p.code or p.country):
            return [parties.party(x, speaker) for x in coordinated(h)]
        for t in h.subtree:
            found = actor_at(t)
            if found is not None and found[2].i != h.i:
                return [parties.party(found[2], speaker)]
    return []


def coordinated(head: Token) -> list[Token]:
    """``head`` and its conjuncts, with a list spaCy read as an apposition ("Mordor, the
    Shire, Fornost and Bree": Shire an appositive of Mordor, Fornost and Bree its conjuncts)."""
    out = [head, *head.conjuncts]
    for c in head.children:
        names = [c, *c.conjuncts]  # names all: "Kokesh, a veteran, activist and host" describes
        if (
            c.dep_ == "appos"
            and c.i > head.i
            and len(names) > 1
            and all(t.pos_ == "PROPN" for t in (head, *names))
        ):
            out.extend(names)
    return sorted(set(out), key=lambda t: t.i)


def transformed(found: list[Any], lex: Any, parties: Any, actor_at: ActorAt) -> list[Any]:
    """The sentence's events after the dictionaries' transformation lines
    (``tidings.events.petrarch_transform``); the governing verb's source is its subject."""
    from tidings.events.petrarch_transform import transform

    rules = getattr(lex, "transformations", [])
    return transform(found, rules, lambda v: _subject(v, parties, None, actor_at)) if rules else found


def _subject(verb: Token, parties: Any, speaker: Any, actor_at: ActorAt) -> list[Any]:
    """The subject of the clause the verb phrase belongs to: the verb's own, else up through
    complements and coordinated verbs ("Arnor is about to restore", "X met Y and signed"),
    past pronouns the actors stage left unresolved. As in PETRARCH, a passive's subject is
    the source unless a "by" agent is named (then the parse's roles stand)."""
    t = verb
    for _ in range(8):
        if any(c.dep_ == "agent" for c in t.children):
            return []
        # a subject the parser hung on the auxiliary ("The Philippines was ... criticized")
        heads = [t, *(a for a in t.children if a.dep_ in ("aux", "auxpass") and a.i < t.i)]
        subs = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if subs:
            found = _first_actor([h for x in subs for h in (x, *x.conjuncts)], parties, speaker, actor_at)
            if found or not all(x.pos_ == "PRON" for x in subs):
                return found
        if t.head.i == t.i or t.dep_ not in _CLIMB:
            break
        t = t.head
    return []


_CLIMB = frozenset({"xcomp", "acomp", "conj", "advcl", "ccomp", "pcomp", "pobj", "prep", "aux"})
# Clauses a verb governs: a target inside one is that clause's, not the verb's.
_GOVERNED = frozenset({"xcomp"})
# Verb tokens that head no clause ("according to", "the injured man"): no PETRARCH verb.
NOT_CLAUSE = frozenset({"prep", "amod", "compound", "advmod", "mark", "case", "npadvmod"})


def refines(f: Any) -> bool:
    """Found ``f`` is a built-in lexicon event recoded by an imported PETRARCH pattern."""
    return bool(getattr(getattr(f.matched, "hit", None), "refines", False))


def drop_reporting(found: list[Any]) -> list[Any]:
    """A PETRARCH event whose target sits in a complement clause that is coded itself
    ("X said Iraq attacked Kuwait") is the report of that event, not an event of its own:
    the embedded clause is coded on its own (tidings' rule for reported speech)."""
    out = []
    for f in found:
        if getattr(f.pattern, "petrarch", None) is not None and not refines(f) and _reports(f, found):
            continue
        out.append(f)
    return out


def _reports(f: Any, found: list[Any]) -> bool:
    starts = [t.start for t in f.targets if t is not None and t.start is not None]
    for c in f.trigger.children:
        if c.dep_ not in ("ccomp", "xcomp") or not starts:
            continue
        lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        inner = any(g is not f and c.left_edge.i <= g.trigger.i <= c.right_edge.i for g in found)
        if inner and all(lo <= s < hi for s in starts):
            return True
    return False


def reverse_found(found: list[Any]) -> list[Any]:
    """``[X:Y]`` codes: for each coded X (source -> target), Y from the target to the source."""
    import dataclasses

    out = []
    for f in found:
        c = getattr(f.pattern, "petrarch", None)
        if c is None or c.reverse is None or refines(f):
            continue  # a refinement codes the lexicon's one event
        pairs = [(t, s) for s, t in f.dyads() if t is not None]
        if f.pairs is not None:  # "%": both directions are already there
            pairs = list(f.pairs)
        if pairs:
            out.append(dataclasses.replace(f, code=c.reverse, pairs=pairs))
    return out


def petrarch_hit(
    p: Any, tok: Token, actor_at: ActorAt | None, candidates: Any = (), match_pattern: Any = None
) -> Matched | None:
    """The extractor's call: the pattern's matched tokens (with its slots) or None. With the
    built-in lexicon loaded (its entries among ``candidates``, tried with ``match_pattern``,
    the extractor's matcher), an imported pattern refines
    the lexicon, it adds nothing: it stands only where an entry codes the verb too with a
    code its own code falls under, and then makes that event's code more specific (the
    lexicon's roles stand); a blocker of the file blocks nothing."""
    if tok.pos_ != "VERB" or actor_at is None or tok.dep_ in NOT_CLAUSE or not p.petrarch.is_form(tok):
        return None
    natives = [q for q in candidates if q.petrarch is None] if match_pattern is not None else []
    native = _refined(tok, natives, p.code, match_pattern) if natives and p.code is not None else None
    if natives and native is None:
        return None
    hit = p.petrarch.match(tok, actor_at)
    if hit is None:
        return None
    hit.verb, hit.refines = tok, native is not None
    out = Matched(hit.tokens)
    out.hit = hit
    if native is not None:  # the lexicon's entry and words, with the pattern's code and origin
        import dataclasses

        out.extend(t for t in native[1] if t not in out)
        out.as_pattern = dataclasses.replace(native[0], code=p.code, entry=p.entry, origin=p.origin)
    return out


def is_known(code: str) -> bool:
    from tidings.events.codes import code_info

    try:
        code_info(code)
    except KeyError:
        return False
    return True


def other_code(code: str) -> Any:
    """A dictionary's own code outside CAMEO (the validation suite's WEIS codes: 345, 903):
    kept as written, with no label, Goldstein 0 and PLOVER OTHER."""
    from tidings.events.codes import CodeInfo

    return CodeInfo(
        code=code,
        label="",
        goldstein=0.0,
        quad_class=0,
        plover_event="OTHER",
        plover_mode=None,
        plover_context=(),
    )


def yields_to_native(lex: Any, tokens: list[Token]) -> bool:
    """With the built-in lexicon loaded, an imported PETRARCH dictionary refines the verbs the
    lexicon codes, it adds none: its pattern stands only where a lexicon entry of the verb
    codes it too (a lexicon blocker wins), and not when its words include a word the lexicon
    codes itself ("announced a withdrawal", "held a rally")."""
    if "lexicon.tsv (tidings)" not in lex.sources:
        return False
    if getattr(getattr(tokens, "hit", None), "refines", False):
        return False  # it recodes the lexicon's own event (petrarch_hit)
    for t in tokens:
        noun = t.pos_ in ("NOUN", "PROPN")
        if (noun or t.pos_ == "VERB") and any(
            p.petrarch is None for p in lex.candidates(t.lemma_.lower(), noun)
        ):
            return True
    return False


def _refined(
    verb: Token, natives: list[Any], code: str, match_pattern: Any
) -> tuple[Any, list[Token]] | None:
    """The built-in lexicon entry that codes ``verb`` here with a code ``code`` refines (the
    same code or one below it in CAMEO's tree: 040 -> 043, 190 -> 193), and its words."""
    from tidings.events.modality import negated as is_negated
    from tidings.events.petrarch_transform import under

    found = match_pattern(verb, natives, is_negated(verb))
    if found is None or found[0].code is None or not under(code, found[0].code):
        return None
    return found


def refined_mention(ev: Any, earlier: list[Any]) -> Any | None:
    """The earlier event ``ev`` retells where another dictionary made one of the two codes
    more specific (the built-in lexicon's "asked" 020, then "also asked ... how" refined to
    0214 by an imported pattern): the same act, one event, as without the import. Same verb,
    coded source and target, negation, modality and date; codes one under the other."""

    from tidings.events.petrarch_transform import under

    def file_of(e: Any) -> str:  # "lexicon.tsv:42" -> "lexicon.tsv"; a rule ("rule:...") none
        origin = str(e.evidence.get("dictionary", ""))
        return "" if origin.startswith("rule:") else origin.rsplit(":", 1)[0]

    def key(e: Any) -> tuple[Any, ...]:
        tgt = (e.target.code or e.target.country) if e.target is not None else None
        told = e.date is not None and e.date.source in ("expression", "sentence")
        return (
            e.action.lemma,
            e.source.code or e.source.country,
            tgt,
            e.negated,
            e.modality,
            told and e.date.value,
        )

    for k in earlier:
        if k.cameo == ev.cameo or file_of(k) in ("", file_of(ev)) or not file_of(ev) or key(k) != key(ev):
            continue
        if under(k.cameo, ev.cameo) or under(ev.cameo, k.cameo):
            return k
    return None
