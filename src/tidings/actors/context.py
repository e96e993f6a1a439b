"""Country from context: functions over the resolver's ``State``.

A state or civil actor named without a country ("officials", "the caretaker Prime Minister
X", "government forces") takes the country of its sentence's subject if that is a state
actor, else of the nearest earlier country or state body (same sentence, then the two
before), else the country the article names most. Only countries the text gave are lent.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tidings.actors.clusters import SUBJECT_DEPS, Cluster, Mention, State, referred_by_pronoun
from tidings.actors.codes import ETHNIC, REGIONS, join_code
from tidings.actors.countries import is_location
from tidings.actors.towns import clause_verb, lead_scene, looks_like_town, own_town, town_country, towns_named

CONTEXT_SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "SPY",
        "ELI",
        "HLH",
        "EDU",
        "OPP",
        "CVL",
        "REF",
        "LAB",
        "PTY",
        "UAF",
        "REB",
        "BUS",
        "NGO",
        "CRM",
        "MED",
        "AGR",
        "REL",
    }
)
# media are left out: outlets report on other countries (an Austrian aviation site on an Iranian crash)
STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
LOCAL_SECTORS = frozenset({"COP", "CRM"})
CIVIL = frozenset({"CVL", "OPP", "LAB", "REF"})


# sub-state ethnic codes: their lawmakers, officials, judges and police serve a state
SUBSTATE = frozenset({"KUR", "UIG", "TAM", "TIB", "ABN"})
STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "COP"})
HOME_MEDIA = frozenset({"local", "state", "state-run", "national", "domestic", "official"})
BLOCKING = frozenset({"foreign", "international", "regional", "world", "western", "outside"})


# doc.user_data key: the country an uncoded-country phrase outside every cluster may take
DOCUMENT_COUNTRY_KEY = "tidings_actor_document_country"


def document_country(doc: Doc, start: int, end: int, sectors: list[str]) -> str | None:
    """For a range coded from its words with sectors but no country and no cluster ("members
    of Congress", "government sources"): the country the article names most, else the
    dateline's (stored by ``context_countries``); none for media or a blocking word."""
    country = doc.user_data.get(DOCUMENT_COUNTRY_KEY)
    if not country or not sectors or sectors[0] not in CONTEXT_SECTORS or sectors[0] == "MED":
        return None
    if any(t.lower_ in BLOCKING for t in doc[start:end]):
        return None
    return str(country)


def context_countries(st: State) -> None:
    """A state or civil actor named without a country takes one from the text, each rule
    named in its evidence (``country_from_context``): the owner of its possessive ("its foreign
    ministry"), the sentence's subject, the nearest earlier country or state body in the same
    sentence, a place named in the same sentence ("protesters marched in Tehran"), the nearest
    such actor in the two sentences before, the country the article names most, the dateline."""
    owner = _token_owners(st)
    dominant = _dominant_country(st)
    dateline = _dateline_country(st)
    scenes: list[tuple[str, str] | None] = []  # the story's scene, found once when first needed
    fallback = dominant or (dateline[0] if dateline else None)
    if fallback:
        st.doc.user_data[DOCUMENT_COUNTRY_KEY] = fallback
    ordered = sorted((c for c in st.clusters if c.mentions), key=lambda c: min(m.start for m in c.mentions))
    for cl in ordered:
        ethnic = cl.country in SUBSTATE and bool(cl.sectors) and cl.sectors[0] in STATE_BODIES
        if (
            cl.coded_by_kb
            or cl.country
            and not ethnic
            or not cl.sectors
            or cl.sectors[0] not in CONTEXT_SECTORS
        ):
            continue
        first = min((m for m in cl.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
        if first is None or _blocked(st, first) or _owned_by_a_person(st, cl, first):
            continue
        if (
            cl.sectors[0] == "MED"
            and (cl.kind != "person" or _with_an_outlet(st, cl))
            and not any(t.lower_ in HOME_MEDIA for t in st.doc[first.start : first.end])
        ):
            if cl.kind != "person" and st.doc[first.head].text[:1].isupper():
                _outlet_country(st, cl, first, dominant)  # a named outlet, not "the press"
            continue  # outlets report on other countries ("local media" do not); journalists are placed
        country, how = own_town(st, first)
        if country is None:
            country, how = _possessor_country(st, first)
        if country is None and cl.kind == "person":
            country, how = _body_in_description(st, cl)
        if country is None and ethnic:
            country, how = _same_body_country(st, cl, first)
        if country is None:
            country, how = _subject_country(st, cl, first, owner)
        if country is None:
            country, how = _nearest_country(st, cl, first, same_sentence=True)
        nested = _inside_another_actor(st, cl, first, owner)
        if country is None and not nested:
            country, how = _nearby_place(st, first)
        if country is None and not nested:
            country, how = town_country(st, first)
        if country is None and (cl.sectors[0] in LOCAL_SECTORS or _local_service(st, first)):
            # police, local services and the suspects they hold belong to the place of the
            # events: the story's scene
            if not scenes:
                found = lead_scene(st)
                scenes.append(found if found is not None and _is_state(found[0]) else None)
            if scenes[0] is not None:
                country, how = scenes[0]
        if country is None and not _local_service(st, first):
            country, how = _nearest_country(st, cl, first, same_sentence=False)
        if country is None and dominant is not None:
            country, how = dominant, "the country the article names most"
        if country is None and dateline is not None:
            country, how = dateline
        if country and ethnic:  # "Kurdish lawmakers" sit in a state's parliament
            how = f"{how} (a {cl.country} {cl.sectors[0]} body belongs to a state)"
        if country:
            cl.country = country
            cl.code = join_code(country, cl.sectors)
            cl.evidence = {**cl.evidence, "country_from_context": how}


def _outlet_country(st: State, cl: Cluster, first: Mention, dominant: str | None) -> None:
    """An outlet the dictionaries do not know ("Daily Xtra", "Kamloops This Week") is most
    often a domestic one: it takes a town in its own name, else the country the article names
    most, never a neighbour's (major outlets, which report on other countries, are dictionary
    organisations with their seat's country)."""
    country, how = own_town(st, first)
    if country is None and dominant is not None:
        country, how = dominant, "the country the article names most (an outlet the dictionaries lack)"
    if country:
        cl.country = country
        cl.code = join_code(country, cl.sectors)
        cl.evidence = {**cl.evidence, "country_from_context": how}


def _inside_another_actor(st: State, cl: Cluster, first: Mention, owner: dict[int, Cluster]) -> bool:
    """ "Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York":
    a mention inside another person's noun phrase is no party of the clause, whose places
    say where that person was, not where this one is from."""
    tok = st.doc[first.head]
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
        other = owner.get(tok.i)
        if tok.pos_ in ("NOUN", "PROPN") and not first.start <= tok.i < first.end and other is not None:
            if other is not cl and other.kind == "person":
                return True
    return False


def _body_in_description(st: State, cl: Cluster) -> tuple[str | None, str]:
    """ "Mark Hay, a marine ecologist and Regents Professor at GT": a person described as
    working at or for an organisation of one country that the article names (the name or
    its acronym after "at/of/for/with" in the person's description) is from that country."""
    doc = st.doc
    names: dict[str, Cluster] = {}
    for other in st.clusters:
        if other is cl or other.kind != "organisation" or not _is_state(other.country):
            continue
        if "country_from_context" in other.evidence:
            continue
        acronyms = other.evidence.get("acronyms")
        for form in [*(m for m in other.mentions), *(acronyms if isinstance(acronyms, list) else [])]:
            text = form if isinstance(form, str) else _bare(doc[form.start : form.end])
            names.setdefault(text, other)
    for m in cl.mentions:
        if m.kind not in ("description", "name"):
            continue
        for tok in doc[m.start : m.end]:
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "of", "for", "with"):
                continue
            body = names.get(_bare(doc[tok.left_edge.i : tok.i + 1]))
            if body is not None:
                return body.country, f"country of {body.name!r} named in its description"
    return None, ""


def _bare(span: Span) -> str:
    return " ".join(t.text for t in span if t.lower_ != "the")


def _same_body_country(st: State, cl: Cluster, first: Mention) -> tuple[str | None, str]:
    """The country of the nearest earlier state actor of the same sector ("Iraq's parliament"
    ... "Kurdish lawmakers")."""
    best, country, how = -1, None, ""
    for other in st.clusters:
        if other is cl or not _country_source(other) or cl.sectors[0] not in other.sectors:
            continue
        for m in other.mentions:
            if best < m.start < first.start:
                best, country, how = (
                    m.start,
                    other.country,
                    f"country of the nearest {cl.sectors[0]} actor {other.name!r}",
                )
    return country, how


def _with_an_outlet(st: State, cl: Cluster) -> bool:
    """A journalist named with a named outlet ("Wikinews reporter X") is the outlet's."""
    return any(
        (h := st.hit_at(i)) is not None and h.kind in ("organisation", "actor")
        for m in cl.mentions
        for i in range(m.start, m.end)
    )


def _token_owners(st: State) -> dict[int, Cluster]:
    owner: dict[int, Cluster] = {}
    for cl in st.clusters:
        for m in cl.mentions:
            for i in range(m.start, m.end):
                if i not in owner or (owner[i].kind == "country" and cl.kind != "country"):
                    owner[i] = cl
    return owner


def _dominant_country(st: State) -> str | None:
    counts: dict[str, int] = {}
    for h in st.hits:  # every country word, locations included ("in southern Yemen")
        if h.is_place and h.country and _is_state(h.country):
            counts[h.country] = counts.get(h.country, 0) + 1
    for other in st.clusters:
        if other.country and _is_state(other.country) and other.sectors and set(other.sectors) & STATE:
            counts[other.country] = counts.get(other.country, 0) + len(other.mentions)
    top = _top(counts)
    if top is not None:
        return top
    for country, n in towns_named(st).items():  # "Bruce McArthur, from Toronto, Canada" (named once)
        if _is_state(country):
            counts[country] = counts.get(country, 0) + n
    return _top(counts)


def _top(counts: dict[str, int]) -> str | None:
    total = sum(counts.values())
    top = max(counts, key=lambda k: counts[k]) if counts else None
    # the only country the article names counts when named twice or more
    return (
        top
        if top is not None
        and counts[top] >= 0.5 * total
        and (total >= 4 or (len(counts) == 1 and total >= 2))
        else None
    )


def _dateline_country(st: State) -> tuple[str, str] | None:
    """The country of the place in the article's dateline ("TEHRAN-", "BAGHDAD (Reuters) -")."""
    if st.dateline is None or not _is_state(st.dateline[0]):
        return None
    return st.dateline[0], f"dateline {st.dateline[1]!r}"


# "regional" blocks only for neighbouring states ("regional powers", "regional governments"),
# not for a region's own bodies ("a regional civil defense office", "Regional Governor X")
NEIGHBOURS = frozenset({"power", "country", "state", "nation", "neighbour", "neighbor", "player", "ally"})


def _blocked(st: State, first: Mention) -> bool:
    """'foreign forces', 'international observers': no country to lend (a blocking word inside
    a role phrase, as in 'foreign ministry' or 'regional governor', does not block)."""
    head = st.doc[first.head]
    lemma = head.lemma_.lower()
    neighbours = lemma in NEIGHBOURS or head.tag_ == "NNS" and lemma == "government"
    return any(
        t.lower_ in BLOCKING and (neighbours if t.lower_ == "regional" else not _in_role(st, t.i))
        for t in st.doc[first.start : first.end]
    )


def _in_role(st: State, i: int) -> bool:
    h = st.hit_at(i)
    return h is not None and h.kind == "role" and h.end - h.start > 1


def _owned_by_a_person(st: State, cl: Cluster, first: Mention) -> bool:
    """'the government of Abdrabbuh Mansur Hadi': the person decides, not the neighbours."""
    head = st.doc[first.head]
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for g in c.children:
            m = st.person_tok.get(g.i) if g.dep_ == "pobj" else None
            if m is not None and m.kind == "name" and m.cluster is not cl and not looks_like_town(st, m):
                return True
    return False


def _possessor_country(st: State, first: Mention) -> tuple[str | None, str]:
    """'its foreign ministry', 'their army': the country of the actor the possessive refers to."""
    for c in st.doc[first.head].children:
        if c.dep_ != "poss" or c.pos_ != "PRON":
            continue
        for other in referred_by_pronoun(st.clusters, c.i):
            if other.country and _country_source(other):
                return other.country, f"country of {c.text!r} ({other.name})"
    return None, ""


def _subject_country(
    st: State, cl: Cluster, first: Mention, owner: dict[int, Cluster]
) -> tuple[str | None, str]:
    root = st.doc[first.head].sent.root
    for subj in (c for c in root.children if c.dep_ in SUBJECT_DEPS):
        other = owner.get(subj.i)
        if other is not None and other is not cl and _country_source(other):
            return other.country, f"country of the sentence subject {other.name!r}"
    return None, ""


def _nearby_place(st: State, first: Mention) -> tuple[str | None, str]:
    """A country or capital named as a location in the same sentence ("marched in Tehran"); a
    country that is itself a party ("claimed Iran is influencing") lends nothing here."""
    best: tuple[int, str, str] | None = None
    verb = clause_verb(st.doc[first.head])
    clauses = {verb.i}
    if verb.dep_ == "relcl" and _locative_relative(verb):  # "a trial in X in which 11 were charged"
        clauses.add(clause_verb(verb.head).i)
    for h in st.hits:
        if (
            not (h.is_place and h.country and _is_state(h.country))
            or h.kind == "demonym"
            or not is_location(st, h)
        ):
            continue
        if st.sent_of(h.start) != first.sent or first.start <= h.start < first.end:
            continue
        if clause_verb(st.doc[h.start]).i not in clauses:
            continue  # a place of another clause says nothing of this actor
        d = abs(h.start - first.start)
        if best is None or d < best[0]:
            best = (d, h.country, f"place {st.doc[h.start : h.end].text!r} named in the same sentence")
    return (best[1], best[2]) if best else (None, "")


def _locative_relative(verb: Token) -> bool:
    """A relative clause tied to its noun's place or occasion ("where ...", "in which ...")."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ == "where"
        or c.dep_ == "prep"
        and any(g.lower_ == "which" for g in c.children)
        for c in verb.children
    )


def _nearest_country(st: State, cl: Cluster, first: Mention, same_sentence: bool) -> tuple[str | None, str]:
    """The country of the nearest earlier state actor or country (not media, NGOs, firms)."""
    best, country, how = -1, None, ""
    low = first.sent if same_sentence else first.sent - 2
    for other in st.clusters:
        if other is cl or not _country_source(other):
            continue
        for m in other.mentions:
            if m.start < first.start and low <= m.sent <= first.sent and m.start > best:
                best, country, how = m.start, other.country, f"country of the nearest actor {other.name!r}"
    if not same_sentence and country is not None:
        subject = _previous_subject(st, cl, first)
        if (
            subject is not None
        ):  # "Hongkongers have been protesting ... the Chinese government. ... protesters"
            return subject
    return country, how


def _previous_subject(st: State, cl: Cluster, first: Mention) -> tuple[str, str] | None:
    """The sentence before a civil actor's, when its subject is a country or people ("Hongkongers
    have been protesting since June, when ... the central Chinese government ...; protesters'
    demands"): the topic of that sentence, not the last country named in it, lends its country."""
    if not cl.sectors or cl.sectors[0] not in CIVIL:
        return None
    for other in st.clusters:
        if other is cl or not (other.kind == "country" and _country_source(other) or _nationals(other)):
            continue
        for m in other.mentions:
            if m.sent == first.sent - 1 and m.subject and st.doc[m.head].head.dep_ == "ROOT":
                return str(other.country), f"country of the previous sentence's subject {other.name!r}"
    return None


def _nationals(cl: Cluster) -> bool:
    """A nationality's people named by their plural demonym ("Hongkongers", "Britons")."""
    return cl.kind == "group" and str(cl.evidence.get("rule", "")).startswith("people of a nationality")


def _local_service(st: State, first: Mention) -> bool:
    """Firefighters, rescuers, coroners (roles marked local=1) serve the place of the events:
    an earlier sentence's foreign actor ("pilgrims from Myanmar died. Firefighters ...") lends
    them nothing; the place, the article's country or the dateline does."""
    hit = st.hit_at(first.head) if first.head is not None else None
    return hit is not None and hit.get("local") == "1"


def _country_source(cl: Cluster) -> bool:
    """May this actor lend its country to a neighbour? Countries, state bodies and named
    political parties whose country the text gave, and state media (a guess is not evidence for
    the next guess; other media and NGOs travel)."""
    if not _is_state(cl.country) or cl.country in TERRITORIES or "country_from_context" in cl.evidence:
        return False
    party = cl.kind == "organisation" and cl.coded_by_kb and bool(set(cl.sectors) & {"OPP", "PTY"})
    state_media = cl.title == "state media"  # MED by GUIDELINES, but a state's own outlet: it stays home
    return cl.kind == "country" or bool(set(cl.sectors) & STATE) or party or state_media or _home_group(cl)


# Sectors of people who act at home: "Argentine unions", "Kenyan students", "Iranian
# protesters" hold their country's strikes and marches; media, firms, NGOs and refugees travel.
HOME_SECTORS = frozenset({"LAB", "EDU", "OPP", "CVL", "REL"})


def _home_group(cl: Cluster) -> bool:
    """A civil group whose own words name its country by a demonym ("Argentine unions
    protested against the government": the government is Argentina's); not "pilgrims from
    Myanmar" or "people from Italy", who are visitors."""
    if cl.kind == "person" or not cl.sectors or cl.sectors[0] not in HOME_SECTORS:
        return False
    raw = cl.evidence.get("from")
    told = [str(f) for f in raw] if isinstance(raw, list) else []
    return any(f.startswith("demonym ") for f in told) and not any("phrase attached" in f for f in told)


# Island territories of a larger state, named mostly as places ("caucuses in the territory of
# American Samoa"): they lend no country to the senators and officials around them.
TERRITORIES = frozenset({"ASM", "GUM", "MNP", "VIR", "VGB"})


def _is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code not in REGIONS and code not in ETHNIC  # type: ignore[arg-type]
