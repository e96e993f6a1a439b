"""Found triggers to Event records: recoding by place and actor, confidence, ids, evidence."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc, Span, Token

from tidings.events.codes import code_info
from tidings.events.families import refine
from tidings.events.groups import hosted
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.matching import Found
from tidings.events.parties import ANAPHORS
from tidings.events.petrarch_roles import is_known, lacks_dyad, other_code, refines
from tidings.events.vocab import CLAIMS, REACTIONS
from tidings.model import Action, Event, EventDate, EventLocation, Party
from tidings.nlp.extensions import doc_text
from tidings.times import ACT_DATES


def _same(a: Party, b: Party | None) -> bool:
    if b is None:
        return False
    if a.actor and a.actor == b.actor:
        return True
    if a.code and b.code and a.code != b.code:
        return False  # "Indian and Pakistani troops": one phrase, two parties
    return a.start is not None and a.start == b.start and a.end == b.end


def distinct(a: Party, b: Party) -> bool:
    """Two actors the actors stage told apart ("Bloomberg endorsed his former rival, Joe
    Biden": both USAELI, two persons), or an actor and a party the text only implies, in
    other words ("Avenatti, a US lawyer, was charged": the courts, USAJUD, and the lawyer)."""
    if a.actor and b.actor:
        return a.actor != b.actor
    if bool(a.actor) == bool(b.actor) or None in (a.start, a.end, b.start, b.end):
        return False
    return a.end <= b.start or b.end <= a.start  # type: ignore[operator]


def confidence(f: Found, source: Party, target: Party | None) -> float:
    c = 0.45
    c += 0.1 * min(f.pattern.specificity, 2)
    c += 0.15 if source.code or source.country else 0.0
    c += 0.1 if target is not None and (target.code or target.country) else 0.0
    if f.rule in ("control", "demand"):
        c += 0.05
    if f.negated:
        c -= 0.25
    if f.modality != "asserted":
        c -= 0.1
    if f.pattern.priority > 0 and not f.pattern.origin.startswith("rule:"):
        c -= 0.05  # user / imported dictionaries: less tested than the default lexicon
    if source.text.lower() in ANAPHORS and not (source.code or source.country):
        c -= 0.15
    return round(max(0.05, min(0.99, c)), 2)


def event_id(doc: Doc, start: int, end: int, code: str, source: Party, target: Party | None) -> str:
    article = doc._.article
    content = (
        article.content_hash if article is not None and article.content_hash else None
    ) or hashlib.sha1(doc_text(doc).encode("utf-8")).hexdigest()
    key = f"{content}|{start}|{end}|{code}|{source.start}|{target.start if target else ''}"
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


MILITARY = {"MIL"}
PROTESTERS = {"OPP", "CVL", "LAB", "EDU", "REL", "NGO", "HRI"}
FORCE = ("15", "18", "19", "20")
# Places where civilians gather: violence there with no victim named is against civilians
VENUES = frozenset(
    {"wedding", "funeral", "market", "marketplace", "bazaar", "mosque", "church", "temple", "synagogue",
     "shrine", "school", "university", "hospital", "clinic", "bus", "train", "mall", "concert", "stadium",
     "cafe", "café", "restaurant", "hotel", "festival", "rally", "village", "neighbourhood", "neighborhood",
     "shop", "supermarket", "beach", "nightclub", "bakery", "camp", "centre", "center", "square"}
)  # fmt: skip


# Killing by physical assault (1823: "without the use of weaponry, through beating, torture,
# lynching") stays 1823 by anyone; any other killing by armed forces is conventional force
# (190: "killings of any kind when the weapons used are not specified", "shot dead").
PHYSICAL = frozenset(
    {"beat", "stab", "hack", "club", "bludgeon", "stone", "burn", "lynch", "lynching", "behead"}
    | {"beheading", "hang", "strangle", "torture"}
)


def recode_force(code: str, source: Party, pattern: Pattern | None = None) -> str:
    """CAMEO 18 is unconventional violence; killing or attacking by armed forces, or by a
    state named as such ("the United States' killing of X"), is 19 (190). The codebook's
    physical assaults keep their code by anyone: beatings (182), sexual assault (1821),
    torture (1822), and killing by physical assault (1823, ``physical``)."""
    if code[:2] != "18" or code[:3] in ("181", "184", "185", "186") or code in ("182", "1821", "1822"):
        return code
    if code == "1823" and pattern is not None and physical(pattern):
        return code
    sectors = set(source.sectors or [])
    if MILITARY & sectors or (source.country and not sectors and source.code == source.country):
        return "190"
    return code


def physical(pattern: Pattern) -> bool:
    """``pattern`` names a killing by physical assault ("beat to death", "lynch"), not a bare
    or armed one ("kill", "shoot dead")."""
    return pattern.trigger in PHYSICAL or any(w & PHYSICAL for w in pattern.required)


UNORGANISED = frozenset({"CVL", "CRM"})  # civilians and criminals: no armed organisation


def recode_unorganised(code: str, source: Party) -> str:
    """Force named by no weapon (190 after the weapon subcodes) used by civilians or
    criminals ("others struck him with their fists", "was shot by a prisoner") is
    unconventional violence (180: "force and violence that do not require high levels of
    organization typical of state-military establishments"); 190 and small-arms fighting (193)
    are "typically by organized armed groups"."""
    sectors = set(source.sectors or [])
    # "was shot ... by a prisoner": small-arms fire (193) is fighting between armed forces
    return "180" if code in ("190", "193") and sectors and sectors <= UNORGANISED else code


CHARGES = frozenset({"charge", "indict"})
LEGAL = frozenset({"JUD", "COP"})


def recode_charge(code: str, f: Found, source: Party) -> str:
    """A charge brought by the police or the courts ("prosecutors charged X with fraud") is
    legal action (173), not an accusation (112); one brought by anyone else with no power to
    prosecute ("the opposition charged the government with fraud") is an accusation."""
    if f.trigger.lemma_.lower() not in CHARGES:
        return code
    sectors = set(source.sectors or [])
    if code[:3] == "112" and LEGAL & sectors:
        return "173"
    if code == "173" and sectors and not (LEGAL | {"GOV"}) & sectors:
        return "112"
    return code


def recode_sanction(code: str, source: Party, target: Party | None) -> str:
    """Administrative sanctions (bare 172: bans, restrictions) on a foreign actor are sanctions
    (163); the codebook's named measures keep their code whoever is targeted: censorship and
    other limits on political freedoms (1721: "blocked a foreign company's website"), party
    bans (1722), curfews (1723), states of emergency (1724)."""
    if code != "172" or target is None or not (source.country and target.country):
        return code
    return "163" if source.country != target.country else code


def recode_meeting(
    doc: Doc, f: Found, source: Party, target: Party | None, location_country: str | None
) -> str:
    """040 meetings: host (043) when held in the source's country, visit (042) in the
    target's, third location (044) elsewhere."""
    if f.code != "040" or location_country is None or target is None:
        return f.code
    if source.country and location_country == source.country:
        return "043"
    if target.country and location_country == target.country:
        return "042"
    if source.country and target.country:
        return "044"
    return f.code


POLICE_FORCE = ("151", "153")


# Administrative measures and their easing (CAMEO 081, 083, 153, 172, 175): on the
# source's own population when the sentence names no one else.
DOMESTIC = frozenset({"081", "083", "153", "172", "175"})
# Sectors of a country's own society: with no country of their own and no scene, a
# target with these is in its source's country.
DOMESTIC_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "REL", "JUD", "LEG", "COP"})
AUTHORITIES = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})


def party_root(doc: Doc, p: Party | None) -> Token | None:
    if p is None or p.start is None or p.end is None:
        return None
    span = doc.char_span(p.start, p.end)
    return span.root if span is not None else None


def names_state(doc: Doc, p: Party) -> bool:
    """The party's phrase names the country itself ("Iran", "the United States", "Tehran",
    "Iranian"), not a place in it ("the Lebanese town of Khiam"): force used on a place
    targets the country, not its government."""
    root = party_root(doc, p)
    return root is None or root.pos_ in ("PROPN", "ADJ")


def as_state(p: Party | None, code: str, role: str, people: Token | None = None) -> Party | None:
    """A country named as the actor of an event ("Iran rejected Washington's accusation")
    acts through its government (IRNGOV), or through its armed forces for a show or use of
    force by its source (15 except police, 19, 20: "Russia massed troops" is RUSMIL), as
    gold/GUIDELINES.md and the sentence suite code states. A party with sectors, or an
    international/regional code, is left as the actors stage coded it."""
    if p is None or not p.country or p.sectors or p.code != p.country or len(p.country) != 3:
        return p
    military = role == "source" and code[:2] in ("15", "19", "20") and code[:3] not in POLICE_FORCE
    sector = "MIL" if military else "GOV"
    if people is not None and people.ent_type_ == "NORP" and people.tag_ in ("NNPS", "NNS"):
        sector = "CVL"  # "Five Americans were freed": the people, not their state
    elif people is not None and people.ent_type_ == "NORP" and _demonym_noun(people):
        sector = "CVL"  # "the jailed American", "a Briton": one of its people
    return p.model_copy(update={"code": p.country + sector, "sectors": [sector]})


def _demonym_noun(tok: Token) -> bool:
    """A singular demonym heading its phrase as a noun ("freed the jailed American"), not a
    modifier ("Chinese-led", "the American proposal")."""
    if tok.tag_ not in ("NN", "NNP") or tok.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.text not in ("-", "–")


def action_of(doc: Doc, f: Found) -> Action:
    toks = sorted([f.trigger, *f.extra_tokens], key=lambda t: t.i)
    a0, a1 = toks[0], toks[-1]
    return Action(
        text=doc_text(doc)[a0.idx : a1.idx + len(a1.text)],
        lemma=" ".join(t.lemma_.lower() for t in toks),
        start=a0.idx,
        end=a1.idx + len(a1.text),
    )


def placed(p: Party | None, country: str | None) -> Party | None:
    """'the government', 'opposition supporters' with no country, in a clause set in Tehran:
    the country of the scene (IRNGOV, IRNOPP)."""
    if p is None or country is None or p.country or not p.sectors:
        return p
    if p.code and p.code.lstrip("-") != "".join(p.sectors):
        return p  # an international or otherwise coded actor
    return p.model_copy(update={"country": country, "code": country + "".join(p.sectors)})


def population(f: Found, src: Party, code: str) -> Party | None:
    """'Sri Lanka imposed a curfew', 'lifted the state of emergency', 'deployed riot police
    in Tehran': a domestic measure that names no one is imposed on the country's people."""
    # "agreed to ease restrictions": the intent (0351) keeps the measure's people as its target
    measure = code[:3] in DOMESTIC or (f.pattern.code or "")[:3] in DOMESTIC
    if not measure or not src.country or not AUTHORITIES & set(src.sectors or []):
        return None
    f.notes["target"] = "implied: the population of the source's country"
    text = f"{src.country} civilians (implied)"
    return Party(text=text, code=src.country + "CVL", country=src.country, sectors=["CVL"])


def dyad(
    f: Found, src: Party, tgt: Party | None, loc_country: str | None, location: EventLocation | None
) -> Party | None:
    """The target of one source-target pair after the record-level rules."""
    if tgt is not None and (
        _same(src, tgt) or (src.code and src.code == tgt.code and not distinct(src, tgt))
    ):
        tgt = None
    if tgt is not None and f.code[:2] == "15" and tgt.country and tgt.country == src.country:
        tgt = None  # "put its forces on alert", "mobilized troops": its own forces are no target
    if (
        tgt is not None
        and f.code == "042"
        and tgt.actor is None
        and not tgt.sectors
        and tgt.country
        and tgt.country == src.country
    ):
        tgt = None  # "a church group travelling to Walt Disney World": a place at home hosts no visit
    if tgt is None and f.code[:2] in ("14", "10") and src.country and PROTESTERS & set(src.sectors or []):
        # "opposition supporters rallied in Minsk", "the protesters' demands": a protest or a
        # demand by a crowd with no target is against (made of) its own country's government
        tgt = Party(
            text=f"{src.country} government (implied)",
            code=src.country + "GOV",
            country=src.country,
            sectors=["GOV"],
        )
        f.notes["target"] = "implied: the protesters' own government"
        return tgt
    if tgt is None and f.code[:2] in FORCE and loc_country and loc_country != src.country:
        # "Turkey began an offensive into Syria": force used in a country targets it
        tgt = Party(
            text=location.text if location and location.text else loc_country,
            code=loc_country,
            country=loc_country,
        )
        f.notes["target"] = "country where force was used"
    elif tgt is None and f.code[:2] in ("18", "19", "20") and loc_country and civilian_venue(f.trigger):
        # "the Taliban detonated a bomb at a wedding hall in Nangarhar": the people who gather there
        tgt = Party(
            text=location.text if location and location.text else loc_country,
            code=loc_country + "CVL",
            country=loc_country,
            sectors=["CVL"],
        )
        f.notes["target"] = "civilians of the place attacked (a place where civilians gather)"
    return tgt


def civilian_venue(trigger: Token) -> bool:
    """The act's object or its place is a venue of civilian life ("a market", "a wedding
    hall", "a school bus"), named in the trigger's own phrase."""
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [
        o
        for h in [trigger, *heads]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("at", "in", "on", "near", "outside", "inside", "into")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for h in heads:
        words = [h, *(c for c in h.children if c.dep_ in ("compound", "amod"))]
        if any(w.lemma_.lower() in VENUES or w.lower_ in VENUES for w in words):
            return True
    return False


def evidence_of(
    f: Found, code: str, sent: Span, loc_country: str | None, topic: str | None = None
) -> dict[str, object]:
    evidence: dict[str, object] = {
        "rule": f.rule,
        "entry": f.pattern.entry,
        "dictionary": f.pattern.origin,
        "matched": [f.trigger.text, *(t.text for t in f.extra_tokens), *(t.text for t in f.matched)],
        "sentence": sent.text,
    }
    if getattr(getattr(f.matched, "hit", None), "refines", False):
        evidence["refines"] = "lexicon.tsv"  # an imported pattern recoding the built-in lexicon's event
    if code != f.code:
        why = {"040": "meeting place", "172": "sanction on a foreign actor"}.get(
            f.code[:3], "armed forces use conventional force"
        )
        if topic is not None:
            why = f"what is asked, promised or rejected: {topic!r}"
        evidence["recoded"] = {"from": f.code, "why": why, "place_country": loc_country}
    evidence.update(f.notes)
    return evidence


def records(
    doc: Doc,
    f: Found,
    si: int,
    sent: Span,
    where: tuple[EventDate, EventLocation | None, str | None],
    seen: set[tuple[object, ...]],
) -> list[Event]:
    """One Event per source-target pair of ``f`` (pairs already seen in the document skipped)."""
    date, location, loc_country = where
    action = action_of(doc, f)
    out: list[Event] = []
    scene = loc_country if location is not None and location.source == "clause" else None
    for src0, tgt0 in hosted(f.dyads(), f.code, loc_country) if f.pairs else f.dyads():
        src = placed(src0, scene) or src0
        named = placed(tgt0, scene)
        if (
            named is not None
            and not named.country
            and scene is None
            and set(named.sectors or []) <= DOMESTIC_SECTORS
        ):
            named = placed(named, src.country)  # "Zimbabwe's president rejected opposition demands": ZWEOPP
        tgt = dyad(f, src, named, loc_country, location)
        # PETRARCH patterns keep their dictionaries' codes (a bare country stays one, 030 is 030, no
        # recoded meeting, force or sanction), unless they only refine a built-in lexicon event
        native = f.pattern.petrarch is None or refines(f)
        code = recode_charge(
            recode_force(recode_meeting(doc, f, src, tgt, loc_country), src, f.pattern), f, src
        )
        code, topic = refine(f.trigger, code) if native else (f.code, None)
        # "a shootout between gang members and police" is fought both ways: a noun of mutual
        # fighting keeps its code (the verbs "shot", "fired on" are one-sided)
        mutual = f.pairs or (code == "193" and f.trigger.pos_ != "VERB")
        unorganised = code if mutual else recode_unorganised(code, src)
        code = recode_sanction(unorganised, src, tgt) if native else code  # after subcodes
        src = (as_state(src, code, "source", party_root(doc, src)) if native else src) or src
        if native and tgt is named and tgt is not None and (code[:2] not in FORCE or names_state(doc, tgt)):
            tgt = as_state(
                tgt, code, "target", party_root(doc, tgt)
            )  # a place where force was used stays a place
        if tgt is None or not (tgt.code or tgt.country):  # "the state of emergency" is no one
            tgt = population(f, src, code) or tgt
        key = (
            si,
            code,
            src.start,
            src.code,
            tgt.start if tgt else None,
            tgt.code if tgt else None,
            action.start,
        )
        if key in seen or (not native and lacks_dyad(src, tgt)):  # a PETRARCH pair: require_dyad
            continue
        seen.add(key)
        info = code_info(code) if is_known(code) else other_code(code)
        out.append(
            Event(
                id=event_id(doc, action.start, action.end, code, src, tgt),
                sentence=si,
                source=src,
                target=tgt,
                action=action,
                cameo=code,
                cameo_label=info.label,
                plover=info.plover(),
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                negated=f.negated,
                modality=f.modality,
                date=date,
                location=location,
                confidence=confidence(f, src, tgt),
                evidence=evidence_of(f, code, sent, loc_country, topic),
            )
        )
    return out


def inside_other_act(doc: Doc, f: Found, lexicon: Lexicon, text: str) -> bool:
    """``text`` (a date) belongs to an act ``f``'s trigger names (``_act_date``); such a
    date is no time focus for the next sentences either (``times.ACT_DATES``)."""
    if not _act_date(doc, f, lexicon, text):
        return False
    doc.user_data.setdefault(ACT_DATES, []).append((f.trigger.sent.start, text))
    return True


def _act_date(doc: Doc, f: Found, lexicon: Lexicon, text: str) -> bool:
    """``text`` (a date) lies in the phrase of an event noun that ``f``'s trigger governs
    ("praised the summit held on Thursday"), not in the trigger's own clause; for a reaction
    or claim (05, 11, 015, 016) also a date after that noun that the parse hung on the
    verb ("praised the recent summit ... in Astana on Thursday": the summit's day)."""
    own = {f.trigger.i, *(m.i for m in f.extra_tokens), *(m.i for m in f.matched)}
    reaction = f.code[:2] in REACTIONS or f.code in CLAIMS
    for c in f.trigger.children:
        if c.dep_ not in ("dobj", "nsubjpass", "attr", "prep"):
            continue
        for n in c.subtree:
            if (
                n.i in own
                or n.pos_ not in ("NOUN", "PROPN")
                or not lexicon.candidates(n.lemma_.lower(), True)
            ):
                continue
            if text in doc[n.left_edge.i : n.right_edge.i + 1].text:
                return True
            if (
                reaction
                and c.dep_ != "prep"
                and any(
                    p.dep_ == "prep" and p.i > n.right_edge.i and text in doc[p.i : p.right_edge.i + 1].text
                    for p in f.trigger.children
                )
            ):
                return True
    return False


def acts_at_home(f: Found, country: str) -> bool:
    """A source or target of ``f`` belongs to ``country`` (or none is known)."""
    known = [p.country for p in (*f.sources, *f.targets) if p is not None and p.country]
    return not known or country in known
