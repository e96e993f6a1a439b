"""Which kind of dictionary a file is: every stage gets the same ``--dictionary`` list.

``kind_of(lines, name)`` names the format (tidings event lexicon or actor TSV, PETRARCH
verb, actor/agent, discard or issue file, a plain word list such as PETRARCH's
prepositions file) or raises E400 for a file that is none of them, so a wrong file stops
the run with one clear line instead of being skipped in silence. No tidings imports: the
events and actors loaders both call it.
"""

from __future__ import annotations

import re
from pathlib import Path

from tidings.errors import TidingsError

_EVENT_CODE = re.compile(r"^\d{2,4}>?$")
_ACTOR_KINDS = frozenset({"country", "region", "multinational", "ethnic", "organisation", "person", "role"})
_VERB_HEADER = re.compile(r"^---\s*\S.*\[[^\]]*\]")
_ACTOR_CODE = re.compile(
    r"\[\s*~?[A-Za-z]{3}[A-Za-z~]*[\s\]]|\[\s*[A-Za-z]{3}~\s*\]|\[[A-Za-z]{3}[A-Za-z/]*\s+[<>]?\d"
)
_NOT_WORDS = re.compile(r"[\[\]{}\t=<>,.;:!?\"()0-9]")  # a word list has none of these


def _content(lines: list[str]) -> list[str]:
    out = []
    for raw in lines[:4000]:
        s = raw.strip()
        if s and not s.startswith(("#", "<!--")):
            out.append(raw.rstrip("\n\r"))
    return out


def kind_of(lines: list[str], name: str) -> str:
    """'tidings-events', 'tidings-actors', 'petrarch-verbs', 'discards', 'petrarch-actors',
    'petrarch-issues' or 'word-list'; E400 (file:line and the line) for anything else."""
    body = _content(lines)
    head = body[:50]
    if any("tidings actor dictionary" in raw for raw in lines[:20]):
        return "tidings-actors"
    if any(
        "\t" in ln and (_EVENT_CODE.match(ln.split("\t")[0].strip()) or ln.startswith("---\t")) for ln in head
    ):
        return "tidings-events"
    if any("\t" in ln and ln.split("\t")[0].strip().lower() in _ACTOR_KINDS for ln in head):
        return "tidings-actors"
    if any(_VERB_HEADER.match(ln.strip()) for ln in body):
        return "petrarch-verbs"
    if "discard" in Path(name).name.lower():
        return "discards"
    if any(ln.lstrip().startswith("<ISSUE") for ln in body[:400]):
        return "petrarch-issues"
    if any(_ACTOR_CODE.search(ln) for ln in body[:400]):
        return "petrarch-actors"
    if len(body) >= 5 and all(len(ln.split()) <= 3 and not _NOT_WORDS.search(ln) for ln in body):
        return "word-list"
    first = next((i for i, raw in enumerate(lines, 1) if raw.strip()), 1)
    text = lines[first - 1].strip() if lines else ""
    raise TidingsError(
        "E400",
        name,
        path=name,
        line=first,
        reason=f"not a dictionary: no tidings or PETRARCH format recognised (first line {text[:80]!r})",
    )
