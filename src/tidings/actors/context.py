"""Country from context (a mixin of ``tidings.actors.resolve.Resolver``).

A state or civil actor named without a country ("officials", "the caretaker Prime Minister
X", "government forces") takes the country of its sentence's subject if that is a state
actor, else of the nearest earlier country or state body (same sentence, then the two
before), else the country the article names most. Only countries the text gave are lent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tidings.actors.codes import ETHNIC, REGIONS, join_code
from tidings.actors.pronouns import SUBJECT_DEPS

if TYPE_CHECKING:
    from tidings.actors.lexicon import Hit
    from tidings.actors.resolve import Cluster, Mention

CONTEXT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "HLH", "EDU", "OPP", "CVL", "REF", "LAB", "PTY",
                             "UAF", "REB"})
STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


class ContextRules:
    """Methods that need the resolver's state (doc, hits, clusters, person_tok)."""

    doc: Doc
    hits: list[Hit]
    clusters: list[Cluster]
    person_tok: dict[int, Mention]

    # -- 7. country from context -----------------------------------------------------------
    def context_countries(self) -> None:
        """A state actor named without a country ("officials", "the caretaker Prime Minister X")
        takes the country of the sentence's subject if that is a state or country, else of the
        nearest actor with a country before it (same sentence, then the two before)."""
        doc = self.doc
        owner: dict[int, Cluster] = {}
        for cl in self.clusters:
            for m in cl.mentions:
                for i in range(m.start, m.end):
                    if i not in owner or (owner[i].kind == "country" and cl.kind != "country"):
                        owner[i] = cl
        counts: dict[str, int] = {}
        for h in self.hits:  # every country word, locations included ("in southern Yemen")
            if h.is_place and _is_state(h.country):
                counts[h.country] = counts.get(h.country, 0) + 1  # type: ignore[index]
        for other in self.clusters:
            if _is_state(other.country) and other.sectors and set(other.sectors) & STATE:
                counts[other.country] = counts.get(other.country, 0) + len(other.mentions)  # type: ignore[index]
        total = sum(counts.values())
        top = max(counts, key=lambda k: counts[k]) if counts else None
        dominant = top if top is not None and counts[top] >= 0.5 * total and total >= 4 else None
        ordered = sorted((c for c in self.clusters if c.mentions), key=lambda c: min(m.start for m in c.mentions))
        for cl in ordered:
            if cl.coded_by_kb or cl.country or not cl.sectors or cl.sectors[0] not in CONTEXT_SECTORS or not cl.mentions:
                continue
            first = min((m for m in cl.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
            if first is None or any(t.lower_ in ("foreign", "international", "regional", "world", "western", "outside")
                                    for t in doc[first.start : first.end]):
                continue
            head = doc[first.head]
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.i in self.person_tok and self.person_tok[g.i].kind == "name"
                    and self.person_tok[g.i].cluster is not cl for g in c.children) for c in head.children):
                continue  # "the government of Abdrabbuh Mansur Hadi": the person decides, not the neighbours
            country, how = None, ""
            root = head.sent.root
            for subj in (c for c in root.children if c.dep_ in SUBJECT_DEPS):
                other = owner.get(subj.i)
                if other is not None and other is not cl and _country_source(other):
                    country, how = other.country, f"country of the sentence subject {other.name!r}"
                    break
            if country is None:
                country, how = self._nearest_country(cl, first, same_sentence=False)
            if country is None and dominant is not None:
                country, how = dominant, "the country the article names most"
            if country:
                cl.country = country
                cl.code = join_code(country, cl.sectors)
                cl.evidence = {**cl.evidence, "country_from_context": how}

    def _nearest_country(self, cl: Cluster, first: Mention, same_sentence: bool) -> tuple[str | None, str]:
        """The country of the nearest earlier state actor or country (not media, NGOs, firms)."""
        best, country, how = -1, None, ""
        low = first.sent if same_sentence else first.sent - 2
        for other in self.clusters:
            if other is cl or not _country_source(other):
                continue
            for m in other.mentions:
                if m.start < first.start and low <= m.sent <= first.sent and m.start > best:
                    best, country, how = m.start, other.country, f"country of the nearest actor {other.name!r}"
        return country, how


def _country_source(cl: Cluster) -> bool:
    """May this actor lend its country to a neighbour? Countries and state bodies whose country
    the text gave (a guess is not evidence for the next guess; media and NGOs travel)."""
    if not _is_state(cl.country) or "country_from_context" in cl.evidence:
        return False
    return cl.kind == "country" or bool(set(cl.sectors) & STATE)


def _is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code not in REGIONS and code not in ETHNIC  # type: ignore[arg-type]
