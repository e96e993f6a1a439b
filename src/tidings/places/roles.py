"""Roles that make a place an event's scene without a locative preposition, or keep a
locative from being one (used by ``tidings.places.event``): a journey's goal, a
procession's start, "X was the target of EVENT", "the X-based court", a person's home."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.places.party import LOCAL_BODIES

# Verbs of a procession, whose starting point ("from") is where the event is held.
PROCESSIONS = {"march", "parade", "walk", "process", "rally", "demonstrate", "protest"}
# Nouns of a journey, whose goal ("to") is where it happens.
VISITS = {"visit", "trip", "delegation", "tour", "journey", "mission", "pilgrimage"}


# Verbs whose starting point ("from") is where the act happens: "released from a Wisconsin jail".
RELEASES = {
    "release",
    "free",
    "escape",
    "discharge",
    "deport",
    "expel",
    "rescue",
}  # not "airlifted from Omsk": a journey


def journey(tok: Token) -> bool:
    """A journey's noun, or a verb whose object is one ("headed a delegation")."""
    return tok.lemma_ in VISITS or any(c.dep_ == "dobj" and c.lemma_ in VISITS for c in tok.children)


TARGET_NOUNS = {"target", "scene", "site", "venue", "host", "location"}


def target_of(event: Token, tok: Token) -> bool:
    """``tok`` is the subject of "X was the target/scene/site of EVENT"."""
    prep = event.head
    if event.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in TARGET_NOUNS:
        return False
    noun = prep.head
    return noun.dep_ == "attr" and tok.dep_ == "nsubj" and tok.head.i == noun.head.i


def describes_person(span: Span, event_toks: frozenset[int] | set[int] = frozenset()) -> bool:
    """A locative on a person says where the person is from or lives, not where the event
    happens: "the plaintiff, Eva Glawischnig-Piesczek, a politician in Austria"."""
    tok = span.root
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(3):  # through the apposition's own phrases: "the suspect in a shooting in Kenosha"
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        noun = (
            tok.head.head
        )  # not the person's name itself: the parser hangs the event's "in Qatar" there too
        if noun.i in event_toks:
            return False  # the place of the event's own noun ("a shooting in Kenosha")
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.ent_type_ == "PERSON":
            return True
        if noun.pos_ != "NOUN":
            return False
        tok = noun
    return False


def based(span: Span, verb: Token) -> bool:
    """The town or country of "the Luxembourg-based court", subject of the event's verb: a
    local body (a court, the police, a council: ``tidings.places.party.LOCAL_BODIES``) acts
    where it is based; a movement or a company need not ("the Yemen-based Houthi movement
    claimed responsibility" for an attack in Saudi Arabia)."""
    tok = span.root
    word = tok.head
    if tok.dep_ not in ("npadvmod", "compound", "nmod") or word.lower_ != "based":
        return False
    subject = word.head
    if subject.lemma_.lower() not in LOCAL_BODIES and subject.lower_ not in LOCAL_BODIES:
        return False
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i


# Verbs of asking someone to act: the place of the act asked for ("called on Turkey to halt
# its drilling within the EEZ of Cyprus") is not where the asking happens.
APPEALS = {
    "call",
    "urge",
    "ask",
    "demand",
    "appeal",
    "request",
    "press",
    "plead",
    "encourage",
    "invite",
    "beg",
}


def requested(span: Span, verb: Token) -> bool:
    """The place sits in the complement of an appeal, the act asked for ("called on Turkey
    to halt drilling within the EEZ of Cyprus", "urged them to return to Syria")."""
    if verb.lemma_.lower() not in APPEALS:
        return False
    tok = span.root
    for _ in range(40):
        if tok.head is tok or tok.i == verb.i:
            return False
        if tok.dep_ in ("xcomp", "ccomp") and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


# Dependents that give a verb phrase of its own: once the event's verb has one before "and",
# what the next verb governs is that verb's ("arrested and charged in Paris" shares its place).
OWN_PHRASE = {"dobj", "prep", "npadvmod", "advmod", "attr", "dative", "xcomp", "ccomp", "oprd", "acomp"}


def later_act(span: Span, verb: Token) -> bool:
    """The place belongs to a later act conjoined with the event's, when the event's verb has
    a phrase of its own before it ("Hungary licensed Czech technology and started assembling
    firearms in Kiskunfélegyháza": not where it licensed; "was released in 2018 and ... living
    in Staffordshire"); a place after bare coordinated verbs is shared ("arrested and charged
    in Paris")."""
    tok = span.root
    for _ in range(40):
        if tok.head is tok or tok.i == verb.i:
            return False
        if tok.dep_ == "conj" and tok.head.i == verb.i and tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in OWN_PHRASE and verb.i < c.i < tok.i for c in verb.children)
        tok = tok.head
    return False


def reported(span: Span, verb: Token) -> bool:
    """The place sits in a clause the event's verb reports ("representatives from Iran
    acknowledged their government had shot down a Ukrainian jet near Tehran"): the reported
    act's place, not the telling's."""
    tok = span.root
    for _ in range(40):
        if tok.head is tok or tok.i == verb.i:
            return False
        if tok.dep_ == "ccomp" and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def in_aside(span: Span, event_toks: set[int]) -> bool:
    """The place is inside a parenthesis the event is not in ("phoned 911 (the emergency
    number in the United States)"): the aside explains a word, it does not place the event."""
    sent, doc = span.sent, span.doc
    opening = next((t.i for t in reversed(doc[sent.start : span.start]) if t.text in "()"), None)
    closing = next((t.i for t in doc[span.end : sent.end] if t.text in "()"), None)
    if opening is None or closing is None or doc[opening].text != "(" or doc[closing].text != ")":
        return False
    return not any(opening < i < closing for i in event_toks)


# Words of talking at a distance: a telephone call or a tweet joins two places or none.
REMOTE = {"phone", "telephone", "tweet", "videoconference", "teleconference", "email", "e-mail", "videocall"}


def remote(doc: Doc, token_indices: Sequence[int]) -> bool:
    """The event is a call or a post ("a phone conversation", "spoke by telephone",
    "according to a tweet"): its words, their compounds or the objects of their
    prepositions name one (not a clause they govern: "arrested after she phoned")."""
    toks = [doc[i] for i in token_indices]
    words = toks + [c for t in toks for c in t.children if c.dep_ == "compound"]
    words += [g for t in toks for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in REMOTE or w.lower_ in REMOTE for w in words)
