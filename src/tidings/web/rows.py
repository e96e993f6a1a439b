"""The flat rows the web API returns: one shape whichever data source answers."""

from __future__ import annotations

from typing import Any

from tidings.model import Document, Event, Place, Quote

UNATTRIBUTED = "(unattributed)"  # the speaker shown for quotes nobody was found to say


def event_row(doc: Document, ev: Event, places: dict[str, Place] | None = None) -> dict[str, Any]:
    """An event as one flat row, with its document, sentence and (if coded) place."""
    places = places if places is not None else {p.id: p for p in doc.places}
    sent = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
    place = places.get(ev.location.place) if ev.location and ev.location.place else None
    tgt = ev.target
    actors = {a.id: a.name for a in doc.actors}
    return {
        "id": ev.id,
        "document": doc.id,
        "mention": ev.id,
        "title": doc.title,
        "published": doc.published,
        "sentence": ev.sentence,
        "sentence_text": sent.text if sent else None,
        "date": ev.date.value if ev.date else None,
        "date_granularity": ev.date.granularity if ev.date else None,
        "source_code": ev.source.code,
        "source_text": ev.source.text,
        "source_actor": ev.source.actor,
        "source_name": actors.get(ev.source.actor or "", ev.source.text),
        "target_code": tgt.code if tgt else None,
        "target_text": tgt.text if tgt else None,
        "target_actor": tgt.actor if tgt else None,
        "target_name": (actors.get(tgt.actor or "", tgt.text)) if tgt else None,
        "action": ev.action.text,
        "cameo": ev.cameo,
        "cameo_label": ev.cameo_label,
        "root": ev.cameo[:2],
        "plover": ev.plover.event,
        "plover_mode": ev.plover.mode,
        "goldstein": ev.goldstein,
        "quad_class": ev.quad_class,
        "negated": ev.negated,
        "modality": ev.modality,
        "confidence": ev.confidence,
        "place": place.name if place else None,
        "place_id": place.id if place else None,
        "geonameid": place.geonameid if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "num_mentions": 1,
        "num_articles": 1,
    }


def quote_row(doc: Document, qt: Quote) -> dict[str, Any]:
    actors = {a.id: a for a in doc.actors}
    sp = qt.speaker
    actor = actors.get(sp.actor) if sp and sp.actor else None
    return {
        "id": qt.id,
        "document": doc.id,
        "title": doc.title,
        "published": doc.published,
        "text": qt.text,
        "start": qt.start,
        "end": qt.end,
        "kind": qt.kind,
        "cue": qt.cue,
        "speaker": (actor.name if actor else sp.text) if sp else None,
        "speaker_text": sp.text if sp else None,
        "speaker_actor": sp.actor if sp else None,
        "speaker_code": actor.code if actor else None,
    }
