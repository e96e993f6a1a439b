"""A claim of responsibility names the author of an act told before (issue 15).

"Oil facilities were hit by drone strikes. [...] The Houthi movement claimed
responsibility for the attacks.": the strikes, coded with no actor named, are the Houthis'
act. ``attribute_claims`` gives an earlier act of force whose source names no actor (this or
the three sentences before) the claimant as its source, with the claim as evidence, and
makes the claim sentence's own noun for that act ("the attacks", no target) a mention of it
rather than a second event.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.discourse import AIMED
from tidings.events.lexicon import Lexicon
from tidings.events.parties import prep_objects
from tidings.events.place import gpe_country
from tidings.events.roles import Roles
from tidings.events.wordsets import FORCE_ROOTS
from tidings.model import Event, Party

CLAIM = "015"
WINDOW = 3  # sentences before the claim


def coded(p: Party | None) -> bool:
    return p is not None and bool(p.code or p.country)


def attribute_claims(events: list[Event]) -> list[Event]:
    out = list(events)
    for claim in events:
        if claim.cameo != CLAIM or not claim.asserted or not coded(claim.source):
            continue
        i = unnamed_act(out, claim)
        if i is None:
            continue
        act = out[i]
        retold = [
            e
            for e in out
            if e.sentence == claim.sentence
            and e.cameo[:2] in FORCE_ROOTS
            and e.target is None
            and e.evidence.get("rule") == "noun"
            and e.source.code == claim.source.code
        ]
        evidence = dict(act.evidence)
        evidence["source"] = (
            f"claimed by {claim.source.text!r} (sentence {claim.sentence}: {claim.action.text!r})"
        )
        if retold:  # "claimed responsibility for the attacks": the attacks told before
            evidence["mentions"] = [
                *act.evidence.get("mentions", []),
                *(
                    {
                        "sentence": e.sentence,
                        "text": e.action.text,
                        "start": e.action.start,
                        "end": e.action.end,
                    }
                    for e in retold
                ),
            ]
        out[i] = act.model_copy(update={"source": claim.source, "evidence": evidence})
        out = [e for e in out if not any(e is r for r in retold)]
    return out


def unnamed_act(events: list[Event], claim: Event) -> int | None:
    """Index of the latest act of force before ``claim`` whose source names no actor."""
    best = None
    for i, e in enumerate(events):
        if e is claim or not (claim.sentence - WINDOW <= e.sentence <= claim.sentence):
            continue
        if (
            e.cameo[:2] in FORCE_ROOTS
            and e.asserted
            and not coded(e.source)
            and e.action.start < claim.action.start
        ):
            best = i
    return best


def phrase_target(obj: Token | None, roles: Roles, sources: list[Party]) -> list[Party]:
    """Whom the claimed act's own phrase names as struck: 'on', 'against', 'at' X; when that
    names only a thing ("an attack on oil infrastructure in Saudi Arabia"), the country
    where the act struck ("in X" on the act noun)."""
    if obj is None:
        return []
    avoid = {x for p in sources for x in (p.country, p.actor, p.code) if x}
    found = [p for p in roles.targets_from(prep_objects(obj, AIMED), None, avoid) if coded(p)]
    if found or not prep_objects(obj, AIMED):
        return [p for p in found if p is not None]
    places = [o for o in prep_objects(obj, ["in"]) if o.ent_type_ == "GPE"]
    return [p for p in roles.targets_from(places, None, avoid) if p is not None and p.country]


def admitted_act_targets(claim_trigger: Token, acts: list[tuple[Token, list[Party | None]]]) -> list[Party]:
    """'Iran acknowledged that its military had shot down a Ukrainian passenger jet': an
    admission (015) with no target of its own targets whom the act its clause tells struck.
    ``acts``: the triggers and targets of the sentence's other events."""
    for trig, targets in acts:
        if trig.dep_ == "ccomp" and trig.head.i == claim_trigger.i:
            found = [t for t in targets if coded(t)]
            if found:
                return [t for t in found if t is not None]
    return []


PLACE_PREPS = ("in", "at", "on", "into")


def names_force(lex: Lexicon, tok: Token) -> bool:
    """A word the lexicon codes as an act of force ("bombings", "attacked")."""
    noun = tok.pos_ == "NOUN"
    return tok.pos_ in ("NOUN", "VERB") and any(
        (p.code or "")[:2] in FORCE_ROOTS for p in lex.candidates(tok.lemma_.lower(), noun)
    )


def struck_country(tok: Token, lex: Lexicon, sources: list[Party]) -> list[Party]:
    """'At least three suicide bombings took place in Tunisia. [...] ISIL claimed
    responsibility for all three attacks.': a claim whose act struck no one named, here or in an
    earlier event, targets the country where the act took place, the nearest act of force
    told with "in/at <place>" in its sentence (this one or the WINDOW before it), not the
    claimant's own country."""
    doc = tok.doc
    sents = [s for s in doc.sents if s.start <= tok.i][-(WINDOW + 1) :]
    own = {s.country for s in sources if s.country}
    for sent in reversed(sents):
        for t in sent:
            if not names_force(lex, t):
                continue
            for h in (t, t.head):
                for o in (
                    x for p in h.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS for x in p.children
                ):
                    if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC"):
                        country = gpe_country(doc, o)
                        if country and country not in own:
                            span = doc[o.left_edge.i : o.i + 1]
                            return [
                                Party(
                                    text=span.text,
                                    code=country,
                                    country=country,
                                    start=span.start_char,
                                    end=span.end_char,
                                )
                            ]
    return []
