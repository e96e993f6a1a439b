"""Code a token range from the dictionary hits inside it and the words attached to it.

"the Iraqi government" -> IRQ + GOV; "Iran's foreign minister" -> IRN + GOV (title foreign
minister); "armed terrorists operating in Iraq's Kurdistan" -> IRQ + UAF (a non-state group
takes its country from where it operates); "terrorist and apartheid organizations" -> UAF (a
generic head such as "organizations" takes the sector of its modifier).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tidings.actors.codes import join_code
from tidings.actors.lexicon import Hit
from tidings.actors.owners import without_person_owners

# Prepositions whose object places a group ("rebels in Syria") or a role ("president of Iran").
LOCATIVE = frozenset({"in", "inside", "from", "of", "within", "across", "throughout", "based"})
GROUP_SECTORS = frozenset(
    {"REB", "UAF", "OPP", "CVL", "REF", "RAD", "CRM", "INS", "SEP", "LAB", "EDU", "HLH", "MED", "BUS"}
)
FORMER = frozenset({"former", "formerly", "ex", "ex-", "retired", "late", "erstwhile", "onetime", "one-time"})
NEGATING = frozenset({"anti", "anti-", "non", "pro", "pro-"})


@dataclass
class Coding:
    """How a range was coded, and from which words."""

    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    code: str | None = None
    title: str | None = None
    ref: str | None = None  # person, group, org, country, counterpart
    generic: bool = False
    weak: bool = False  # the sector is a default of a modifier-type role ("the agency" -> GOV)
    inherit_country: bool = False  # successor/predecessor: the other party's country too
    name_hit: Hit | None = None
    member_of: Hit | None = None  # "Kurdish YPG fighters": the named organisation's country wins
    countries: list[str] = field(default_factory=list)  # every country named (coordinations)
    evidence: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.code


def hit_index(hits: list[Hit], n: int) -> list[int]:
    """For each token, the index of the hit covering it, or -1."""
    idx = [-1] * n
    for i, h in enumerate(hits):
        for t in range(h.start, h.end):
            idx[t] = i
    return idx


def _negated(doc: Doc, hit: Hit) -> bool:
    """``anti-Iranian``: the adjective says the opposite of belonging."""
    if hit.start == 0:
        return False
    prev = doc[hit.start - 1]
    if prev.lower_ in NEGATING:
        return True
    return prev.text == "-" and hit.start >= 2 and doc[hit.start - 2].lower_ in NEGATING


def _places_in(doc: Doc, tokens: list[Token], hits: list[Hit], tok2hit: list[int]) -> list[Hit]:
    out: list[Hit] = []
    for t in tokens:
        i = tok2hit[t.i]
        if i >= 0 and hits[i].is_place and (not out or out[-1] is not hits[i]) and not _negated(doc, hits[i]):
            out.append(hits[i])
    return out


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def attached_places(
    doc: Doc, head: Token, hits: list[Hit], tok2hit: list[int], state: bool = False
) -> list[Hit]:
    """Places in a prepositional phrase on ``head`` ("president of Iran", "rebels in Syria",
    "terrorists operating in Iraq's Kurdistan"; for a possessor, the possessed noun's phrase).
    State actors take a country only from "of" ("the government of Iraq"): "foreign forces in
    the Caucasus" are not Caucasian forces."""
    if any(c.lower_ in ("foreign", "international", "multinational", "outside") for c in head.children):
        return []
    heads = [head]
    if head.dep_ == "poss":
        heads.append(head.head)
    for h in heads:
        # the possessed noun only places its possessor by where it is ("the terrorists' presence in X")
        preps_ok = LOCATIVE if h is head else LOCATIVE - {"of", "from"}
        for child in h.children:
            preps: list[Token] = []
            if child.dep_ == "prep" and child.lower_ in preps_ok:
                preps.append(child)
            elif child.dep_ in ("acl", "relcl") and not state:
                preps.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in preps_ok)
            for prep in preps:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                for obj in objs:
                    places = _places_in(doc, list(obj.subtree), hits, tok2hit)
                    if places:
                        return places
                    if prep.lower_ == "of":  # "the government of Abdrabbuh Mansur Hadi"
                        i = tok2hit[obj.i]
                        if i >= 0 and hits[i].is_name and hits[i].country:
                            return [hits[i]]
    return []


def span_root(doc: Doc, start: int, end: int) -> Token:
    """The head of tokens [start, end): the last nominal whose head lies outside the range
    (spaCy's ``Span.root`` may pick a determiner that the parser hung on the next word)."""
    if not doc.has_annotation("DEP"):
        return doc[end - 1]  # no parse: English noun phrases end with their head
    outside = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    nominal = [t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    if nominal:
        return nominal[-1] if len(nominal) == 1 or nominal[-1].dep_ != "conj" else nominal[0]
    return doc[start:end].root


def _inside_hits(start: int, end: int, hits: list[Hit], tok2hit: list[int]) -> list[Hit]:
    """Hits within [start, end) (roles only when wholly inside; names and places overlapping)."""
    inside: list[Hit] = []
    seen: set[int] = set()
    for t in range(start, end):
        i = tok2hit[t]
        if (
            i >= 0
            and i not in seen
            and (hits[i].start >= start and hits[i].end <= end or hits[i].kind != "role")
        ):
            seen.add(i)
            inside.append(hits[i])
    return inside


def code_range(
    doc: Doc, start: int, end: int, hits: list[Hit], tok2hit: list[int], attached: bool = True
) -> Coding:
    """Code tokens [start, end) from the hits in it (see the module docstring)."""
    if end <= start:
        return Coding()
    root = span_root(doc, start, end)
    c = Coding()
    inside = _inside_hits(start, end, hits, tok2hit)
    root_hit = hits[tok2hit[root.i]] if tok2hit[root.i] >= 0 else None
    if root_hit is not None and root_hit.kind == "role" and (root_hit.start < start or root_hit.end > end):
        root_hit = None  # "Parliament" inside "Members of Parliament": the phrase is not this range
    if root_hit is not None and root_hit.is_name and root_hit.code:
        p = root_hit.parsed
        c.country, c.sectors, c.code = p.country, list(p.sectors), p.code
        c.ref = "person" if root_hit.kind == "person" else "org"
        c.title = root_hit.title
        c.name_hit = root_hit
        c.evidence.append(f"{root_hit.kind}: {root_hit.source}")
        return c
    owner = _owning_group(doc, root, root_hit, inside)
    if owner is not None:  # "Hamas positions", "Islamic State targets": the group's
        p = owner.parsed
        c.country, c.sectors, c.code, c.ref, c.name_hit = p.country, list(p.sectors), p.code, "org", owner
        c.evidence.append(f"what {owner.name!r} holds: {owner.source}")
        return c
    # roles: the one on the root, else the nearest role before it (compound titles before a name)
    roles = [h for h in inside if h.kind == "role"]
    role = root_hit if root_hit is not None and root_hit.kind == "role" else None
    if role is None:
        before = [h for h in roles if h.end <= root.i + 1]
        role = before[-1] if before else None
    names_inside = [h for h in inside if h.is_name and h is not root_hit and not _negated(doc, h)]
    if role is not None:
        _role_sectors(c, role, roles, names_inside)
    chosen = _countries(doc, c, root, root_hit, role, inside, names_inside, hits, tok2hit, attached)
    _finish(doc, c, start, root, role, chosen, names_inside)
    return c


# Things an armed group holds, which stand for it as a target ("struck
# Hamas positions", "raided Islamic State hideouts").
HELD = frozenset(
    {
        "position", "base", "camp", "stronghold", "hideout", "target", "facility", "outpost",
        "headquarters", "compound", "convoy", "post", "checkpoint", "depot", "installation",
    }
)  # fmt: skip


ARMED = frozenset({"REB", "UAF", "INS", "SEP", "MIL"})


def _owning_group(doc: Doc, root: Token, root_hit: Hit | None, inside: list[Hit]) -> Hit | None:
    """The named armed group whose positions, bases ... the phrase names: a coded name right
    before a ``HELD`` noun, and no role or place word in the phrase."""
    if root_hit is not None or root.pos_ != "NOUN" or root.lemma_.lower() not in HELD:
        return None
    if any(h.kind == "role" or h.is_place for h in inside):
        return None
    before = [h for h in inside if h.is_name and h.end == root.i and h.kind in ("organisation", "actor")]
    if not before or not before[-1].code:
        return None
    p = before[-1].parsed  # armed groups only: "Red Cross convoys" are the convoys' own business
    return before[-1] if set(p.sectors) & ARMED or (p.code or "").startswith("IMG") else None


def _role_sectors(c: Coding, role: Hit, roles: list[Hit], names_inside: list[Hit]) -> None:
    """Sector, title and reference kind from the role word (and the words that modify it)."""
    if role.get("generic") == "1" or role.get("modifier") == "1":
        _modified_role(c, role, roles, names_inside)
        return
    orgs = [
        h for h in names_inside if h.kind in ("organisation", "actor") and h.start < role.start and h.code
    ]
    if role.get("counterpart") != "1" and set(role.sectors) <= {"UAF", "REB", "MIL", "GOV"} and orgs:
        # "ISIS fighters", "Hamas militants", "IRGC commanders": members of a named organisation
        org = orgs[-1]
        p = org.parsed
        c.sectors, c.ref, c.title = list(p.sectors), role.get("ref") or "group", role.title
        c.evidence.append(f"member of {org.name!r}: {org.source}")
        c.member_of = org
        if not p.country:
            c.code = p.code
            c.name_hit = org
        return
    c.evidence.append(f"role {role.name!r}: {role.source}")
    c.ref = role.get("ref") or "person"
    c.title = role.title
    if role.get("counterpart") == "1":
        c.ref = "counterpart"
        c.inherit_country = role.get("inherit") == "country"
    c.sectors = list(role.sectors)
    if role.get("body") == "1":
        _body_sector(c, role, roles)


def _body_sector(c: Coding, role: Hit, roles: list[Hit]) -> None:
    """ "Assembly president", "the president of the university", "a hospital official": a head
    or official of a body named by a role word has the body's sector (CAMEO: the president of
    a parliament is LEG, a hospital's official HLH); bodies of civilians do not count."""
    bodies = [
        h
        for h in roles
        if h is not role and h.get("ref") in ("org", "group") and h.sectors and "CVL" not in h.sectors
    ]
    before = [h for h in bodies if h.end <= role.start]
    body = before[-1] if before else next((h for h in bodies if h.start >= role.end), None)
    if body is not None and list(body.sectors) != c.sectors:
        c.sectors = list(body.sectors)
        c.evidence.append(f"head of {body.name!r}: {body.source}")


def _modified_role(c: Coding, role: Hit, roles: list[Hit], names_inside: list[Hit]) -> None:
    """ "terrorist organizations", "rebel leader", "Merkel's spokesperson", "the Houthi movement":
    the head takes its sector from a modifying role word or a named actor before it."""
    generic = role.get("generic") == "1"
    c.generic, c.ref = generic, ("group" if generic else role.get("ref") or "person")
    # a client or owner of private life does not recode a head with a sector of its own ("a
    # lawyer for the victim", "the family's lawyer": JUD)
    roles = [h for h in roles if not (role.sectors and list(h.sectors) == ["CVL"])]
    plain = [h for h in roles if h is not role and h.get("generic") != "1" and h.get("modifier") != "1"]
    mods = [h for h in plain if h.start < role.start]
    named = [h for h in names_inside if h.start < role.start and h.sectors]
    named, mods = without_person_owners(role, named, mods)  # "the president's lawyers": JUD
    # a head of a modifier role with a sector of its own counts too ("head of a civil defense office")
    heads = [h for h in roles if h is not role and h.get("generic") != "1" and h.get("modifier") == "1"]
    after = [h for h in [*plain, *heads, *names_inside] if h.start > role.start and h.sectors]
    if named:  # "Houthi military spokesperson": the named actor's sector wins over the role word
        c.evidence.append(f"sector of {named[-1].name!r}: {named[-1].source}")
        c.sectors = list(named[-1].sectors)
        c.generic = False
        if named[-1].is_name and not named[-1].country and named[-1].code:  # "OIC head X": IGOMOSOIC
            c.name_hit, c.code = named[-1], named[-1].code
    elif mods:
        c.evidence.append(f"role {mods[-1].name!r} on the head: {mods[-1].source}")
        c.sectors = list(mods[-1].sectors)
        c.generic = False
    elif after and not generic:  # "a member of the Tunisian Parliament", "head of the army"
        after.sort(key=lambda h: h.start)
        c.evidence.append(f"sector of {after[0].name!r} after the head: {after[0].source}")
        c.sectors = list(after[0].sectors)
        if after[0].is_name and not after[0].country:  # "members of the European Union"
            c.name_hit, c.code = after[0], after[0].code
    else:
        c.sectors = list(role.sectors)
        c.weak = True
    c.evidence.append(f"role {role.name!r}: {role.source}")
    c.title = (mods[-1].title if generic and mods else None) or role.title
    if role.get("ref") and not generic:
        c.ref = role.get("ref")


def _countries(
    doc: Doc,
    c: Coding,
    root: Token,
    root_hit: Hit | None,
    role: Hit | None,
    inside: list[Hit],
    names_inside: list[Hit],
    hits: list[Hit],
    tok2hit: list[int],
    attached: bool,
) -> list[Hit]:
    """Countries: modifiers before the root (adjectives, possessives), else the ones after it,
    else a named actor's, else the phrase attached to the head. Returns the place hits used."""
    places = [h for h in inside if h.is_place and not _negated(doc, h)]
    chosen = [h for h in places if h.start <= root.i] or places
    if c.member_of is not None and c.member_of.country:
        chosen = [c.member_of]  # "Kurdish YPG fighters" are the YPG's (SYRREB), not Kurdish
    orgs = names_inside
    if not chosen and orgs and orgs[-1].country and orgs[-1].start < root.i:
        chosen = [orgs[-1]]  # "the Trump administration": the named actor's country
    if not chosen and attached:
        chosen = attached_places(doc, root, hits, tok2hit, state=bool(set(c.sectors) & STATE_SECTORS))
        if chosen:
            c.evidence.append("country from the phrase attached to the head")
    if chosen:
        c.countries = []
        for h in chosen:
            if h.country and h.country not in c.countries:
                c.countries.append(h.country)
        c.country = chosen[0].country
        c.evidence.append(f"{chosen[0].kind} {chosen[0].name!r}: {chosen[0].source}")
        if root_hit is not None and root_hit.is_place and role is None:
            c.ref = "country"
            p = root_hit.parsed
            c.sectors = list(p.sectors)
            c.country = p.country
    elif orgs and orgs[-1].country:
        c.country = orgs[-1].country
        c.countries = [c.country]
        c.evidence.append(f"country of {orgs[-1].name!r}: {orgs[-1].source}")
    return chosen


def _finish(
    doc: Doc, c: Coding, start: int, root: Token, role: Hit | None, chosen: list[Hit], names_inside: list[Hit]
) -> None:
    """Former office holders, executives of places, and the final code."""
    if (
        role is not None
        and c.ref == "person"
        and any(t.lower_ in FORMER for t in doc[start : root.i])
        and "ELI" not in c.sectors
        and c.sectors != ["CVL"]
    ):
        # "the former governor of Massachusetts": CAMEO codes former office holders as elites
        # ("a former maintainer of youtube-dl" held no office: still a civilian)
        c.sectors = ["ELI"]
        c.evidence.append("former office holder: ELI")
    if role is not None and role.get("place_sector") and chosen and not names_inside:
        # "the chief executive of Hong Kong": an executive of a place governs it
        c.sectors = [role.get("place_sector") or "GOV"]
        c.evidence.append(f"{role.name} of a place: {c.sectors[0]}")
    if c.name_hit is not None and c.code:
        pass  # an international organisation's own code (IMGMOSISI)
    elif role is not None and role.prefix:
        c.code = "".join(role.sectors) + (c.country or "")
    else:
        c.code = join_code(c.country, c.sectors)
    if c.ref == "counterpart":
        c.code = None  # known only once the other party is known
