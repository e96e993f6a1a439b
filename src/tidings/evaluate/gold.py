"""The one gold reader: JSONL lines with ``text``, an optional ``split`` and task keys.

Every gold file under ``gold/`` is one JSON object per line (gold/README.md). A line's
``split`` is ``"dev"`` when absent; ``"heldout"`` lines are for measuring only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError

DEFAULT_SPLIT = "dev"
ALL = "all"


def split_of(row: dict[str, Any]) -> str:
    return str(row.get("split") or DEFAULT_SPLIT)


def read_gold(path: str | Path, key: str | None = None, split: str | None = None) -> list[dict[str, Any]]:
    """The gold lines of ``path`` that carry ``key`` (any, when None) and belong to ``split``
    (every split when None or ``"all"``). A malformed line stops with E010/E011."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise TidingsError("E010", where, where=where, reason=str(e)) from e
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise TidingsError("E011", where, where=where, reason="gold line needs 'text'")
            if key is not None and key not in row:
                continue
            if split not in (None, ALL) and split_of(row) != split:
                continue
            rows.append(row)
    return rows


def splits(rows: list[dict[str, Any]]) -> list[str]:
    """The splits present in ``rows``, sorted."""
    return sorted({split_of(r) for r in rows})
