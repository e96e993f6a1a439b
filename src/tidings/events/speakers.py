"""'Iran said it would retaliate', 'Sheriff Lee said they arrested one person': the pronoun
subject of a reported clause is its speaker (issue 15, point 2).

English reports what an actor says about itself with a third-person pronoun as the subject
of the reported clause. When the actors stage leaves such an "it" or "they" unresolved,
``speaker_party`` gives it the party of the speech verb's subject, with the pronoun's own
words and offsets as its text (the mention the code comes from). "It" stands for an
organisation or a state, never a person or a plural noun; "they" for either (a sheriff's
"they" is the sheriff's office); "he" and "she" for a person ("Queen Elizabeth II announced
she will comply with the request"). A pronoun speaker, or a speaker that names no coded actor,
gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.events.wordsets import ANAPHORS, SPEECH
from tidings.model import Party

if TYPE_CHECKING:
    from tidings.events.parties import Parties

# Pronouns a reported clause's speaker can be the subject as.
SELF_PRONOUNS = frozenset({"it", "they"})
PERSONAL = frozenset({"he", "she"})  # the speaker when it is a person the actors stage left unresolved
# Verbs of saying, promising and warning whose clause reports the subject's own act.
REPORTING = frozenset(SPEECH | {"warn", "threaten", "promise", "pledge", "vow", "deny", "admit", "decide"})


def reporting_subject(tok: Token) -> Token | None:
    """The subject of the verb that reports the clause ``tok`` is the subject of."""
    if tok.lower_ not in SELF_PRONOUNS | PERSONAL or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return None
    said = verb.head
    subs = [c for c in said.children if c.dep_ == "nsubj"]
    while not subs and said.dep_ == "conj" and said.head.i != said.i:
        said = said.head  # "The SDF opposed the withdrawal and said it was given assurances"
        subs = [c for c in said.children if c.dep_ == "nsubj"]
    if not subs or subs[0].pos_ == "PRON" or subs[0].lower_ in ANAPHORS:
        return None
    s = subs[0]
    if tok.lower_ == "it" and (s.tag_ in ("NNS", "NNPS") or s.ent_type_ == "PERSON"):
        return None  # "it" is no person and no plural
    if tok.lower_ in PERSONAL and (s.tag_ in ("NNS", "NNPS") or s.ent_type_ in ("GPE", "ORG", "NORP")):
        return None  # "she" is one person: "Queen Elizabeth II announced she will comply"
    return s


def speaker_party(parties: Parties, tok: Token) -> Party | None:
    """The coded party of the speaker whose clause ``tok`` is the pronoun subject of."""
    s = reporting_subject(tok)
    if s is None:
        return None
    p = parties.party(s)
    if p is None or not (p.code or p.country):
        return None
    return p.model_copy(update={"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)})
