"""The resolver's state: mentions, clusters and the per-document indexes every rule reads.

The rule modules (``names``, ``organisations``, ``descriptions``, ``countries``, ``pronouns``,
``context``) are functions over one ``State``; ``tidings.actors.resolve`` runs them in order.
``to_actors`` turns the final clusters into ``Actor`` records and mention spans.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tidings.actors.codes import join_code
from tidings.actors.coding import Coding, code_range, hit_index, span_root
from tidings.actors.lexicon import Hit
from tidings.model import Actor, TextSpan

HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sir",
        "madam",
        "prof",
        "prof.",
        "ayatollah",
        "sheikh",
        "gen",
        "gen.",
        "general",
        "col",
        "col.",
        "lt",
        "lt.",
        "capt",
        "capt.",
    }
)
# "Robert Downey Jr.": the suffix is no part of the surname that later mentions use
GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "der", "le", "la", "ould", "di", "du"}
)
# Third-person singular pronouns and the gender they imply.
GENDERED_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # name, description, pronoun, place, acronym, organisation, group
    head: int
    sent: int
    subject: bool = False
    cluster: Cluster | None = None


@dataclass
class Cluster:
    kind: str  # person, organisation, country, group
    name: str
    key: tuple[str, ...] = ()
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    code: str | None = None
    title: str | None = None
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    evidence: dict[str, object] = field(default_factory=dict)
    counterpart_of: int | None = None  # token of the possessor ("his") of "counterpart", or -1
    counterpart_country: str | None = None
    inherit_country: bool = False  # "his successor": same country as the other party
    coded_by_kb: bool = False
    owner_tok: int | None = None  # possessive pronoun owning a collective noun ("his staffers")
    listed: bool = False  # coded by its place in a list of names ("respectively.py")

    def add(self, m: Mention) -> None:
        m.cluster = self
        self.mentions.append(m)

    def set_coding(self, c: Coding, rule: str) -> None:
        self.country = c.country
        self.sectors = list(c.sectors)
        self.code = c.code or join_code(c.country, c.sectors)
        if c.title:
            self.title = c.title
        self.evidence = {"rule": rule, "from": c.evidence}


class State:
    """Resolution state for one document: the hits, the clusters found so far and the token
    indexes the rules share (``covered``: inside a person/org/description mention;
    ``person_tok``: token -> person-ish mention)."""

    def __init__(self, doc: Doc, hits: list[Hit], published: dt.date | None = None) -> None:
        self.doc = doc
        self.hits = hits
        self.published = published
        self.dateline: tuple[str, str] | None = None  # (country, words) of the dateline's place
        self.tok2hit = hit_index(hits, len(doc))
        self.sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.clusters: list[Cluster] = []
        self.covered = bytearray(len(doc))
        self.person_tok: dict[int, Mention] = {}
        self.pending_counterparts: list[tuple[Cluster, int]] = []

    def sent_of(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def mention(self, start: int, end: int, kind: str, head: int | None = None) -> Mention:
        h = self.doc[head] if head is not None else span_root(self.doc, start, end)
        return Mention(start, end, kind, h.i, self.sent_of(h.i), subject=h.dep_ in SUBJECT_DEPS)

    def cover(self, m: Mention, person: bool = False) -> None:
        self.covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        if person:
            for i in range(m.start, m.end):
                self.person_tok[i] = m

    def coding(self, start: int, end: int, attached: bool = True) -> Coding:
        return code_range(self.doc, start, end, self.hits, self.tok2hit, attached)

    def hit_at(self, i: int) -> Hit | None:
        k = self.tok2hit[i]
        return self.hits[k] if k >= 0 else None


def name_key(tokens: list[Token]) -> tuple[str, ...]:
    """Name words without hyphens, punctuation, honorifics or possessive: 'Amir-Abdollahian' ->
    ('amir', 'abdollahian'); 'Al-Araji' -> ('al', 'araji')."""
    out: list[str] = []
    for t in tokens:
        if t.is_punct or t.lower_ in ("'s", "’s", "-") or t.lower_ in HONORIFICS or t.lower_ in GENERATIONAL:
            continue
        out.extend(w for w in t.lower_.replace("-", " ").split() if w)
    return tuple(out)


def is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return 0 < len(short) <= len(long) and long[-len(short) :] == short


def edit1(a: str, b: str) -> bool:
    """True when a and b differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def referred_by_pronoun(clusters: list[Cluster], i: int) -> Iterator[Cluster]:
    """The clusters the pronoun at token ``i`` was resolved to ("its" in "its foreign ministry")."""
    return (cl for cl in clusters if any(m.start == i and m.kind == "pronoun" for m in cl.mentions))


def latest_before(clusters: list[Cluster], start: int, keep) -> Cluster | None:
    """The cluster (among those ``keep`` accepts) with the latest mention before token ``start``."""
    best, best_pos = None, -1
    for cl in clusters:
        if not keep(cl):
            continue
        before = [x.start for x in cl.mentions if x.start < start]
        if before and max(before) > best_pos:
            best, best_pos = cl, max(before)
    return best


def actor_id(cl: Cluster) -> str:
    raw = f"{cl.kind}|{cl.name}|{cl.code or ''}".lower()
    return "a" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def _group_name(doc: Doc, cl: Cluster) -> str:
    names = [
        " ".join(
            t.text for t in doc[m.start : m.end] if t.dep_ != "det" and t.lower_ not in GENDERED_PRONOUNS
        )
        for m in cl.mentions
        if m.kind == "description"
    ]
    names = [n for n in names if n]
    return min(names, key=lambda n: (len(n.split()), n)) if names else cl.name


def to_actors(doc: Doc, clusters: list[Cluster]) -> tuple[list[Actor], list[Span]]:
    """Actor records (in order of first mention) and one Span per mention (label = actor id)."""
    actors: list[Actor] = []
    spans: list[Span] = []
    clusters = sorted(clusters, key=lambda c: min(m.start for m in c.mentions))
    seen_ids: dict[str, int] = {}
    for cl in clusters:
        aid = actor_id(cl)
        if aid in seen_ids:
            seen_ids[aid] += 1
            aid = f"{aid}-{seen_ids[aid]}"
        else:
            seen_ids[aid] = 0
        texts: list[str] = []
        records = []
        for s, e in sorted({(m.start, m.end) for m in cl.mentions}):
            sp = doc[s:e]
            records.append(TextSpan(start=sp.start_char, end=sp.end_char, text=sp.text))
            spans.append(Span(doc, s, e, label=aid))
            kind = next(m.kind for m in cl.mentions if (m.start, m.end) == (s, e))
            if kind != "pronoun" and sp.text not in texts:
                texts.append(sp.text)
        if cl.kind == "group" and not cl.name.endswith(")"):
            cl.name = _group_name(doc, cl)
        evidence = dict(cl.evidence)
        if cl.title:
            evidence.setdefault("title", cl.title)
        actors.append(
            Actor(
                id=aid,
                name=cl.name,
                country=cl.country,
                sectors=list(cl.sectors),
                code=cl.code or join_code(cl.country, cl.sectors),
                kind=cl.kind,
                aliases=texts,
                mentions=records,
                evidence=evidence,
            )
        )
    return actors, spans
