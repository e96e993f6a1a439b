"""What ``tidings watch`` remembers between rounds and restarts (tables of migration 4).

``watch_items``: one row per fetched URL (feed, page, feed entry) or read file, keyed by the
URL or path: the source it belongs to, its validators (ETag, Last-Modified) or file stamp,
the outcome (``stored``, ``failed``, ``checked``), the content hash and document it gave, the
last error code and reason, and how often it failed. ``watch_rounds``: one row per round.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from tidings.store.store import Store

CHUNK = 500


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass
class ItemState:
    key: str
    source: str
    kind: str  # feed | page | entry | file | folder
    status: str = "checked"  # stored | failed | checked
    etag: str | None = None
    last_modified: str | None = None
    stamp: str | None = None
    content_hash: str | None = None
    document_id: str | None = None
    code: str | None = None
    reason: str | None = None
    attempts: int = 0
    first_seen: dt.datetime | None = None
    last_checked: dt.datetime | None = None
    last_stored: dt.datetime | None = None


COLUMNS = tuple(f.name for f in fields(ItemState))


class WatchState:
    """Reads and writes ``watch_items`` / ``watch_rounds`` of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    def items(self, sources: Sequence[str]) -> dict[str, ItemState]:
        """Every remembered URL or file of these sources."""
        out: dict[str, ItemState] = {}
        for i in range(0, len(sources), CHUNK):
            part = list(sources[i : i + CHUNK])
            marks = ",".join("?" * len(part))
            for r in self.db.dicts(f"SELECT * FROM watch_items WHERE source IN ({marks})", part):
                out[r["key"]] = ItemState(**{k: r[k] for k in COLUMNS})
        return out

    def stored_urls(self, urls: Sequence[str]) -> set[str]:
        """Which of these URLs a stored document already has (as its url or id)."""
        found: set[str] = set()
        for i in range(0, len(urls), CHUNK):
            part = list(urls[i : i + CHUNK])
            marks = ",".join("?" * len(part))
            rows = self.db.fetchall(
                f"SELECT url FROM documents WHERE url IN ({marks}) UNION SELECT id FROM documents WHERE id IN ({marks})",
                [*part, *part],
            )
            found.update(r[0] for r in rows)
        return found

    def documents_of(self, hashes: Sequence[str]) -> dict[str, str]:
        """content hash -> id of the stored document with that text (or that replaced it)."""
        found: dict[str, str] = {}
        hashes = sorted(set(hashes))
        for i in range(0, len(hashes), CHUNK):
            part = hashes[i : i + CHUNK]
            marks = ",".join("?" * len(part))
            for table, column in (("replaced_versions", "document_id"), ("documents", "id")):
                # documents last: the current document wins over a replaced version of it
                sql = f"SELECT content_hash, {column} FROM {table} WHERE content_hash IN ({marks})"
                found.update((h, d) for h, d in self.db.fetchall(sql, part))
        return found

    def save(self, states: Iterable[ItemState]) -> None:
        """Write these rows (replacing earlier ones with the same key) in one transaction."""
        rows = {s.key: s for s in states}
        if not rows:
            return
        keys = list(rows)
        with self.db.transaction():
            for i in range(0, len(keys), CHUNK):
                part = keys[i : i + CHUNK]
                self.db.execute(f"DELETE FROM watch_items WHERE key IN ({','.join('?' * len(part))})", part)
            self.db.insert("watch_items", COLUMNS, [tuple(asdict(rows[k]).values()) for k in keys])

    def start_round(self, sources: Sequence[str]) -> str:
        started = now()
        round_id = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        with self.db.transaction():
            self.db.insert(
                "watch_rounds",
                ("id", "started_at", "status", "sources"),
                [(round_id, started, "running", "\n".join(sources))],
            )
        return round_id

    def finish_round(self, round_id: str, status: str, counts: dict[str, Any], run_id: str | None) -> None:
        with self.db.transaction():
            self.db.execute(
                "UPDATE watch_rounds SET finished_at = ?, status = ?, checked = ?, not_modified = ?, fetched = ?,"
                " stored = ?, skipped = ?, failed = ?, run_id = ? WHERE id = ?",
                [
                    now(),
                    status,
                    counts["checked"],
                    counts["not_modified"],
                    counts["fetched"],
                    counts["stored"],
                    counts["skipped"],
                    counts["failed"],
                    run_id,
                    round_id,
                ],
            )

    def rounds(self) -> list[dict[str, Any]]:
        return self.db.dicts("SELECT * FROM watch_rounds ORDER BY started_at, id")
