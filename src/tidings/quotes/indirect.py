"""Reported speech: a cue verb with a content clause and a speaker.

"X said (that) ...", "X pointed out that ...", and "according to X". Content that quotes a
few words directly is kind ``mixed`` (the direct quotes become its ``parts``); content that
is all one direct quote stays that ``direct`` quote.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.model import Quote, Speaker, TextSpan
from tidings.nlp.extensions import doc_text
from tidings.quotes.cues import cue_lemma
from tidings.quotes.direct import Direct, inside_marks
from tidings.quotes.lexicon import Cue
from tidings.quotes.marks import Marked
from tidings.quotes.speakers import speaker_for
from tidings.quotes.text import quote_id

SUBJECT_DEPS = ("nsubj", "nsubjpass")

WH_CONTENT = {"whether", "if", "who", "whom", "whose", "what", "which", "why", "how", "when", "where"}

FINITE = {"VBD", "VBZ", "VBP", "MD"}

DIRECT_COVER = 0.9  # a content clause this much inside one direct quote is that quote


Candidate = tuple[int, int, Token, list[Direct]]  # content chars [start, end), cue, direct quotes inside


def indirect_quotes(
    doc: Doc, cue_toks: list[Token], directs: list[Direct], cues: dict[str, Cue]
) -> list[Quote]:
    """Quote records for reported speech; marks the direct quotes they take in as absorbed."""
    inside = inside_marks(doc, directs)
    found = [x for cue in cue_toks if not inside[cue.i] and (x := _candidate(doc, cue, directs)) is not None]
    speakers = {cue.i: speaker_for(doc, cue) for _, _, cue, _ in found}
    # reported speech needs a speaker, outside the words reported
    found = [
        x
        for x in found
        if (sp := speakers[x[2].i]) is not None and not (sp.start is not None and x[0] <= sp.start < x[1])
    ]
    text = doc_text(doc)
    quotes = []
    for cs, ce, cue, overl in _outermost(doc, found, speakers):
        parts = []
        for d in overl:
            d.absorbed = True
            parts.append(TextSpan(start=d.mark.start, end=d.mark.end, text=text[d.mark.start : d.mark.end]))
        quotes.append(
            Quote(
                id=quote_id(doc, cs, ce),
                text=text[cs:ce],
                start=cs,
                end=ce,
                speaker=speakers[cue.i],
                cue=cue_lemma(cue, cues),
                kind="mixed" if parts else "indirect",
                parts=parts,
            )
        )
    return quotes


def _candidate(doc: Doc, cue: Token, directs: list[Direct]) -> Candidate | None:
    """What ``cue`` reports, unless a direct quote is that content (then the quote gets the cue)
    or the content cuts through or belongs to a direct quote with its own cue."""
    rng = _content(doc, cue)
    if rng is None:
        return None
    lo, hi = _before_own_cue(doc, cue, *rng, directs)
    if hi - lo < 3:
        return None
    cs, ce = _trim_chars(doc, lo, hi)
    overl = [d for d in directs if d.mark.start < ce and cs < d.mark.end]
    covered = sum(min(ce, d.mark.end) - max(cs, d.mark.start) for d in overl)
    if overl and covered >= DIRECT_COVER * (ce - cs):
        for d in overl:  # the direct quote is this cue's content
            if d.cue is None and not d.heading:
                d.cue, d.speaker = cue, speaker_for(doc, cue)
        return None
    text = doc_text(doc)
    if any(not (cs <= d.mark.start and _core_end(text, d.mark) <= ce) for d in overl):
        return None  # the content clause cuts through a direct quote: the parse went astray
    if any(
        d.cue is not None and d.cue.i != cue.i and cs <= d.cue.idx < ce and not _same(d.speaker, cue)
        for d in overl
    ):
        return None  # "X called it “...”, according to NBC": the quote is X's, with its own cue
    if any(doc[d.start - 2].text == ":" for d in overl if d.start >= 2 and doc[d.start - 2].idx > cs):
        return None  # "...: “quote” wrote X": the clause before the colon is not X's words
    return cs, ce, cue, overl


def _before_own_cue(doc: Doc, cue: Token, lo: int, hi: int, directs: list[Direct]) -> tuple[int, int]:
    """ "he had ..., saying “...”": a quote with its own cue at the end of the content clause is
    not part of it; the clause stops before that cue's phrase."""
    for d in directs:
        c = d.cue
        if (
            c is not None
            and c.i != cue.i
            and lo < c.left_edge.i < hi
            and d.start >= c.i
            and c.dep_ == "advcl"
        ):
            hi = c.left_edge.i
            while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                hi -= 1
    return lo, hi


def _outermost(doc: Doc, found: list[Candidate], speakers: dict[int, Speaker | None]) -> list[Candidate]:
    """Nested reported clauses: keep the outer one ("he said ..., which he said would ..."),
    unless it only reports who said it ("Reuters reported a source said ...")."""
    found = sorted(found, key=lambda x: (x[0], -x[1]))
    kept: list[Candidate] = []
    for item in found:
        if kept and item[0] >= kept[-1][0] and item[1] <= kept[-1][1]:
            inner = speakers[item[2].i]
            outer_start = kept[-1][0]
            if (
                inner is not None
                and inner.start is not None
                and outer_start <= inner.start < item[0]
                and len(doc_text(doc)[outer_start : inner.start].split()) < 4
            ):
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def _content(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """Token range of what the cue reports: its content clause, or for "according to X"
    the rest of the sentence."""
    if cue.lower_ == "according":
        sent = cue.sent
        lo, hi = cue.left_edge.i, cue.right_edge.i + 1
        left, right = (sent.start, lo), (hi, sent.end)
        return _clip(doc, cue, *(left if left[1] - left[0] >= right[1] - right[0] else right))
    if any(c.dep_ == "neg" for c in cue.children):
        return None  # "did not say he ordered it"
    for c in sorted((c for c in cue.children if c.dep_ == "ccomp"), key=lambda c: c.i < cue.i):
        rng = _clip(doc, cue, c.left_edge.i, c.right_edge.i + 1)
        if rng is not None:
            return rng
    # "ruled the draft violated ...": the parser took the clause's subject for the cue's
    # object and hung its verb elsewhere; a finite verb without subject right after the
    # object shows the clause
    for c in cue.children:
        if c.dep_ == "dobj" and c.i > cue.i and c.right_edge.i + 1 < len(doc):
            v = doc[c.right_edge.i + 1]
            head = v if v.pos_ == "VERB" else v.head
            if (
                v.tag_ in FINITE
                and head.pos_ in ("VERB", "AUX")
                and not any(x.dep_ in SUBJECT_DEPS for x in head.children)
                and head.right_edge.i >= v.i
            ):
                return _clip(doc, cue, c.left_edge.i, head.right_edge.i + 1)
    return None


def _clip(doc: Doc, cue: Token, lo: int, hi: int) -> tuple[int, int] | None:
    # a content clause never crosses a semicolon or a paragraph: the parse joined two sentences
    for t in doc[min(lo, cue.i) : max(hi, cue.i + 1)]:
        if t.text == ";" or t.is_space and "\n" in t.text:
            if t.i < cue.i:
                lo = t.i + 1
            else:
                hi = min(hi, t.i)
    while lo < hi and (
        doc[lo].is_punct or doc[lo].dep_ == "mark" and doc[lo].lower_ == "that" or doc[lo].is_space
    ):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi - lo < 3 or doc[lo].lower_ in WH_CONTENT:
        return None
    return lo, hi


def _same(speaker: Speaker | None, cue: Token) -> bool:
    """Does ``cue`` report the same speaker (same actor, or same words)?"""
    other = speaker_for(cue.doc, cue)
    if speaker is None or other is None:
        return False
    if speaker.actor is not None and speaker.actor == other.actor:
        return True
    return speaker.start == other.start and speaker.end == other.end


def _core_end(text: str, m: Marked) -> int:
    """End of a quote's words without the punctuation the content clause leaves out."""
    return m.start + len(text[m.start : m.end].rstrip(".,;:!?…"))


def _trim_chars(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
