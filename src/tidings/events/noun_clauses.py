"""Clauses under event nouns (issue 15 point 1): what a nominal demand, appeal or refusal
governs, and the author of a nominal act whose "by X" the parse hung on its object.

- "Poland's demand that Belarus account for the migrants", "the EU's demand that Serbia and
  Kosovo resume talks": a demand or appeal noun with a that-clause of its own subject is the
  nominal form of "demanded that X ..." (the demander -> the clause's subject, 10x / 02x);
- "China's refusal to release the two Canadians", "the AU's commitment to keep
  peacekeepers": an infinitive under a control noun;
- "the shelling of Armenian border posts by Azerbaijani artillery": spaCy often hangs the
  act's "by X" on the noun after "of"; X is still the act's author.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.lexicon import Lexicon
from tidings.events.parties import NOUN_POS, clause_object

# the families whose noun takes a that-clause naming who is to act ("the demand that X ...")
CLAUSE_FAMILIES = ("02", "10")
RELATIVE = frozenset({"WDT", "WP", "WP$"})


def _family(lex: Lexicon, word: Token) -> str:
    ctl = lex.controls.get(word.lemma_.lower())
    return (ctl[0].code or "") if ctl else ""


def that_clause(tok: Token) -> bool:
    """``tok`` heads a that-clause with a subject of its own under a noun ("the demand that
    Belarus account for ..."); not a relative clause ("the demand that Belarus rejected")."""
    if tok.dep_ not in ("acl", "relcl", "ccomp", "appos") or tok.head.pos_ not in NOUN_POS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subs) and not any(s.tag_ in RELATIVE for s in subs)


# nouns of accusation whose that-clause names the accused ("Iran's accusation that a
# British-Iranian official had spied": the official)
ACCUSING = frozenset({"accusation", "allegation"})


def noun_clause(noun: Token, lex: Lexicon, accusing: bool = False) -> Token | None:
    """The that-clause a demand or appeal noun governs ("Seoul's demand that Tokyo restore
    the pact": restore), or with ``accusing`` an accusation noun, else None."""
    if noun.pos_ not in NOUN_POS:
        return None
    if _family(lex, noun) not in CLAUSE_FAMILIES and not (accusing and noun.lemma_.lower() in ACCUSING):
        return None
    return next((c for c in noun.children if that_clause(c)), None)


def demanded(tok: Token, lex: Lexicon) -> bool:
    """'demanded that Russia release ...', 'urged that ...', 'the EU's demand that Serbia
    resume talks': a clause an appeal or demand (verb or noun) governs."""
    if that_clause(tok):
        clause = noun_clause(tok.head, lex)
        return clause is not None and clause.i == tok.i
    if not clause_object(tok) or tok.head.pos_ != "VERB":
        return False
    return _family(lex, tok.head) in CLAUSE_FAMILIES


def noun_control(tok: Token, lex: Lexicon) -> bool:
    """'China's refusal to release X', 'the AU's commitment to keep peacekeepers': an
    infinitive under a control noun (the nominal form of a control verb)."""
    return (
        tok.dep_ == "acl"
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_.lower() in lex.controls
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def object_by(noun: Token) -> list[Token]:
    """'the shelling of Armenian border posts by Azerbaijani artillery', 'the massacre of
    civilians at a church by government soldiers': the act's "by" object that the parse hung
    on a noun of the act's own phrase (its of-object, a place), not inside a clause ("the
    release of hostages held by Hamas": Hamas holds them)."""
    todo = [c for c in noun.children if c.dep_ == "prep" and c.lower_ != "by"]
    while todo:
        p = todo.pop(0)
        for obj in (c for c in p.children if c.dep_ in ("pobj", "conj") and c.pos_ in NOUN_POS):
            for b in obj.children:
                if b.dep_ == "prep" and b.lower_ == "by":
                    return [c for c in b.children if c.dep_ == "pobj"]
                if b.dep_ in ("prep", "conj"):
                    todo.append(b)
    return []
