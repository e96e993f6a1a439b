"""The loaded dictionaries plus an index of all their phrases (built once per process).

``Lexicon.match(doc, published)`` returns non-overlapping ``Hit``s (longest first), each with
the code valid on the publication date. Hits are plain data so they can be kept on the Doc.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from tidings.actors.codes import ParsedCode, parse_code
from tidings.actors.dictionary import DATA, DEFAULT_FILES, NAME_KINDS, PLACE_KINDS, Entry, read_file
from tidings.nlp.extensions import HITS_KEY  # noqa: F401  (where the stage keeps its hits on the Doc)

# Case signatures per pattern token: "U" all capitals (acronym), "T" capitalised, "l" any.
_KIND_RANK = {
    "role": 0,
    "demonym": 1,
    "multinational": 1,
    "ethnic": 1,
    "region": 2,
    "capital": 2,
    "country": 3,
    "actor": 4,
    "organisation": 4,
    "person": 5,
}


@dataclass(frozen=True)
class Hit:
    """A dictionary match: tokens [start, end) and what the entry says about them."""

    start: int
    end: int
    kind: str
    name: str
    code: str
    title: str | None
    info: tuple[tuple[str, str], ...]
    source: str
    prefix: bool = False

    @property
    def parsed(self) -> ParsedCode:
        return _parse(self.code)

    @property
    def country(self) -> str | None:
        return self.parsed.country

    @property
    def sectors(self) -> tuple[str, ...]:
        return self.parsed.sectors

    def get(self, key: str) -> str | None:
        return dict(self.info).get(key)

    @property
    def is_place(self) -> bool:
        return self.kind in PLACE_KINDS

    @property
    def is_name(self) -> bool:
        return self.kind in ("person", "organisation", "actor")

    def to_tuple(self) -> tuple[Any, ...]:
        return (
            self.start,
            self.end,
            self.kind,
            self.name,
            self.code,
            self.title,
            [list(i) for i in self.info],
            self.source,
            self.prefix,
        )

    @classmethod
    def from_tuple(cls, t: Any) -> Hit:
        return cls(t[0], t[1], t[2], t[3], t[4], t[5], tuple(tuple(i) for i in t[6]), t[7], t[8])


@functools.lru_cache(maxsize=4096)
def _parse(code: str) -> ParsedCode:
    return parse_code(code)


def _plural(word: str) -> list[str]:
    w = word.lower()
    if w.endswith(("man",)):
        return [word[:-3] + ("MEN" if word.isupper() else "men")]
    if w.endswith("person"):
        return [word[:-6] + ("PEOPLE" if word.isupper() else "people")]
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [word + ("ES" if word.isupper() else "es")] if not w.endswith("s") else []
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return [word[:-1] + ("IES" if word.isupper() else "ies")]
    return [word + ("S" if word.isupper() else "s")]


def role_variants(phrase: str) -> list[str]:
    """A role phrase and its plural ("foreign minister" -> "foreign ministers"; "minister of
    defense" -> "ministers of defense")."""
    words = phrase.split(" ")
    out = [phrase]
    idx = len(words) - 1
    for i, w in enumerate(words):
        if w.lower() in ("of", "for", "to", "in") and i > 0:
            idx = i - 1
            break
    if words[idx].lower() in (
        "police",
        "people",
        "media",
        "press",
        "military",
        "public",
        "intelligence",
        "opposition",
        "clergy",
        "population",
        "judiciary",
        "government",
    ):
        if words[idx].lower() != "government":
            return out
    for pl in _plural(words[idx]):
        out.append(" ".join([*words[:idx], pl, *words[idx + 1 :]]))
    return out


def _signature(tokens: list[str], entry: Entry) -> tuple[str, ...]:
    petrarch = entry.info.get("format") == "petrarch"
    sig = []
    for i, t in enumerate(tokens):
        letters = [c for c in t if c.isalpha()]
        if not letters:
            sig.append("l")
        elif petrarch:
            if entry.kind == "role":
                sig.append("l")
            elif len(tokens) == 1 and len(letters) <= 3:
                sig.append("U")
            elif i == 0 and not (len(tokens) > 1 and t.lower() == "the"):
                sig.append("T")
            elif i == 1 and tokens[0].lower() == "the":  # THE_SHIRE: "the Shire" as "The Shire"
                sig.append("T")
            else:
                sig.append("l")
        elif len(letters) >= 2 and all(c.isupper() for c in letters):
            sig.append("U")
        elif letters[0].isupper():
            sig.append("T")
        else:
            sig.append("l")
    return tuple(sig)


def _case_ok(sig: tuple[str, ...], texts: list[str], start: int) -> bool:
    for j, s in enumerate(sig):
        if s == "l":
            continue
        text = texts[start + j]
        if s == "U":
            if not (text.isupper() or (text.lower() == text.upper())):
                return False
        elif text[:1].islower():
            return False
    return True


def _pattern_text(phrase: str, entry: Entry) -> str:
    if entry.info.get("format") != "petrarch":
        return phrase
    # PETRARCH phrases are in capitals; tokenise a capitalised form so "IRAN'S" splits like "Iran's".
    return " ".join(w if "." in w else w[:1] + w[1:].lower() for w in phrase.split(" "))


class Lexicon:
    """All dictionary entries and the matcher over their phrases."""

    def __init__(self, nlp: Any, entries: list[Entry]) -> None:
        self.entries = entries
        self.by_key: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = {}
        texts: list[str] = []
        owners: list[int] = []
        for idx, entry in enumerate(entries):
            phrases = entry.phrases
            if entry.kind == "role":
                phrases = [v for p in phrases for v in role_variants(p)]
            if entry.kind == "person":
                phrases = [v for p in phrases for v in _hyphen_variants(p)]
            for p in phrases:
                texts.append(_pattern_text(p, entry))
                owners.append(idx)
        # Plain-word phrases split on spaces exactly as spaCy would; only phrases with punctuation
        # (hyphens, apostrophes, dots) go through the tokenizer, which is slow for large files.
        plain = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")
        tokenized: list[list[str] | None] = [t.split(" ") if plain.match(t) else None for t in texts]
        hard = [i for i, w in enumerate(tokenized) if w is None]
        for i, doc in zip(hard, nlp.tokenizer.pipe((texts[i] for i in hard), batch_size=1000), strict=True):
            tokenized[i] = [t.text for t in doc if not t.is_space]
        self.lengths: dict[str, set[int]] = {}
        for words, idx in zip(tokenized, owners, strict=True):
            assert words is not None
            key = tuple(w.lower() for w in words)
            if not key:
                continue
            sig = _signature(words, entries[idx])
            slot = self.by_key.setdefault(key, [])
            if (idx, sig) not in slot:
                slot.append((idx, sig))
            self.lengths.setdefault(key[0], set()).add(len(key))
        self.titles = {e.title for e in entries if e.kind == "role" and e.title}

    def match(self, doc: Doc, published: dt.date | None) -> list[Hit]:
        found: list[tuple[int, int, int, int, int]] = []
        texts, tok = _words(doc)
        words = [t.lower() for t in texts]
        n = len(words)
        spans = [
            (i, i + k)
            for i, w in enumerate(words)
            if w in self.lengths
            for k in self.lengths[w]
            if i + k <= n
            and (i == 0 or tok[i - 1] != tok[i])
            and (i + k == n or tok[i + k] != tok[i + k - 1])
        ]
        for start, end in spans:
            key = tuple(words[start:end])
            if key not in self.by_key:
                continue
            best: tuple[float, int] | None = None
            donor = -1  # a role entry with title/ref information for the same phrase
            for idx, sig in self.by_key.get(key, ()):
                entry = self.entries[idx]
                if entry.kind in NAME_KINDS and not _case_ok(sig, texts, start):
                    continue
                if entry.kind == "role" and "U" in sig and not _case_ok(sig, texts, start):
                    continue
                petrarch = entry.info.get("format") == "petrarch"
                if entry.kind == "role" and not petrarch:
                    donor = idx
                rank = (0.5 if petrarch and entry.kind == "country" else _KIND_RANK.get(entry.kind, 0), idx)
                if best is None or rank > best:
                    best = rank
            if best is not None:
                # a leading "the" is no part of the name's length: "the West Bank" is the
                # territory, not "the West" (the bloc) and "Bank"
                article = int(words[start] == "the")
                found.append((tok[start], tok[end - 1] + 1, best[1], donor, article))
        found.sort(key=lambda m: (-(m[1] - m[0] - m[4]), m[0]))
        taken = bytearray(len(doc))
        hits: list[Hit] = []
        for start, end, idx, donor, _ in found:
            if any(taken[start:end]):
                continue
            entry = self.entries[idx]
            info = dict(entry.info)
            if entry.kind == "role" and donor >= 0 and donor != idx:
                info = {**info, **self.entries[donor].info}
            dated = entry.code_on(published)
            if dated is None:
                continue
            taken[start:end] = b"\x01" * (end - start)
            hits.append(
                Hit(
                    start,
                    end,
                    entry.kind,
                    entry.name,
                    dated.code,
                    dated.title if entry.kind == "person" else (dated.title or info.get("title")),
                    tuple(sorted((k, v) for k, v in info.items() if k not in ("adj", "capital"))),
                    entry.source
                    + (f" [{dated.code} {dated.start or ''}..{dated.end or ''}]" if dated.dated else ""),
                    entry.prefix,
                )
            )
        hits.sort(key=lambda h: h.start)
        return _unambiguous(hits)


def _words(doc: Doc) -> tuple[list[str], list[int]]:
    """The words of ``doc`` and the token each comes from: a token joined with underscores
    ("Dol_Amroth", as PETRARCH texts write compounds) is its words."""
    texts: list[str] = []
    tok: list[int] = []
    for t in doc:
        parts = t.text.split("_") if "_" in t.text else [t.text]
        if not all(parts):
            parts = [t.text]
        texts.extend(parts)
        tok.extend([t.i] * len(parts))
    return texts, tok


def _unambiguous(hits: list[Hit]) -> list[Hit]:
    """Drop names marked ``ambiguous=1`` (party names several countries use: "Labour",
    "Democrats", "Conservatives") unless the document names their country."""
    if not any(h.get("ambiguous") == "1" for h in hits):
        return hits
    named = {h.country for h in hits if h.is_place and h.country}
    return [h for h in hits if h.get("ambiguous") != "1" or h.country in named]


def _hyphen_variants(phrase: str) -> list[str]:
    words = phrase.split(" ")
    out = [phrase]
    if 2 <= len(words) <= 4:
        for i in range(1, len(words)):
            v = " ".join(words[: i - 1]) + (" " if i > 1 else "") + words[i - 1] + "-" + words[i]
            rest = " ".join(words[i + 1 :])
            out.append((v + (" " + rest if rest else "")).strip())
    return out


def default_paths() -> list[Path]:
    return [DATA / name for name in DEFAULT_FILES]


@functools.lru_cache(maxsize=16)
def _entries_of(path: str, mtime: float, size: int) -> tuple[Entry, ...]:
    return tuple(read_file(path))


def load_entries(paths: Iterable[str | Path]) -> list[Entry]:
    """Entries of every file in order (later files take precedence on equal phrases)."""
    out: list[Entry] = []
    for p in paths:
        path = Path(p)
        try:
            st = path.stat()
        except OSError:
            from tidings.errors import TidingsError

            raise TidingsError("E001", str(path), path=str(path), reason="no such dictionary file") from None
        out.extend(_entries_of(str(path), st.st_mtime, st.st_size))
    return out


_LEXICONS: dict[tuple[int, tuple[str, ...], bool], Lexicon] = {}


def get_lexicon(nlp: Any, dictionaries: Iterable[str] = (), default_dictionaries: bool = True) -> Lexicon:
    """The Lexicon for these files, built once per process and vocabulary."""
    extra = tuple(str(d) for d in dictionaries)
    key = (id(nlp.vocab), extra, default_dictionaries)
    lex = _LEXICONS.get(key)
    if lex is None:
        paths: list[str | Path] = [*(default_paths() if default_dictionaries else []), *extra]
        lex = _LEXICONS[key] = Lexicon(nlp, load_entries(paths))
    return lex
