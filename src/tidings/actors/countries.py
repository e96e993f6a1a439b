"""Countries named outside other mentions become country actors, including capitals as
metonyms ("Tehran and Baghdad have ties"); a place after "in/at/near ..." is a location, and a
country name modifying a thing ("the Iran deal") is not an actor. A capital that is the
subject of a verb acts for its government (``Tehran`` -> IRNGOV); elsewhere it is the country."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import SUBJECT_DEPS, Cluster, Mention, State, referred_by_pronoun
from tidings.actors.codes import parse_code
from tidings.actors.lexicon import Hit

PLACE_PREPS = frozenset(
    {"in", "at", "near", "across", "throughout", "inside", "within", "into", "around", "outside"}
)


def places(st: State) -> None:
    doc = st.doc
    by_code: dict[str, Cluster] = {}
    for h in st.hits:
        if not h.is_place or not h.code or _not_an_actor(st, h):
            continue
        code, rule = h.code, f"{h.kind} name"
        if h.kind == "capital" and _acts(doc[h.end - 1]) and h.country and h.country == h.code:
            # "Tehran and Baghdad have expanding ties", "Moscow rejected": the seat of power acts
            code, rule = h.code + "GOV", "capital as the subject of a verb: its government"
            if acts := h.get("acts"):  # "Brussels demanded": the seat of the EU's institutions
                code, rule = acts, "capital as the subject of a verb: the body seated there"
        elif h.kind == "capital" and (acts := h.get("acts")) and _authors(doc[h.end - 1]):
            # "Brussels's demand that Belgrade give ground": the body's act, as its subject would be
            code, rule = acts, "capital as the author of an act: the body seated there"
        elif h.kind == "demonym" and _people(doc[h.end - 1]) and parse_code(h.code).country:
            # "Britons", "Samoans", "Hong Kongers": a nationality's people are civilians
            code, rule = h.code + "CVL", "people of a nationality (plural demonym): civilians"
        cl = by_code.get(code)
        if cl is None:
            people = code.endswith("CVL")
            what = "people" if people else "government"
            name = h.name if code == h.code else f"{h.name} ({what}, {doc[h.start : h.end].text})"
            kind = "country" if code == h.code else "group" if people else "organisation"
            cl = by_code[code] = Cluster(kind=kind, name=name, key=(code,))
            p = parse_code(code)
            cl.country, cl.sectors, cl.code = p.country, list(p.sectors), p.code
            cl.evidence = {"rule": rule, "entry": h.name, "source": h.source}
            st.clusters.append(cl)
        s = h.start
        if (
            h.kind in ("country", "multinational")
            and s > 0
            and doc[s - 1].lower_ == "the"
            and not st.covered[s - 1]
        ):
            s -= 1
        cl.add(st.mention(s, h.end, "place"))


# Nouns of a political act whose possessor is its author ("Brussels's demand", "Brussels' decision").
ACTS = frozenset(
    {
        "demand", "request", "call", "decision", "offer", "proposal", "refusal", "pledge", "promise",
        "threat", "criticism", "position", "response", "plan", "statement", "warning", "move",
        "sanction", "ultimatum", "objection", "approval", "rejection", "insistence", "appeal",
    }
)  # fmt: skip


def _authors(tok: Token) -> bool:
    """A possessor of a political act's noun: "Brussels's demand that Belgrade ..." (not "Brussels' streets")."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in ACTS


def _people(tok: Token) -> bool:
    """A plural demonym that heads its noun phrase ("Britons voted", "many Samoans")."""
    return tok.tag_ in ("NNS", "NNPS") or tok.pos_ in ("NOUN", "PROPN") and tok.lower_.endswith("s")


def _acts(tok: Token) -> bool:
    """Is the capital the subject (or a coordinated subject) of a verb other than "be"?"""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() not in ("be", "lie", "sit", "remain")


def _not_an_actor(st: State, h: Hit) -> bool:
    """Places that are not actors here: locations ("in Tehran"), modifiers of things ("the Iran
    deal"), parts of adjectives ("US-built"), demonyms modifying a noun, words already covered."""
    doc = st.doc
    if st.covered[h.start] and h.kind == "demonym":
        return True
    if st.covered[h.start] and not (
        h.kind == "country"
        and (doc[h.end - 1].dep_ == "poss" or h.end < len(doc) and doc[h.end].lower_ in ("'s", "’s"))
    ):
        return True
    tok = doc[h.end - 1]
    if h.kind == "demonym" and statehood(st, tok) and not is_location(st, h):
        return False  # "recognised a Palestinian state", "violated Greek airspace": the country
    if h.kind == "demonym" and (tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ == "ADJ"):
        return True
    if (
        tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.i > tok.i
        and st.tok2hit[tok.head.i] < 0
        and tok.head.i not in st.person_tok
    ):
        return True  # "the Iran nuclear deal": a modifier of a thing, not the actor
    if is_location(st, h):
        return True
    if h.end + 1 < len(doc) and doc[h.end].text == "-" and doc[h.end + 1].tag_ in ("VBN", "VBD", "VBG"):
        # "US-built", "Russia-backed": part of an adjective, not the actor; but who leads a
        # coalition, strikes or an invasion acts in them ("US-led strikes", "a Saudi-led coalition")
        return doc[h.end + 1].lower_ != "led"
    return (
        h.start > 0
        and doc[h.start - 1].lower_ in ("anti", "pro")
        or (h.start > 1 and doc[h.start - 1].text == "-" and doc[h.start - 2].lower_ in ("anti", "pro"))
    )


# Nouns of a country's statehood and territory: a nationality adjective on one names the country.
STATEHOOD = frozenset(
    {"state", "statehood", "airspace", "territory", "waters", "sovereignty", "independence", "soil"}
)


def statehood(st: State, tok: Token) -> bool:
    head = tok.head
    return (
        tok.dep_ in ("amod", "compound")
        and head.i > tok.i
        and head.lemma_.lower() in STATEHOOD
        and head.tag_ in ("NN", "NNS")
        and st.tok2hit[head.i] < 0
    )


def is_location(st: State, h: Hit) -> bool:
    doc = st.doc
    tok = doc[h.end - 1]
    head = tok
    while head.dep_ in ("compound", "poss", "amod", "nmod", "case") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    prev = doc[h.start - 1] if h.start > 0 else None
    return prev is not None and prev.lower_ in PLACE_PREPS and prev.dep_ == "prep"


REFERENCES = frozenset({"country", "nation"})
# "the kingdom" refers back to a monarchy only: states whose head is a king, queen, emir or
# sultan and that the news calls a kingdom (general knowledge, not from a reference file)
KINGDOMS = frozenset(
    {"SAU", "JOR", "MAR", "GBR", "BHR", "THA", "KHM", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK",
     "BTN", "SWZ", "LSO", "TON"}
)  # fmt: skip


def country_references(st: State) -> None:
    """ "The coalition came to Iraq to fight ISIS after the group took over a third of the
    country": a bare "the country"/"the nation" is the country named last before it, in its
    sentence or the two before, when that sentence names one country only; "the kingdom" is
    the monarchy named last before it ("The Saudi crown prince said the kingdom was ready")."""
    doc = st.doc
    for t in doc:
        kingdom = t.lower_ == "kingdom"
        if not (t.lower_ in REFERENCES or kingdom) or t.tag_ != "NN" or st.covered[t.i] or t.i == 0:
            continue
        if doc[t.i - 1].lower_ != "the" or any(c.dep_ not in ("det", "case", "punct") for c in t.children):
            continue  # "the host country", "the country of origin": another country
        found = _last_country(st, t.i, KINGDOMS if kingdom else None)
        if found is None:
            continue
        _refer(
            st,
            found,
            st.mention(t.i - 1, t.i + 1, "reference", head=t.i),
            f"the country named before 'the {t.lower_}'",
        )


def owned_country_references(st: State) -> None:
    """ "Haiti's prime minister said his country had asked Washington for help": "his/her/
    their country" (or nation) is the country of the actor its possessive pronoun refers to.
    Runs after the pronouns are resolved."""
    doc = st.doc
    for t in doc:
        if t.lower_ not in REFERENCES or t.tag_ != "NN" or st.covered[t.i]:
            continue
        owner = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its")]
        if len(owner) != 1 or any(c.dep_ not in ("det", "poss", "case", "punct") for c in t.children):
            continue  # "his home country", "her country of birth": another country
        cl = next(
            (
                cl
                for cl in referred_by_pronoun(st.clusters, owner[0].i)
                if cl.country and len(cl.country) == 3
            ),
            None,
        )
        if cl is None or cl.country is None:
            continue
        hit = next((h for h in st.hits if h.country == cl.country and h.kind == "country"), None)
        _refer(
            st,
            (cl.country, hit),
            st.mention(t.i, t.i + 1, "reference", head=t.i),
            f"the country of {owner[0].text!r} ({cl.name}) in '{owner[0].lower_} {t.lower_}'",
        )


def _refer(st: State, found: tuple[str, Hit | None], m: Mention, rule: str) -> None:
    """Add the reference ``m`` to the country cluster of ``found``, made when missing."""
    code, h = found
    cl = next((c for c in st.clusters if c.kind == "country" and c.code == code and c.mentions), None)
    if cl is None:
        cl = Cluster(kind="country", name=h.name if h is not None else code, key=(code,))
        cl.country, cl.code = code, code
        cl.evidence = {"rule": rule, "entry": cl.name}
        if h is not None:
            cl.evidence["source"] = h.source
        st.clusters.append(cl)
    cl.add(m)
    st.cover(m)


def _last_country(st: State, before: int, among: frozenset[str] | None = None) -> tuple[str, Hit] | None:
    from tidings.actors.codes import ETHNIC, REGIONS

    s = st.sent_of(before)
    named = [
        h
        for h in st.hits
        if h.start < before
        and h.kind in ("country", "capital", "demonym")
        and h.country
        and len(h.country) == 3
        and h.country not in REGIONS
        and h.country not in ETHNIC
        and (among is None or h.country in among)
        and s - 2 <= st.sent_of(h.start) <= s
    ]
    if not named:
        return None
    last = max(named, key=lambda h: h.start)
    in_sent = {h.country for h in named if st.sent_of(h.start) == st.sent_of(last.start)}
    return (last.country, last) if len(in_sent) == 1 and last.country else None
