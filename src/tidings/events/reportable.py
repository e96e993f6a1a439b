"""Which extracted events are reported: a CAMEO event is dyadic (issue 15, point 3).

CAMEO codes "who did what to whom". Most codes name an act *towards* someone (appeal to,
meet with, accuse, aid, attack); found without any coded recipient ("Trump attacked the
impeachment investigation", "the coalition came to fight", "the protests began"), such an
event is a description, a state of affairs or a half-read clause, and nothing a dyadic
event record can carry. Like PETRARCH's ``require_dyad``, such events are not reported.

A few codes are one-sided by the codebook's own definition, and are reported with no
target: the comments and acknowledgements of 011-017 (decline comment, pessimistic or
optimistic comment, consider a policy option, claim or deny responsibility, a symbolic
act), the force postures of 15 (mobilise, raise alert: no one need be named) and the
administrative measures of 172 (curfews, a state of emergency: imposed on the source's
own people). An event with no coded source at all ("a spokesperson", "no organization")
names no actor and is not reported either. The rule needs the actors stage's coding: on a
Doc that stage did not see (hand-built, or a pipeline without it) every event is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.model import Event, Party
from tidings.nlp.extensions import HITS_KEY

# CAMEO codes (prefixes) whose definition needs no recipient.
ONE_SIDED = ("011", "012", "013", "014", "015", "016", "017", "15", "172")


def coded(p: Party | None) -> bool:
    return p is not None and bool(p.code or p.country)


def one_sided(code: str) -> bool:
    return code.startswith(ONE_SIDED)


def reportable(ev: Event) -> bool:
    """``ev`` has a coded source, and a coded target unless its code is one-sided. What a
    denial denies stays, marked ``denied`` ("denied that its forces shelled the town")."""
    if ev.modality == "denied":
        return True
    if not coded(ev.source):
        return False
    return coded(ev.target) or one_sided(ev.cameo)


def reported(events: list[Event], doc: Doc | None) -> list[Event]:
    """The ``reportable`` events, where the actors stage coded ``doc``'s parties."""
    if doc is None or HITS_KEY not in doc.user_data:
        return events
    return [ev for ev in events if reportable(ev)]
