"""Read a huge JSONL file with flat memory: generate it on the fly, read it, report peak RSS.

    python scripts/fuzz_bigjsonl.py --size-mb 1024 --limit-mb 300

Writes a temporary JSONL file of about ``--size-mb`` megabytes (deleted afterwards) holding
ordinary articles (1-6 KB) with, spread through it, hostile lines: malformed JSON, non-object
JSON, a missing text, NUL bytes, invalid UTF-8, a 12 MB article (accepted), a 20 MB line
(refused, never held) and a last 20 MB line without a newline (refused). It then reads the
file with tidings' JSONL reader (``tidings.ingest.readers.read_file``, the reader only, no
analysis) and checks that every line came out as a record or a failure with the expected
code, and that peak resident memory (VmHWM in /proc/self/status) stayed under
``--limit-mb``. Prints one JSON object; exits 1 if a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

WORDS = (
    "Iran Iraq Turkey Syria officials said the minister met talks border security forces attacked "
    "protesters police government agreed signed accord Kurdistan Region Baghdad Tehran Ankara on Monday "
    "last week according to state media reported"
).split()


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(path: Path, size: int, seed: int) -> Counter:
    """Write the file; returns the expected outcome per kind (article or failure code)."""
    rng = random.Random(seed)
    want: Counter = Counter()
    hostile = [
        (b"{not json at all\n", "E010"),
        (b"[1, 2, 3]\n", "E011"),
        (b'{"id": "x", "title": "no text"}\n', "E011"),
        (b'{"id": "nul", "text": "Iran\\u0000 and Iraq met on Monday."}\n', "article"),
        (b'{"id": "bad-utf8", "text": "Caf\xe9 talks in Gen\xe8ve on Monday."}\n', "article"),
    ]
    written = 0
    n = 0
    with path.open("wb", buffering=1 << 20) as fh:
        big_at = {size // 3: "accept", 2 * size // 3: "refuse"}
        while written < size:
            n += 1
            if n % 500 == 0:
                line, kind = hostile[(n // 500) % len(hostile)]
            elif big_at and written >= min(big_at):
                what = big_at.pop(min(big_at))
                body = " ".join(rng.choices(WORDS, k=(12 if what == "accept" else 20) * 1024 * 1024 // 7))
                line = json.dumps({"id": f"big-{n}", "text": body}).encode() + b"\n"
                kind = "article" if what == "accept" else "E016"
            else:
                text = " ".join(rng.choices(WORDS, k=rng.randint(150, 900)))
                line = (
                    json.dumps(
                        {
                            "id": f"a{n}",
                            "title": f"Report {n}",
                            "published": "2022-10-16",
                            "url": f"https://example.org/{n}",
                            "text": text,
                        }
                    ).encode()
                    + b"\n"
                )
                kind = "article"
            fh.write(line)
            written += len(line)
            want[kind] += 1
        tail = b'{"id": "tail", "text": "' + b"x" * (20 * 1024 * 1024) + b'"}'  # no newline at the end
        fh.write(tail)
        want["E016"] += 1
    return want


def read(path: Path) -> tuple[Counter, int]:
    from tidings.ingest.readers import RawDoc, read_file

    got: Counter = Counter()
    chars = 0
    for item in read_file(path):
        if isinstance(item, RawDoc):
            got["article"] += 1
            chars += len(item.text)
        else:
            got[item.error.code] += 1
    return got, chars


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=int, default=1024)
    ap.add_argument("--limit-mb", type=float, default=300.0)
    ap.add_argument("--seed", type=int, default=20221016)
    ap.add_argument(
        "--dir", default=None, help="where to write the temporary file (default: the system temp dir)"
    )
    a = ap.parse_args()
    fd, name = tempfile.mkstemp(prefix="tidings-big-", suffix=".jsonl", dir=a.dir)
    os.close(fd)
    path = Path(name)
    try:
        t0 = time.monotonic()
        want = generate(path, a.size_mb * 1024 * 1024, a.seed)
        gen_s = time.monotonic() - t0
        size = path.stat().st_size
        rss_before = peak_rss_mb()
        t0 = time.monotonic()
        got, chars = read(path)
        read_s = time.monotonic() - t0
    finally:
        path.unlink(missing_ok=True)
    peak = peak_rss_mb()
    report = {
        "bytes": size,
        "lines": sum(want.values()),
        "expected": dict(want),
        "read": dict(got),
        "text_chars": chars,
        "generate_s": round(gen_s, 1),
        "read_s": round(read_s, 1),
        "mb_per_s": round(size / 1024 / 1024 / max(read_s, 1e-9), 1),
        "peak_rss_mb_before_read": round(rss_before, 1),
        "peak_rss_mb": round(peak, 1),
        "limit_mb": a.limit_mb,
    }
    report["ok"] = got == want and peak < a.limit_mb
    print(json.dumps(report))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
