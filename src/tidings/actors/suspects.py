"""People the text treats as criminal suspects: CAMEO's criminals sector (CRM).

CAMEO codes "individuals or groups engaged in criminal activity" as CRM, and
gold/GUIDELINES.md codes the man arrested on suspicion of burglary, the men jailed for abuse
and the driver charged with murder that way. A plain person word ("a man", "two women", "a
25-year-old") or a named private person is first coded a civilian (CVL); this step makes the
whole cluster CRM when one of its mentions is, by the parse:

- the subject of a passive arrest, charge, verdict or sentence ("A man was arrested",
  "Fields was sentenced", "they were found guilty"), or the object of the active verb
  ("police arrested a 36-year-old man", "the judge sentenced Ohio man James Alex Fields");
- the subject of "pleaded guilty" or "is serving a sentence";
- the subject of an active verb of crime ("Usman Khan stabbed several people", "a man
  murdered his wife", "two men kidnapped a girl");
- described as suspected, alleged or accused ("a man suspected to have supplied the gun",
  "the alleged shooter").

A protester, journalist, activist or official keeps the sector its own words give (an arrest
of a protester is no crime report), and so do crowds ("1,000 people were arrested since the
protests began"): only the plain person words below and named persons with no role change.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import Mention, State
from tidings.actors.codes import join_code

# passive verbs of the courts whose subject is a convicted or charged person
CONVICTED = frozenset({"sentence", "convict", "charge", "indict", "jail", "imprison"})
# ... and of the police: an arrest makes a suspect too
ARRESTED = CONVICTED | {"arrest", "detain", "prosecute"}
# crimes whose (active) subject, a private person, is a criminal
CRIMES = frozenset(
    "stab murder rape rob kidnap abduct molest burgle steal torture strangle kill shoot".split()
)
SUSPECTED = frozenset({"suspect", "suspected", "alleged", "accused", "accuse"})
# plain person words: civilians until the text says what they did
PLAIN_PERSONS = frozenset(
    "man men woman women person persons individual individuals teenager teenagers boy boys girl "
    "girls youth youths shooter driver couple couples".split()
)


def convicted(st: State, m: Mention) -> str | None:
    """'X was sentenced/convicted/charged', 'X is serving a life sentence', 'X pleaded guilty',
    'X appeared in court, charged with murder': the verb phrase, else None."""
    tok = st.doc[m.start : m.end].root
    if tok.dep_ == "appos":  # "An Australian, Brenton Tarrant, appeared ..."
        tok = tok.head
    verb = tok.head
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in CONVICTED:
        return verb.text
    if tok.dep_ != "nsubj":
        return None
    kids = list(verb.children)
    if verb.lemma_.lower() == "serve" and any(
        k.dep_ == "dobj" and k.lemma_.lower() == "sentence" for k in kids
    ):
        return f"{verb.text} a sentence"
    if verb.lemma_.lower() == "plead" and any(k.lower_ == "guilty" for k in kids):
        return f"{verb.text} guilty"
    for k in kids:  # "appeared in court, charged with murder"
        if k.dep_ in ("advcl", "conj") and k.tag_ == "VBN" and k.lemma_.lower() in CONVICTED:
            return k.text
    return None


def _suspected(st: State, m: Mention) -> str | None:
    """What makes the mention a suspect (see the module docstring), else None."""
    found = convicted(st, m)
    if found:
        return found
    tok = st.doc[m.start : m.end].root
    while tok.dep_ in ("appos", "conj") and tok.head is not tok:  # "sentenced David and Louise Turpin"
        tok = tok.head
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ == "nsubjpass" and (lemma in ARRESTED or _found_guilty(verb)):
        return verb.text if lemma in ARRESTED else f"{verb.text} guilty"
    if tok.dep_ == "dobj" and lemma in ARRESTED and verb.pos_ == "VERB":
        return verb.text
    if tok.dep_ == "nsubj" and lemma in CRIMES and verb.pos_ == "VERB" and not _negated(verb):
        return verb.text  # "28-year-old Usman Khan stabbed several people"
    for c in tok.children:  # "a man suspected to have supplied the gun", "the alleged shooter"
        if c.lower_ in SUSPECTED and (c.dep_ == "amod" or c.dep_ == "acl" and c.tag_ == "VBN"):
            return c.text
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _found_guilty(verb: Token) -> bool:
    return verb.lemma_.lower() == "find" and any(c.lower_ == "guilty" for c in verb.children)


def _plain(st: State, m: Mention) -> bool:
    if m.kind == "name":
        return True
    return m.kind == "description" and st.doc[m.head].lemma_.lower() in PLAIN_PERSONS | {
        w.rstrip("s") for w in PLAIN_PERSONS
    }


def suspects(st: State) -> None:
    for cl in st.clusters:
        if cl.sectors != ["CVL"] or cl.kind not in ("person", "group") or cl.coded_by_kb or not cl.mentions:
            continue
        if not all(_plain(st, m) for m in cl.mentions if m.kind in ("name", "description")):
            continue
        why = next(
            (w for m in cl.mentions if m.kind in ("name", "description") for w in [_suspected(st, m)] if w),
            None,
        )
        if why is None:
            continue
        cl.sectors = ["CRM"]
        cl.code = join_code(cl.country, cl.sectors)
        cl.evidence = {**cl.evidence, "sector": f"a person the text treats as a suspect ({why!r}): CRM"}
