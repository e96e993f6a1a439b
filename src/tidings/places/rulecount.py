"""Which rule of ``event_location`` placed an event, and counts of right and wrong by rule.

``rule_of(loc)`` names the step from the result's ``evidence`` (the words each step writes),
so that the accuracy harness can say how each rule does on a split without listing single
events: ``python -m tidings.places.accuracy ... --by-rule`` for dev splits, and the
coordinator's aggregate held-out run (``--coordinator-heldout-counts``), which prints only
these counts. Names, in the order they are tested:

- ``dateline-town``: a country scene narrowed to the dateline's town;
- ``next-facility``: a town narrowed to the next sentence's facility in it;
- ``kind-facility``: "while in prison": the prison the story names;
- ``party-seat``: the seat of a local-body party ("Minneapolis police");
- ``told-next``: the next sentence says where it took place ("The trial was held in");
- ``named-later`` / ``told-before``: another mention of the event's noun;
- ``lead``: the story's scene in the lead; ``paragraph``: the sentences before;
- ``dateline``: the dateline, the source acting locally;
- ``based``, ``names-event``, ``undergoes``: roles in the event's clause;
- ``sentence``: a locative elsewhere in the sentence; ``clause``: one attached to the event;
- ``none``: no place.
"""

from __future__ import annotations

import re
from collections import Counter

from tidings.model import EventLocation

RULES = (
    (r"the dateline's town is in it", "dateline-town"),
    (r"more precisely", "next-facility"),
    (r": the \w+ the story names", "kind-facility"),
    (r"seat of the event's party", "party-seat"),
    (r"where it took place", "told-next"),
    (r"named again later", "named-later"),
    (r"told before", "told-before"),
    (r"the story's scene", "lead"),
    (r"in a sentence before", "paragraph"),
    (r"^dateline", "dateline"),
    (r"where the subject is based", "based"),
    (r"names the event", "names-event"),
    (r"subject or object", "undergoes"),
    (r"elsewhere in the sentence", "sentence"),
)
OUTCOMES = ("correct", "wrong", "placed without gold")


def rule_of(loc: EventLocation | None) -> str:
    """The name of the rule that gave ``loc`` (see the module docstring)."""
    if loc is None:
        return "none"
    evidence = loc.evidence or ""
    return next((name for pat, name in RULES if re.search(pat, evidence)), loc.source or "clause")


def rule_table(counts: Counter[tuple[str, str]]) -> list[str]:
    """Lines of a table: for each rule, how many gold places it got right, wrong, and how
    many events without a gold place it placed. ``counts``: (rule, outcome) -> n."""
    rules = sorted({r for r, _ in counts}, key=lambda r: (-sum(counts[r, o] for o in OUTCOMES), r))
    lines = [f"  {'rule':14} {'correct':>7} {'wrong':>5} {'placed without gold':>19}"]
    lines += [
        f"  {r:14} {counts[r, OUTCOMES[0]]:7} {counts[r, OUTCOMES[1]]:5} {counts[r, OUTCOMES[2]]:19}"
        for r in rules
    ]
    return lines
