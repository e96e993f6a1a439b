"""Import PETRARCH-2 / TABARI verb dictionaries (e.g. CAMEO.2.0.txt) into a Lexicon.

The file has synonym sets (``&NAME`` then ``+WORD`` lines), then verb blocks::

    ---  MEET_PEOPLE   [040]  ---        block header with the default code
    MEET {MEETS MET MEETING}             verbs (own code in [..] optional)
    +MEET_WITH {+MET_WITH}               multi-word verbs
    - * (FOR TALKS)     [036:036]  # c   patterns: '*' the verb, '$' source, '+' target

Each verb of a block gets the block's (or its own) code, and each pattern becomes a
tidings Pattern on each verb of its block, whose required words are the pattern's words.
Transformation lines (``~``) are skipped.
``[---]`` patterns become blockers (those words are not an event). Word order and the
source/target slots are not enforced: tidings takes roles from the dependency parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tidings.errors import TidingsError
from tidings.events.codes import is_code
from tidings.events.lexicon import Lexicon, Pattern

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"^[A-Za-z][A-Za-z'\-]*$")


def _code(text: str) -> str | None:
    """'040' -> '040'; '036:036' -> '036'; ':020' -> '020'; '---' -> None."""
    for part in text.split(":"):
        part = part.strip()
        if part and part != "---" and part.isdigit():
            return part if is_code(part) else None
    return None


def read_petrarch_verbs(lines: Iterable[str], name: str, lex: Lexicon, priority: int) -> None:
    synsets: dict[str, set[str]] = {}
    current_set: str | None = None
    verbs: list[tuple[str, tuple[str, ...], str | None]] = []  # (lemma, extra words, code)
    block_code: str | None = None
    in_block = False
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            current_set = None
            continue
        origin = f"{name}:{n}"
        m = _HEADER.match(line)
        if m:
            in_block, verbs, block_code = True, [], _code(m.group(2))
            continue
        if not in_block:
            s = line.strip()
            if s.startswith("&"):
                current_set = s[1:].strip().upper()
                synsets[current_set] = set()
            elif s.startswith("+") and current_set is not None:
                word = s[1:].strip().split("_")[-1].lower()
                if word:
                    synsets[current_set].add(word)
            continue
        s = line.strip()
        if s.startswith("~"):  # transformations (verb-of-verb rules) are not imported
            continue
        if s.startswith("-"):
            _pattern_line(s, verbs, synsets, lex, origin, priority)
            continue
        # a verb line: WORD or +MULTI_WORD, optional {forms}, optional [code]
        cm = _CODE.search(s)
        own = _code(cm.group(1)) if cm else None
        body = re.sub(r"\{[^}]*\}", " ", _CODE.sub(" ", s)).strip()
        if not body:
            continue
        parts = body.lstrip("+").split()[0].split("_")
        parts = [p.lower() for p in parts if p]
        if not parts or not _WORD.match(parts[0]):
            raise TidingsError("E400", name, path=name, line=n, reason=f"verb line not understood: {s!r}")
        code = own or block_code
        verbs.append((parts[0], tuple(parts[1:]), code))
        if code:
            lex.add(
                Pattern(
                    code=code,
                    trigger=parts[0],
                    required=tuple(frozenset([w]) for w in parts[1:]),
                    entry=s,
                    origin=origin,
                    priority=priority,
                )
            )


def _pattern_line(
    s: str,
    verbs: list[tuple[str, tuple[str, ...], str | None]],
    synsets: dict[str, set[str]],
    lex: Lexicon,
    origin: str,
    priority: int,
) -> None:
    cm = _CODE.search(s)
    code = _code(cm.group(1)) if cm else None
    body = _CODE.sub(" ", s[1:])
    required: list[frozenset[str]] = []
    for tok in re.split(r"[\s(){}]+", body):
        tok = tok.strip()
        if not tok or tok in ("*", "$", "+", "^", "%", "@", "-"):
            continue
        if tok.startswith("&"):
            members = synsets.get(tok[1:].upper())
            if members:
                required.append(frozenset(members))
            continue
        tok = tok.lstrip("+$%^")
        for w in tok.split("_"):
            if _WORD.match(w):
                required.append(frozenset([w.lower()]))
    if not required:
        return
    for lemma, extra, _ in verbs:
        lex.add(
            Pattern(
                code=code,
                trigger=lemma,
                required=tuple(frozenset([w]) for w in extra) + tuple(required),
                entry=s,
                origin=origin,
                priority=priority,
            )
        )
