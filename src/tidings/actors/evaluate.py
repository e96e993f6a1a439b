"""Score actor coding against a gold file (``gold/actors.jsonl``).

Each gold line has ``text`` and ``published``; each item of ``actors`` has the mention
``text``, its ``code`` and optionally a ``context`` (a longer substring that holds the mention
and locates it; otherwise the first occurrence of ``text``).

Scores: ``accuracy`` = gold mentions whose range ``party_for`` codes exactly as the gold;
``coded`` = gold mentions given any code; ``precision`` = of tidings' actor mentions that
overlap a gold mention, those whose actor has the gold code; per-kind accuracy for pronouns.
A code with no country may be written with or without ``---`` (gold/GUIDELINES.md writes
``---MIL`` for "foreign forces"; tidings writes the sectors alone): the two are the same code.
A gold code that is a less specific prefix of the extracted code at a three-letter boundary
(gold ``IMG``, extracted ``IMGMOSALQ``) counts as right; the reverse does not.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tidings.actors.codes import code_fits
from tidings.model import Article


def analyse(nlp: Any, text: str, published: dt.date | None, doc_id: str = "gold") -> Any:
    """A Doc annotated up to and including the actors stage (later stages are not needed)."""
    from tidings.ingest import article_from_text
    from tidings.registrations import ensure_defaults

    article = article_from_text(text, published=published, id=doc_id)
    if not isinstance(article, Article):
        raise ValueError(f"{doc_id}: {article.error.message}")
    doc = nlp.make_doc(article.text)
    doc._.article = article
    ensure_defaults(doc)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "tidings_actors":
            break
    return doc


def locate(doc_text: str, item: dict[str, Any]) -> tuple[int, int] | None:
    probe = item.get("context") or item["text"]
    at = doc_text.find(probe)
    if at < 0:
        return None
    start = at + probe.index(item["text"])
    return start, start + len(item["text"])


def same_code(gold: str | None, got: str | None) -> bool:
    """The gold code is right: equal codes (``---MED`` and ``MED`` being the same code), or the
    gold a less specific prefix at a three-letter boundary (``IMG`` for ``IMGMOSALQ``)."""
    return code_fits(gold, got) if gold else not got


def evaluate(nlp: Any, lines: Iterable[dict[str, Any]]) -> dict[str, Any]:
    from tidings.actors import actor_at, party_for

    total = correct = coded = overlap = overlap_ok = 0
    pron_total = pron_ok = 0
    errors: list[dict[str, Any]] = []
    for line in lines:
        published = dt.date.fromisoformat(line["published"]) if line.get("published") else None
        doc = analyse(nlp, line["text"], published, line.get("id", "gold"))
        for item in line.get("actors", []):
            where = locate(doc.text, item)
            if where is None:
                raise ValueError(f"{line.get('id')}: gold mention {item['text']!r} not found in the text")
            span = doc.char_span(*where, alignment_mode="expand")
            total += 1
            party = party_for(doc, span.start, span.end)
            got = party.code if party else None
            pronoun = span.text.lower() in ("he", "she", "him", "her", "his", "they", "them", "their")
            pron_total += pronoun
            if got:
                coded += 1
            if same_code(item["code"], got):
                correct += 1
                pron_ok += pronoun
            else:
                errors.append({"id": line.get("id"), "text": item["text"], "gold": item["code"], "got": got})
            actor = actor_at(doc, span.start, span.end)
            if actor is not None:
                overlap += 1
                overlap_ok += same_code(item["code"], actor.code)
    return {
        "mentions": total,
        "accuracy": round(correct / total, 3) if total else 0.0,
        "coded": round(coded / total, 3) if total else 0.0,
        "precision": round(overlap_ok / overlap, 3) if overlap else 0.0,
        "clustered": overlap,
        "pronoun_accuracy": round(pron_ok / pron_total, 3) if pron_total else None,
        "errors": errors,
    }


def evaluate_file(nlp: Any, path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return evaluate(nlp, (json.loads(raw) for raw in fh if raw.strip()))
