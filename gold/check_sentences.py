#!/usr/bin/env python3
"""Validate gold/sentences-suite.tsv, the sentence-level CAMEO suite.

The suite has one row per expected (source, target, CAMEO code) triple of a sentence:

    cameo  source  target  construction  sentence

- ``cameo``: the CAMEO 1.1b3 event code with its leading zeros ("042", "0874").
- ``source`` / ``target``: full CAMEO actor codes (``USAGOV``, ``IGOUNO``, ``---COP``);
  ``target`` is ``-`` when the event has no target.
- ``construction``: active, passive, nominal, reported, coordinated, negated or
  hypothetical. Rows marked ``negated`` or ``hypothetical`` expect that NO asserted event
  with that code and dyad is produced; every other row expects that event to be produced.
- Coordinated subjects or objects give one row per dyad with the same sentence. Reciprocal
  events with coordinated actors ("India and Pakistan exchanged fire", "A and B met in
  Geneva", "A and B agreed") give both directions. gold/GUIDELINES.md codes symmetric
  events (consultations, agreements) once with a `symmetric` flag; a harness following it
  should let one symmetric event satisfy both rows of such a pair.
- A row whose sentence names its event with a noun ("the expulsion of ... by ...") is
  `nominal`; "X said Y had ..." rows are `reported` and expect the reported event itself
  (the speech act of X may be coded too, but it is not listed unless it is the row's code).
- Rows list the events a careful coder would expect for the code the sentence was written
  for; other events a sentence may also carry (a speech act, a linked event) are not
  always listed, so a harness should measure recall on positive rows and false positives
  on negated/hypothetical rows rather than precision over everything a coder outputs.

Checks: the header, five columns per row, codes known to the CAMEO code lists under the
shared reference folder, well-formed actor codes, valid constructions, sentence length,
no duplicate rows. Reports rows per root, per code and per construction, and the codebook
codes with fewer than three rows (and fewer than three positive rows).

Usage: python3 gold/check_sentences.py [SUITE.tsv]   (standard library only)
The shared folder is $TIDINGS_SHARED, else ../../shared from this script, else /work/shared.
Exit status: 0 clean, 1 errors found, 2 a file could not be read.
"""

from __future__ import annotations

import collections
import os
import re
import sys
from pathlib import Path

HEADER = ["cameo", "source", "target", "construction", "sentence"]
CONSTRUCTIONS = (
    "active",
    "passive",
    "nominal",
    "reported",
    "coordinated",
    "negated",
    "hypothetical",
)
ABSENT = {"negated", "hypothetical"}
# Leading trios that are not countries but are valid CAMEO actor roots.
EXTRA_TRIOS = {"---", "IGO", "NGO", "IMG", "MNC", "WST", "UIS", "INT"}
MIN_WORDS, MAX_WORDS = 8, 35
ACTOR_RE = re.compile(r"^(?:---|[A-Z]{3})(?:[A-Z]{3})*$")


def shared_dir() -> Path:
    env = os.environ.get("TIDINGS_SHARED")
    if env:
        candidates = [Path(env)]
    else:
        here = Path(__file__).resolve().parent
        candidates = [here.parent.parent / "shared", Path("/work/shared")]
    for cand in candidates:
        if (cand / "reference" / "cameo").is_dir():
            return cand
    where = env or "../../shared or /work/shared"
    print(f"check_sentences: no reference/cameo folder under {where}", file=sys.stderr)
    sys.exit(2)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"check_sentences: cannot read {path}: {exc}", file=sys.stderr)
        sys.exit(2)


def load_codes(cameo: Path) -> tuple[set[str], list[str]]:
    """Return (all known event codes, codebook codes in codebook order)."""
    known: set[str] = set()
    for line in read_text(cameo / "CAMEO_codefile.txt").splitlines():
        m = re.match(r"LABELi?:\s*(\d{2,4})i?=", line.strip(), re.IGNORECASE)
        if m:
            known.add(m.group(1))
    for line in read_text(cameo / "GDELT_CAMEO.eventcodes.txt").splitlines()[1:]:
        m = re.match(r"(\d{2,4})\t", line)
        if m:
            known.add(m.group(1))
    book: list[str] = []
    text = read_text(cameo / "CAMEO_codebook_1.1b3_no_examples.txt")
    for m in re.finditer(r"^\s*CAMEO\s+(\d{3,4})\s*$", text, re.MULTILINE):
        if m.group(1) not in book:
            book.append(m.group(1))
    return known | set(book), book


def load_trios(cameo: Path) -> tuple[set[str], set[str]]:
    """Return (valid first trios, valid trios anywhere) from the CAMEO actor lists."""
    first = set(EXTRA_TRIOS)
    for line in read_text(cameo / "countrynames.txt").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and len(parts[1]) >= 3:
            first.add(parts[1][:3])
    anywhere = set(first)
    for line in read_text(cameo / "agentnames.txt").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            code = parts[1].strip()
            anywhere.update(code[i : i + 3] for i in range(0, len(code) - 2, 3))
    text = read_text(cameo / "CAMEO_codebook_1.1b3_no_examples.txt")
    start = text.rfind("KEDS Project Actor Codes")
    end = text.find("CAMEO Religious Classification", start)
    for m in re.finditer(r"^\s+([A-Z-]{3,15})\s", text[start:end], re.MULTILINE):
        code = m.group(1)
        if len(code) % 3 == 0:
            anywhere.update(code[i : i + 3] for i in range(0, len(code), 3))
            if len(code) > 3:
                first.add(code[:3])
    return first, anywhere


def actor_ok(code: str, first: set[str], anywhere: set[str]) -> bool:
    if not ACTOR_RE.match(code):
        return False
    trios = [code[i : i + 3] for i in range(0, len(code), 3)]
    return trios[0] in first and all(t in anywhere for t in trios[1:])


def check_row(n: int, cols: list[str], known: set[str], first: set[str], anywhere: set[str]) -> list[str]:
    errs = []
    code, source, target, construction, sentence = cols
    if code not in known:
        errs.append(f"line {n}: unknown CAMEO code {code!r}")
    if source == "-" or not actor_ok(source, first, anywhere):
        errs.append(f"line {n}: bad source actor code {source!r}")
    if target != "-" and not actor_ok(target, first, anywhere):
        errs.append(f"line {n}: bad target actor code {target!r}")
    if construction not in CONSTRUCTIONS:
        errs.append(f"line {n}: bad construction {construction!r}")
    words = len(sentence.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errs.append(f"line {n}: sentence has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if any(c != c.strip() or not c for c in cols):
        errs.append(f"line {n}: empty field or stray whitespace")
    if sentence[-1:] not in ".!?\"'”’":
        errs.append(f"line {n}: sentence does not end with a full stop")
    return errs


def report(rows: list[list[str]], book: list[str]) -> None:
    per_code = collections.Counter(r[0] for r in rows)
    positive = collections.Counter(r[0] for r in rows if r[3] not in ABSENT)
    per_root = collections.Counter(r[0][:2] for r in rows)
    per_cons = collections.Counter(r[3] for r in rows)
    sentences = {r[4] for r in rows}
    print(f"rows: {len(rows)}  distinct sentences: {len(sentences)}  codes: {len(per_code)}")
    print("rows per root: " + ", ".join(f"{k}: {v}" for k, v in sorted(per_root.items())))
    print("rows per construction: " + ", ".join(f"{c}: {per_cons[c]}" for c in CONSTRUCTIONS))
    print("rows per code: " + " ".join(f"{c}:{per_code[c]}" for c in sorted(per_code)))
    few = [c for c in book if per_code[c] < 3]
    few_pos = [c for c in book if positive[c] < 3]
    print(f"codebook codes: {len(book)}; with < 3 rows: {len(few)} {' '.join(few)}")
    print(f"codebook codes with < 3 positive rows: {len(few_pos)} {' '.join(few_pos)}")
    extra = sorted(set(per_code) - set(book))
    if extra:
        print(f"codes used that are not in the codebook 1.1b3: {' '.join(extra)}")


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    suite = Path(argv[1]) if len(argv) > 1 else here / "sentences-suite.tsv"
    cameo = shared_dir() / "reference" / "cameo"
    known, book = load_codes(cameo)
    first, anywhere = load_trios(cameo)
    lines = read_text(suite).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errors: list[str] = []
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"line 1: header must be {chr(9).join(HEADER)!r}")
    rows: list[list[str]] = []
    seen: dict[tuple[str, ...], int] = {}
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {n}: {len(cols)} columns, want 5")
            continue
        errors += check_row(n, cols, known, first, anywhere)
        key = (cols[0], cols[1], cols[2], cols[4])
        if key in seen:
            errors.append(f"line {n}: duplicate of line {seen[key]}")
        else:
            seen[key] = n
        rows.append(cols)
    report(rows, book)
    for err in errors:
        print(err)
    print(f"{suite.name}: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
