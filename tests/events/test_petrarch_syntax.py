"""The PETRARCH verb dictionary reader and its pattern matcher (hand-built parses)."""

import pytest

from tests.docbuild import parsed
from tidings.errors import TidingsError
from tidings.events.petrarch import read_verb_dictionary, split_code
from tidings.events.petrarch_match import compile_dictionary

VERBS = """<!-- a test dictionary -->
&TIETYPES
+MILITARY
+ECONOMIC

&CLOSER  # a set that holds another set
+&TIETYPES
+GOLDEN_GOBLIN_GALLEONS

--- RESTORE  [064]  ---
RESTORE {RESTORED}    # a comment
+BREAK_DOWN {+BROKE_DOWN} [1717]
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903]
- * DIPLOMATIC TIES [901]
- SAID * [113]
- + * IN $  [075:076]
- * FXLL [###]
--- TROUBLED  [---] # NOUN ---
TROUBLED
~ a (a b ATTACK) SAY = a b 015
"""


def _dict():
    return read_verb_dictionary(VERBS.splitlines(), "v.txt")


def test_reads_synsets_blocks_verbs_codes_and_transformations():
    d = _dict()
    assert d.synsets["TIETYPES"] == [("military",), ("economic",)]
    assert d.synsets["CLOSER"] == [("military",), ("economic",), ("golden", "goblin", "galleons")]
    restore, troubled = d.blocks
    assert (restore.name, restore.code, troubled.code) == ("restore", "064", None)
    verbs = {v.lemma: v for v in restore.verbs}
    assert verbs["restore"].forms == ("restored",) and verbs["restore"].code == "064"
    assert verbs["break"].after == ("down",) and verbs["break"].code == "1717"
    assert verbs["rst"].before == ("klm", "nop") and verbs["rst"].code == "002"
    codes = [(p.code, p.reverse) for p in restore.patterns]
    assert codes == [("903", None), ("901", None), ("113", None), ("075", "076"), (None, None)]
    assert len(d.transformations) == 1 and d.transformations[0].origin == "v.txt:21"
    assert split_code("032:033") == ("032", "033", True)
    assert split_code("---")[2] is False and split_code("def")[2] is False


@pytest.mark.parametrize(
    "text, where",
    [
        ("--- X [010] ---\nX\n- * ?? [010]\n", "v.txt:3"),
        ("--- X [010] ---\n- * &NOPE\n", "v.txt:2"),
        ("--- X [010] ---\n- * TALKS NOW [010]\n- * TALKS\n", "v.txt:3"),
        ("X\n", "v.txt:1"),
    ],
)
def test_a_bad_line_names_file_line_and_the_line(text, where):
    with pytest.raises(TidingsError) as e:
        read_verb_dictionary(text.splitlines(), "v.txt")
    assert e.value.message.startswith(where)
    bad = text.splitlines()[int(where.split(":")[1]) - 1].strip()
    assert repr(bad) in e.value.message


def _compiled(entry_start: str):
    return next(
        c
        for c in compile_dictionary(_dict())
        if c.pattern and c.pattern.entry.startswith(entry_start) and c.verb.lemma == "restore"
    )


def _doc(text, rows):
    return parsed(text, rows)


ACTORS = {"Arnor", "Gondor"}


def actor_at(tok):
    return (tok.i, tok.i + 1, tok) if tok.text in ACTORS else None


def _restore_doc(words):
    """'Arnor restored <words> ties with Gondor .' with a plain parse."""
    text = "Arnor restored " + " ".join(words) + " ties with Gondor ."
    n = len(words)
    rows = ["Arnor Arnor PROPN NNP nsubj 1", "restored restore VERB VBD ROOT 1"]
    rows += [f"{w} {w} ADJ JJ amod {2 + n}" for w in words]
    rows += [
        "ties tie NOUN NNS dobj 1",
        f"with with ADP IN prep {2 + n}",
        f"Gondor Gondor PROPN NNP pobj {3 + n}",
        ". . PUNCT . punct 1",
    ]
    return _doc(text, rows)


def test_words_after_the_verb_in_order_with_gaps():
    c = _compiled("- * DIPLOMATIC TIES")
    doc = _restore_doc(["full", "diplomatic"])
    hit = c.match(doc[1], actor_at)
    assert hit is not None and [t.text for t in hit.tokens] == ["diplomatic", "ties"]
    assert c.match(_restore_doc(["full"])[1], actor_at) is None


def test_underscore_needs_adjacent_words_and_synsets_match_members():
    c = _compiled("- * NEW_&TIETYPES_RELATIONS")
    text = "Arnor restored new military relations ."
    rows = [
        "Arnor Arnor PROPN NNP nsubj 1",
        "restored restore VERB VBD ROOT 1",
        "new new ADJ JJ amod 4",
        "military military ADJ JJ amod 4",
        "relations relation NOUN NNS dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert [t.text for t in c.match(_doc(text, rows)[1], actor_at).tokens] == ["new", "military", "relations"]
    text = "Arnor restored new and military relations ."
    rows = rows[:3] + [
        "and and CCONJ CC cc 2",
        "military military ADJ JJ amod 5",
        "relations relation NOUN NNS dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert c.match(_doc(text, rows)[1], actor_at) is None


def test_words_before_the_verb_and_slots_give_the_roles():
    said = _compiled("- SAID *")
    text = "Gondor said Arnor restored ties ."
    rows = [
        "Gondor Gondor PROPN NNP nsubj 1",
        "said say VERB VBD ROOT 1",
        "Arnor Arnor PROPN NNP nsubj 3",
        "restored restore VERB VBD ccomp 1",
        "ties tie NOUN NNS dobj 3",
        ". . PUNCT . punct 1",
    ]
    doc = _doc(text, rows)
    assert said.match(doc[3], actor_at) is not None
    assert said.match(doc[1], actor_at) is None  # nothing said before "said"
    slots = _compiled("- + * IN $")
    text = "Gondor restored in Arnor ."
    rows = [
        "Gondor Gondor PROPN NNP nsubj 1",
        "restored restore VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Arnor Arnor PROPN NNP pobj 2",
        ". . PUNCT . punct 1",
    ]
    hit = slots.match(_doc(text, rows)[1], actor_at)
    assert hit is not None and (hit.target.text, hit.source.text) == ("Gondor", "Arnor")
    assert (slots.code, slots.reverse) == ("075", "076")
    text = "Gondor restored in Rome ."  # the $ slot needs a coded actor there
    assert (
        slots.match(_doc(text, rows[:3] + ["Rome Rome PROPN NNP pobj 2", ". . PUNCT . punct 1"])[1], actor_at)
        is None
    )


def test_a_verb_matches_in_its_forms_only():
    from tidings.events.petrarch_match import inflections

    assert inflections("DEPART") == {"depart", "departs", "departed", "departing"}
    assert {"tries", "tried"} <= inflections("TRY") and {"stopped", "stopping"} <= inflections("STOP")
    assert {"closed", "closing", "closes"} <= inflections("CLOSE")
    c = _compiled("- * DIPLOMATIC TIES")
    doc = _restore_doc(["full", "diplomatic"])
    assert c.is_form(doc[1])  # "restored": listed and regular
    text = "Arnor restoreds ties ."  # a misspelling spaCy may still lemmatise as "restore"
    rows = ["Arnor Arnor PROPN NNP nsubj 1", "restoreds restore VERB VBD ROOT 1"]
    rows += ["ties tie NOUN NNS dobj 1", ". . PUNCT . punct 1"]
    assert not c.is_form(_doc(text, rows)[1])
