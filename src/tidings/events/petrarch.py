"""Read PETRARCH-2 / TABARI verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt).

The whole file syntax, as those files use it::

    &CURRENCY                     a synonym set: the +lines below it until a blank line
    +DOLLARS                      (members may be multi-word, `GOLDEN_GOBLIN_GALLEONS` or
    +&TIETYPES                    `AUSTRIAN FLORIN`, or other sets)
    ---  MEET   [040]  ---        a verb block and its default code ([---]: no code)
    MEET {MEETS MET MEETING}      a verb, its irregular forms, optional [own code]
    +MEET_WITH                    a multi-word verb: `+` marks the verb word
    KLM_NOP_+RST [002]            words before the verb, then the verb
    - * (FOR TALKS)     [036]     a pattern: `*` the verb; words before it precede the verb,
    - + * IN $          [075]     words after it follow; `$` the source, `+` the target,
    - % * TALKS   [031:031]       `%` a compound ("A and B"): both directions; `^` skips a
    - SAID WOULD_*_TALKS [102]    phrase; `_` joins adjacent words, a space allows others
                                  between; `{..}`/`(..)` group a noun/prepositional phrase
    ~ a (a b ATTACK) SAY = a b 015   a transformation: an event reported by a verb recodes
    <!-- comment -->, # comment   comments (XML or Python style)

A code ``[X:Y]`` is X from source to target plus Y from target to source. Codes are kept
as written (the validation suite uses WEIS codes such as 903 or 174K); ``[---]`` and
non-code words (``[def]``, ``[+++]``) mean "not an event": such patterns block the verb.

This module only reads; ``tidings.events.petrarch_match`` matches the patterns on a
dependency parse and ``tidings.events.lexicon`` turns the result into lexicon entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tidings.errors import TidingsError

_HEADER = re.compile(r"^---\s*(.+?)\s*\[([^\]]*)\](?:\s*\[[^\]]*\])*\s*[-\s]*$")
_CODE = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{([^}]*)\}")
_WORD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9'.\-]*$")
_TRANSFORM = re.compile(
    r"^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([^\s)]+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$"
)
SLOTS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}


@dataclass(frozen=True)
class Element:
    """One pattern element: a word (any of ``words``: each a sequence), a slot, or the verb."""

    kind: str  # "word", "source", "target", "compound", "skip", "verb"
    words: tuple[tuple[str, ...], ...] = ()
    glued: bool = False  # joined to the element before it by "_": must be adjacent


@dataclass(frozen=True)
class VerbPattern:
    """One ``-`` line of a verb block, compiled."""

    lower: tuple[Element, ...]  # before the verb, in text order
    upper: tuple[Element, ...]  # after the verb, in text order
    verb_glued: bool  # "IN_*": the verb directly follows the last word before it
    code: str | None
    reverse: str | None  # the Y of [X:Y]: the event from target to source
    entry: str
    origin: str

    @property
    def slots(self) -> set[str]:
        return {e.kind for e in (*self.lower, *self.upper) if e.kind in ("source", "target", "compound")}

    @property
    def words(self) -> tuple[frozenset[str], ...]:
        """Each word element's possible first words (for the lexicon's quick filter)."""
        return tuple(frozenset(w[0] for w in e.words) for e in (*self.lower, *self.upper) if e.kind == "word")


@dataclass
class Verb:
    lemma: str  # the verb word, lower case
    forms: tuple[str, ...]  # irregular forms listed in {..}
    before: tuple[str, ...]  # words that precede it (KLM_NOP_+RST)
    after: tuple[str, ...]  # words that follow it (+MEET_WITH)
    code: str | None
    reverse: str | None
    entry: str
    origin: str


@dataclass
class Block:
    name: str
    code: str | None
    reverse: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass(frozen=True)
class Transformation:
    """``~ a (a b ATTACK) SAY = a b 015``: an event (source, target, verb) in the clause a
    verb governs, with that verb's subject, recoded as one event (see
    ``tidings.events.petrarch_transform``). Slots: a lower-case letter names an actor (the
    same letter, the same actor), ``.`` no actor, ``_`` any; a verb is a word of the
    dictionary, a single capital (``Q``) any code, repeated on the right."""

    entry: str
    origin: str
    outer: str = "_"  # the governing verb's subject
    inner: tuple[str, str, str] = ("_", "_", "Q")  # the governed event: source, target, verb
    verb: str = ""  # the governing verb
    result: tuple[str, str, str] = ("_", "_", "Q")  # the event coded instead: source, target, code


@dataclass
class VerbDictionary:
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    transformations: list[Transformation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # patterns that cannot match, and why


def split_code(text: str) -> tuple[str | None, str | None, bool]:
    """'040' -> ('040', None); '032:033' -> ('032', '033'); '---', 'def', '+++' -> no code.
    The third value says whether the brackets hold a code at all (False: a blocker)."""
    parts = [p.strip() for p in text.split(":")]
    main = parts[0] if parts else ""
    rev = parts[1] if len(parts) > 1 and parts[1] else None
    ok = re.fullmatch(r"\d{2,4}[A-Z]?", main.upper()) is not None
    rev_ok = rev is not None and re.fullmatch(r"\d{2,4}[A-Z]?", rev.upper()) is not None
    return (main.upper() if ok else None), (rev.upper() if rev is not None and rev_ok else None), ok or rev_ok


def strip_comment(raw: str) -> str:
    """The line without its comment: '#' or ';' outside [..] (``[###]`` is a code), <!-- -->."""
    depth, cut = 0, len(raw)
    for i, ch in enumerate(raw):
        depth += (ch == "[") - (ch == "]")
        if ch in "#;" and depth <= 0:
            cut = i
            break
    line = raw[:cut]
    return re.sub(r"<!--.*?(-->|$)", " ", line).rstrip()


def _bad(name: str, n: int, raw: str, why: str) -> TidingsError:
    return TidingsError("E400", name, path=name, line=n, reason=f"{why}: {raw.strip()!r}")


def read_verb_dictionary(lines: Iterable[str], name: str) -> VerbDictionary:
    """Parse a whole verb dictionary; a line that cannot be read raises E400 (file:line, line)."""
    numbered = list(enumerate(lines, 1))
    d = VerbDictionary()
    _read_synsets(numbered, name, d)
    block: Block | None = None
    in_synset = False
    in_xml_comment = False
    for n, raw in numbered:
        if in_xml_comment:
            in_xml_comment = "-->" not in raw
            continue
        if raw.lstrip().startswith("<!--") and "-->" not in raw:
            in_xml_comment = True
            continue
        line = strip_comment(raw).strip()
        if not line:
            in_synset = in_synset and bool(raw.strip())  # a comment line does not end a set
            continue
        m = _HEADER.match(line)
        if m:
            code, rev, _ = split_code(m.group(2))
            block = Block(name=m.group(1).strip("_").lower(), code=code, reverse=rev)
            d.blocks.append(block)
            in_synset = False
            continue
        if line.startswith("&"):
            in_synset = True
            continue
        if in_synset and line.startswith("+"):
            continue
        in_synset = False
        if line.startswith("~"):
            t = _TRANSFORM.match(line)
            if not t:
                raise _bad(
                    name, n, raw, "transformation not understood (expected '~ a (a b VERB) VERB = a b CODE')"
                )
            g = [x.upper() if len(x) > 1 else x for x in t.groups()]
            d.transformations.append(
                Transformation(line, f"{name}:{n}", g[0], (g[1], g[2], g[3]), g[4], (g[5], g[6], g[7]))
            )
            continue
        if block is None:
            raise _bad(name, n, raw, "line outside a verb block ('--- NAME [code] ---')")
        if line.startswith("-"):
            try:
                block.patterns.append(_pattern(line, d.synsets, name, n, raw))
            except _Unknown as e:
                d.skipped.append(f"{name}:{n}: unknown synonym set {e}: pattern skipped")
        else:
            block.verbs.append(_verb(line, block, name, n, raw))
    return d


def _read_synsets(numbered: list[tuple[int, str]], name: str, d: VerbDictionary) -> None:
    """All ``&NAME`` sets first (patterns may use a set defined further down)."""
    raw_sets: dict[str, list[str]] = {}
    current: str | None = None
    for _n, raw in numbered:
        line = strip_comment(raw).strip()
        if not line or _HEADER.match(line):
            current = None if (not raw.strip() or line) else current
            continue
        if line.startswith("&"):
            current = line[1:].split()[0].strip("_").upper()
            raw_sets.setdefault(current, [])
        elif current is not None and line.startswith("+"):
            raw_sets[current].append(line[1:].strip())
        else:
            current = None

    def expand(set_name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for member in raw_sets.get(set_name, []):
            if member.startswith("&"):
                inner = member[1:].strip("_").upper()
                if inner not in seen:
                    out.extend(expand(inner, seen | {inner}))
                continue
            words = tuple(w.lower() for w in re.split(r"[_\s]+", member) if w)
            if words:
                out.append(words)
        return out

    for set_name in raw_sets:
        d.synsets[set_name] = expand(set_name, frozenset({set_name}))


def _verb(line: str, block: Block, name: str, n: int, raw: str) -> Verb:
    cm = _CODE.search(line)
    own, rev, _ = split_code(cm.group(1)) if cm else (None, None, False)
    forms_m = _FORMS.search(line)
    forms = tuple(
        w.lstrip("+").split("_")[0].lower()
        for w in (forms_m.group(1).split() if forms_m else [])
        if w.strip("+_")
    )
    body = "_".join(_FORMS.sub(" ", _CODE.sub(" ", line)).split())  # "LASH OUT" = LASH_OUT
    if not body:
        raise _bad(name, n, raw, "verb line not understood (expected WORD, +MULTI_WORD or WORDS_+VERB)")
    parts = body.split("_")
    before: tuple[str, ...]
    after: tuple[str, ...]
    if body.startswith("+"):
        head, before, after = parts[0][1:], (), tuple(parts[1:])
    else:
        idx = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        head, before, after = parts[idx].lstrip("+"), tuple(parts[:idx]), tuple(parts[idx + 1 :])
    words = [w for w in (head, *before, *after) if w]
    if not head or not all(_WORD.match(w) for w in words):
        raise _bad(name, n, raw, "verb line not understood (expected WORD, +MULTI_WORD or WORDS_+VERB)")
    return Verb(
        lemma=head.lower(),
        forms=forms,
        before=tuple(w.lower() for w in before if w),
        after=tuple(w.lower() for w in after if w),
        code=own if cm else block.code,
        reverse=rev if cm else block.reverse,
        entry=line,
        origin=f"{name}:{n}",
    )


def _pattern(
    line: str, synsets: dict[str, list[tuple[str, ...]]], name: str, n: int, raw: str
) -> VerbPattern:
    cm = _CODE.search(line)
    if cm is None:
        raise _bad(name, n, raw, "pattern without a [code]")
    code, rev, _ = split_code(cm.group(1))
    body = re.sub(r"(?<=[A-Za-z])\*|\*(?=[A-Za-z&])", " * ", line[1 : cm.start()])  # "*SCEPTICAL"
    elements: list[Element] = []
    for chunk in body.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split():
        for i, part in enumerate(chunk.split("_")):
            if not part:
                continue
            glued = i > 0 and bool(elements)
            elements.append(_element(part, glued, synsets, name, n, raw))
    verbs = [i for i, e in enumerate(elements) if e.kind == "verb"]
    if len(verbs) != 1:
        raise _bad(name, n, raw, "pattern needs exactly one '*' (the verb)")
    v = verbs[0]
    return VerbPattern(
        lower=tuple(elements[:v]),
        upper=tuple(elements[v + 1 :]),
        verb_glued=elements[v].glued,
        code=code,
        reverse=rev,
        entry=line,
        origin=f"{name}:{n}",
    )


def _element(
    part: str, glued: bool, synsets: dict[str, list[tuple[str, ...]]], name: str, n: int, raw: str
) -> Element:
    if part == "*":
        return Element(kind="verb", glued=glued)
    if part in SLOTS:
        return Element(kind=SLOTS[part], glued=glued)
    if part.startswith("&"):
        members = synsets.get(part[1:].strip("_").upper())
        if not members:
            raise _Unknown(part)
        return Element(kind="word", words=tuple(members), glued=glued)
    alts = [w.strip("+$%^").lower() for w in part.split("/")]  # "BY/WITH": either word
    if not all(w and _WORD.match(w) for w in alts):
        raise _bad(name, n, raw, f"pattern word {part!r} not understood")
    return Element(kind="word", words=tuple((w,) for w in alts), glued=glued)


class _Unknown(Exception):
    """A pattern naming a synonym set the file never defines: the pattern cannot match."""
