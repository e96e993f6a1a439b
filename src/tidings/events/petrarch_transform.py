"""PETRARCH transformation lines applied to the events of a sentence.

``~ a (a b ATTACK) SAY = a b 015`` reads: when a verb of the dictionary's SAY (its word or
its listed forms) governs a clause (``ccomp``/``xcomp``: "Arnor said it attacked Gondor")
whose PETRARCH event is an ATTACK with source ``a`` and target ``b``, and the governing
verb's subject is ``a`` too, the sentence codes one event instead: ``a`` -> ``b`` 015
(claims responsibility), and the governing verb codes none. The slots:

- a lower-case letter is an actor; the same letter twice must be the same actor (code);
- ``.`` is no actor (the governed event has no target); ``_`` is any actor or none;
- the governed verb is a verb of the dictionary: the event matches when its verb is that
  verb or its code falls under that verb's code (ATTACK [190]: any 19x event; another
  code: itself and its subcodes); a single capital (``Q``) matches any event and, on the
  right, stands for its code.

The first transformation that matches wins (the file's order). A transformation naming a
verb the dictionary does not define cannot match and is listed in the skipped patterns.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from tidings.events.petrarch import Transformation, VerbDictionary


@dataclass(frozen=True)
class Rule:
    """A transformation with its verbs looked up in the dictionary."""

    t: Transformation
    outer_forms: frozenset[str]  # the governing verb's word and forms, lower case
    inner_forms: frozenset[str]  # the governed verb's (empty: a code variable)
    inner_code: str | None  # the governed verb's code


def rules_of(d: VerbDictionary) -> list[Rule]:
    """The dictionary's transformations whose verbs it defines (the others are skipped)."""
    verbs: dict[str, tuple[frozenset[str], str | None]] = {}
    for block in d.blocks:
        for v in block.verbs:
            if not v.before and not v.after:
                verbs.setdefault(v.lemma.upper(), (frozenset({v.lemma, *v.forms}), v.code))
    out = []
    for t in d.transformations:
        outer = verbs.get(t.verb)
        variable = len(t.inner[2]) == 1
        inner = None if variable else verbs.get(t.inner[2])
        if outer is None or (not variable and inner is None):
            d.skipped.append(f"{t.origin}: transformation names a verb the file does not define: skipped")
            continue
        out.append(Rule(t, outer[0], inner[0] if inner else frozenset(), inner[1] if inner else None))
    return out


def _refines(f: Any) -> bool:  # a built-in lexicon event only recoded: tidings' own reading
    return bool(getattr(getattr(f.matched, "hit", None), "refines", False))


def under(code: str, cls: str | None) -> bool:
    """``code`` is ``cls`` or below it in CAMEO's tree (190 covers 19x, 043 covers 0431)."""
    if cls is None:
        return False
    if len(cls) == 3 and cls.endswith("0"):
        return code.startswith(cls[:2])
    return code.startswith(cls)


def _key(p: Any) -> str | None:
    return (p.code or p.country) if p is not None and (p.code or p.country) else None


def _bind(var: str, party: Any, env: dict[str, Any]) -> bool:
    if var == "_":
        return True
    if var == ".":
        return _key(party) is None
    if _key(party) is None:
        return False
    if var in env:
        return _key(env[var]) == _key(party)
    env[var] = party
    return True


def _apply(r: Rule, f: Any, subject: Any) -> Any | None:
    """The recoded event for Found ``f`` under rule ``r`` (None: it does not match)."""
    t = r.t
    verb = f.trigger.lemma_.lower()
    if r.inner_forms and verb not in r.inner_forms and not under(f.code, r.inner_code):
        return None
    src = next((s for s in f.sources if _key(s)), None)
    tgt = next((x for x in f.targets if _key(x)), None)
    env: dict[str, Any] = {}
    if not (_bind(t.outer, subject, env) and _bind(t.inner[0], src, env) and _bind(t.inner[1], tgt, env)):
        return None
    new_src, new_tgt = env.get(t.result[0]), env.get(t.result[1])
    if new_src is None:
        return None
    code = f.code if len(t.result[2]) == 1 else t.result[2]
    notes = {**f.notes, "petrarch_transformation": f"{t.entry} ({t.origin})"}
    return dataclasses.replace(f, code=code, sources=[new_src], targets=[new_tgt], pairs=None, notes=notes)


def transform(found: list[Any], rules: list[Rule], subject_of: Callable[[Token], list[Any]]) -> list[Any]:
    """The sentence's events with the transformations applied (see the module docstring)."""
    if not rules:
        return found
    out = list(found)
    for i, f in enumerate(found):
        if (
            getattr(f.pattern, "petrarch", None) is None
            or f.trigger.dep_ not in ("ccomp", "xcomp")
            or _refines(f)
        ):
            continue
        gov = f.trigger.head
        if gov.i == f.trigger.i:
            continue
        for r in rules:
            if gov.lemma_.lower() not in r.outer_forms and gov.lower_ not in r.outer_forms:
                continue
            subject = next((p for p in subject_of(gov) if _key(p)), None)
            new = _apply(r, f, subject)
            if new is not None:
                out[i] = new
                out = [g for g in out if g.trigger.i != gov.i]
                break
    return out
