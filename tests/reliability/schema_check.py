"""Checks a Document dict against the JSON schema and that every offset quotes its text."""

from __future__ import annotations

import functools
import json

from tests.conftest import SCHEMA


@functools.lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))


def check_document(d: dict) -> None:
    errors = list(_validator().iter_errors(d))
    assert errors == [], [e.message for e in errors[:5]]
    text = d["text"]
    spans = [*d["sentences"], *d["times"], *d["places"], *d["quotes"]]
    spans += [m for a in d["actors"] for m in a["mentions"]]
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], s
    for e in d["events"]:
        a = e["action"]
        assert text[a["start"] : a["end"]] == a["text"], a
        for party in (e["source"], e["target"]):
            if party and party.get("start") is not None:
                assert text[party["start"] : party["end"]] == party["text"], party
    actor_ids = {a["id"] for a in d["actors"]}
    place_ids = {p["id"] for p in d["places"]}
    for e in d["events"]:
        for party in (e["source"], e["target"]):
            if party and party.get("actor"):
                assert party["actor"] in actor_ids
        if e["location"] and e["location"].get("place"):
            assert e["location"]["place"] in place_ids
