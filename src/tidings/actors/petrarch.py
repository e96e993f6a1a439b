"""Import of PETRARCH/TABARI actor and agent dictionaries into tidings ``Entry``s.

Format handled (as in the Phoenix/CAMEO files of PETRARCH-2):
- a phrase line starts an entry: words joined by ``_`` (a trailing ``_`` marks the end of a
  word; without it TABARI also matches longer words, which tidings approximates with plurals),
  followed by zero or more codes ``[CODE]``, ``[CODE yymmdd-yymmdd]``, ``[CODE >yymmdd]``
  (from), ``[CODE <yymmdd]`` (until); 6-digit dates have two-digit years (00-30 -> 20xx);
- ``+PHRASE`` lines add synonyms; indented ``[CODE ...]`` lines add codes to the entry;
- ``#`` starts a comment; ``{PLURAL}`` gives an irregular plural (``{}`` none);
- agent entries have codes ``[~GOV]`` (agent after the country: IRN + GOV) or ``[IGO~]``
  (before it); ``!SET! = A, B`` defines a substitution set used as ``!SET!`` in phrases.
An entry whose only codes are bare three-letter country codes becomes kind ``country``; other
actor entries become kind ``actor`` (person or organisation, decided from the text); agents
become kind ``role``. A phrase line without codes directly after a coded one is a synonym of it.
"""

from __future__ import annotations

import datetime as dt
import re

from tidings.actors.entry import DatedCode, Entry
from tidings.errors import TidingsError

_CODE = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_TYPO = re.compile(r"\[([^\]{}]*)\}")
_SET = re.compile(r"^!([A-Z0-9_]+)!\s*=\s*(.+)$")


def _date(text: str) -> dt.date | None:
    text = text.strip()
    if not text.isdigit():
        return None
    try:
        if len(text) == 6:
            yy = int(text[:2])
            year = 2000 + yy if yy <= 30 else 1900 + yy
            return dt.date(year, int(text[2:4]) or 1, int(text[4:6]) or 1)
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]) or 1, int(text[6:8]) or 1)
    except ValueError:
        return None
    return None


def parse_code_block(block: str) -> tuple[DatedCode | None, bool]:
    """``GOV 120101-130101`` -> DatedCode; also returns whether the code is a prefix (``IGO~``)."""
    parts = block.split()
    if not parts:
        return None, False
    code = parts[0]
    prefix = code.endswith("~") and not code.startswith("~")
    code = code.strip("~").upper()
    if not code or set(code) <= {"-"}:
        code = ""  # "[--- <950630]": no actor in that period (undated: no code at all)
    if len(parts) == 1:
        return DatedCode(code=code), prefix
    rng = "".join(parts[1:])
    if rng.startswith(">"):
        start = _date(rng[1:])
        return (DatedCode(code=code, start=start, dated=True) if start else None), prefix
    if rng.startswith("<"):
        end = _date(rng[1:])
        return (DatedCode(code=code, end=end, dated=True) if end else None), prefix
    if "-" in rng:
        a, b = rng.split("-", 1)
        start, end = _date(a), _date(b)
        if start and end:
            return DatedCode(code=code, start=start, end=end, dated=True), prefix
    return None, prefix  # unreadable date: the code is dropped rather than guessed


def phrase_text(raw: str) -> str:
    """``AMIR_ABDOLLAHIAN_`` -> ``AMIR ABDOLLAHIAN`` (words joined by ``_``; spaces tolerated)."""
    words = [w for w in re.split(r"[_\s]+", raw.strip()) if w]
    return " ".join(words)


def read_petrarch(lines: list[str], origin: str) -> list[Entry]:
    sets: dict[str, list[str]] = {}
    entries: list[Entry] = []
    cur: Entry | None = None
    cur_has_syn = False
    for n, raw in enumerate(lines, 1):
        line = _code_line(raw, n, origin)
        if line is None:
            continue
        m = _SET.match(line.strip())
        if m:
            sets[m.group(1)] = [a.strip().replace(" ", "_") for a in m.group(2).split(",") if a.strip()]
            continue
        if line[0] in " \t":
            if cur is not None and "[" in line:
                _add_codes(cur, line)
            continue
        if line.startswith("+"):
            if cur is not None:
                body = line[1:]
                _add_phrases(cur, _CODE.split(body)[0] if "[" in body else body, sets)
                cur_has_syn = True
                if "[" in body:
                    _add_codes(cur, body)
            continue
        _finish(cur, entries, cur_has_syn)
        cur_has_syn = False
        head = line.split("[", 1)[0]
        cur = Entry(kind="actor", name="", phrases=[], source=f"{origin}:{n}")
        _add_phrases(cur, head, sets)
        if not cur.phrases:
            cur = None
            continue
        cur.name = cur.phrases[0]
        if "[" in line:
            _add_codes(cur, line[len(head) :])
    _finish(cur, entries, cur_has_syn)
    return entries


def _code_line(raw: str, n: int, origin: str) -> str | None:
    """Line ``n`` without its comment; None when blank. An unclosed ``[code]`` is an E400."""
    line = raw.split("#", 1)[0].rstrip()
    if not line.strip():
        return None
    line = _TYPO.sub(r"[\1]", line)  # "[~ENV}" in Phoenix.agents.txt: a "]" typed as "}"
    if re.search(r"\[[^\]]*$", line):  # a code that never closes cannot be read
        raise TidingsError("E400", origin, path=origin, line=n, reason=f"unclosed [code]: {raw.strip()!r}")
    return line


def _finish(cur: Entry | None, entries: list[Entry], has_syn: bool) -> None:
    """Close the entry being read: an entry with codes is kept; one without codes, no
    synonyms and no explicit null code adds its phrases to the entry above it."""
    if cur is None:
        return
    if not cur.codes and entries and not has_syn and "null" not in cur.info:
        entries[-1].phrases.extend(p for p in cur.phrases if p not in entries[-1].phrases)
    elif cur.codes:
        _set_kind(cur)
        entries.append(cur)


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """A phrase with each ``!set!`` replaced by every member of the set."""
    out = [phrase]
    for name, alts in sets.items():
        token = f"!{name}!"
        if any(token in p for p in out):
            out = [p.replace(token, a) for p in out for a in alts]
    return out


def _add_phrases(cur: Entry, text: str, sets: dict[str, list[str]]) -> None:
    alts = [phrase_text(a) for m in _BRACES.finditer(text) for a in m.group(1).split(",") if a.strip()]
    text = _BRACES.sub(" ", text)
    for t in [phrase_text(p) for p in _expand(text.strip(), sets)] + alts:
        if t and t not in cur.phrases:
            cur.phrases.append(t)


def _add_codes(cur: Entry, text: str) -> None:
    for m in _CODE.finditer(text):
        code, prefix = parse_code_block(m.group(1))
        if code is None:
            continue
        if "~" in m.group(1):
            cur.kind = "role"
        cur.prefix = cur.prefix or prefix
        if code.code or code.dated:
            cur.codes.append(code)
        else:  # "BOROMIR [---]": explicitly no actor, not a synonym of the entry above
            cur.info["null"] = "1"


# Role heads that name a body rather than a person (PETRARCH agents carry no such information).
COLLECTIVE = frozenset(
    """government administration regime cabinet ministry department police military army navy
force forces guard militia party parliament assembly congress senate court judiciary agency council committee
commission media press union company firm business opposition public population community people""".split()
)


def _set_kind(entry: Entry) -> None:
    if entry.kind == "role":
        entry.info["format"] = "petrarch"
        last = entry.phrases[0].split(" ")[-1].lower() if entry.phrases else ""
        entry.info["ref"] = "group" if last.endswith("s") or last in COLLECTIVE else "person"
        return
    from tidings.actors.codes import SECTORS

    current = entry.code_on(None)
    if current is not None and len(current.code) == 3 and current.code not in SECTORS:
        entry.kind = "country"
    entry.name = entry.name.title()
    entry.info["format"] = "petrarch"
