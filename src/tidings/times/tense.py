"""The tense of the clause a date expression sits in (past, future or unknown)."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.times.resolve import Tense

_FUTURE_HEADS = {
    "plan",
    "expect",
    "schedule",
    "due",
    "set",
    "intend",
    "aim",
    "hope",
    "go",
    "want",
    "prepare",
    "vow",
    "promise",
    "threaten",
    "pledge",
}


_PREDICT = {"predict", "forecast", "expect", "plan", "schedule", "anticipate", "project"}


def clause_tense(tok: Token) -> Tense:
    """Past, future or unknown, from the verb that governs ``tok``."""
    verb = tok
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    low = {a.lower_ for a in auxes}
    if low & {"will", "'ll", "shall", "wo"}:
        return "future"
    if (
        verb.tag_ in ("VBD",)
        or any(a.tag_ == "VBD" for a in auxes)
        or (verb.tag_ == "VBN" and low & {"has", "have", "had"})
    ):
        return "past"
    if verb.tag_ == "VB" and "to" in low and verb.head.lemma_ in _FUTURE_HEADS:
        return "future"
    if verb.lemma_ in _PREDICT and verb.tag_ in ("VBP", "VBZ", "VBG"):
        return "future"  # "Meteorologists predict landfall Saturday morning"
    if low & {"is", "are", "am"} and verb.tag_ == "VBG" and verb.lemma_ == "go":
        return "future"
    if verb.tag_ == "VBN" and not low:
        return "past"
    return None
