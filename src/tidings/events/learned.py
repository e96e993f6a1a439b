"""The learned event filter: a logistic-regression score for each rule-extracted event.

The rules over-generate (states of affairs, generic statements, events the gold does not
count). This filter scores each candidate event from features that exist at extraction time
(trigger, rule and pattern, CAMEO root, how the parties were coded, modality, clause type,
sentence position, neighbouring words, dependency labels) with weights trained by
``scripts/train_event_filter.py`` on the project's own dev gold (``gold/events.jsonl``,
dev split only). Asserted events scoring under the threshold are dropped; every event kept
records the model, its score and the threshold in ``evidence["filter"]``.

The filter is OFF by default (``DEFAULT_ON``): it buys dyad+root precision with root recall,
drops some events the rules code right, and its weights must be retrained whenever the
rules change. ``TIDINGS_LEARNED_FILTER=on`` (or ``tidings extract --learned-filter``) turns it
on; ``score`` records every event's score and drops nothing; ``off`` (or no setting) gives
the rules-only output.

The weights ship in ``tidings/data/events/event_filter.tsv`` (a ``#`` header naming the
training data, command, date, licence and cross-validated figures; then one
``feature<TAB>weight`` line each). Features are plain strings: no Python ``hash()``, so the
score is the same under any PYTHONHASHSEED.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from tidings.errors import TidingsError
from tidings.model import Event
from tidings.nlp.extensions import doc_text

ENV = "TIDINGS_LEARNED_FILTER"
DATA_FILE = "event_filter.tsv"
OFF_VALUES = ("0", "off", "false", "no")
DEFAULT_ON = False  # see the module docstring; docs/events.md "Learned filter" has the figures
_QUOTES = '"“”«»'
_SPEECH_DEPS = ("ccomp", "parataxis")
_RELATIVE_DEPS = ("relcl", "acl")


def mode() -> str:
    """TIDINGS_LEARNED_FILTER as ``on`` (score and drop), ``score`` (record every event's score,
    drop nothing) or ``off``; unset: ``DEFAULT_ON``."""
    value = (os.environ.get(ENV) or "").strip().lower()
    if not value:
        return "on" if DEFAULT_ON else "off"
    return "off" if value in OFF_VALUES else "score" if value == "score" else "on"


def enabled(setting: bool | None = None) -> bool:
    """Whether the filter runs (``on`` or ``score``): ``setting`` when given, else ``mode()``."""
    return setting if setting is not None else mode() != "off"


# ---------------------------------------------------------------- features


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def trigger_token(doc: Doc, ev: Event) -> Token | None:
    span = doc.char_span(ev.action.start, ev.action.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def clause_type(tok: Token) -> str:
    """main, reported (under a speech verb's ccomp), relative, nominal or the clause's dep."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return "nominal"
    t = tok
    for _ in range(8):
        if t.dep_ in _RELATIVE_DEPS:
            return "relative"
        if t.dep_ in _SPEECH_DEPS:
            return "reported"
        if t.dep_ == "ROOT" or t.head is t:
            return "main" if t is tok else f"under:{tok.dep_}"
        t = t.head
    return f"under:{tok.dep_}"


def _in_quote(tok: Token, sent: Span) -> bool:
    before = doc_text(sent.doc)[sent.start_char : tok.idx]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def _party(prefix: str, party: Any, kinds: dict[str, str]) -> list[str]:
    if party is None:
        return [f"{prefix}=none"]
    out = [f"{prefix}={'coded' if party.code else 'words'}"]
    out.append(f"{prefix}_country={'yes' if party.country else 'no'}")
    out += [f"{prefix}_sec={s}" for s in sorted(party.sectors or [])]
    out.append(f"{prefix}_kind={kinds.get(party.actor or '', 'none')}")
    if party.text and party.text.split()[0].lower() in ("he", "she", "they", "it", "we", "i"):
        out.append(f"{prefix}=pronoun")
    return out


def _sentence_features(doc: Doc, tok: Token, ev: Event, n_sents: int) -> list[str]:
    sent = tok.sent
    starts_par = sent.start == 0 or "\n" in doc_text(doc)[max(0, sent.start_char - 2) : sent.start_char + 1]
    out = [
        f"sent={_bucket(ev.sentence, (0, 1, 2, 4, 8, 16))}",
        f"sentlen={_bucket(len(sent), (10, 20, 30, 45, 60))}",
        f"parstart={starts_par}",
        f"inquote={_in_quote(tok, sent)}",
    ]
    if n_sents > 1 and ev.sentence == n_sents - 1:
        out.append("sent=last")
    return out


def _trigger_features(tok: Token) -> list[str]:
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > tok.sent.start else "<s>"
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < tok.sent.end else "</s>"
    out = [
        f"pos={tok.pos_}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"head_pos={tok.head.pos_}",
        f"head_dep={tok.head.dep_}",
        f"head_lemma={tok.head.lemma_.lower()}",
        f"w-1={prev}",
        f"w+1={nxt}",
        f"clause={clause_type(tok)}",
        f"det={next((c.lower_ for c in tok.children if c.dep_ == 'det'), 'none')}",
    ]
    out += sorted({f"child={c.dep_}" for c in tok.children})
    return out


def features(
    doc: Doc, ev: Event, kinds: dict[str, str] | None = None, in_sentence: int = 1, n_sents: int = 0
) -> list[str]:
    """The sorted feature strings of one extracted event of ``doc`` (``in_sentence``: events
    of its sentence; ``n_sents``: sentences of the document, 0 when unknown)."""
    kinds = kinds if kinds is not None else actor_kinds(doc)
    ev_data = ev.evidence or {}
    root = ev.cameo[:2]
    rule = str(ev_data.get("rule") or "-")
    out = [
        "bias",
        f"root={root}",
        f"code={ev.cameo}",
        f"rule={rule}",
        f"rule_root={rule}|{root}",
        f"entry={ev_data.get('entry') or '-'}",
        f"dict={str(ev_data.get('dictionary') or '-').split(':')[0]}",
        f"lemma={ev.action.lemma.lower()}",
        f"lemma_root={ev.action.lemma.lower()}|{root}",
        f"modality={ev.modality}",
        f"negated={ev.negated}",
        f"conf={round(ev.confidence, 1)}",
        f"events_in_sent={_bucket(in_sentence, (1, 2, 3, 5))}",
        f"recoded={'recoded' in ev_data}",
        f"mentions={len(ev_data.get('mentions') or [])}",
        f"quad={ev.quad_class}",
    ]
    out += _party("src", ev.source, kinds) + _party("tgt", ev.target, kinds)
    if ev.target is not None and ev.source.country and ev.source.country == ev.target.country:
        out.append("same_country")
    out += [f"note={k}" for k in sorted(ev_data) if k not in _BASE_EVIDENCE]
    tok = trigger_token(doc, ev)
    if tok is not None:
        out += _trigger_features(tok) + _sentence_features(doc, tok, ev, n_sents)
        out.append(f"pos_root={tok.pos_}|{root}")
    return sorted(set(out))


_BASE_EVIDENCE = frozenset({"rule", "entry", "dictionary", "matched", "sentence", "mentions", "recoded"})


def actor_kinds(doc: Doc) -> dict[str, str]:
    return {a.id: a.kind or "none" for a in (doc._.actors or [])}


def document_features(doc: Doc, events: Sequence[Event]) -> list[list[str]]:
    """The features of every event of ``doc``, in order."""
    kinds = actor_kinds(doc)
    n_sents = sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 0
    per_sent: dict[int, int] = {}
    for e in events:
        per_sent[e.sentence] = per_sent.get(e.sentence, 0) + 1
    return [features(doc, e, kinds, per_sent[e.sentence], n_sents) for e in events]


# ---------------------------------------------------------------- the model


@dataclass
class LearnedFilter:
    """Weights of a logistic regression over feature strings, and the threshold to keep."""

    weights: dict[str, float]
    threshold: float = 0.5
    name: str = "event_filter"
    meta: dict[str, str] = field(default_factory=dict)

    def score(self, feats: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def apply(self, doc: Doc, events: list[Event], drop: bool = True) -> list[Event]:
        """The events to keep; each records ``evidence["filter"]`` (model, score, threshold).
        Asserted events under the threshold are dropped (unless ``drop`` is False);
        unasserted ones are kept (they are not counted anyway) with their score."""
        kept = []
        for ev, feats in zip(events, document_features(doc, events), strict=True):
            s = round(self.score(feats), 4)
            if drop and ev.asserted and s < self.threshold:
                continue
            ev.evidence["filter"] = {"model": self.name, "score": s, "threshold": self.threshold}
            kept.append(ev)
        return kept

    def dumps(self) -> str:
        head = [f"# {k}: {v}" for k, v in self.meta.items()]
        head += [f"# name: {self.name}", f"# threshold: {self.threshold}"]
        body = [f"{f}\t{w:.6g}" for f, w in sorted(self.weights.items()) if w != 0.0]
        return "\n".join(head + ["feature\tweight"] + body) + "\n"


def parse_filter(text: str, origin: str = DATA_FILE) -> LearnedFilter:
    meta: dict[str, str] = {}
    weights: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition(": ")
            meta[key] = value
            continue
        if not line.strip() or line == "feature\tweight":
            continue
        feat, sep, w = line.rpartition("\t")
        try:
            if not sep:
                raise ValueError
            weights[feat] = float(w)
        except ValueError:
            # one line naming the file and line (a damaged install or a hand-edited file)
            where = f"{origin}:{n}"
            reason = f"expected 'feature<TAB>weight', got {line[:60]!r}"
            raise TidingsError("E400", where, path=origin, line=n, reason=reason) from None
    name = meta.pop("name", "event_filter")
    threshold = float(meta.pop("threshold", "0.5"))
    return LearnedFilter(weights=weights, threshold=threshold, name=name, meta=meta)


@functools.lru_cache(maxsize=4)
def load_filter(path: str | None = None) -> LearnedFilter | None:
    """The shipped filter (or the one in ``path``), once per process; None when absent."""
    if path is not None:
        return parse_filter(Path(path).read_text(encoding="utf-8"), path)
    res = resources.files("tidings").joinpath(f"data/events/{DATA_FILE}")
    if not res.is_file():
        return None
    return parse_filter(res.read_text(encoding="utf-8"))
