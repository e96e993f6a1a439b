"""Where an event happened: its own locative, its noun phrase, its sentence, then the dateline.

``event_location(doc, sent_index, token_indices, source_country=None)``, in this order:

1. ``clause``: a place that is the object of a locative preposition ("met ... in Sochi")
   attached to the event's clause (``tidings.times.clause.rank``), or a town or region
   naming the event's noun ("a Kabul car bombing"; a country there is usually the actor),
   a town the event befalls ("Sanaa fell", "Abqaiq was the target of an attack", "bombings
   struck the Jolo Cathedral"), or where its subject is based ("the Luxembourg-based court").
2. ``sentence``: else a locative place elsewhere in the sentence ("... said on Sunday,
   after the attack in Mosul"), the event's own subtree first, then the nearest. A place of
   another act is not the event's (``roles.later_act``, ``roles.reported``,
   ``roles.requested``: "licensed ... and started assembling firearms in X", "acknowledged
   they had shot down a jet near X", "called on Turkey to halt drilling within X").
3. ``context``: else, when the sentence names no toponym (adjectives aside), the last town
   or region a locative phrase names in the two sentences before it in the same paragraph;
   else the scene of a later definite mention of the event's noun ("an airstrike" ... "the
   airstrike at Baghdad International Airport").
4. ``dateline``: else, when the sentence names no scene, the dateline's place, but only
   when the source acts locally: the event's source (``source_country``, ISO alpha-3, or
   the actor that is the clause's subject) is of the dateline's country or unknown.
   "Bayramov praised ...", phoned from Baku in a story datelined TEHRAN, gets no place.

Between 2 and 3 the seat of a local-body party (``tidings.places.party``) and a next
sentence saying where the act took place (``tidings.places.scene``); the event named again
or told before is ``tidings.places.mentions``; before 4 the lead's scene
(``tidings.places.focus``). A call or a post keeps only its clause's scene (``roles.remote``). Each result carries ``evidence``: the words that decided it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.model import EventLocation, Place
from tidings.places.focus import lead_scene
from tidings.places.kinds import more_precise, named_facility
from tidings.places.mentions import NOT_SCENES, SPAN_KEY, named_before, named_later, scene_spans
from tidings.places.party import party_place
from tidings.places.roles import (
    PROCESSIONS,
    RELEASES,
    based,
    describes_person,
    in_aside,
    journey,
    later_act,
    remote,
    reported,
    requested,
    target_of,
)
from tidings.places.scene import scene_told_next
from tidings.times.clause import (
    clause_head,
    clause_of,
    context_sentences,
    other_nouns_clause,
    rank,
    sentence,
    within,
)

CONTEXT_SENTENCES = 2  # as for dates: the story's scene lasts two sentences of a paragraph
CONTEXT_SKIP = ("A.PCLI",)  # a country named before is more often an actor than the scene
COURTS = {"court", "tribunal"}  # a court "for" a district sits there
# Prepositions that make a place the scene of what happens ("in Tehran", "near Mosul").
LOCATIVE = {
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "off", "along", "into",
    "on",
}  # fmt: skip


def locative_prep(span: Span, country: bool = False) -> str | None:
    """The locative preposition the place is the object of, directly or as the qualifier of
    one ("in Astana, Kazakhstan": Kazakhstan too), or None. A ``country`` that modifies a
    noun counts only when the noun is a kind of place ("in Iraqi military bases", not "in a
    US counter-terrorism operation": there the country is the actor)."""
    tok = span.root
    for _ in range(4):
        if (
            country
            and tok.dep_ in MODIFIER_DEPS
            and tok.head is not tok
            and not {tok.head.lemma_.lower(), tok.head.lower_} & PLACE_HEADS
        ):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "on" and country and tok.i == span.root.i:
            return (
                None  # a country after "on" is a target or addressee: "called on Turkey", "sanctions on Iran"
            )
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
            return tok.head.lower_
        if tok.dep_ == "dobj" and (prt := _path_particle(tok.head)) is not None:
            return prt  # "fled up London Bridge": the parser takes the preposition for a particle
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "from"
            and tok.head.head.lemma_ in PROCESSIONS | RELEASES
        ):
            return "from"  # a march starts where it is held: "marched from downtown Victoria Park"
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and journey(tok.head.head):
            return "to"  # a visit happens where it goes: "headed a security delegation to Iran"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "in the port town of Mokha"
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in COURTS:
            tok = tok.head.head  # "in the District Court for the Northern District of California"
            continue
        # "in Astana, Kazakhstan", "at a Baghdad airport", "in Iraqi bases", "around Hong Kong's complex"
        if (
            tok.dep_ in ("appos", "conj", "npadvmod", "compound", "nmod", "amod", "poss")
            and tok.head is not tok
        ):
            tok = tok.head
            continue
        return None
    return None


# Particles of a path ("fled up London Bridge", "ran across the square"), which the parser
# attaches to the verb with the place as its object.
PATH_PARTICLES = {"up", "down", "across", "along", "through", "over", "past"}


def _path_particle(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ == "prt" and c.lower_ in PATH_PARTICLES), None)


def is_locative(span: Span, country: bool = False) -> bool:
    return locative_prep(span, country) is not None


MODIFIER_DEPS = ("compound", "nmod", "amod", "poss")
# Nouns for kinds of place that a country's name or adjective can modify in a scene.
PLACE_HEADS = {
    "base", "territory", "airspace", "water", "soil", "city", "town", "village", "camp", "border", "capital",
    "province", "region", "port", "airport", "coast", "side", "embassy", "consulate", "prison", "island", "mainland",
    "countryside", "hospital", "school", "ship", "vessel", "oilfield", "field", "facility", "frontier", "zone",
    "bases", "complex", "compound", "headquarters", "building", "station", "office", "street", "square", "park",
}  # fmt: skip
SCENE_PREPS = {"in", "at", "near", "inside", "into", "across", "throughout", "within", "outside"}


def _modifies_event(span: Span, event_toks: set[int], place: Place) -> bool:
    """A town or region naming the event's noun: "a Kabul car bombing". Countries in that
    position are usually the actor ("a US airstrike"), so they do not count."""
    root = span.root
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.i in event_toks
        and place.feature is not None
        and place.feature != "A.PCLI"
    )


def _undergoes(doc: Doc, span: Span, token_indices: Sequence[int], place: Place) -> bool:
    """A town that is the subject of the event's own intransitive or passive verb, or its
    object, is where it happens: "Sanaa fell under Houthi control", "shelled Mariupol"; so is
    the object of the verb an event noun is the subject of ("bombings struck the Jolo Cathedral").
    Countries there, and towns that act on something, are actors."""
    if not (place.feature or "").startswith("P."):
        return False
    tok = span.root
    while tok.dep_ == "appos" and tok.head is not tok:
        tok = tok.head  # "the capital, Sanaa, fell"
    verb = clause_head(doc, token_indices)
    if verb.pos_ == "NOUN" and verb.dep_ == "nsubj" and tok.dep_ == "dobj" and tok.head.i == verb.head.i:
        return True  # the event noun's verb hits the town: "twin bombings struck the Jolo Cathedral"
    if target_of(verb, tok):
        return True  # "Abqaiq was the target of an Al-Qaeda suicide attack"
    if tok.dep_ == "nsubj" and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return False  # an agent: "Tehran and Baghdad have expanding ties", "Moscow said ..."
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.i == verb.i


def _country(place: Place) -> bool:
    return place.feature == "A.PCLI"


def _specificity(place: Place) -> int:
    feature = place.feature or ""
    if (place.reason or "").startswith("facility"):
        return -1  # a building at its town's point is more precise than the town
    return 0 if feature.startswith("P.") else 1 if feature == "A.ADM1" else 2


def _qualifies(doc: Doc, span: Span, scenes: list[Span]) -> bool:
    """The qualifier of "Astana, Kazakhstan", of "Fishmongers' Hall in London" or the
    possessor of "Iraq's Kurdistan region" never wins over what it qualifies."""
    if span.root.dep_ == "poss":
        return True
    if span.start > 1 and doc[span.start - 1].lower_ == "in" and any(o.end == span.start - 1 for o in scenes):
        return True
    return span.start > 0 and doc[span.start - 1].text == "," and any(o.end == span.start - 1 for o in scenes)


def _subject_country(doc: Doc, token_indices: Sequence[int]) -> str | None:
    """ISO alpha-3 country of the actor that is the subject of the event's clause, if known."""
    verb = clause_of(clause_head(doc, token_indices))
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    if not subjects or "tidings_actors" not in doc.spans:
        return None
    actors = {a.id: a for a in (doc._.actors or [])}
    subj = subjects[0]
    for span in doc.spans["tidings_actors"]:
        if span.start <= subj.i < span.end and span.label_ in actors:
            return actors[span.label_].country
    return None


def _alpha3(alpha2: str | None) -> str | None:
    from tidings.countries import alpha3

    return alpha3(alpha2)


def _story_scene(doc: Doc, sent: Span, places: dict[str, Place]) -> EventLocation | None:
    """The scene of the sentences before, in the same paragraph: the last town or region a
    locative phrase names there ("... in Tunis. Two people were killed in a suicide bombing")."""
    for prev in context_sentences(doc, sent, CONTEXT_SENTENCES):
        scenes = [
            s
            for s in within(doc.spans[SPAN_KEY], prev)
            if s.label_ in places
            and places[s.label_].source not in NOT_SCENES + ("adjective",)
            and places[s.label_].feature not in CONTEXT_SKIP
            and places[s.label_].lat is not None  # an unresolved name ("written in Python") is not carried on
            and is_locative(s)
        ]
        if scenes:
            # the scene of that sentence's own act before one of a clause below it ("appeared in
            # Christchurch District Court ..., charged with murder pertaining to a shooting in Christchurch")
            acts = [prev.root.i] + [
                c.i for c in prev.root.children if c.dep_ == "conj"
            ]  # "..., then fled up"
            main = [s for s in scenes if rank(s, doc, acts)[0] <= 1]
            # the qualified town, not its qualifier: "on June 20 in Tulsa, Oklahoma" -> Tulsa
            unqualified = [s for s in (main or scenes) if not _qualifies(doc, s, scenes)]
            span = (unqualified or main or scenes)[-1]
            place = places[span.label_]
            return EventLocation(
                place=place.id,
                text=place.text,
                source="context",
                evidence=f"{span.text!r} in a sentence before",
            )
    return None


def _verb(doc: Doc, token_indices: Sequence[int]) -> Token:
    """The event's verb: its own, or the one its noun depends on ("issued a judgement")."""
    head = clause_head(doc, token_indices)
    return head if head.pos_ in ("VERB", "AUX") or head.head.i == head.i else head.head


def _modifiers(
    doc: Doc, token_indices: Sequence[int], spans: list[Span], places: dict[str, Place]
) -> list[Span]:
    """Places that are scenes by their role rather than a preposition: naming the event's
    noun, undergoing it, or where its subject is based."""
    event_toks, verb = set(token_indices), _verb(doc, token_indices)
    return [
        s
        for s in spans
        if places[s.label_].source != "adjective"
        and (
            _modifies_event(s, event_toks, places[s.label_])
            or _undergoes(doc, s, token_indices, places[s.label_])
            or based(s, verb)
        )
    ]


def _in_sentence(
    doc: Doc, token_indices: Sequence[int], spans: list[Span], places: dict[str, Place]
) -> EventLocation | None:
    """Steps 1 and 2: the sentence's scene attached to the event, else elsewhere in it."""
    event_toks = set(token_indices)
    scenes = [
        s for s in spans if is_locative(s, _country(places[s.label_])) and not describes_person(s, event_toks)
    ]
    modifiers = _modifiers(doc, token_indices, [s for s in spans if s not in scenes], places)
    head = clause_head(doc, token_indices)
    best: tuple[tuple[int, bool, bool, int, int], Span] | None = None
    for span in scenes + modifiers:
        level, distance = rank(span, doc, token_indices)
        if places[span.label_].source == "adjective" and (
            level > 1 or locative_prep(span) not in SCENE_PREPS
        ):
            continue  # "in Iraqi military bases" is a scene; "commented on the Turkish-Libyan deal" is not
        if level >= 2 and (other_nouns_clause(span, event_toks | {head.i}) or in_aside(span, event_toks)):
            continue  # "sentenced a doctor based in Martinsville": where the doctor is based
        if level >= 2 and (later_act(span, head) or reported(span, head)):
            continue  # "was released in 2018 and ... living in Staffordshire": the later act's place
        if requested(span, head):
            continue  # "called on Turkey to halt drilling within the EEZ of Cyprus": the act asked for
        # elsewhere in the sentence, a place under the event's own words first ("then agreed ... in Gyula")
        outside = level >= 2 and not head.is_ancestor(span.root)
        key = (
            min(level, 2),
            outside,
            _qualifies(doc, span, scenes),
            _specificity(places[span.label_]),
            distance,
        )
        if best is None or key < best[0]:
            best = (key, span)
    if best is None:
        return None
    span = best[1]
    place = places[span.label_]
    attached = best[0][0] <= 1
    if span in scenes:
        how = str(locative_prep(span))
    elif _modifies_event(span, event_toks, place):
        how = "names the event:"
    elif based(span, _verb(doc, token_indices)):
        how = "where the subject is based:"
    else:
        how = "subject or object of the event:"
    return EventLocation(
        place=place.id,
        text=place.text,
        source="clause" if attached else "sentence",
        evidence=f"{how} {span.text!r}" + ("" if attached else " elsewhere in the sentence"),
    )


def _in_dateline_town(found: EventLocation, places: dict[str, Place]) -> EventLocation:
    """A country scene narrowed to the dateline's town when that town lies in the country
    ("a security delegation to Iran" in a story datelined TEHRAN -> Tehran)."""
    place, dl = places.get(found.place or ""), places.get("dateline")
    if place is None or dl is None or not _country(place) or (dl.feature or "")[:2] != "P.":
        return found
    if dl.country != place.country:
        return found
    evidence = f"{found.evidence}; the dateline's town is in it"
    return EventLocation(place="dateline", text=dl.name, source=found.source, evidence=evidence)


def _dateline(
    doc: Doc, token_indices: Sequence[int], places: dict[str, Place], source_country: str | None
) -> EventLocation | None:
    """Step 4: the dateline's place when the source acts locally (or is unknown)."""
    dl = places.get("dateline")
    if dl is None:
        return None
    src = source_country or _subject_country(doc, token_indices)
    home = _alpha3(dl.country)
    if src and home and src != home:
        return None  # the source acts from elsewhere: the dateline is where the story was written
    return EventLocation(
        place="dateline",
        text=dl.name,
        source="dateline",
        evidence="dateline; source " + (f"of {src}" if src else "unknown") + ", no scene in the sentence",
    )


def event_location(
    doc: Doc, sent_index: int, token_indices: Sequence[int], source_country: str | None = None
) -> EventLocation | None:
    """The place of the event whose words are ``token_indices`` in sentence ``sent_index``
    (see the module docstring), or None. ``source_country``: the source actor's ISO
    alpha-3 code when the caller knows it."""
    places: dict[str, Place] = {p.id: p for p in (doc._.places or [])}
    sent = sentence(doc, sent_index) if token_indices else None
    if sent is None:
        return None
    spans = (
        [s for s in within(doc.spans[SPAN_KEY], sent) if s.label_ in places] if SPAN_KEY in doc.spans else []
    )
    here = [s for s in spans if places[s.label_].source not in NOT_SCENES]
    found = _in_sentence(doc, token_indices, here, places)
    if remote(doc, token_indices):  # a call between two places has only the scene its clause names
        return _in_dateline_town(found, places) if found is not None and found.source == "clause" else None
    found = found or party_place(doc, token_indices, [s for s in spans if s.label_ != "dateline"], places)
    if found is None and SPAN_KEY in doc.spans:  # "stabbed while in prison": the prison the story names
        found = named_facility(doc, sent, token_indices, list(doc.spans[SPAN_KEY]), places)
    spans = here
    if found is None and SPAN_KEY in doc.spans:
        found = scene_told_next(doc, sent, scene_spans(doc, places), places, _in_sentence)
    if found is not None:
        found = more_precise(
            doc, sent, found, scene_spans(doc, places), places, _in_sentence
        )  # "on X Road, London"
        return _in_dateline_town(found, places)
    # a country's adjective names an actor, not a scene ("The Italian foreign minister joined the talks")
    toponyms = [s for s in spans if places[s.label_].source != "adjective"]
    if not toponyms and (ctx := _story_scene(doc, sent, places)) is not None:
        return ctx
    if (later := named_later(doc, sent, token_indices, places, _in_sentence)) is not None:
        return later
    if (before := named_before(doc, sent, token_indices, places, _in_sentence)) is not None:
        return before
    lead = (
        None
        if toponyms
        else lead_scene(doc, sent_index, list(doc.spans.get(SPAN_KEY, ())), places, is_locative)
    )
    return lead or _dateline(doc, token_indices, places, source_country)
