"""Which extracted events are reported: acts *towards* someone need that someone (issue 15,
point 3).

CAMEO codes "who did what to whom". An event found with no coded recipient is reported only
when its code is one-sided: public statements (01: "the Taliban claimed responsibility",
"Iran denied the accusation", "declined to comment") and force postures (15: "Turkey mobilised
its reserves", "put its nuclear forces on alert"), which CAMEO defines without a counterpart.
Every other code is an act towards someone, and found with no coded recipient ("Trump attacked
the impeachment investigation", "the Italian minister joined the talks", "the court decided to
X", "unions plan to strike", "the judge found ...") it is a description, a state of affairs or
a half-read clause, nothing a dyadic event record can carry: like PETRARCH's ``require_dyad``
it is not reported. Measured on the dev splits (dev, dev3, dev4; session 6): extracted events
with no target outside 01 and 15 paired with a gold event 5 times in 78, and the gold codes 0
of its 63 acts of force (18-19) and 0 of its 25 intents (03) without a target. An event with
no coded source at all ("a spokesperson", "no organization") names no actor and is not
reported either. Talking with the press ("Collins discusses his campaign with Wikinews",
"spoke with reporters") is an interview, the news itself, not a consultation (04) between the
parties of the news.

``DIRECTED`` keeps the narrower set of roots whose very definition is a recipient (02 appeal
to, 04 consult with, 05 and 06 cooperate with, 07 aid, 09 investigate, 11 disapprove of, 12
reject, 16 reduce relations with): an act of those read with no target is no act a reaction
can refer to (``discourse.Memory.earlier_act``); a bombing with no victims named still is.

The rule is the built-in lexicon's: it needs the actors stage's coding (on a Doc that stage
did not see or in which it coded no one, every event is kept), and events from user or
PETRARCH dictionaries follow their own conventions (PETRARCH's ``require_dyad``, in
``petrarch_roles``).

Partial events are a user's choice: with TIDINGS_PARTIAL_EVENTS=on (``tidings extract
--partial-events``) an event whose source is coded but whose target was not read is
kept, as GDELT keeps events with an empty Actor2, and marked ``evidence.partial = "target"``
(its ``target`` is null or a phrase naming no actor). Interviews and events with no coded
source are dropped either way.
"""

from __future__ import annotations

import os

from spacy.tokens import Doc

from tidings.events.wordsets import FORCE_ROOTS
from tidings.model import Event, Party
from tidings.nlp.extensions import HITS_KEY

# CAMEO roots whose events are acts towards a recipient.
DIRECTED = frozenset({"02", "04", "05", "06", "07", "09", "11", "12", "16"})
# CAMEO roots reportable with no coded target: public statements and force postures.
ONE_SIDED = ("01", "15")
PRESS = "MED"  # the sector of news media
BUILT_IN = ("lexicon.tsv", "rule:")  # origins of the built-in lexicon's patterns
ENV = "TIDINGS_PARTIAL_EVENTS"
ON_VALUES = ("1", "on", "true", "yes")
PARTIAL = "target"  # evidence.partial of a kept event whose target was not read


def partial_events() -> bool:
    """TIDINGS_PARTIAL_EVENTS is on: keep events whose code ``needs_target`` with no coded
    target (default off, PETRARCH's require-dyad convention)."""
    return (os.environ.get(ENV) or "").strip().lower() in ON_VALUES


def coded(p: Party | None) -> bool:
    return p is not None and bool(p.code or p.country)


def directed(code: str) -> bool:
    """An act whose CAMEO definition is a recipient (``DIRECTED``)."""
    return code[:2] in DIRECTED


def needs_target(code: str) -> bool:
    """An event of ``code`` is reported only with a coded target (all but ``ONE_SIDED``)."""
    return not code.startswith(ONE_SIDED)


def reportable(ev: Event, partial: bool = False) -> bool:
    """``ev`` has a coded source, and a coded target when its code ``needs_target`` (or
    ``partial``: then such an event is kept, marked ``evidence.partial``). What a denial
    denies stays, marked ``denied`` ("denied that its forces shelled the town")."""
    if ev.modality == "denied":
        return True
    if not coded(ev.source):
        return unnamed_force(ev)
    if interview(ev):
        return False
    if coded(ev.target) or not needs_target(ev.cameo):
        return True
    if partial:
        ev.evidence["partial"] = PARTIAL
    return partial


UNNAMED = "no actor named"  # evidence.source of an act whose subject is the act itself


def unnamed_force(ev: Event) -> bool:
    """An act of force by no one named, against a coded target: "a car bomb killed five
    soldiers in Mogadishu" (1832, target SOMMIL), "twin bombings struck the cathedral". The
    perpetrator is unknown, not unread: GUIDELINES codes such events with a null source, as
    GDELT keeps them with an empty Actor1."""
    return (
        str(ev.evidence.get("source") or "").startswith(UNNAMED)
        and ev.cameo[:2] in FORCE_ROOTS
        and coded(ev.target)
    )


def interview(ev: Event) -> bool:
    """A consultation (04) with the press on either side."""
    sides = [*(ev.source.sectors or []), *((ev.target.sectors or []) if ev.target is not None else [])]
    return ev.cameo[:2] == "04" and PRESS in sides


def built_in(ev: Event) -> bool:
    """The lexicon's own events, and those an imported pattern only recoded (their roles are the
    lexicon's: ``petrarch_roles.petrarch_hit``)."""
    return str(ev.evidence.get("dictionary") or "").startswith(BUILT_IN) or "refines" in ev.evidence


def reported(events: list[Event], doc: Doc | None) -> list[Event]:
    """The ``reportable`` events of the built-in lexicon, where the actors stage coded ``doc``
    (with ``partial_events()``, those with an unread target too)."""
    if doc is None or not doc.user_data.get(HITS_KEY):
        return events
    partial = partial_events()
    return [ev for ev in events if not built_in(ev) or reportable(ev, partial)]
