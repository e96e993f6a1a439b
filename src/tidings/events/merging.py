"""The same event reported twice in one article is one event (issue 15, point 3).

A summary and its detail, or an act and a later noun naming it ("Turkey attacked Kurdish
positions ... the attack began at dawn"), are one act: the first mention stays, the later
ones are listed in its ``evidence["mentions"]``. Two mentions are of one act when they have

- the same code (codes one under the other from the lexicon itself stay apart, "criticised"
  111 and "accused of war crimes" 1122 ...; an imported pattern that only refined the
  lexicon's code is the same act, ``petrarch_roles.refined_mention``);
- the same coded source and target (a later mention with no target joins the act told
  with one), negation and modality;
- the same date where the sentences give one (none counts as the same: "the trilateral
  meeting of Cyprus, Greece and Israel on January 28, 2016" is not the meeting told before);
- and the later mention retells the first: the same verb or noun again, or an event noun.

Different verbs stay different acts ("praised bilateral relations", then "supported Iran's
position").
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.events.claims import attribute_claims
from tidings.events.petrarch_roles import refined_mention
from tidings.events.reportable import reported
from tidings.model import Event

NOUN = "noun"  # evidence["rule"] of an event named by a noun


def _party(ev: Event, side: str) -> str | None:
    p = ev.source if side == "source" else ev.target
    return (p.code or p.country) if p is not None else None


def _told_date(ev: Event) -> str | None:
    """The date the event's own sentence gives (None when it inherits one)."""
    return ev.date.value if ev.date is not None and ev.date.source in ("expression", "sentence") else None


def same_act(first: Event, later: Event) -> bool:
    """``later`` may be another mention of ``first`` (``retold`` decides)."""
    tgt = _party(later, "target")
    return (
        first.cameo == later.cameo
        and _party(first, "source") == _party(later, "source")
        and (tgt is None or tgt == _party(first, "target"))
        and first.negated == later.negated
        and first.modality == later.modality
        and _told_date(first) == _told_date(later)
    )


def retold(first: Event, later: Event) -> bool:
    """``later`` retells ``first``: the same verb or noun again, or an event noun that
    names the act told before ("Turkey attacked ... The offensive began at dawn")."""
    return first.action.lemma == later.action.lemma or later.evidence.get("rule") == NOUN


def earlier_mention(ev: Event, acts: list[Event]) -> Event | None:
    """The first act in ``acts`` that ``ev`` may mention again."""
    return next((a for a in acts if same_act(a, ev)), None)


def merge_mentions(events: list[Event], doc: Doc | None = None) -> list[Event]:
    """One event per act told (the module's rules); a claimed act told before takes the
    claimant first (``claims``). What is left is reported when it has the parties its code
    needs (``reportable``; where the actors stage coded ``doc``)."""
    events = attribute_claims(events)
    acts: list[Event] = []  # the first mention of each act, in order
    out: list[Event] = []
    for ev in events:
        if not (ev.source.code or ev.source.country):
            out.append(ev)
            continue
        kept = earlier_mention(ev, acts) or refined_mention(ev, out)
        if kept is not None and not retold(kept, ev):
            out.append(ev)  # "praised relations", then "supported its position": two acts
            continue
        if kept is None:
            acts.append(ev)
            out.append(ev)
            continue
        kept.evidence.setdefault("mentions", []).append(
            {
                "sentence": ev.sentence,
                "text": ev.action.text,
                "start": ev.action.start,
                "end": ev.action.end,
                "source": ev.source.text,
                "target": ev.target.text if ev.target is not None else None,
            }
        )
    return reported(out, doc)
