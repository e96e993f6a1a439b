"""Helpers of the reliability tests: a real-text corpus file, store rows and consistency checks."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))


def wikinews_jsonl(shared: Path, path: Path, n: int, chars: int) -> Path:
    """The first ``n`` Wikinews 2019 articles, each cut to about ``chars`` characters at a sentence end."""
    with (shared / "corpora" / "wikinews" / "wikinews_2019.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[:n]
    with path.open("w", encoding="utf-8") as out:
        for i, r in enumerate(rows):
            text = r["text"]
            cut = text.rfind(". ", 0, chars)
            text = text[: cut + 1] if cut > 0 else text[:chars]
            out.write(
                json.dumps(
                    {
                        "id": f"wn-{i}",
                        "title": r["title"],
                        "url": r["url"],
                        "published": r["date"][:10],
                        "text": text,
                    }
                )
                + "\n"
            )
    return path


def store_rows(url: str, read_only: bool = False) -> dict[str, list[tuple]]:
    """Every data row of the store (run ids and timestamps left out), including replaced versions."""
    from test_store import data_rows

    from tidings.store import Store

    with Store(url, read_only=read_only) as s:
        out = data_rows(s)
        out["replaced_versions"] = sorted(
            s.db.fetchall("SELECT content_hash, document_id FROM replaced_versions")
        )
    return out


def assert_consistent(url: str, max_documents: int) -> int:
    """A store that opens, whose analysis rows all belong to stored documents and whose events
    count exactly their mentions; returns the number of documents."""
    from tidings.store import Store

    with Store(url) as s:
        db = s.db
        docs = int(db.scalar("SELECT COUNT(*) FROM documents"))
        assert docs <= max_documents
        assert db.scalar("SELECT COUNT(DISTINCT content_hash) FROM documents") == docs
        for table in ("sentences", "actors", "mentions", "places", "times", "quotes", "event_mentions"):
            orphans = db.scalar(
                f"SELECT COUNT(*) FROM {table} t LEFT JOIN documents d ON d.id = t.document_id"
                " WHERE d.id IS NULL"
            )
            assert orphans == 0, table
        # a document is stored with its analysis or not at all: each has its sentences
        bare = db.scalar(
            "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS"
            " (SELECT 1 FROM sentences s WHERE s.document_id = d.id)"
        )
        assert bare == 0
        assert int(db.scalar("SELECT COALESCE(SUM(num_mentions), 0) FROM events")) == int(
            db.scalar("SELECT COUNT(*) FROM event_mentions")
        )
        assert (
            db.scalar(
                "SELECT COUNT(*) FROM event_mentions m LEFT JOIN events e ON e.id = m.event_id"
                " WHERE e.id IS NULL"
            )
            == 0
        )
    return docs
