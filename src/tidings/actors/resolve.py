"""Within-document resolution: names, descriptions, acronyms, places and pronouns -> clusters.

Rule-based, in this order (each step only adds to what the earlier ones found):
1. person names (dictionary people and NER PERSON spans), clustered by name: a name whose
   words (hyphens and case ignored) end another name joins it ("Amir-Abdollahian",
   "Al-Araji", "Bayramov"); coded from the knowledge base (valid on the publication date),
   else from role words around the name ("Iranian Foreign Minister X", "X, Iraq's national
   security adviser", "his Iraqi counterpart X");
2. organisations (dictionary or NER ORG coded from its words), with acronyms defined in the
   text ("Islamic Revolution Guards Corps (IRGC)");
3. descriptions and groups headed by a role noun ("the top diplomat", "Iran's foreign
   minister" -> the person holding that role and country; "the Iraqi government" -> a group);
4. countries named outside those phrases (names, capitals as metonyms), not as locations;
5. pronouns (he/his/she/her...) -> the subject of the clause they precede ("For his part,
   al-Araji said"), else the most recent subject, else the most recent person (salience by
   sentence distance, subjecthood, gender when known, not the subject of the same verb for
   "him");
6. counterparts take the sector and title of the other party, their own country;
7. a state actor named without a country takes one from its context.
Steps 5-6 live in ``tidings.actors.pronouns`` and step 7 in ``tidings.actors.context``.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tidings.actors.codes import join_code
from tidings.actors.coding import Coding, code_range, hit_index, span_root
from tidings.actors.context import ContextRules
from tidings.actors.lexicon import Hit
from tidings.actors.pronouns import PRONOUNS, SUBJECT_DEPS, PronounRules
from tidings.model import Actor, TextSpan

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "prof", "prof.",
                        "ayatollah", "sheikh", "gen", "gen.", "general", "col", "col.", "lt", "lt.", "capt", "capt."})
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "der", "le", "la", "ould", "di", "du"})
INDEFINITE = frozenset({"a", "an", "another", "any", "some", "no", "every", "each", "several", "many", "two", "three"})
PLACE_PREPS = frozenset({"in", "at", "near", "across", "throughout", "inside", "within", "into", "around", "outside"})
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "faction", "movement", "cell", "network", "outfit"})
NON_STATE = frozenset({"REB", "UAF", "INS", "SEP", "RAD"})
# Role nouns that name a stance or act when they take these prepositions.
ABSTRACT_PREPS = {"opposition": ("to", "against"), "leadership": ("of", "in"), "government": ("by",),
                  "support": ("for", "to")}
# Generic titles that a more specific title satisfies ("the minister" -> the foreign minister).
GENERIC_TITLES = {
    "minister": ("minister",),
    "official": ("minister", "president", "adviser", "advisor", "ambassador", "diplomat", "official", "governor",
                 "spokesperson", "secretary"),
    "diplomat": ("foreign minister", "ambassador", "diplomat", "deputy foreign minister"),
    "leader": ("president", "prime minister", "supreme leader", "monarch", "chancellor", "leader"),
    "head": ("president", "prime minister", "chief", "head", "minister", "director"),
    "spokesperson": ("spokesperson",),
}


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


def name_key(tokens: list[Token]) -> tuple[str, ...]:
    """Name words without hyphens, punctuation, honorifics or possessive: 'Amir-Abdollahian' ->
    ('amir', 'abdollahian'); 'Al-Araji' -> ('al', 'araji')."""
    out = []
    for t in tokens:
        if t.is_punct or t.lower_ in ("'s", "’s", "-") or t.lower_ in HONORIFICS:
            continue
        out.extend(w for w in t.lower_.replace("-", " ").split() if w)
    return tuple(out)


def _is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return 0 < len(short) <= len(long) and long[-len(short) :] == short


class Resolver(PronounRules, ContextRules):
    """Resolution state for one document (pronoun and context-country rules in their own modules)."""

    def __init__(self, doc: Doc, hits: list[Hit]) -> None:
        self.doc = doc
        self.hits = hits
        self.tok2hit = hit_index(hits, len(doc))
        self.sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.clusters: list[Cluster] = []
        self.covered = bytearray(len(doc))  # tokens inside person/org/description mentions
        self.person_tok: dict[int, Mention] = {}  # token -> person-ish mention covering it
        self.pending_counterparts: list[tuple[Cluster, int]] = []

    # -- helpers -------------------------------------------------------------------------
    def sent_of(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def mention(self, start: int, end: int, kind: str, head: int | None = None) -> Mention:
        from tidings.actors.coding import span_root

        h = self.doc[head] if head is not None else span_root(self.doc, start, end)
        return Mention(start, end, kind, h.i, self.sent_of(h.i), subject=h.dep_ in SUBJECT_DEPS)

    def cover(self, m: Mention, person: bool = False) -> None:
        self.covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        if person:
            for i in range(m.start, m.end):
                self.person_tok[i] = m

    def coding(self, start: int, end: int, attached: bool = True) -> Coding:
        return code_range(self.doc, start, end, self.hits, self.tok2hit, attached)

    # -- 1. person names -----------------------------------------------------------------
    def person_candidates(self) -> list[tuple[int, int, Hit | None]]:
        doc = self.doc
        cands: dict[tuple[int, int], Hit | None] = {}
        person_hits = [h for h in self.hits if h.kind == "person" or (h.kind == "actor" and self._actor_is_person(h))]
        for h in person_hits:
            cands[(h.start, h.end)] = h
        for ent in doc.ents:
            if ent.label_ != "PERSON" and not self._person_by_apposition(ent):
                continue
            s, e = ent.start, ent.end
            for k in range(e - 1, s - 1, -1):  # a name does not run over a line break
                if doc[k].is_space or "\n" in doc[k].text:
                    s = k + 1
                    break
            while s < e and (self.tok2hit[s] >= 0 and not self.hits[self.tok2hit[s]].is_name
                             or doc[s].is_lower and doc[s].lower_ not in NAME_PARTICLES
                             or doc[s].lower_ in HONORIFICS or doc[s].is_punct):
                s += 1
            while e > s and (doc[e - 1].lower_ in ("'s", "’s", "'") or doc[e - 1].is_punct):
                e -= 1
            if e <= s or not doc[e - 1].text[:1].isupper() or any(not _NAME_TOKEN.match(t.text) for t in doc[s:e]):
                continue  # "la decisión", "‍En el": not a name
            if any(self.tok2hit[i] >= 0 and self.hits[self.tok2hit[i]].kind in ("organisation", "country", "capital")
                   for i in range(s, e)):
                continue
            overlap = [k for k in cands if k[0] < e and s < k[1]]
            if overlap:
                continue
            cands[(s, e)] = None
        return sorted(((s, e, h) for (s, e), h in cands.items()), key=lambda x: x[0])

    def _person_by_apposition(self, ent: Span) -> bool:
        """'a State Department spokesperson, Morgan Ortagus,': a name in apposition to a person
        role is a person whatever label the NER gave it."""
        root = span_root(self.doc, ent.start, ent.end)
        if not all(t.pos_ == "PROPN" for t in ent) or len(ent) > 4 or ent.label_ not in ("ORG", "GPE", "NORP"):
            return False
        if any(self.tok2hit[i] >= 0 for i in range(ent.start, ent.end)):
            return False

        def person_role(tok: Token) -> bool:
            hi = self.tok2hit[tok.i]
            return hi >= 0 and self.hits[hi].kind == "role" and self.hits[hi].get("ref") == "person"

        if root.dep_ == "appos" and person_role(root.head):
            return True
        # "Sviatlana Tsikhanouskaya, an opposition candidate for ...": the role is the apposition
        return any(c.dep_ == "appos" and c.i > root.i and person_role(c) for c in root.children)

    def _actor_is_person(self, h: Hit) -> bool:
        for ent in self.doc.ents:
            if ent.start <= h.start < ent.end:
                return ent.label_ == "PERSON"
        return False

    def names(self) -> None:
        doc = self.doc
        cands = self.person_candidates()
        persons: list[Cluster] = []
        singles = []
        for s, e, hit in cands:
            key = name_key(list(doc[s:e]))
            if not key:
                continue
            if len(key) == 1 and hit is None:
                singles.append((s, e, key))
                continue
            cl = None
            for c in persons:
                if hit is not None and c.evidence.get("entry") == hit.name:
                    cl = c
                    break
                if _is_suffix(key, c.key) or _is_suffix(c.key, key):
                    cl = c
                    break
            if cl is None:
                cl = Cluster(kind="person", name=doc[s:e].text, key=key)
                persons.append(cl)
                self.clusters.append(cl)
            if len(key) > len(cl.key):
                cl.key, cl.name = key, doc[s:e].text
            if hit is not None and not cl.coded_by_kb:
                cl.coded_by_kb = True
                cl.name = hit.name
                cl.key = max(cl.key, name_key(list(doc[s:e])), key=len)
                cl.country, cl.sectors, cl.code = hit.country, list(hit.sectors), hit.code
                cl.title = hit.title
                cl.gender = hit.get("gender")
                cl.evidence = {"rule": "person dictionary", "entry": hit.name, "source": hit.source}
            m = self.mention(s, e, "name")
            cl.add(m)
            self.cover(m, person=True)
        for s, e, key in singles:
            self._attach_single(s, e, key, persons, create=True)
        # names NER labelled otherwise (ORG "Amir-Abdollahian", "Bayramov") or missed
        self._other_name_mentions(persons)

    def _attach_single(self, s: int, e: int, key: tuple[str, ...], persons: list[Cluster], create: bool) -> bool:
        best, best_d = None, None
        for c in persons:
            if len(c.key) > len(key) and _is_suffix(key, c.key) or c.key == key:
                d = min(abs(m.start - s) + (0 if m.start < s else 10_000) for m in c.mentions)
                if best_d is None or d < best_d:
                    best, best_d = c, d
        if best is None:  # a first name used alone ("Qaboos" for "Qaboos bin Said", "Haitham")
            for c in persons:
                if len(c.key) > 1 and c.key[0] == key[0] and any(x.start < s for x in c.mentions):
                    d = min(abs(x.start - s) for x in c.mentions)
                    if best_d is None or d < best_d:
                        best, best_d = c, d
        if best is None:  # a one-letter spelling variant of a surname ("Sarea" / "Saree")
            for c in persons:
                if c.key and len(key[0]) >= 5 and _edit1(key[0], c.key[-1]) and any(x.start < s for x in c.mentions):
                    best = c
                    break
        if best is None:
            if not create:
                return False
            best = Cluster(kind="person", name=self.doc[s:e].text, key=key)
            persons.append(best)
            self.clusters.append(best)
        m = self.mention(s, e, "name")
        best.add(m)
        self.cover(m, person=True)
        return True

    def _other_name_mentions(self, persons: list[Cluster]) -> None:
        if not persons:
            return
        doc = self.doc
        last_words = {c.key[-1] for c in persons if c.key}
        first_words = {c.key[0]: c for c in persons if len(c.key) > 1}
        i = 0
        n = len(doc)
        while i < n:
            t = doc[i]
            if self.covered[i] or t.pos_ != "PROPN" or self.tok2hit[i] >= 0:
                i += 1
                continue
            j = i + 1
            while j < n and not self.covered[j] and "\n" not in doc[j - 1].whitespace_ and not doc[j].is_space and (
                    doc[j].pos_ == "PROPN" or doc[j].text == "-" and j + 1 < n and doc[j + 1].pos_ == "PROPN") \
                    and self.tok2hit[j] < 0:
                j += 1
            key = name_key(list(doc[i:j]))
            fuzzy = len(key) == 1 and len(key[0]) >= 5 and any(_edit1(key[0], w) for w in last_words)
            if len(key) == 1 and key[0] in first_words and key[0] not in last_words:
                c = first_words[key[0]]  # "Qaboos" for "Qaboos bin Said" (tagged GPE by the NER)
                if any(x.start < i for x in c.mentions):
                    m = self.mention(i, j, "name")
                    c.add(m)
                    self.cover(m, person=True)
            elif key and (key[-1] in last_words or fuzzy):
                for c in persons:
                    if _is_suffix(key, c.key) or fuzzy and c.key and _edit1(key[0], c.key[-1]):
                        m = self.mention(i, j, "name")
                        c.add(m)
                        self.cover(m, person=True)
                        break
            i = j

    def name_contexts(self) -> None:
        """Code persons from the role words around their names; register counterparts."""
        doc = self.doc
        for cl in [c for c in self.clusters if c.kind == "person"]:
            best: Coding | None = None
            for m in list(cl.mentions):
                if m.kind != "name":
                    continue
                for (s, e, extend) in self._contexts(m):
                    c = self.coding(s, e)
                    if c.ref == "counterpart":
                        head = span_root(doc, s, e)
                        poss = [t for t in head.children if t.dep_ == "poss" and t.lower_ in PRONOUNS]
                        self.pending_counterparts.append((cl, poss[0].i if poss else -1))
                        cl.counterpart_country = cl.counterpart_country or c.country
                        cl.inherit_country = cl.inherit_country or c.inherit_country
                        extend_mention = True
                    else:
                        extend_mention = bool(c.code)
                    if c.code and (best is None or (c.country and c.sectors and not (best.country and best.sectors))):
                        best = c
                    if extend_mention:
                        if extend:
                            m.start = min(m.start, s)
                            self.cover(m, person=True)
                        else:
                            dm = self.mention(s, e, "description")
                            cl.add(dm)
                            self.cover(dm, person=True)
            if best is not None and not cl.coded_by_kb:
                cl.set_coding(best, "role words around the name")
            elif best is not None and best.title and not cl.title:
                cl.title = best.title

    def _contexts(self, m: Mention) -> list[tuple[int, int, bool]]:
        """Token ranges that describe the person named by mention ``m`` (True: directly before it)."""
        doc = self.doc
        root = span_root(doc, m.start, m.end)
        out: list[tuple[int, int, bool]] = []
        le = root.left_edge.i
        if le < m.start:
            # contiguous modifiers before the name, stopping at a coordination or another name
            s = m.start
            while s - 1 >= le and (doc[s - 1].dep_ not in ("cc", "punct", "prep") or doc[s - 1].text == "-") \
                    and (s - 1) not in self.person_tok and not doc[s - 1].is_space and "\n" not in doc[s - 1].whitespace_:
                if doc[s - 1].dep_ == "conj" and not (s - 1 == m.start - 1 and self.tok2hit[s - 1] >= 0):
                    break  # "US President Trump and Turkish President Erdogan": the role next to the name is his
                s -= 1
            while s < m.start and (doc[s].lower_ in PRONOUNS or doc[s].dep_ == "det" and doc[s].lower_ != "the"):
                s += 1
            if any(self.tok2hit[i] >= 0 for i in range(s, m.start)):
                out.append((s, m.start, True))
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < m.start:
            h = root.head
            if self.tok2hit[h.i] >= 0 and self.hits[self.tok2hit[h.i]].kind == "role":
                out.append((h.left_edge.i, h.i + 1, False))
        if m.start >= 2 and doc[m.start - 1].text == "," and not out:
            # "A member of the Tunisian Parliament, Samir Dilou said": a role phrase, a comma and the
            # name is an apposition whatever the parser made of it; take the widest role-headed phrase
            best = None
            x: Token | None = doc[m.start - 2]
            while x is not None and x.i < m.start - 1:
                hi = self.tok2hit[x.i]
                if x.pos_ in ("NOUN", "PROPN") and hi >= 0 and self.hits[hi].kind == "role" and x.i not in self.person_tok:
                    best = x
                x = x.head if x.head.i != x.i else None
            if best is not None and best.left_edge.i < m.start - 1:
                out.append((best.left_edge.i, m.start - 1, False))
        if m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "of":
            # "Sharif Hotak, of the Maidan Wardak provincial council, said"
            prep = doc[m.end + 1]
            if any(self.tok2hit[i] >= 0 for i in range(prep.i, prep.right_edge.i + 1)):
                out.append((prep.i + 1, prep.right_edge.i + 1, False))
        for child in root.children:
            if child.dep_ == "appos" and child.i >= m.end and self.tok2hit[child.i] >= 0:
                if self.hits[self.tok2hit[child.i]].kind == "role":
                    out.append((child.left_edge.i, child.right_edge.i + 1, False))
        return [(s, e, x) for s, e, x in out if "\n" not in doc[s:e].text]

    # -- 2. organisations ----------------------------------------------------------------
    def organisations(self) -> None:
        doc = self.doc
        by_name: dict[str, Cluster] = {}
        acronyms: dict[str, Cluster] = {}
        for h in self.hits:
            if not (h.kind == "organisation" or (h.kind == "actor" and h.start not in self.person_tok)):
                continue
            if self.covered[h.start]:
                continue
            cl = by_name.get(h.name)
            if cl is None:
                cl = by_name[h.name] = Cluster(kind="organisation", name=h.name, key=(h.name.lower(),))
                p = h.parsed
                cl.country, cl.sectors, cl.code, cl.title = p.country, list(p.sectors), p.code, h.title
                cl.evidence = {"rule": "organisation dictionary", "entry": h.name, "source": h.source}
                cl.coded_by_kb = True
                self.clusters.append(cl)
            m = self.mention(h.start, h.end, "organisation")
            s = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
            m.start = s
            cl.add(m)
            self.cover(m)
            self._acronym_after(m, cl, acronyms)
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "NORP", "FAC") or any(self.covered[ent.start : ent.end]):
                continue
            c = self.coding(ent.start, ent.end, attached=False)
            if not c.code or not c.sectors or c.ref == "country" or c.ref == "counterpart":
                continue
            if not span_root(doc, ent.start, ent.end).text[:1].isupper():
                continue
            text = " ".join(t.text for t in ent if t.lower_ != "the")
            key = (text.lower(),)
            cl = by_name.get(text)
            if cl is None and not c.country:  # "Parliament" after "the Parliament of Iraq"
                m0 = self.mention(ent.start, ent.end, "organisation")
                cl = self._org_for_description(span_root(doc, ent.start, ent.end), m0, c.title,
                                               None if c.weak else c.sectors)
            if cl is None:
                cl = by_name[text] = Cluster(kind="organisation", name=text, key=key)
                cl.set_coding(c, "organisation named in the text, coded from its words")
                self.clusters.append(cl)
            m = self.mention(ent.start, ent.end, "organisation")
            cl.add(m)
            self.cover(m)
            self._acronym_after(m, cl, acronyms)
        if acronyms:
            for t in doc:
                if t.text in acronyms and not self.covered[t.i]:
                    m = self.mention(t.i, t.i + 1, "acronym")
                    acronyms[t.text].add(m)
                    self.cover(m)

    def _acronym_after(self, m: Mention, cl: Cluster, acronyms: dict[str, Cluster]) -> None:
        doc = self.doc
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            acr = doc[m.end + 1]
            if acr.text.isupper() and 2 <= len(acr.text) <= 8:
                acronyms.setdefault(acr.text, cl)
                if acr.text not in cl.evidence.setdefault("acronyms", []):  # type: ignore[operator]
                    cl.evidence["acronyms"].append(acr.text)  # type: ignore[union-attr]

    # -- 3. descriptions and groups ------------------------------------------------------
    def descriptions(self) -> None:
        doc = self.doc
        done: set[int] = set()
        groups: dict[tuple[str, str], Cluster] = {}
        for h in self.hits:
            if h.kind != "role":
                continue
            head = doc[h.end - 1]
            ok = True
            while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
                nxt = head.head
                hi = self.tok2hit[nxt.i]
                if nxt.i in self.person_tok or (hi >= 0 and self.hits[hi].kind != "role"):
                    ok = False
                    break
                if hi >= 0:
                    head = nxt
                    continue
                ok = False
                break
            if not ok or head.i in done or self.covered[head.i] or head.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(c.dep_ == "prep" and c.lower_ in ABSTRACT_PREPS.get(head.lower_, ()) for c in head.children):
                continue  # "Iran's opposition to the stationing": the stance, not a party
            if any(t.tag_ in ("WDT", "WP$", "WP") for t in doc[head.left_edge.i : head.i]):
                continue  # "whose commander-in-chief is X": X is coded by its own name
            if any(c.dep_ == "appos" and c.i in self.person_tok for c in head.children):
                continue
            if head.dep_ == "appos" and head.head.i in self.person_tok:
                continue
            done.add(head.i)
            s = head.left_edge.i
            while s < head.i and doc[s].is_punct:
                s += 1
            e_code = head.i + 1
            for ch in head.children:  # "members of the House of Commons", "the president of Iran"
                if ch.dep_ == "prep" and ch.lower_ in ("of", "for") and ch.i > head.i:
                    e_code = max(e_code, ch.right_edge.i + 1)
            c = self.coding(s, e_code)
            m = self.mention(s, head.i + 1, "description", head=head.i)
            if c.generic and not c.sectors:
                cl = None
                dets = list(doc[s : head.i]) + ([t for t in head.head.children if t.dep_ == "det"] if head.dep_ == "conj" else [])
                if head.lemma_.lower() in GROUP_NOUNS and not any(t.lower_ in INDEFINITE for t in dets):
                    cl = self._group_for_generic(c, m)
                if cl is not None:
                    m.kind = "reference"
                    cl.add(m)
                    self.cover(m)
                continue
            if not c.code and c.ref != "counterpart":
                continue
            plural = head.tag_ in ("NNS", "NNPS")
            indefinite = any(t.lower_ in INDEFINITE for t in doc[s : head.i] if t.dep_ in ("det", "nummod"))
            if c.ref == "counterpart":
                cl = Cluster(kind="person", name=doc[s : head.i + 1].text, key=())
                cl.counterpart_country = c.country
                cl.inherit_country = c.inherit_country
                poss = [t for t in head.children if t.dep_ == "poss" and t.lower_ in PRONOUNS]
                self.pending_counterparts.append((cl, poss[0].i if poss else -1))
                self.clusters.append(cl)
                cl.add(m)
                self.cover(m, person=True)
                continue
            definite = any(t.lower_ in ("the", "this", "that", "these", "those") or t.dep_ == "poss" for t in doc[s : head.i])
            if c.ref in ("org", "group") and not indefinite and not c.country and c.name_hit is None \
                    and (definite or not plural):
                named = self._org_for_description(head, m, c.title, None if c.weak else c.sectors)
                if named is not None:  # "the agency" after "the Saudi Press Agency"
                    named.add(m)
                    self.cover(m)
                    continue
            if c.ref == "person" and not plural:
                cl = None if indefinite else self._person_for_description(c, m)
                if cl is None:
                    cl = Cluster(kind="person", name=self._desc_name(s, head.i + 1), key=())
                    cl.set_coding(c, "description with a role word")
                    self.clusters.append(cl)
                elif not cl.country and c.country:
                    cl.country = c.country
                    cl.code = join_code(cl.country, cl.sectors)
                cl.add(m)
                self.cover(m, person=True)
                continue
            countries = c.countries if plural and len(c.countries) > 1 else [c.country]
            for country in countries:
                code = c.code if len(countries) == 1 and c.code else join_code(country, c.sectors)
                if not code:
                    continue
                gkey = (code, c.title or "")
                cl = groups.get(gkey)
                if cl is None:
                    cl = groups[gkey] = Cluster(kind="group" if c.ref != "org" else "organisation",
                                               name=self._desc_name(s, head.i + 1, country if len(countries) > 1 else None),
                                               key=())
                    cl.set_coding(c, "description with a role word")
                    cl.country, cl.code = country, code
                    self.clusters.append(cl)
                mm = Mention(m.start, m.end, m.kind, m.head, m.sent, m.subject)
                cl.add(mm)
            self.cover(m)

    def _org_for_description(self, head: Token, m: Mention, title: str | None = None,
                             sectors: list[str] | None = None) -> Cluster | None:
        """'the agency' after 'the Saudi Press Agency'; 'Parliament' after 'the Parliament of Iraq'."""
        best, best_pos = None, -1
        word = head.lemma_.lower()
        for cl in self.clusters:
            if cl.kind not in ("organisation", "group") or not cl.name:
                continue
            same_head = cl.kind == "organisation" and cl.name.split()[-1].lower().rstrip("s") == word.rstrip("s")
            if not same_head and not (title and cl.title == title and cl.country):
                continue
            if sectors and cl.sectors and sectors[0] != cl.sectors[0]:
                continue  # "government forces" are not the "Syrian Democratic Forces"
            before = [x.start for x in cl.mentions if x.start < m.start]
            if before and max(before) > best_pos:
                best, best_pos = cl, max(before)
        return best

    def _group_for_generic(self, c: Coding, m: Mention) -> Cluster | None:
        """'groups that have taken refuge in ...' -> the most recent non-state group (same country)."""
        best, best_pos = None, -1
        for cl in self.clusters:
            if cl.kind != "group" or not (set(cl.sectors) & NON_STATE):
                continue
            if c.country and cl.country and c.country != cl.country:
                continue
            before = [x.start for x in cl.mentions if x.start < m.start]
            if before and max(before) > best_pos:
                best, best_pos = cl, max(before)
        return best

    def _desc_name(self, s: int, e: int, country: str | None = None) -> str:
        words = [t.text for t in self.doc[s:e] if t.dep_ != "det" and t.lower_ not in PRONOUNS]
        name = " ".join(words) or self.doc[s:e].text
        return f"{name} ({country})" if country else name

    def _person_for_description(self, c: Coding, m: Mention) -> Cluster | None:
        best, best_pos = None, -1
        for cl in self.clusters:
            if cl.kind != "person":
                continue
            if not _titles_compatible(c.title, cl.title):
                continue
            if c.country and cl.country and c.country != cl.country:
                continue
            if c.sectors and cl.sectors and c.sectors[0] != cl.sectors[0]:
                continue
            before = [x.start for x in cl.mentions if x.start < m.start]
            if before and max(before) > best_pos:
                best, best_pos = cl, max(before)
        return best

    # -- 4. countries --------------------------------------------------------------------
    def places(self) -> None:
        doc = self.doc
        by_code: dict[str, Cluster] = {}
        for h in self.hits:
            if not h.is_place or self.covered[h.start] and h.kind in ("demonym",):
                continue
            if self.covered[h.start] and not (h.kind in ("country",) and doc[h.end - 1].dep_ == "poss"
                                              or h.kind == "country" and h.end < len(doc) and doc[h.end].lower_ in ("'s", "’s")):
                continue
            tok = doc[h.end - 1]
            if h.kind == "demonym" and (tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ == "ADJ"):
                continue
            if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and self.tok2hit[tok.head.i] < 0 \
                    and tok.head.i not in self.person_tok:
                continue  # "the Iran nuclear deal": a modifier of a thing, not the actor
            if self._is_location(h):
                continue
            if h.end + 1 < len(doc) and doc[h.end].text == "-" and doc[h.end + 1].tag_ in ("VBN", "VBD", "VBG"):
                continue  # "US-built", "Saudi-led": part of an adjective, not the actor
            if h.start > 0 and doc[h.start - 1].lower_ in ("anti", "pro") or (
                h.start > 1 and doc[h.start - 1].text == "-" and doc[h.start - 2].lower_ in ("anti", "pro")):
                continue
            code = h.code
            if not code:
                continue
            cl = by_code.get(code)
            if cl is None:
                cl = by_code[code] = Cluster(kind="country", name=h.name, key=(code,))
                p = h.parsed
                cl.country, cl.sectors, cl.code = p.country, list(p.sectors), p.code
                cl.evidence = {"rule": f"{h.kind} name", "entry": h.name, "source": h.source}
                self.clusters.append(cl)
            s = h.start
            if h.kind in ("country", "multinational") and s > 0 and doc[s - 1].lower_ == "the" and not self.covered[s - 1]:
                s -= 1
            cl.add(self.mention(s, h.end, "place"))

    def _is_location(self, h: Hit) -> bool:
        doc = self.doc
        tok = doc[h.end - 1]
        head = tok
        while head.dep_ in ("compound", "poss", "amod", "nmod", "case") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
            return True
        prev = doc[h.start - 1] if h.start > 0 else None
        return prev is not None and prev.lower_ in PLACE_PREPS and prev.dep_ == "prep"

    # -- all -------------------------------------------------------------------------------
    def run(self) -> list[Cluster]:
        self.names()
        self.name_contexts()
        self.organisations()
        self.descriptions()
        self.places()
        self.pronouns()
        self.group_pronouns()
        self.counterparts()
        self.context_countries()
        return [c for c in self.clusters if c.mentions]


_NAME_TOKEN = re.compile(r"^([^\W\d_][\w'’.]*|-)$")


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def _titles_compatible(desc: str | None, known: str | None) -> bool:
    if not desc or not known:
        return False
    if desc == known:
        return True
    for word in GENERIC_TITLES.get(desc, ()):
        if word in known:
            return True
    return False


def actor_id(cl: Cluster) -> str:
    raw = f"{cl.kind}|{cl.name}|{cl.code or ''}".lower()
    return "a" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


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
        mentions = sorted({(m.start, m.end) for m in cl.mentions})
        texts = []
        records = []
        for s, e in mentions:
            sp = doc[s:e]
            records.append(TextSpan(start=sp.start_char, end=sp.end_char, text=sp.text))
            spans.append(Span(doc, s, e, label=aid))
            kind = next(m.kind for m in cl.mentions if (m.start, m.end) == (s, e))
            if kind != "pronoun" and sp.text not in texts:
                texts.append(sp.text)
        if cl.kind == "group" and not cl.name.endswith(")"):
            names = [" ".join(t.text for t in doc[m.start : m.end] if t.dep_ != "det" and t.lower_ not in PRONOUNS)
                     for m in cl.mentions if m.kind == "description"]
            names = [n for n in names if n]
            if names:
                cl.name = min(names, key=lambda n: (len(n.split()), n))
        evidence = dict(cl.evidence)
        if cl.title:
            evidence.setdefault("title", cl.title)
        actors.append(
            Actor(id=aid, name=cl.name, country=cl.country, sectors=list(cl.sectors),
                  code=cl.code or join_code(cl.country, cl.sectors), kind=cl.kind,
                  aliases=texts, mentions=records, evidence=evidence)
        )
    return actors, spans


def find_clusters(doc: Doc, hits: list[Hit]) -> list[Cluster]:
    return Resolver(doc, hits).run()
