"""Find quotes in a parsed Doc: direct quotes from the marks, reported speech from the parse.

``find_quotes(doc)`` is pure: it reads the Doc (its parse, sentences and the actors stage's
mention spans through ``tidings.actors.actor_at``) and returns ``Quote`` records.

Direct quotes: each marked stretch (``marks.find_marked``) is tied to a cue verb outside
the marks, either through the parse (the quote's words hang below the cue) or by position
(“...,” he said / She said: “...”). A quote interrupted by its cue (“A,” he said, “b.”)
becomes one quote with two ``parts``. A marked line that neither ends a sentence nor has a
cue is a heading: kept, with no speaker. A quote that follows an attributed one, with only
its cue between them, continues it (same speaker). Short marked words without a speaker are
scare quotes or titles and are left out.

Indirect speech: a cue verb with a content clause (ccomp) and a subject ("X said (that)
...", "X pointed out that ..."), and "according to X". Content that quotes a few words
directly is kind ``mixed``; content that is all one direct quote stays ``direct``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from tidings.model import Quote, Speaker, TextSpan
from tidings.quotes.lexicon import Cue, load_cues
from tidings.quotes.marks import Marked, find_marked

ACCORDING = "according to"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Dependents that are not part of the speaker's name ("Smith, who ..., said").
CUT_DEPS = {
    "appos",
    "relcl",
    "acl",
    "punct",
    "advcl",
    "parataxis",
    "prep",
    "advmod",
    "aux",
    "neg",
    "cc",
    "conj",
}
# Prepositions kept inside a speaker's name ("the president of Iran", "a spokesman for ...").
NAME_PREPS = {"of", "to", "for", "from", "at"}
# Things that speak for someone: "a statement by X", "X's statement", "a tweet from X".
UTTERANCES = {
    "statement",
    "tweet",
    "post",
    "report",
    "interview",
    "message",
    "letter",
    "release",
    "announcement",
    "remark",
    "comment",
    "speech",
    "address",
    "communique",
    "communiqué",
    "account",
    "website",
    "proclamation",
    "decree",
}
# Steps the speaker search may climb from the cue ("went on to add", "..., adding that").
CLIMB_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep"}
NOT_SPEAKERS = {"it", "there", "this", "that", "which", "what", "who", "one"}
WH_CONTENT = {"whether", "if", "who", "whom", "whose", "what", "which", "why", "how", "when", "where"}
SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# Links a quote's words may climb through to reach their cue (“...” in "described as “...”").
CLIMB_THROUGH = {"ADP", "SCONJ"}
SENT_END = {".", "!", "?"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
MIN_UNCUED_WORDS = 4  # shorter marked words with no speaker: scare quotes, titles
MAX_GAP_AFTER = 8  # tokens between a closing mark and its cue (“...,” the minister said)
MAX_GAP_BEFORE = 4  # tokens between a cue and the opening mark (he said: “...)
DIRECT_COVER = 0.9  # a content clause this much inside one direct quote is that quote


@dataclass
class _Direct:
    mark: Marked
    start: int  # token range of the quoted words
    end: int
    cue: Token | None = None
    speaker: Speaker | None = None
    heading: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)  # char spans when merged
    absorbed: bool = False


# doc.text rebuilds the string from every token: find_quotes keeps it here while it runs.
_TEXT: dict[int, str] = {}


def _text(doc: Doc) -> str:
    text = _TEXT.get(id(doc))
    return text if text is not None else doc.text


def quote_id(doc: Doc, start: int, end: int) -> str:
    """A content hash: the same text gives the same id in every run."""
    article = getattr(doc._, "article", None)
    basis = (article.content_hash if article is not None else "") or hashlib.sha1(
        _text(doc).encode("utf-8")
    ).hexdigest()
    return "q" + hashlib.sha1(f"{basis}|{start}|{end}".encode()).hexdigest()[:15]


# --- speakers -----------------------------------------------------------------------------


def _name_span(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``, without clauses or appositions."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in CUT_DEPS and not (
                c.dep_ == "prep" and c.lower_ in NAME_PREPS and t.pos_ in ("NOUN", "PROPN") and c.i > t.i
            ):
                continue
            lo, hi = min(lo, c.i), max(hi, c.i)
            stack.append(c)
    return lo, hi + 1


def _speaker_head(tok: Token) -> Token:
    """The token naming who speaks: a named apposition ("his spokesman, Steffen Seibert"),
    or the author of an utterance ("a statement by X", "X's statement")."""
    doc, left = tok.doc, tok.left_edge.i
    if (
        left >= 2
        and tok.dep_ != "pobj"
        and doc[left - 2].lower_ == "according"
        and doc[left - 1].lower_ == "to"
    ):
        # "According to ISNA, the prosecutor, Ali Mehr, said": the parse made the source the subject
        apps = [t for t in tok.subtree if t.dep_ == "appos"]
        persons = [t for t in apps if t.ent_type_ == "PERSON"]
        if persons or apps:
            return (persons or apps)[-1 if persons else 0]
    if tok.pos_ != "PROPN":
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                return c
    if tok.ent_type_ != "PERSON":
        # "the director of Argentina's Amnesty International, Mariela Belski, said"
        named = [t for t in tok.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > tok.i]
        if named:
            return named[-1]
    if tok.lower_ in ("part", "parts", "some", "much"):  # "part of the judge's statement"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return _speaker_head(objs[0])
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
        return _speaker_head(tok.head.head)  # "a statement which said"
    if tok.lemma_.lower() in UTTERANCES:
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return c
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return _speaker_head(objs[0])
            if c.dep_ == "acl":  # "a statement released by X", "a tweet sent from X's account"
                for a in c.children:
                    if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ in ("by", "from"):
                        objs = [g for g in a.children if g.dep_ == "pobj"]
                        if objs:
                            return _speaker_head(objs[0])
        if tok.dep_ == "dobj":  # "They released a statement (which said) ..."
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    return _speaker_head(c)
    return tok


def _subjects(verb: Token) -> list[Token]:
    """Subject tokens of ``verb``, climbing from a dependent cue to the verb it hangs on."""
    cur = verb
    for c in verb.children:  # "the palace issued a statement from the king: “...”"
        if c.dep_ == "dobj" and c.lemma_.lower() in UTTERANCES:
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                    objs = [g for g in prep.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[:1]
    for _ in range(4):
        subs = [c for c in cur.children if c.dep_ == "nsubj"]
        # "X was quoted as saying" / "Politico quoted X as saying": the one quoted speaks
        if cur.lemma_ == "quote" and (cur.i != verb.i or any(c.lower_ == "as" for c in cur.children)):
            subs = [c for c in cur.children if c.dep_ in ("nsubjpass", "dobj")] or subs
        if subs:
            return subs
        if (
            cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN")
        ):  # "officials saying"
            return [cur.head]
        if cur.dep_ in CLIMB_DEPS and cur.head.i != cur.i:
            cur = cur.head
            if cur.dep_ == "ccomp" and cur.head.i != cur.i:
                # "X said the 36 must face ..., adding ...": the adding hangs inside the
                # reported clause, whose subject is not the speaker; X is
                cur = cur.head
        else:
            break
    doc = verb.doc
    verb = cur
    # inverted order: “...,” said Smith — the parser sometimes makes Smith an object
    if verb.i > 0 and doc[verb.i - 1].is_punct and verb.lemma_ != "tell":
        for c in verb.rights:
            if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and c.pos_ in ("PROPN", "NOUN"):
                return [c]
    # a parse without a subject: the nearest name before the cue in its sentence
    i = verb.i - 1
    while i >= 0 and not doc[i].is_sent_end and (doc[i].pos_ != "VERB" or doc[i].tag_ == "VBG"):
        t = doc[i]
        if t.ent_type_ in SPEAKER_ENTS:
            lo = i
            while lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            names = [x for x in doc[lo : i + 1] if x.pos_ in ("PROPN", "NOUN")]
            root = names[-1] if names else doc[lo : i + 1].root
            # a name inside a prepositional phrase ("speaking to the Atlantic Council") is not the speaker
            if not (root.dep_ == "pobj" or root.dep_ == "compound" and root.head.dep_ == "pobj"):
                return [root]
            i = lo
        i -= 1
    return []


def speaker_for(doc: Doc, cue: Token) -> Speaker | None:
    """The speaker of cue verb ``cue`` (or of "according" in "according to X")."""
    from tidings.actors import actor_at

    if cue.lower_ == "according":
        heads = [g for c in cue.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    else:
        heads = _subjects(cue)
    heads = [h for h in map(_speaker_head, heads) if h.lower_ not in NOT_SPEAKERS]
    if not heads:
        return None
    ranges = [_name_span(h) for h in heads]
    lo, hi = min(r[0] for r in ranges), max(r[1] for r in ranges)
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if hi <= lo:
        return None
    span = doc[lo:hi]
    actor = actor_at(doc, lo, hi)
    return Speaker(
        actor=actor.id if actor is not None else None,
        text=span.text,
        start=span.start_char,
        end=span.end_char,
    )


# --- cues ---------------------------------------------------------------------------------


def _is_cue(tok: Token, cues: dict[str, Cue]) -> bool:
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
        )
    cue = cues.get(tok.lemma_.lower())
    if cue is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    if cue.particle is not None:
        return any(c.dep_ == "prt" and c.lower_ == cue.particle for c in tok.children)
    return True


def cue_lemma(tok: Token, cues: dict[str, Cue]) -> str:
    if tok.lower_ == "according":
        return ACCORDING
    cue = cues.get(tok.lemma_.lower())
    if cue is not None and cue.particle:
        return f"{cue.lemma} {cue.particle}"
    return tok.lemma_.lower()


_CUE_IDS: dict[frozenset[str], Any] = {}  # cue lemmas -> their hashes (the same in every vocab)


def cue_tokens(doc: Doc, cues: dict[str, Cue] | None = None) -> list[Token]:
    """Every cue verb (and "according") in ``doc``, in order."""
    cues = cues if cues is not None else load_cues()
    key = frozenset(cues)
    ids = _CUE_IDS.get(key)
    if ids is None:  # lemma hashes of the cues, once per lexicon
        ids = _CUE_IDS[key] = numpy.array(
            [doc.vocab.strings[w] for w in [*cues, "according"]], dtype="uint64"
        )
    arr = doc.to_array([LEMMA, LOWER])
    hits = numpy.nonzero(numpy.isin(arr[:, 0], ids) | numpy.isin(arr[:, 1], ids[-1:]))[0]
    return [doc[int(i)] for i in hits if _is_cue(doc[int(i)], cues)]


# --- direct quotes ------------------------------------------------------------------------


def _directs(doc: Doc, marked: list[Marked]) -> list[_Direct]:
    out = []
    for m in marked:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(_Direct(m, span.start, span.end))
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


def _syntactic_cue(doc: Doc, d: _Direct, is_cue: set[int], inside: bytearray) -> Token | None:
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


def _introducing_verb(doc: Doc, d: _Direct, inside: bytearray) -> Token | None:
    """The verb of a clause that ends in a colon right before the quote: "X replied: “...”"."""
    i = d.start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text not in (":", ","):
        i -= 1
    if i < 1 or inside[i - 1] or doc[i].text not in (":", ","):
        return None
    if doc[i].text == "," and not _text(doc)[d.mark.start].isupper():
        return None  # a comma introduces a quote only when it opens a sentence
    h = doc[i - 1]
    for _ in range(8):
        if h.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in h.children):
            return h
        if h.head.i == h.i:
            break
        h = h.head
    return None


def _adjacent_cue(doc: Doc, d: _Direct, is_cue: set[int], inside: bytearray) -> Token | None:
    """A cue right after the closing mark or right before the opening mark."""
    # after: “...,” he said / “...,” said the minister
    i, seen = d.end, 0
    while i < len(doc) and seen <= MAX_GAP_AFTER:
        t = doc[i]
        if inside[i]:
            break
        if i in is_cue:
            if _text(doc)[d.mark.end - 1] in ".!?":
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


def _attribute(doc: Doc, directs: list[_Direct], cues: list[Token]) -> None:
    inside = bytearray(len(doc))
    for d in directs:
        inside[d.start : d.end] = b"\x01" * (d.end - d.start)
    is_cue = {t.i for t in cues}
    prev: _Direct | None = None
    for d in directs:
        d.heading = _is_heading(_text(doc), d.mark)
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
                c = _previous_sentence_speaker(doc, d, inside)
                if c is not None:
                    d.cue, d.speaker = c, speaker_for(doc, c)
        prev = d


def _previous_sentence_speaker(doc: Doc, d: _Direct, inside: bytearray) -> Token | None:
    """“X criticised the decision. “...”": a quote that opens a sentence right after one
    whose subject is a person speaks for that person (the sentence's main verb is its cue)."""
    text = _text(doc)
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


def _continues(doc: Doc, prev: _Direct, d: _Direct, inside: bytearray) -> bool:
    """``d`` directly follows ``prev``'s attribution and is a full sentence of its own."""
    text = _text(doc)
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


def _merge_split(doc: Doc, directs: list[_Direct]) -> list[_Direct]:
    """Join “A,” he said, “b” (same cue, no sentence end between) into one quote."""
    out: list[_Direct] = []
    for d in directs:
        p = out[-1] if out else None
        if (
            p is not None
            and p.cue is not None
            and d.cue is not None
            and d.cue.i == p.cue.i
            and p.end <= p.cue.i < d.start
            and (_text(doc)[p.mark.end - 1] in ",;:—–-" or _text(doc)[d.mark.start].islower())
            and not any(t.text in SENT_END for t in doc[p.end : d.start] if t.i != d.start - 1)
            # only the attribution between the pieces: no other verb ("... and urged X to assist ...")
            and not any(t.pos_ == "VERB" and t.i != p.cue.i for t in doc[p.end : d.start])
        ):
            merged = _Direct(p.mark, p.start, d.end, p.cue, p.speaker)
            merged.mark = Marked(p.mark.start, d.mark.end, p.mark.open_at, d.mark.close_at)
            merged.parts = (p.parts or [(p.mark.start, p.mark.end)]) + [(d.mark.start, d.mark.end)]
            out[-1] = merged
            continue
        out.append(d)
    return out


# --- reported speech ----------------------------------------------------------------------


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


# --- all together -------------------------------------------------------------------------


def find_quotes(doc: Doc, cues: dict[str, Cue] | None = None) -> list[Quote]:
    """All quotes in ``doc`` (parsed, with sentences), in text order."""
    article = getattr(doc._, "article", None)
    # the pipeline makes each Doc from its article's text: reuse it rather than rebuild it
    same = (
        article is not None and len(doc) > 0 and len(article.text) == doc[-1].idx + len(doc[-1].text_with_ws)
    )
    _TEXT[id(doc)] = article.text if same else doc.text
    try:
        return _find_quotes(doc, cues if cues is not None else load_cues())
    finally:
        _TEXT.pop(id(doc), None)


def _find_quotes(doc: Doc, cues: dict[str, Cue]) -> list[Quote]:
    text = _text(doc)
    cue_toks = cue_tokens(doc, cues)
    directs = _directs(doc, find_marked(text))
    _attribute(doc, directs, cue_toks)
    directs = _merge_split(doc, directs)

    inside = bytearray(len(doc))
    for d in directs:
        inside[d.start : d.end] = b"\x01" * (d.end - d.start)
    quotes: list[Quote] = []
    indirect: list[tuple[int, int, Token, list[_Direct]]] = []
    for cue in cue_toks:
        if inside[cue.i]:
            continue
        rng = _content(doc, cue)
        if rng is None:
            continue
        lo, hi = rng
        # "he had ..., saying “...”": a quote with its own cue at the end of the content
        # clause is not part of it; the clause stops before that cue's phrase
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
        if hi - lo < 3:
            continue
        cs, ce = _trim_chars(doc, lo, hi)
        overl = [d for d in directs if d.mark.start < ce and cs < d.mark.end]
        covered = sum(min(ce, d.mark.end) - max(cs, d.mark.start) for d in overl)
        if overl and covered >= DIRECT_COVER * (ce - cs):
            for d in overl:  # the direct quote is this cue's content
                if d.cue is None and not d.heading:
                    d.cue, d.speaker = cue, speaker_for(doc, cue)
            continue
        if any(not (cs <= d.mark.start and _core_end(text, d.mark) <= ce) for d in overl):
            continue  # the content clause cuts through a direct quote: the parse went astray
        if any(
            d.cue is not None and d.cue.i != cue.i and cs <= d.cue.idx < ce and not _same(d.speaker, cue)
            for d in overl
        ):
            continue  # "X called it “...”, according to NBC": the quote is X's, with its own cue
        if any(doc[d.start - 2].text == ":" for d in overl if d.start >= 2 and doc[d.start - 2].idx > cs):
            continue  # "...: “quote” wrote X": the clause before the colon is not X's words
        indirect.append((cs, ce, cue, overl))

    # Nested reported clauses: keep the outer one ("he said ..., which he said would ..."),
    # unless it only reports who said it ("Reuters reported a source said ...").
    speakers = {cue.i: speaker_for(doc, cue) for _, _, cue, _ in indirect}
    # reported speech needs a speaker, outside the words reported
    indirect = [
        x
        for x in indirect
        if (sp := speakers[x[2].i]) is not None and not (sp.start is not None and x[0] <= sp.start < x[1])
    ]
    indirect.sort(key=lambda x: (x[0], -x[1]))
    kept: list[tuple[int, int, Token, list[_Direct]]] = []
    for item in indirect:
        if kept and item[0] >= kept[-1][0] and item[1] <= kept[-1][1]:
            inner = speakers[item[2].i]
            outer_start = kept[-1][0]
            if (
                inner is not None
                and inner.start is not None
                and outer_start <= inner.start < item[0]
                and len(_text(doc)[outer_start : inner.start].split()) < 4
            ):
                kept[-1] = item
            continue
        kept.append(item)
    for cs, ce, cue, overl in kept:
        speaker = speakers[cue.i]
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
                speaker=speaker,
                cue=cue_lemma(cue, cues),
                kind="mixed" if parts else "indirect",
                parts=parts,
            )
        )

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
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def span_of(doc: Doc, quote: Quote) -> Span | None:
    return doc.char_span(quote.start, quote.end, alignment_mode="expand")


__all__ = ["cue_lemma", "cue_tokens", "find_quotes", "quote_id", "speaker_for", "span_of"]
