"""Direct quotes: each marked stretch tied to its cue verb and speaker.

Each marked stretch (``marks.find_marked``) is tied to a cue verb outside the marks, either
through the parse (the quote's words hang below the cue) or by position (“...,” he said /
She said: “...”). A quote interrupted by its cue (“A,” he said, “b.”) becomes one quote with
two ``parts``. A marked line that neither ends a sentence nor has a cue is a heading: kept,
with no speaker. A quote that follows an attributed one, with only its cue between them,
continues it (same speaker). Short marked words without a speaker are scare quotes or
titles and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tidings.model import Quote, Speaker, TextSpan
from tidings.nlp.extensions import doc_text
from tidings.quotes.cues import cue_lemma
from tidings.quotes.lexicon import Cue
from tidings.quotes.marks import Marked, find_marked
from tidings.quotes.speakers import speaker_for
from tidings.quotes.text import quote_id

# Links a quote's words may climb through to reach their cue (“...” in "described as “...”").
CLIMB_THROUGH = {"ADP", "SCONJ"}

SENT_END = {".", "!", "?"}

MIN_UNCUED_WORDS = 4  # shorter marked words with no speaker: scare quotes, titles

MAX_GAP_AFTER = 8  # tokens between a closing mark and its cue (“...,” the minister said)

MAX_GAP_BEFORE = 4  # tokens between a cue and the opening mark (he said: “...)


@dataclass
class Direct:
    mark: Marked
    start: int  # token range of the quoted words
    end: int
    cue: Token | None = None
    speaker: Speaker | None = None
    heading: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)  # char spans when merged
    absorbed: bool = False


def inside_marks(doc: Doc, directs: list[Direct]) -> bytearray:
    """1 for every token inside a direct quote's marks."""
    inside = bytearray(len(doc))
    for d in directs:
        inside[d.start : d.end] = b"\x01" * (d.end - d.start)
    return inside


def find_directs(doc: Doc, cues: list[Token]) -> list[Direct]:
    """The marked stretches of ``doc`` with their cues and speakers, split quotes joined."""
    directs = _directs(doc, find_marked(doc_text(doc)))
    _attribute(doc, directs, cues)
    return _merge_split(doc, directs)


def direct_quotes(doc: Doc, directs: list[Direct], cues: dict[str, Cue]) -> list[Quote]:
    """Quote records for the direct quotes no reported clause took in."""
    text = doc_text(doc)
    quotes = []
    for d in directs:
        if d.absorbed:
            continue
        words = sum(1 for t in doc[d.start : d.end] if not t.is_punct)
        if d.speaker is None and not d.heading and words < MIN_UNCUED_WORDS:
            continue
        s, e = d.mark.start, d.mark.end
        parts = [TextSpan(start=a, end=b, text=text[a:b]) for a, b in d.parts]
        quotes.append(
            Quote(
                id=quote_id(doc, s, e),
                text=text[s:e],
                start=s,
                end=e,
                speaker=d.speaker,
                cue=cue_lemma(d.cue, cues) if d.cue is not None else None,
                kind="direct",
                parts=parts,
            )
        )
    return quotes


def _directs(doc: Doc, marked: list[Marked]) -> list[Direct]:
    out = []
    for m in marked:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(Direct(m, span.start, span.end))
    return out


def _is_heading(text: str, m: Marked) -> bool:
    """A marked line standing alone: starts a sentence, ends without punctuation or cue."""
    if not m.double or text[m.end - 1] in ".!?,;:":
        return False
    j = m.open_at - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j >= 0 and text[j] not in ".!?\n":
        return False
    k = m.close_at + 1
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    return k >= len(text) or text[k] == "\n" or text[k].isupper()


def _syntactic_cue(doc: Doc, d: Direct, is_cue: set[int], inside: bytearray) -> Token | None:
    """The cue the quoted words hang below: climb from each word whose head is outside."""
    best: tuple[int, Token] | None = None
    for t in doc[d.start : d.end]:
        h = t.head
        if d.start <= h.i < d.end or h.i == t.i:
            continue
        for depth in range(3):
            if h.i in is_cue and not inside[h.i]:
                if best is None or depth < best[0]:
                    best = (depth, h)
                break
            if h.head.i == h.i or h.pos_ not in CLIMB_THROUGH:
                break
            h = h.head
    return best[1] if best else None


def _introducing_verb(doc: Doc, d: Direct, inside: bytearray) -> Token | None:
    """The verb of a clause that ends in a colon right before the quote: "X replied: “...”"."""
    i = d.start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text not in (":", ","):
        i -= 1
    if i < 1 or inside[i - 1] or doc[i].text not in (":", ","):
        return None
    if doc[i].text == "," and not doc_text(doc)[d.mark.start].isupper():
        return None  # a comma introduces a quote only when it opens a sentence
    h = doc[i - 1]
    for _ in range(8):
        if h.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in h.children):
            return h
        if h.head.i == h.i:
            break
        h = h.head
    return None


def _adjacent_cue(doc: Doc, d: Direct, is_cue: set[int], inside: bytearray) -> Token | None:
    """A cue right after the closing mark or right before the opening mark."""
    # after: “...,” he said / “...,” said the minister
    i, seen = d.end, 0
    while i < len(doc) and seen <= MAX_GAP_AFTER:
        t = doc[i]
        if inside[i]:
            break
        if i in is_cue:
            if doc_text(doc)[d.mark.end - 1] in ".!?":
                # “A.” X said, “B.”: a cue followed by a second quote is that quote's
                j = i + 1
                while j < len(doc) and doc[j].text not in SENT_END and j - i < 12:
                    if inside[j]:
                        return None
                    j += 1
            return t
        elif t.text in SENT_END:
            break
        elif "\n" in t.text:
            break
        if not t.is_punct:
            seen += 1
        i += 1
    # before: he said: “...” / she added that “...”
    i, seen = d.start - 1, 0
    while i >= 0 and seen <= MAX_GAP_BEFORE:
        t = doc[i]
        if inside[i] or t.text in SENT_END or "\n" in t.text:
            break
        if i in is_cue:
            return t
        if t.text in ("—", "–", "--") and seen == 0:
            # "X commented — which the BBC noted as unusual — “...”": skip the aside
            j = i - 1
            while j >= max(0, i - 30) and doc[j].text not in ("—", "–", "--") and not inside[j]:
                j -= 1
            if j >= 0 and doc[j].text == t.text:
                i = j - 1
                continue
        if not t.is_punct:
            seen += 1
        i -= 1
    return None


def _attribute(doc: Doc, directs: list[Direct], cues: list[Token]) -> None:
    inside = inside_marks(doc, directs)
    is_cue = {t.i for t in cues}
    prev: Direct | None = None
    for d in directs:
        d.heading = _is_heading(doc_text(doc), d.mark)
        if not d.heading:
            # the first cue that names a speaker; a cue without one only if nothing better
            found = [
                c
                for c in (
                    _syntactic_cue(doc, d, is_cue, inside),
                    _adjacent_cue(doc, d, is_cue, inside),
                    _introducing_verb(doc, d, inside),
                )
                if c is not None
            ]
            for c in found:
                d.cue, d.speaker = c, speaker_for(doc, c)
                if d.speaker is not None:
                    break
            if found and d.speaker is None:
                d.cue = found[0]
            if d.cue is not None or prev is None or prev.cue is None:
                pass
            elif _continues(doc, prev, d, inside):
                d.cue, d.speaker = prev.cue, prev.speaker
            elif any(t.dep_ == "conj" and prev.start <= t.head.i < prev.end for t in doc[d.start : d.end]):
                d.cue, d.speaker = prev.cue, prev.speaker
            if d.cue is None:
                prior = _previous_sentence_speaker(doc, d, inside)
                if prior is not None:
                    d.cue, d.speaker = prior, speaker_for(doc, prior)
        prev = d


def _previous_sentence_speaker(doc: Doc, d: Direct, inside: bytearray) -> Token | None:
    """“X criticised the decision. “...”": a quote that opens a sentence right after one
    whose subject is a person speaks for that person (the sentence's main verb is its cue)."""
    text = doc_text(doc)
    if d.start < 3 or not text[d.mark.start : d.mark.start + 2].lstrip("[")[:1].isupper():
        return None
    i = d.start - 1
    while i >= 0 and (doc[i].is_punct and doc[i].text not in SENT_END or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text not in SENT_END or inside[i - 1] or "\n" in text[doc[i].idx : d.mark.open_at]:
        return None
    root = doc[i - 1]
    for _ in range(12):
        if root.head.i == root.i:
            break
        root = root.head
    if root.pos_ not in ("VERB", "AUX") or any(inside[j] for j in range(root.sent.start, i)):
        return None
    subs = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subs) == 1 and (subs[0].ent_type_ == "PERSON" or subs[0].lower_ in ("he", "she")):
        return root
    return None


def _continues(doc: Doc, prev: Direct, d: Direct, inside: bytearray) -> bool:
    """``d`` directly follows ``prev``'s attribution and is a full sentence of its own."""
    text = doc_text(doc)
    ends = text[d.mark.end - 1] in ".!?" or text[d.mark.close_at + 1 : d.mark.close_at + 2] in (".", "!", "?")
    if not text[d.mark.start : d.mark.start + 2].lstrip("[")[:1].isupper() or not ends:
        return False
    if prev.cue is None or not prev.end <= prev.cue.i < d.start:
        return False
    # only the previous quote's attribution lies between: “A,” he said. “B.”
    cue = prev.cue
    for t in doc[prev.end : d.start]:
        if t.is_punct or t.is_space or inside[t.i] or t.i == cue.i:
            continue
        if not cue.is_ancestor(t):
            return False
    return True


def _merge_split(doc: Doc, directs: list[Direct]) -> list[Direct]:
    """Join “A,” he said, “b” (same cue, no sentence end between) into one quote."""
    out: list[Direct] = []
    for d in directs:
        p = out[-1] if out else None
        if (
            p is not None
            and p.cue is not None
            and d.cue is not None
            and d.cue.i == p.cue.i
            and p.end <= p.cue.i < d.start
            and (doc_text(doc)[p.mark.end - 1] in ",;:—–-" or doc_text(doc)[d.mark.start].islower())
            and not any(t.text in SENT_END for t in doc[p.end : d.start] if t.i != d.start - 1)
            # only the attribution between the pieces: no other verb ("... and urged X to assist ...")
            and not any(t.pos_ == "VERB" and t.i != p.cue.i for t in doc[p.end : d.start])
        ):
            merged = Direct(p.mark, p.start, d.end, p.cue, p.speaker)
            merged.mark = Marked(p.mark.start, d.mark.end, p.mark.open_at, d.mark.close_at)
            merged.parts = (p.parts or [(p.mark.start, p.mark.end)]) + [(d.mark.start, d.mark.end)]
            out[-1] = merged
            continue
        out.append(d)
    return out
