"""The verb and event-noun lexicon: tidings' own TSV format, PETRARCH imports, discards.

A ``Lexicon`` is built once per process (``load_lexicon`` is cached on its arguments) and
indexes patterns by trigger lemma, so coding a token is one dict lookup plus a check of
the few patterns for that word. Format of the default file: see its header
(``tidings/data/events/lexicon.tsv``) and docs/events.md.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.events.codes import COMPOSE, is_code
from tidings.events.vocab import LIGHT_MORE, LIGHT_PROTEST, LIGHT_VERBS, NOMINALS

DEFAULT_LEXICON = "data/events/lexicon.tsv"
DEFAULT_SOURCE = "lexicon.tsv (tidings)"
# Verb forms the parser's lemmatizer reads as another word ("staged" -> "stag", "waged" ->
# "wag", "hoped" -> "hop", "raped" -> "rap"): looked up under the lemma they belong to too.
MISREAD_FORMS = {
    form: base
    for base, forms in (
        ("stage", "staged staging stages"),
        ("wage", "waged waging wages"),
        ("hope", "hoped hoping hopes"),
        ("rape", "raped raping rapes"),
        ("shelve", "shelved shelving shelves"),
        ("waive", "waived waiving waives"),
        ("forgive", "forgave"),
    )
    for form in forms.split()
}


_BRITISH = re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations)$")


def spelled(word: str) -> str:
    """The -ize spelling of a British -ise word ("mobilise", "normalisation"), as the lexicon
    writes its triggers; other words as they are."""
    return _BRITISH.sub(r"iz\1", word)


@dataclass(frozen=True)
class Pattern:
    """One way of saying one CAMEO event: a trigger word plus required words."""

    code: str | None  # None: a blocker (PETRARCH "[---]"): the words are not an event
    trigger: str  # lemma, lower case
    noun: bool = False
    negated: bool = False  # the trigger must be negated ("not tolerate")
    required: tuple[frozenset[str], ...] = ()
    target_preps: tuple[str, ...] = ()
    control: bool = False  # a control verb family ("12>"): recodes its complement
    light: bool = False  # a light verb ("held talks"): the first word is its object
    entry: str = ""  # the pattern as written
    origin: str = ""  # "file:line"
    priority: int = 0  # later dictionaries win ties
    petrarch: Any = field(default=None, compare=False)  # a PETRARCH pattern: its own matcher
    prefix: str = ""  # "test-fire": the tokenizer splits "test - fired"; "test" must come first

    @functools.cached_property
    def prep_words(self) -> frozenset[str]:
        """``target_preps`` as a set (matching tests each slot against it)."""
        return frozenset(self.target_preps)

    @functools.cached_property
    def other_words(self) -> frozenset[str]:
        """The required words outside the target-preposition slots."""
        return frozenset(w for sl in self.required if not (sl & self.prep_words) for w in sl)

    @property
    def specificity(self) -> int:
        # a light verb's pattern says more than the noun's ("carry out air strikes": 195)
        extra = (1 if self.negated else 0) + (1 if self.light else 0) + (1 if self.prefix else 0)
        return len(self.required) + extra


@dataclass
class Lexicon:
    patterns: dict[tuple[str, bool], list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    controls: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    sentence_discards: list[str] = field(default_factory=list)
    story_discards: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    forms: dict[str, str] = field(default_factory=dict)  # PETRARCH verb forms -> their entry
    _discard_re: re.Pattern[str] | None = None
    _story_re: re.Pattern[str] | None = None

    def add(self, p: Pattern) -> None:
        if p.control:
            self.controls[p.trigger].append(p)
        else:
            self.patterns[(p.trigger, p.noun)].append(p)
            if p.prefix:  # a compound the tokenizer kept whole ("test-fired" as one word)
                whole = replace(p, trigger=f"{p.prefix}-{p.trigger}", prefix="")
                self.patterns[(whole.trigger, p.noun)].append(whole)

    def finish(self) -> Lexicon:
        """Sort each trigger's patterns (most specific, then latest first) and compile discards."""
        defaults = DEFAULT_SOURCE in self.sources
        for plist in self.patterns.values():
            plist.sort(key=_order)
            if defaults and any(p.petrarch is not None for p in plist):
                # with the built-in lexicon, an imported PETRARCH dictionary refines the verbs
                # it knows with its patterns (tried first, standing only where an entry codes
                # the verb too: tidings.events.petrarch_roles.petrarch_hit): no verbs of its
                # own, no bare verbs (the lexicon decides which verbs alone are events)
                native = [p for p in plist if p.petrarch is None]
                worded = [p for p in plist if p.petrarch is not None and p.specificity > 0]
                plist[:] = [*worded, *native] if native else []  # refinements tried first
        self._discard_re = _phrase_re(self.sentence_discards)
        self._story_re = _phrase_re(self.story_discards)
        return self

    def candidates(self, lemma: str, noun: bool, form: str = "") -> list[Pattern]:
        found = self.patterns.get((lemma, noun)) or self.patterns.get((spelled(lemma), noun), [])
        if not found and noun and lemma.endswith("s") and not lemma.endswith("ss"):
            # a plural the lemmatizer left alone ("Tributes were paid", read as a name)
            found = self.patterns.get((lemma[:-1], noun), [])
        if noun:
            return self.nominal(lemma, found)
        other = self.forms.get(form)
        if other is None or other == lemma:
            return found
        both = [*found, *self.patterns.get((other, noun), [])]  # the form's own entry first on ties
        return sorted(
            both,
            key=lambda p: (
                p.petrarch is None and DEFAULT_SOURCE in self.sources,
                *_order(p),
                p.trigger != other,
            ),
        )

    def nominal(self, lemma: str, found: list[Pattern]) -> list[Pattern]:
        """An event noun's own patterns, then its verb's worded ones ("the expulsion of the
        observers" as "expel observer"), most specific first; the noun's own win ties."""
        verb = NOMINALS.get(lemma) if DEFAULT_SOURCE in self.sources else None
        of_verb = self.patterns.get((verb, False), []) if verb else []
        worded = [
            p for p in of_verb if p.specificity > 0 and not (p.negated or p.light) and p.petrarch is None
        ]
        return sorted([*found, *worded], key=_order) if worded else found

    def discards_sentence(self, text: str) -> str | None:
        m = self._discard_re.search(text) if self._discard_re else None
        return m.group(0) if m else None

    def discards_story(self, text: str) -> str | None:
        m = self._story_re.search(text) if self._story_re else None
        return m.group(0) if m else None

    def __len__(self) -> int:
        return sum(len(v) for v in self.patterns.values()) + sum(len(v) for v in self.controls.values())


def _order(p: Pattern) -> tuple[int, int]:
    """Most specific first, then the latest dictionary."""
    return (-p.specificity, -p.priority)


def _phrase_re(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = sorted({re.escape(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


# --- tidings format ---------------------------------------------------------------------

_CODE_RE = re.compile(r"^(\d{2,4})(>?)$")


def parse_pattern(
    text: str, code: str | None, *, control: bool = False, origin: str = "", priority: int = 0
) -> Pattern:
    """Parse one pattern of the tidings format (see the lexicon header)."""
    words = text.split()
    if not words:
        raise ValueError("empty pattern")
    negated = False
    if words[0] == "not":
        negated, words = True, words[1:]
    noun = False
    if words and words[0].startswith("="):
        noun, words[0] = True, words[0][1:]
    if not words or not words[0]:
        raise ValueError(f"pattern {text!r} has no trigger word")
    # a hyphenated compound ("test-fire", "=sit-in") is found at its last part, the
    # tokenizer's word, with the parts before it right before it
    prefix, _, trigger = words[0].lower().rpartition("-")
    if not trigger:
        prefix, trigger = "", words[0].lower()
    required: list[frozenset[str]] = []
    preps: list[str] = []
    for w in words[1:]:
        if w.endswith("+"):  # required, and its object is the target
            w = w[:-1]
            preps.extend(a.lower() for a in w.split("|") if a)
        required.append(frozenset(a.lower() for a in w.split("|") if a))
    return Pattern(
        code=code,
        trigger=trigger,
        noun=noun,
        negated=negated,
        required=tuple(required),
        target_preps=tuple(preps),
        control=control,
        entry=text,
        origin=origin,
        priority=priority,
        prefix=prefix,
    )


def read_tidings_lexicon(lines: Iterable[str], name: str, lex: Lexicon, priority: int) -> None:
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise TidingsError(
                "E400", name, path=name, line=n, reason="expected CODE<TAB>PATTERNS[<TAB>NOTES]"
            )
        if cols[0].strip() == "---":  # blockers: these words are not an event
            for part in cols[1].split(";"):
                if part.strip():
                    lex.add(parse_pattern(part.strip(), None, origin=f"{name}:{n}", priority=priority))
            continue
        m = _CODE_RE.match(cols[0].strip())
        if not m:
            raise TidingsError("E400", name, path=name, line=n, reason=f"{cols[0]!r} is not a CAMEO code")
        code, control = m.group(1), bool(m.group(2))
        if control and code not in COMPOSE:
            raise TidingsError(
                "E400",
                name,
                path=name,
                line=n,
                reason=f"no control family {code}> (known: {', '.join(COMPOSE)})",
            )
        if not control and not is_code(code):
            raise TidingsError("E400", name, path=name, line=n, reason=f"unknown CAMEO code {code}")
        for part in cols[1].split(";"):
            if not part.strip():
                continue
            try:
                lex.add(
                    parse_pattern(
                        part.strip(), code, control=control, origin=f"{name}:{n}", priority=priority
                    )
                )
            except ValueError as e:
                raise TidingsError("E400", name, path=name, line=n, reason=str(e)) from e


def add_light_verbs(lex: Lexicon) -> None:
    """Each event-noun pattern also as the object (or passive subject) of a light verb:
    "=rally" gives "hold rally", "stage rally" ... with the noun's code and words. A noun's
    blocker blocks its light verbs too ("ordered the killing of pigs" is no event)."""
    nouns = [p for (_, is_noun), plist in sorted(lex.patterns.items()) if is_noun for p in plist]
    for p in nouns:
        if p.petrarch is not None or p.negated:
            continue
        verbs = LIGHT_VERBS + LIGHT_MORE + (LIGHT_PROTEST if (p.code or "")[:2] == "14" else ())
        for verb in verbs:
            lex.add(
                replace(
                    p,
                    trigger=verb,
                    noun=False,
                    required=(frozenset({p.trigger}), *p.required),
                    light=True,
                    entry=f"{verb} {p.entry.lstrip('=')}",
                    origin=f"{p.origin} (light verb)",
                )
            )


# --- loading ------------------------------------------------------------------------------


def detect_format(text: str, name: str = "") -> str:
    """'tidings', 'petrarch-verbs', 'discards' or 'other' (another stage's dictionary)."""
    head = [ln for ln in text.splitlines()[:4000] if ln.strip() and not ln.lstrip().startswith("#")]
    if any(
        (_CODE_RE.match(ln.split("\t")[0].strip()) or ln.startswith("---\t")) and "\t" in ln
        for ln in head[:50]
    ):
        return "tidings"
    if any(re.match(r"^---\s+\S+\s+\[[^\]]*\]\s+---", ln) for ln in head):
        return "petrarch-verbs"
    if "discard" in Path(name).name.lower():
        return "discards"
    return "other"


def read_discards(lines: Iterable[str], lex: Lexicon) -> None:
    """PETRARCH discards: '+PHRASE' drops the whole story, 'PHRASE' drops the sentence."""
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("+"):
            lex.story_discards.append(line[1:].strip())
        else:
            lex.sentence_discards.append(line)


def add_file(lex: Lexicon, path: str | Path, priority: int) -> str:
    """Add one dictionary file (format auto-detected); returns the format it was read as."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise TidingsError("E001", str(p), path=str(p), reason=str(e)) from e
    fmt = detect_format(text, p.name)
    if fmt == "tidings":
        read_tidings_lexicon(text.splitlines(), p.name, lex, priority)
    elif fmt == "petrarch-verbs":
        from tidings.events.petrarch_import import add_verb_dictionary

        add_verb_dictionary(lex, Pattern, text.splitlines(), p.name, priority)
    elif fmt == "discards":
        read_discards(text.splitlines(), lex)
    else:  # another stage's dictionary, or E400: not a dictionary at all
        from tidings.actors.petrarch_formats import kind_of

        kind_of(text.splitlines(), p.name)
    if fmt != "other":
        lex.sources.append(f"{p.name} ({fmt})")
    return fmt


@functools.lru_cache(maxsize=8)
def load_lexicon(dictionaries: tuple[str, ...] = (), default: bool = True) -> Lexicon:
    """The lexicon for these dictionary files; built once per process per argument set.

    Files that are not event dictionaries (actor dictionaries passed with the same
    ``--dictionary`` option) are skipped: the actors stage reads them.
    """
    lex = Lexicon()
    if default:
        text = resources.files("tidings").joinpath(DEFAULT_LEXICON).read_text(encoding="utf-8")
        read_tidings_lexicon(text.splitlines(), "lexicon.tsv", lex, 0)
        add_light_verbs(lex)
        lex.sources.append(DEFAULT_SOURCE)
        lex.forms.update(MISREAD_FORMS)
    for i, path in enumerate(dictionaries, 1):
        add_file(lex, path, i)
    return lex.finish()
