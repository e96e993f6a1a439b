"""A huge JSONL file is read with flat memory (the reader only; scripts/fuzz_bigjsonl.py).

CI reads a 30 MB file; `make fuzz` (TIDINGS_FUZZ=1) a 1 GB one. Both hold hostile lines
(malformed JSON, non-objects, NUL, invalid UTF-8, a 12 MB article, a 20 MB line and a final
20 MB line without a newline); every line must come out as a record or a failure with the
expected code, and peak RSS of the reading process must stay under 300 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.fuzz
FUZZ = os.environ.get("TIDINGS_FUZZ") == "1"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_bigjsonl.py"


def test_huge_jsonl_is_read_with_flat_memory(tmp_path):
    size_mb = 1024 if FUZZ else 30
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--size-mb", str(size_mb), "--limit-mb", "300", "--dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    report = json.loads(out.stdout)
    print(f"\n[big jsonl] {json.dumps(report)}")
    assert report["bytes"] >= size_mb * 1024 * 1024
    assert report["read"] == report["expected"]
    assert report["expected"]["E016"] == 2 and report["expected"]["E010"] >= 1
    assert report["peak_rss_mb"] < 300
    assert out.returncode == 0
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone
