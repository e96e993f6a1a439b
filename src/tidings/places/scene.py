"""A sentence that only says where the story's event happened.

"Yesterday, a United States federal jury convicted Michael Avenatti ... The trial was held
in Manhattan." A news story often tells an act and then, in the next sentence, where it
took place, with a verb of taking place ("was held", "took place", "happened", "occurred")
whose subject is the act retold ("the trial", "the attack") or a pronoun ("It happened at
..."). Such a sentence names the scene of the events told just before it in its paragraph
that name none of their own. Used by ``tidings.places.event`` after the party's seat."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tidings.model import EventLocation, Place
from tidings.nlp.extensions import doc_text
from tidings.places.mentions import InSentence
from tidings.times.clause import within

REACH = 2  # sentences on, in the same paragraph
HAPPEN = {"happen", "occur", "unfold"}


def _takes_place(root: Token) -> bool:
    """ "X was held", "X took place", "X happened / occurred" with a definite or pronoun subject."""
    lemma = root.lemma_.lower()
    if lemma == "hold":
        if not any(c.dep_ == "auxpass" for c in root.children):
            return False
        subjects = [c for c in root.children if c.dep_ == "nsubjpass"]
    elif lemma == "take":
        if not any(c.dep_ == "dobj" and c.lower_ == "place" and not list(c.children) for c in root.children):
            return False
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
    elif lemma in HAPPEN:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
    else:
        return False
    return any(
        s.pos_ == "PRON"
        and s.lower_ in ("it", "this")
        or any(c.lower_ in ("the", "this") for c in s.children)
        for s in subjects
    )


def scene_told_next(
    doc: Doc, sent: Span, spans: list[Span], places: dict[str, Place], in_sentence: InSentence
) -> EventLocation | None:
    """The place a following sentence of the paragraph gives as where the act just told
    took place (see the module docstring), or None. ``spans``: the document's scene spans."""
    nxt = sent
    for _ in range(REACH):
        if nxt.end >= len(doc):
            return None
        following = doc[nxt.end].sent
        gap = doc_text(doc)[nxt.start_char : following.start_char]
        if "\n" in gap[len(gap.rstrip()) :]:
            return None  # a line break ends the paragraph
        nxt = following
        if _takes_place(nxt.root):
            found = in_sentence(doc, [nxt.root.i], within(spans, nxt), places)
            if found is not None and found.source == "clause":
                return EventLocation(
                    place=found.place,
                    text=found.text,
                    source="context",
                    evidence=f"where it took place, the next sentence: {found.evidence}",
                )
    return None
