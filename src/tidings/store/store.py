"""The Store: one database (DuckDB file or PostgreSQL), written exactly once per article.

Every batch of results is written in one transaction: its documents, their analysis
rows, their errors, and the rebuilt events of every cluster key they touch. A document
whose content hash is already stored is skipped, so re-running an interrupted ingest
(or ingesting the same corpus twice) ends with the same rows as one clean run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from tidings.errors import Errors, StoreError, Warnings, warning
from tidings.model import Article, Document, ErrorRecord, Failure
from tidings.store import dedup, rows
from tidings.store.backend import Backend, connect
from tidings.store.schema import ANALYSIS_TABLES, LATEST, TABLES, migrate


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _marks(n: int) -> str:
    return ",".join("?" * n)


@dataclass
class BatchStats:
    stored: int = 0
    skipped: int = 0
    replaced: int = 0
    failures: int = 0
    events: int = 0
    stored_ids: list[str] = field(default_factory=list)

    def add(self, other: BatchStats) -> None:
        self.stored += other.stored
        self.skipped += other.skipped
        self.replaced += other.replaced
        self.failures += other.failures
        self.events += other.events


class Store:
    """A tidings database. ``Store("x.duckdb")`` or ``Store("postgresql://...")``; migrates on open."""

    def __init__(self, url: str | None = None, *, read_only: bool = False) -> None:
        self.db: Backend = connect(url, read_only=read_only)
        self.url = self.db.url
        if not read_only:
            migrate(self.db)
        else:
            have = self.db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version")
            if have != LATEST:
                self.db.close()
                raise StoreError(Errors.E304, self.url, have=have, latest=LATEST)

    @property
    def kind(self) -> str:
        return self.db.kind

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs -----------------------------------------------------------------------------
    def start_run(
        self, command: str, info: dict[str, Any] | None = None, options: dict[str, Any] | None = None
    ) -> str:
        info = info or {}
        started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        run_id = started.strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]  # sorts by start time
        with self.db.transaction():
            self.db.insert(
                "runs",
                (
                    "id",
                    "command",
                    "status",
                    "started_at",
                    "tidings_version",
                    "model_name",
                    "model_version",
                    "spacy_version",
                    "dictionaries",
                    "options",
                ),
                [
                    (
                        run_id,
                        command,
                        "running",
                        started,
                        info.get("tidings_version"),
                        info.get("model_name"),
                        info.get("model_version"),
                        info.get("spacy_version"),
                        json.dumps(info.get("dictionaries", []), sort_keys=True),
                        json.dumps(options or {}, sort_keys=True, default=str),
                    )
                ],
            )
        return run_id

    def finish_run(self, run_id: str, stats: BatchStats, status: str = "done") -> None:
        with self.db.transaction():
            self.db.execute(
                "UPDATE runs SET status = ?, finished_at = ?, documents = ?, skipped = ?, failures = ?, events = ?"
                " WHERE id = ?",
                [status, _now(), stats.stored, stats.skipped, stats.failures, stats.events, run_id],
            )

    def runs(self) -> list[dict[str, Any]]:
        return self.db.dicts("SELECT * FROM runs ORDER BY started_at, id")

    # -- writing --------------------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        hashes = [h for h in hashes if h]
        if not hashes:
            return set()
        marks = _marks(len(hashes))
        found = self.db.fetchall(
            f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})"
            f" UNION SELECT content_hash FROM replaced_versions WHERE content_hash IN ({marks})",
            [*hashes, *hashes],
        )
        return {r[0] for r in found}

    def write(
        self,
        results: Iterable[Document | Failure],
        run_id: str,
        dateline_sources: dict[str, str | None] | None = None,
    ) -> BatchStats:
        """Store one batch of pipeline results in one transaction."""
        results = _with_hashes(results)
        docs = [r for r in results if isinstance(r, Document)]
        stats = BatchStats()
        now = _now()
        with self.db.transaction():
            known = self.known_hashes([d.content_hash for d in docs])
            existing = self._stored_hashes([d.id for d in docs])
            keys: set[str] = set()
            errors: list[tuple] = []
            pending: dict[str, tuple[tuple[str, ...], list[tuple]]] = {}  # table -> rows of this batch
            for r in results:
                if isinstance(r, Failure):
                    stats.failures += 1
                    errors.append(_error_row(run_id, r.id, r.origin, r.error, now))
                    continue
                if r.content_hash in known:
                    stats.skipped += 1
                    continue
                if r.id in existing:  # same id, new content: the article was updated
                    keys |= self._replace(r.id, existing[r.id], pending, now)
                    known.add(existing[r.id])
                    stats.replaced += 1
                tables = {
                    "documents": (
                        rows.DOCUMENT_COLUMNS,
                        [rows.document_row(r, run_id, now, (dateline_sources or {}).get(r.id))],
                    ),
                    **rows.analysis_rows(r),
                }
                dropped = _unique_keys(tables)
                if dropped:  # a pipeline bug must not stop the ingest: the first record of each id stays
                    errors.append(_error_row(run_id, r.id, r.origin, _duplicates_record(r.id, dropped), now))
                for table, (cols, trows) in tables.items():
                    pending.setdefault(table, (cols, []))[1].extend(trows)
                keys |= {t[3] for t in tables["event_mentions"][1]}
                errors.extend(_error_row(run_id, r.id, r.origin, e, now) for e in r.errors)
                known.add(r.content_hash)
                existing[r.id] = r.content_hash
                stats.stored += 1
                stats.stored_ids.append(r.id)
            for table, (cols, trows) in pending.items():
                self.db.insert(table, cols, trows)
            self._insert_errors(errors)
            stats.events = dedup.recompute(self.db, keys)
        return stats

    def _stored_hashes(self, ids: list[str]) -> dict[str, str]:
        """id -> content hash of the stored documents among ``ids``."""
        if not ids:
            return {}
        return dict(
            self.db.fetchall(f"SELECT id, content_hash FROM documents WHERE id IN ({_marks(len(ids))})", ids)
        )

    def _replace(
        self,
        doc_id: str,
        old_hash: str,
        pending: dict[str, tuple[tuple[str, ...], list[tuple]]],
        now: dt.datetime,
    ) -> set[str]:
        """Drop the stored version of ``doc_id`` (and one pending earlier in this batch); its hash is
        remembered, so meeting the old version again (a re-run) skips it rather than restoring it."""
        keys = self._delete_document(doc_id)
        for _cols, trows in pending.values():
            trows[:] = [t for t in trows if t[0] != doc_id]
        self.db.insert(
            "replaced_versions", ("content_hash", "document_id", "replaced_at"), [(old_hash, doc_id, now)]
        )
        return keys

    def replace_analysis(
        self, docs: Sequence[Document], run_id: str, failures: Sequence[Failure] = ()
    ) -> BatchStats:
        """Recode: swap the analysis rows of stored documents, keep the documents themselves."""
        stats = BatchStats()
        now = _now()
        with self.db.transaction():
            keys: set[str] = set()
            for d in docs:
                keys |= self._delete_analysis(d.id)
                keys |= self._insert_analysis(d)
                self.db.execute("UPDATE documents SET coded_run_id = ? WHERE id = ?", [run_id, d.id])
                stats.stored += 1
            self._insert_errors([_error_row(run_id, f.id, f.origin, f.error, now) for f in failures])
            stats.failures = len(failures)
            stats.events = dedup.recompute(self.db, keys)
        return stats

    def _insert_analysis(self, doc: Document) -> set[str]:
        keys = set()
        tables = rows.analysis_rows(doc)
        _unique_keys(tables)  # as in write(): a duplicate id must not stop the recode
        for table, (cols, trows) in tables.items():
            self.db.insert(table, cols, trows)
            if table == "event_mentions":
                keys = {r[3] for r in trows}
        return keys

    def _delete_analysis(self, doc_id: str) -> set[str]:
        keys = {
            r[0]
            for r in self.db.fetchall(
                "SELECT DISTINCT cluster_key FROM event_mentions WHERE document_id = ?", [doc_id]
            )
        }
        for table in ANALYSIS_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
        return keys

    def _delete_document(self, doc_id: str) -> set[str]:
        keys = self._delete_analysis(doc_id)
        self.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        return keys

    def _insert_errors(self, errors: list[tuple]) -> None:
        if not errors:
            return
        unique = {e[0]: e for e in errors}
        ids = list(unique)
        have = {
            r[0] for r in self.db.fetchall(f"SELECT id FROM errors WHERE id IN ({_marks(len(ids))})", ids)
        }
        self.db.insert(
            "errors",
            ("id", "run_id", "document_id", "origin", "code", "message", "severity", "created_at"),
            [e for k, e in unique.items() if k not in have],
        )

    # -- reading --------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {t: int(self.db.scalar(f"SELECT COUNT(*) FROM {t}")) for t in TABLES}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        found = self.db.dicts("SELECT * FROM documents WHERE id = ?", [doc_id])
        return found[0] if found else None

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.fetchall("SELECT id FROM documents ORDER BY id")]

    def articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        """Stored documents as Articles (cleaned text, publication date), for re-coding."""
        sql = (
            "SELECT id, text, title, url, source, published, language, content_hash, dateline, dateline_source,"
            " origin FROM documents"
        )
        params: list[Any] = []
        if ids is not None:
            sql += f" WHERE id IN ({_marks(len(ids))})"
            params = list(ids)
        for r in self.db.dicts(sql + " ORDER BY id", params):
            yield Article(
                id=r["id"],
                text=r["text"],
                title=r["title"],
                url=r["url"],
                source=r["source"],
                published=r["published"],
                language=r["language"],
                content_hash=r["content_hash"],
                dateline=r["dateline"],
                dateline_source=r["dateline_source"],
                origin=r["origin"],
            )


def _with_hashes(results: Iterable[Document | Failure]) -> list[Document | Failure]:
    """A Document built by hand may lack its hash: it is the SHA-256 of the text, as ingest computes it."""
    return [
        r.model_copy(update={"content_hash": hashlib.sha256(r.text.encode("utf-8")).hexdigest()})
        if isinstance(r, Document) and not r.content_hash and r.text is not None
        else r
        for r in results
    ]


# Leading columns that make a row's key in the per-document tables (schema.py).
KEY_WIDTH = {
    "sentences": 2, "actors": 2, "mentions": 3, "places": 2, "times": 2, "quotes": 2, "event_mentions": 2,
}  # fmt: skip


def _unique_keys(tables: dict[str, tuple[tuple[str, ...], list[tuple]]]) -> dict[str, int]:
    """Drop, in place, the rows of one document whose key an earlier row of the same table
    already has; return how many were dropped per table."""
    dropped: dict[str, int] = {}
    for table, (_, trows) in tables.items():
        width = KEY_WIDTH.get(table)
        if width is None:
            continue
        seen: set[tuple] = set()
        kept = []
        for row in trows:
            key = row[:width]
            if key in seen:
                dropped[table] = dropped.get(table, 0) + 1
                continue
            seen.add(key)
            kept.append(row)
        trows[:] = kept
    return dropped


def _duplicates_record(doc_id: str, dropped: dict[str, int]) -> ErrorRecord:
    what = ", ".join(f"{n} {table}" for table, n in sorted(dropped.items()))
    return warning(Warnings.W106, doc_id, where=doc_id, what=what)


def _error_row(
    run_id: str, doc_id: str | None, origin: str | None, e: ErrorRecord, now: dt.datetime
) -> tuple:
    ident = hashlib.sha1(json.dumps([doc_id, origin or e.origin, e.code, e.message]).encode()).hexdigest()[
        :16
    ]
    return (ident, run_id, doc_id, origin or e.origin, e.code, e.message, e.severity, now)
