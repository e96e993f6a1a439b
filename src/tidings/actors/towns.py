"""Countries of towns and regions the actor dictionaries do not know, from the places gazetteer.

"the mayor of Yartsevo", "police in Kamloops": the country lexicon knows countries, capitals and
major regions only, so a sector actor placed by a smaller town would get no country. The
places gazetteer (``tidings.places.gazetteer``, loaded once per process and shared with the
places stage) knows the town; its country is lent when the name is unambiguous: every entry of
that name lies in one country, or exactly one of those countries is named in the article, or one
entry is a city of 100,000+ people ten times bigger than any namesake elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from tidings.actors.clusters import Cluster, Mention, State
from tidings.actors.codes import ETHNIC, REGIONS
from tidings.actors.lexicon import Hit

if TYPE_CHECKING:
    from tidings.places.gazetteer import Entry

TOWN_PREPS = frozenset({"in", "at", "near", "of", "from", "outside", "across", "around", "throughout"})
BIG_CITY = 100_000
# "in May", "on Monday": dates and other non-place entities are never towns
NOT_PLACES = frozenset(
    {
        "DATE",
        "TIME",
        "CARDINAL",
        "ORDINAL",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "NORP",
        "PRODUCT",
    }
)
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter".split()
)
STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# words that start the names of bodies ("Superior Court", "Federal Emergency Management
# Agency", "Royal Navy"): never a town in that place, though the gazetteer knows a Superior
# (Wisconsin) and a Federal (Entre Rios)
NAME_WORDS = frozenset(
    "superior supreme federal national central royal general high state district municipal "
    "provincial regional metropolitan county city united public civil special joint "
    "international independent democratic republican liberal grand imperial crown great "
    "northern southern eastern western north south east west upper lower new first".split()
)


# portfolios of ministers and secretaries ("Secretary of Justice"): some are towns somewhere
# (Justice and Energy, Illinois; Commerce, Texas), never after a capitalised title
PORTFOLIOS = frozenset(
    "justice health defence defense state education finance interior labour labor agriculture "
    "energy commerce transport transportation treasury housing culture tourism environment trade "
    "industry economy welfare security development communications information".split()
)


def town_country(st: State, first: Mention) -> tuple[str | None, str]:
    """The country of a town or region named as a location in the mention's sentence (the
    nearest one; "police in Kamloops", "the mayor of Yartsevo"), with the rule for the evidence;
    (None, "") when none is unambiguous. The NER label is not trusted (short sentences call
    towns ORG or PERSON); the parse and the gazetteer decide."""
    sent = st.doc[first.head].sent
    best: tuple[int, str, str] | None = None
    named = _named_countries(st)
    for tok in sent:
        inside = first.start <= tok.i < first.end
        words = (_modifier_town(st, tok) or _town_words(st, tok, inside)) if inside else _town_words(st, tok)
        if words is None:
            continue
        if clause_verb(tok) != clause_verb(st.doc[first.head]):
            continue
        name = st.doc[words[0] : words[1]].text
        country = _country_of(name, named)
        if country is None:
            continue
        d = abs(tok.i - first.start)
        if best is None or d < best[0]:
            best = (d, country, f"town {name!r} named in the same sentence (gazetteer: {country})")
    return (best[1], best[2]) if best else (None, "")


def own_town(st: State, first: Mention) -> tuple[str | None, str]:
    """The country of a town among the mention's own modifiers ("Christchurch District Court",
    "Kamloops RCMP"): the body's own words outrank every country around it."""
    named = _named_countries(st)
    for i in range(first.start, first.end):
        words = _modifier_town(st, st.doc[i])
        if words is None:
            continue
        name = st.doc[words[0] : words[1]].text
        country = _country_of(name, named)
        if country:
            return country, f"town {name!r} in its own name (gazetteer: {country})"
    return None, ""


def _modifier_town(st: State, tok: Token) -> tuple[int, int] | None:
    """A town modifying the mention's head ("Wuhan airline passengers", "Kamloops RCMP")."""
    if tok.dep_ not in ("compound", "nmod") or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    if st.tok2hit[tok.i] >= 0 or tok.i in st.person_tok or tok.ent_type_ in NOT_PLACES | {"PERSON"}:
        return None
    if tok.lower_ in NAME_WORDS:
        return None  # "Superior Court", "Federal Emergency Management Agency"
    if tok.head.pos_ == "PROPN" and st.tok2hit[tok.head.i] < 0:
        return None  # the first word of an unknown name ("Detective Constable Daniel Dubé")
    start = tok.i
    while start > 0 and st.doc[start - 1].head.i == tok.i and st.doc[start - 1].dep_ in ("compound", "amod"):
        if not st.doc[start - 1].text[:1].isupper():
            break
        start -= 1
    # "Thames Valley Police", "West Midlands Police": the town is the whole name, not its last word
    return start, tok.i + 1


def _town_words(st: State, tok: Token, inside: bool = False) -> tuple[int, int] | None:
    """[start, end) of a capitalised proper name that is the object of a place preposition
    ("in Koszalin", "the mayor of Yartsevo"), unless the dictionaries know it, it is part of an
    organisation or description, or a person's multi-word name (a one-word "person" the NER
    made of a town is let through after in/at/near)."""
    if (
        tok.dep_ != "pobj"
        or tok.head.lower_ not in TOWN_PREPS
        or tok.pos_ != "PROPN"
        or not tok.text[:1].isupper()
    ):
        return None
    if tok.lower_ in PORTFOLIOS and tok.head.lower_ == "of" and tok.head.head.text[:1].isupper():
        return None  # "Secretary of Justice", "Minister of Commerce": a portfolio (Justice, Illinois)
    if inside and tok.head.lower_ not in ("in", "at", "near", "from") and not _place_slot(st, tok):
        return None  # "National Union of Rail, Maritime and Transport Workers": a name, not a place
    start = tok.i
    while start > 0 and st.doc[start - 1].dep_ == "compound" and st.doc[start - 1].head.i == tok.i:
        start -= 1
    if not all(st.doc[i].text[:1].isupper() for i in range(start, tok.i + 1)):
        return None
    for i in range(start, tok.i + 1):
        t = st.doc[i]
        if st.tok2hit[i] >= 0 or t.ent_type_ in NOT_PLACES or t.lower_ in CALENDAR:
            return None
        person = st.person_tok.get(i)
        if person is not None:
            if not _place_slot(st, tok) or (
                person.end - person.start > 1 and not _town_named_once(st, person)
            ):
                return None
        elif st.covered[i] and not inside:
            return None
    return start, tok.i + 1


# a town as a party: subject or object of its clause, or the object of these prepositions
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
PARTY_PREPS = frozenset({"on", "against", "toward", "towards"})


def town_parties(st: State) -> None:
    """ "Russian forces shelled Kharkiv", "missile strikes on Odesa": a town the NER calls a
    place and the gazetteer places unambiguously, named as a party (subject, object, the object
    of on/against) rather than a location ("in Kharkiv"), stands for its country as CAMEO's
    city entries do, with the rule and the town in the evidence."""
    doc = st.doc
    by_code = {cl.code: cl for cl in st.clusters if cl.kind == "country" and cl.code and cl.mentions}
    named = _named_countries(st)
    for tok in doc:
        if tok.ent_type_ in NOT_PLACES | {"PERSON"} or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue  # the NER's GPE is not needed ("shelled Kharkiv": FAC), a person's name is no town
        if st.covered[tok.i] or st.tok2hit[tok.i] >= 0 or tok.i in st.person_tok:
            continue
        if tok.dep_ not in PARTY_DEPS and not (tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPS):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].ent_type_ == "GPE":
            start -= 1
        if any(st.tok2hit[i] >= 0 or st.covered[i] for i in range(start, tok.i)):
            continue
        name = doc[start : tok.i + 1].text
        country = _country_of(name, named)
        if country is None or tok.ent_type_ != "GPE" and not _big_town(name):
            continue  # a name the NER does not call a place must be a city of 100,000+
        cl = by_code.get(country)
        if cl is None:
            cl = by_code[country] = Cluster(kind="country", name=f"{name} ({country})", key=(country,))
            cl.country, cl.code = country, country
            cl.evidence = {"rule": f"town {name!r} named as a party: its country (gazetteer: {country})"}
            st.clusters.append(cl)
        cl.add(st.mention(start, tok.i + 1, "place"))


def towns_named(st: State) -> dict[str, int]:
    """How often the article names a town of each country as a location ("in Toronto",
    "from Kamloops"), for the country the article names most when it names few countries."""
    counts: dict[str, int] = {}
    named = _named_countries(st)
    for tok in st.doc:
        words = _town_words(st, tok)
        if words is None:
            continue
        country = _country_of(st.doc[words[0] : words[1]].text, named)
        if country:
            counts[country] = counts.get(country, 0) + 1
    return counts


def lead_scene(st: State, sentences: int = 3) -> tuple[str, str] | None:
    """The story's scene: the country of the first place its lead names (a country, a
    capital, a region the dictionaries know, or a town the gazetteer places) in its first
    ``sentences`` sentences, and how it was found ("Blenheim Palace in Oxfordshire, England")."""
    named = _named_countries(st)
    for k, sent in enumerate(st.doc.sents):
        if k >= sentences:
            break
        for tok in sent:
            hi = st.tok2hit[tok.i]
            if hi >= 0:
                h = st.hits[hi]
                # a place named as a place ("in Christchurch", "England"), not a demonym
                # ("an Australian man")
                if (
                    h.is_place
                    and h.country
                    and len(h.country) == 3
                    and h.country not in REGIONS | ETHNIC  # "Tamil Nadu" (TAM) is no state
                    and h.start == tok.i
                    and tok.pos_ == "PROPN"
                    and tok.ent_type_ in ("GPE", "LOC", "FAC")
                ):
                    return h.country, f"the story's scene: {h.name!r} in its lead"
                continue
            words = _town_words(st, tok)
            if words is not None:
                name = st.doc[words[0] : words[1]].text
                country = _country_of(name, named)
                if country:
                    return country, f"the story's scene: {name!r} in its lead"
    return None


def range_town(doc: Doc, start: int, end: int, hits: list[Hit], tok2hit: list[int]) -> tuple[str, str] | None:
    """For a range coded from its words without a country ("attorneys general from Maine"):
    the country of a town or region in it that the gazetteer knows unambiguously, and its name."""
    named = frozenset(h.country for h in hits if h.is_place and h.country and len(h.country) == 3)
    for tok in doc[start:end]:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok2hit[tok.i] >= 0:
            continue
        if tok.ent_type_ in NOT_PLACES | {"PERSON"} or tok.lower_ in CALENDAR | NAME_WORDS:
            continue
        placed = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "from")
        if not (placed or tok.dep_ == "compound" and tok.head.pos_ != "PROPN"):
            continue
        country = _country_of(tok.text, named)
        if country:
            return country, tok.text
    return None


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", ""})
PLACE_PREPS = frozenset({"in", "at", "near", "outside"})


def place_party(
    doc: Doc, start: int, end: int, hits: list[Hit], tok2hit: list[int]
) -> tuple[str, str] | None:
    """For an event party that is a place and nothing else ("Abqaiq was the target of an
    attack"): the country of the town or region its head names, when the gazetteer knows it
    unambiguously (CAMEO codes a place by its country), and the name."""
    from tidings.actors.coding import span_root

    root = span_root(doc, start, end)
    if root.pos_ != "PROPN" or not root.text[:1].isupper() or tok2hit[root.i] >= 0:
        return None
    if root.lower_ in CALENDAR or (
        root.ent_type_ not in PLACE_ENTS and not _used_as_place(doc, root) and not _person_town(doc, root)
    ):
        return None
    words = [t for t in doc[start:end] if not (t.is_punct or t.lower_ == "the")]
    if any(t.pos_ != "PROPN" or t.ent_type_ != root.ent_type_ for t in words):
        return None  # "Abqaiq", "Fort Lee": a bare place name, not "Abqaiq residents"
    name = " ".join(t.text for t in words)
    named = frozenset(h.country for h in hits if h.is_place and h.country and len(h.country) == 3)
    country = _country_of(name, named)
    return (country, name) if country else None


# Verbs whose object is a place taken, entered or struck ("Russian troops entered Mariupol").
PLACE_TAKERS = frozenset(
    {
        "enter", "capture", "seize", "recapture", "retake", "take", "shell", "bomb", "strike",
        "raid", "besiege", "storm", "liberate", "occupy", "encircle", "bombard", "overrun",
    }
)  # fmt: skip
PLACE_FROM = frozenset({"from", "in", "into", "near", "outside", "around", "at"})


def _person_town(doc: Doc, tok: Token) -> bool:
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and town_not_person(ent)


def town_not_person(span: Span) -> bool:
    """A name the NER called a person that the parse and the gazetteer show is a city:
    "withdrew from Kherson", "recaptured Wad Madani" (a known city of 100,000 or more people,
    named where places go, and nowhere in the text as part of a longer person's name)."""
    doc = span.doc
    if span.label_ != "PERSON" or not 1 <= len(span) <= 3 or any(t.pos_ != "PROPN" for t in span):
        return False
    root = span.root
    slot = (root.dep_ == "pobj" and root.head.lower_ in PLACE_FROM and root.head.head.pos_ == "VERB") or (
        root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_TAKERS
    )
    if not slot:
        return False
    for ent in doc.ents:  # "Whitney Houston ... in Houston": the name is a person's here
        if ent.label_ == "PERSON" and len(ent) > len(span) and span.text in ent.text:
            return False
    return any(e.population >= BIG_CITY for e in town_entries(span.text))


def town_entries(name: str) -> list[Entry]:
    """The gazetteer's entries for ``name`` that are no country or continent (towns, regions)."""
    from tidings.places.gazetteer import gazetteer

    return [e for e, _own in gazetteer().lookup(name) if e.kind not in ("country", "continent")]


def _used_as_place(doc: Doc, tok: Token) -> bool:
    """A name the NER took for an organisation that the article also uses as a place ("struck
    the plant at Abqaiq. ... Abqaiq was the target")."""
    if tok.ent_type_ != "ORG":
        return False
    return any(
        t.text == tok.text and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.i != tok.i for t in doc
    )


def clause_verb(tok: Token) -> Token:
    """The verb governing ``tok`` (its first verb ancestor; the sentence root if none): a place
    lends its country only to actors of its own clause ("According to Professor X, in the
    United States it is not customary ..." says nothing of where X is)."""
    x = tok
    while x.head.i != x.i and x.pos_ not in ("VERB", "AUX"):
        x = x.head
    return x


def looks_like_town(st: State, m: Mention) -> bool:
    """A one-word "person" never named in full that the gazetteer knows as a town ("the mayor
    of Yartsevo" with Yartsevo tagged PERSON by the NER)."""
    cl = m.cluster
    names = [x for x in cl.mentions if x.kind == "name"] if cl is not None else [m]
    if any(x.end - x.start > 1 for x in names):
        return _town_named_once(st, m)
    return _country_of(st.doc[m.start].text, _named_countries(st)) is not None


def _town_named_once(st: State, m: Mention) -> bool:
    """A multi-word "person" ("the mayor of Fort Lee", NER: PERSON) always named in full, never
    described, shortened or the subject of a clause, that the gazetteer knows as a town: a
    place, not a person."""
    cl = m.cluster
    if cl is None or cl.title or m.end - m.start > 3:
        return False
    text = st.doc[m.start : m.end].text
    if any(x.kind != "name" or x.subject or st.doc[x.start : x.end].text != text for x in cl.mentions):
        return False
    return _country_of(text, _named_countries(st)) is not None


def _place_slot(st: State, tok: Token) -> bool:
    """After in/at/near, or "of" on a state role ("the mayor of X", "the police of X"), not
    inside a body's capitalised name ("Court of Justice")."""
    prep = tok.head
    if prep.lower_ in ("in", "at", "near"):
        return True
    role = st.hit_at(prep.head.i) if prep.lower_ == "of" else None
    if role is not None and role.get("ref") == "org" and st.doc[role.start].text[:1].isupper():
        return False  # "the Supreme Court of Justice", "Ministry of Health": a name, not "of a place"
    return role is not None and role.kind == "role" and bool(set(role.sectors) & STATE)


def _named_countries(st: State) -> frozenset[str]:
    return frozenset(h.country for h in st.hits if h.is_place and h.country and len(h.country) == 3)


def _big_town(name: str) -> bool:
    from tidings.places.gazetteer import gazetteer

    return any(entry.population >= BIG_CITY for entry, _own in gazetteer().lookup(name))


def _country_of(name: str, named: frozenset[str]) -> str | None:
    from tidings.countries import alpha3
    from tidings.places.gazetteer import gazetteer

    best: dict[str, int] = {}
    for entry, _own in gazetteer().lookup(name):
        if entry.kind in ("country", "continent") or not entry.country:
            return None  # a country or continent is the lexicon's business
        code = alpha3(entry.country)
        if code:
            best[code] = max(best.get(code, 0), entry.population)
    if len(best) == 1:
        return next(iter(best))
    in_text = [c for c in best if c in named]
    if len(in_text) == 1:
        return in_text[0]
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] >= BIG_CITY and (len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]):
        return ranked[0][0]
    return None
