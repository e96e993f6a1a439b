"""Who speaks: the speaker of a cue verb, from its subject, an apposition or an utterance's author.

``speaker_for(doc, cue)`` climbs from a cue ("said", "according to") to the noun phrase that
names the speaker and codes it through ``tidings.actors.actor_at``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.model import Speaker

# Dependents that are not part of the speaker's name ("Smith, who ..., said").
CUT_DEPS = {
    "appos",
    "relcl",
    "acl",
    "punct",
    "advcl",
    "parataxis",
    "prep",
    "advmod",
    "aux",
    "neg",
    "cc",
    "conj",
}

# Prepositions kept inside a speaker's name ("the president of Iran", "a spokesman for ...").
NAME_PREPS = {"of", "to", "for", "from", "at"}

# Things that speak for someone: "a statement by X", "X's statement", "a tweet from X".
UTTERANCES = {
    "statement",
    "tweet",
    "post",
    "report",
    "interview",
    "message",
    "letter",
    "release",
    "announcement",
    "remark",
    "comment",
    "speech",
    "address",
    "communique",
    "communiqué",
    "account",
    "website",
    "proclamation",
    "decree",
}

# Steps the speaker search may climb from the cue ("went on to add", "..., adding that").
CLIMB_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep"}

NOT_SPEAKERS = {"it", "there", "this", "that", "which", "what", "who", "one"}

SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _name_span(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``, without clauses or appositions."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in CUT_DEPS and not (
                c.dep_ == "prep" and c.lower_ in NAME_PREPS and t.pos_ in ("NOUN", "PROPN") and c.i > t.i
            ):
                continue
            lo, hi = min(lo, c.i), max(hi, c.i)
            stack.append(c)
    return lo, hi + 1


def _speaker_head(tok: Token) -> Token:
    """The token naming who speaks: a named apposition ("his spokesman, Steffen Seibert"),
    or the author of an utterance ("a statement by X", "X's statement")."""
    doc, left = tok.doc, tok.left_edge.i
    if (
        left >= 2
        and tok.dep_ != "pobj"
        and doc[left - 2].lower_ == "according"
        and doc[left - 1].lower_ == "to"
    ):
        # "According to ISNA, the prosecutor, Ali Mehr, said": the parse made the source the subject
        apps = [t for t in tok.subtree if t.dep_ == "appos"]
        persons = [t for t in apps if t.ent_type_ == "PERSON"]
        if persons or apps:
            return (persons or apps)[-1 if persons else 0]
    if tok.pos_ != "PROPN":
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                return c
    if tok.ent_type_ != "PERSON":
        # "the director of Argentina's Amnesty International, Mariela Belski, said"
        named = [t for t in tok.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > tok.i]
        if named:
            return named[-1]
    if tok.lower_ in ("part", "parts", "some", "much"):  # "part of the judge's statement"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return _speaker_head(objs[0])
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
        return _speaker_head(tok.head.head)  # "a statement which said"
    if tok.lemma_.lower() in UTTERANCES:
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return c
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return _speaker_head(objs[0])
            if c.dep_ == "acl":  # "a statement released by X", "a tweet sent from X's account"
                for a in c.children:
                    if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ in ("by", "from"):
                        objs = [g for g in a.children if g.dep_ == "pobj"]
                        if objs:
                            return _speaker_head(objs[0])
        if tok.dep_ == "dobj":  # "They released a statement (which said) ..."
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    return _speaker_head(c)
    return tok


def _subjects(verb: Token) -> list[Token]:
    """Subject tokens of ``verb``, climbing from a dependent cue to the verb it hangs on."""
    cur = verb
    for c in verb.children:  # "the palace issued a statement from the king: “...”"
        if c.dep_ == "dobj" and c.lemma_.lower() in UTTERANCES:
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                    objs = [g for g in prep.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[:1]
    for _ in range(4):
        subs = [c for c in cur.children if c.dep_ == "nsubj"]
        # "X was quoted as saying" / "Politico quoted X as saying": the one quoted speaks
        if cur.lemma_ == "quote" and (cur.i != verb.i or any(c.lower_ == "as" for c in cur.children)):
            subs = [c for c in cur.children if c.dep_ in ("nsubjpass", "dobj")] or subs
        if subs:
            return subs
        if (
            cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN")
        ):  # "officials saying"
            return [cur.head]
        if cur.dep_ in CLIMB_DEPS and cur.head.i != cur.i:
            cur = cur.head
            if cur.dep_ == "ccomp" and cur.head.i != cur.i:
                # "X said the 36 must face ..., adding ...": the adding hangs inside the
                # reported clause, whose subject is not the speaker; X is
                cur = cur.head
        else:
            break
    doc = verb.doc
    verb = cur
    # inverted order: “...,” said Smith — the parser sometimes makes Smith an object
    if verb.i > 0 and doc[verb.i - 1].is_punct and verb.lemma_ != "tell":
        for c in verb.rights:
            if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and c.pos_ in ("PROPN", "NOUN"):
                return [c]
    # a parse without a subject: the nearest name before the cue in its sentence
    i = verb.i - 1
    while i >= 0 and not doc[i].is_sent_end and (doc[i].pos_ != "VERB" or doc[i].tag_ == "VBG"):
        t = doc[i]
        if t.ent_type_ in SPEAKER_ENTS:
            lo = i
            while lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            names = [x for x in doc[lo : i + 1] if x.pos_ in ("PROPN", "NOUN")]
            root = names[-1] if names else doc[lo : i + 1].root
            # a name inside a prepositional phrase ("speaking to the Atlantic Council") is not the speaker
            if not (root.dep_ == "pobj" or root.dep_ == "compound" and root.head.dep_ == "pobj"):
                return [root]
            i = lo
        i -= 1
    return []


def speaker_for(doc: Doc, cue: Token) -> Speaker | None:
    """The speaker of cue verb ``cue`` (or of "according" in "according to X")."""
    from tidings.actors import actor_at

    if cue.lower_ == "according":
        heads = [g for c in cue.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    else:
        heads = _subjects(cue)
    heads = [h for h in map(_speaker_head, heads) if h.lower_ not in NOT_SPEAKERS]
    if not heads:
        return None
    ranges = [_name_span(h) for h in heads]
    lo, hi = min(r[0] for r in ranges), max(r[1] for r in ranges)
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if hi <= lo:
        return None
    span = doc[lo:hi]
    actor = actor_at(doc, lo, hi)
    return Speaker(
        actor=actor.id if actor is not None else None,
        text=span.text,
        start=span.start_char,
        end=span.end_char,
    )
