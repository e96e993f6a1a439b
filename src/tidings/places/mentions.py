"""An event's place from another mention of the same event (used by ``tidings.places.event``).

A story often names an event's scene only where it names the event again:

- later, by its noun ("... killed Soleimani in an airstrike." ... "The United States carried
  out the airstrike at Baghdad International Airport") or by the noun of its verb
  ("a federal judge sentenced a doctor ..." ... "Judge Jones, presiding in the District
  Court ... in Abingdon, handed down the sentence");
- before, when the event's noun is definite ("held a rally in Minsk" ... "security measures
  during the rally").

The scene of the other mention is taken when that mention's own clause names one (for a
verb's noun retold with a verb of its own, a place anywhere in that sentence will do: the
sentence is about the retold act). ``in_sentence`` is ``tidings.places.event``'s sentence
step, passed in so that the two modules do not import each other."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from tidings.model import EventLocation, Place
from tidings.times.clause import within

SPAN_KEY = "tidings_places"
NOT_SCENES = ("embedded", "dateline")
LATER_SENTENCES = 6  # how far on a story may first place an event it named before
# Endings that turn a verb into the noun of its act: sentence/sentence, convict/conviction,
# stab/stabbing, arrest/arrest, detain/detention is left out (a stem change).
NOUN_ENDINGS = ("", "ing", "ion", "ment", "al")

InSentence = Callable[[Doc, Sequence[int], list[Span], dict[str, Place]], EventLocation | None]


def _event_nouns(doc: Doc, token_indices: Sequence[int]) -> list[Token]:
    """The nouns that name the event: its own ("the killing"), or the means its verb names
    ("killed ... in an airstrike"), without a definite article (a first mention)."""
    toks = [doc[i] for i in token_indices]
    nouns = [t for t in toks if t.pos_ == "NOUN"]
    for t in toks:
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "with", "by"):
                nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return [n for n in nouns if not any(c.lower_ in ("the", "this", "that") for c in n.children)]


def _definite_nouns(doc: Doc, token_indices: Sequence[int]) -> list[Token]:
    """Nouns of an event told before: its own with a definite article ("the rally"), or
    the one its verb happens during or at ("strengthened security during the rally")."""
    toks = [doc[i] for i in token_indices]
    nouns = [t for t in toks if t.pos_ == "NOUN"]
    for t in toks:
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("during", "at", "on"):
                nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    # bare: "the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016" is another one
    return [n for n in nouns if [c.lower_ for c in n.children] in (["the"], ["this"], ["that"])]


def scene_spans(doc: Doc, places: dict[str, Place]) -> list[Span]:
    """The document's place spans that can be an event's scene (not embedded, not the dateline)."""
    return [
        s for s in doc.spans[SPAN_KEY] if s.label_ in places and places[s.label_].source not in NOT_SCENES
    ]


def named_before(
    doc: Doc, sent: Span, token_indices: Sequence[int], places: dict[str, Place], in_sentence: InSentence
) -> EventLocation | None:
    """An event told before ("held a rally in Minsk" ... "security measures during the
    rally"): the scene of the nearest earlier mention of the noun whose own clause names one."""
    nouns = _definite_nouns(doc, token_indices)
    if not nouns or SPAN_KEY not in doc.spans:
        return None
    spans = scene_spans(doc, places)
    for tok in reversed(doc[: sent.start]):
        if tok.pos_ != "NOUN" or not any(same_event(n, tok) for n in nouns):
            continue
        found = in_sentence(doc, [tok.i], within(spans, tok.sent), places)
        if found is not None and found.source == "clause":
            return EventLocation(
                place=found.place,
                text=found.text,
                source="context",
                evidence=f"{'the ' + tok.text!r} told before: {found.evidence}",
            )
    return None


def same_event(noun: Token, later: Token) -> bool:
    a, b = noun.lemma_.lower(), later.lemma_.lower()
    # "an airstrike" ... "the strike"; a short tail only after a word of its own ("a lawsuit" ...
    # "the suit", not "an arrest" ... "the rest")
    return a == b or a.endswith(b) and (len(b) >= 5 or len(b) == 4 and len(a) - len(b) >= 3)


def _verbs(doc: Doc, token_indices: Sequence[int]) -> list[Token]:
    return [doc[i] for i in token_indices if doc[i].pos_ == "VERB"]


def verb_noun(verb: Token, noun: Token) -> bool:
    """``noun`` names the act of ``verb``: "sentenced" ... "the sentence", "convicted" ...
    "the conviction", "stabbed" ... "the stabbing"."""
    v, n = verb.lemma_.lower(), noun.lemma_.lower()
    if len(v) < 4:
        return False
    stems = (v, v + v[-1], v[:-1]) if v.endswith("e") else (v, v + v[-1])
    return any(n == stem + end for stem in stems for end in NOUN_ENDINGS)


def named_later(
    doc: Doc, sent: Span, token_indices: Sequence[int], places: dict[str, Place], in_sentence: InSentence
) -> EventLocation | None:
    """The scene of a later definite mention of the event's noun, or of its verb's noun,
    within ``LATER_SENTENCES`` (anywhere after, when the noun's verb is the event's own or the
    noun is the event verb's own and the subject or object of a verb),
    when that mention's own clause names one (see the module docstring)."""
    nouns, verbs = _event_nouns(doc, token_indices), _verbs(doc, token_indices)
    if not (nouns or verbs) or SPAN_KEY not in doc.spans:
        return None
    spans = scene_spans(doc, places)
    nxt = sent
    for k in range(len(doc)):
        if nxt.end >= len(doc):
            return None
        nxt = doc[nxt.end].sent
        for tok in nxt:
            if tok.pos_ != "NOUN" or not any(c.lower_ == "the" for c in tok.children):
                continue
            found = _retold(doc, tok, k, nouns, verbs, within(spans, nxt), places, in_sentence)
            if found is not None:
                return found
    return None


def _retold(
    doc: Doc,
    tok: Token,
    k: int,
    nouns: list[Token],
    verbs: list[Token],
    spans: list[Span],
    places: dict[str, Place],
    in_sentence: InSentence,
) -> EventLocation | None:
    """The scene of ``tok``, the ``k``-th sentence on, when it names the event again."""
    # further on, only a retelling with the same verb ("filed a lawsuit" ... "The suit
    # was filed in Yellowstone County")
    same = [n for n in nouns if same_event(n, tok)]
    if k >= LATER_SENTENCES:
        same = [n for n in same if n.head.lemma_ == tok.head.lemma_ and tok.head.pos_ == "VERB"]
    # the noun of the event's own verb, with a verb of its own, is the act retold at any distance
    by_verb = (
        tok.head.pos_ == "VERB"
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass")
        and any(verb_noun(v, tok) for v in verbs)
    )
    if not same and not by_verb:
        return None
    found = in_sentence(doc, [tok.i], spans, places)
    if found is None or found.source != "clause" and not (by_verb and found.source == "sentence"):
        return None
    return EventLocation(
        place=found.place,
        text=found.text,
        source="context",
        evidence=f"'the {tok.text}' named again later: {found.evidence}",
    )
