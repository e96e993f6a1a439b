"""tidings' Doc extensions: list extensions start as a Doc's own empty list."""

from __future__ import annotations

import spacy

from tidings.nlp.extensions import LIST_EXTENSIONS, register_extensions


def test_list_extensions_default_to_a_fresh_empty_list_per_doc():
    register_extensions()
    nlp = spacy.blank("en")
    a, b = nlp.make_doc("Iran met Iraq."), nlp.make_doc("Iraq met Iran.")
    assert LIST_EXTENSIONS == ("actors", "events", "quotes", "times", "places")
    for name in LIST_EXTENSIONS:
        assert getattr(a._, name) == []
    a._.events.append("x")
    assert a._.events == ["x"] and b._.events == []
    b._.times = ["t"]
    assert b._.times == ["t"] and a._.times == []
    assert a._.article is None and a._.skip_coding is False


def test_values_survive_doc_serialisation():
    register_extensions()
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Iran met Iraq.")
    doc._.quotes = ["q"]
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.quotes == ["q"] and again._.events == []
