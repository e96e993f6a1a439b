"""Hyphenated verbs of the lexicon kept as one word by the tokenizer ("test-fired").

spaCy's tokenizer splits a hyphen between letters, and the small English parser then reads
"North Korea test - fired two missiles" as a noun phrase with "fired" an adjective of
"missiles": no verb, no subject, no event. Kept whole, "test-fired" is tagged and parsed as
the sentence's verb. So the events stage gives the tokenizer a special case for each
inflection of every hyphenated verb trigger of its lexicon (built-in or a user's dictionary:
the base, -s, -ed and -ing forms, lower case and capitalised), and gives the attribute ruler
each form's lemma (the rule lemmatizer would make "test-launched" into "test-launche"; it
keeps a lemma that is already set). The lexicon finds such a trigger whole as well as split
(``Lexicon.add``), so texts tokenized before this ran still match.
"""

from __future__ import annotations

from typing import Any

from tidings.events.lexicon import Lexicon

VOWELS = frozenset("aeiou")


def inflections(base: str) -> list[str]:
    """The forms of a regular English verb written ``base``: base, 3rd person, past, -ing."""
    head, _, last = base.rpartition("-")
    if last.endswith("e") and not last.endswith("ee"):
        past, ing = base + "d", base[:-1] + "ing"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in VOWELS:
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    third = base + "es" if last.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    if last.endswith("y") and len(last) > 1 and last[-2] not in VOWELS:
        third = base[:-1] + "ies"
    return [base, third, past, ing]


def hyphenated_verbs(lexicon: Lexicon) -> list[str]:
    """Every hyphenated verb trigger of the lexicon ("test-fire", "de-escalate"), sorted."""
    out = {
        trigger
        for (trigger, noun), patterns in lexicon.patterns.items()
        if not noun
        and "-" in trigger.strip("-")
        # a light verb's pattern is keyed by the verb, not by its hyphenated noun ("stage a sit-in")
        and any(not p.light and p.prefix == "" for p in patterns)
    }
    return sorted(out)


def keep_whole(nlp: Any, lexicon: Lexicon) -> int:
    """Add the tokenizer special cases and lemma patterns for the lexicon's hyphenated verbs
    to ``nlp``; returns how many forms were added (each once per pipeline)."""
    from spacy.attrs import ORTH

    forms: list[tuple[str, str]] = [
        (f, base) for base in hyphenated_verbs(lexicon) for f in inflections(base)
    ]
    if not forms or getattr(nlp, "tokenizer", None) is None:  # a stage built with no pipeline
        return 0
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    added = 0
    for form, base in forms:
        for written in dict.fromkeys((form, form[0].upper() + form[1:])):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
        if ruler is not None:
            ruler.add(patterns=[[{"LOWER": form}]], attrs={"LEMMA": base})
        added += 1
    return added
