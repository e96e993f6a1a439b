"""The store's tables, created and upgraded by numbered migrations (``schema_version``).

One DDL text serves DuckDB and PostgreSQL: only types both understand (TEXT, INTEGER,
BIGINT, DOUBLE PRECISION, BOOLEAN, DATE, TIMESTAMP). JSON-valued fields (evidence,
aliases, PLOVER context) are stored as JSON text, so both backends read them alike.
A migration is never edited once released: a change is a new, higher-numbered entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tidings.errors import Errors, StoreError
from tidings.store.backend import Backend

_PARTY = """
    {p}_actor TEXT, {p}_text TEXT, {p}_code TEXT, {p}_country TEXT, {p}_sectors TEXT,
    {p}_start INTEGER, {p}_end INTEGER"""

_PLACE = """
    geonameid TEXT, place_name TEXT, place_country TEXT, place_admin1 TEXT,
    lat DOUBLE PRECISION, lon DOUBLE PRECISION, place_feature TEXT"""


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents, analysis records, deduplicated events, errors, runs",
        (
            """CREATE TABLE runs (
            id TEXT PRIMARY KEY, command TEXT NOT NULL, status TEXT NOT NULL,
            started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
            tidings_version TEXT, model_name TEXT, model_version TEXT, spacy_version TEXT,
            dictionaries TEXT, options TEXT,
            documents INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0,
            failures INTEGER DEFAULT 0, events INTEGER DEFAULT 0)""",
            """CREATE TABLE documents (
            id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE,
            title TEXT, url TEXT, source TEXT, published DATE, language TEXT,
            dateline TEXT, dateline_source TEXT, origin TEXT, text TEXT NOT NULL,
            run_id TEXT, coded_run_id TEXT, ingested_at TIMESTAMP)""",
            """CREATE TABLE sentences (
            document_id TEXT NOT NULL, idx INTEGER NOT NULL,
            start_char INTEGER, end_char INTEGER, text TEXT,
            PRIMARY KEY (document_id, idx))""",
            """CREATE TABLE actors (
            document_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT, country TEXT,
            sectors TEXT, code TEXT, kind TEXT, aliases TEXT, evidence TEXT,
            PRIMARY KEY (document_id, id))""",
            """CREATE TABLE mentions (
            document_id TEXT NOT NULL, actor_id TEXT NOT NULL, idx INTEGER NOT NULL,
            start_char INTEGER, end_char INTEGER, text TEXT,
            PRIMARY KEY (document_id, actor_id, idx))""",
            """CREATE TABLE places (
            document_id TEXT NOT NULL, id TEXT NOT NULL, text TEXT,
            start_char INTEGER, end_char INTEGER, geonameid TEXT, name TEXT, country TEXT,
            admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, feature TEXT,
            population BIGINT, source TEXT,
            PRIMARY KEY (document_id, id))""",
            """CREATE TABLE times (
            document_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT,
            start_char INTEGER, end_char INTEGER, value TEXT, granularity TEXT,
            anchor TEXT, note TEXT,
            PRIMARY KEY (document_id, idx))""",
            """CREATE TABLE quotes (
            document_id TEXT NOT NULL, id TEXT NOT NULL, text TEXT,
            start_char INTEGER, end_char INTEGER,
            speaker_actor TEXT, speaker_text TEXT, speaker_code TEXT, speaker_name TEXT,
            speaker_start INTEGER, speaker_end INTEGER, cue TEXT, kind TEXT, events TEXT,
            PRIMARY KEY (document_id, id))""",
            f"""CREATE TABLE event_mentions (
            document_id TEXT NOT NULL, id TEXT NOT NULL, event_id TEXT, cluster_key TEXT NOT NULL,
            sentence INTEGER, {_PARTY.format(p="source")}, {_PARTY.format(p="target")},
            action_text TEXT, action_lemma TEXT, action_start INTEGER, action_end INTEGER,
            cameo TEXT, cameo_label TEXT, plover_event TEXT, plover_mode TEXT, plover_context TEXT,
            goldstein DOUBLE PRECISION, quad_class INTEGER, negated BOOLEAN, modality TEXT,
            date_value TEXT, date_granularity TEXT, date_text TEXT, date_source TEXT, day DATE,
            place_id TEXT, place_text TEXT, place_source TEXT, {_PLACE},
            confidence DOUBLE PRECISION, evidence TEXT, quote_id TEXT, published DATE,
            PRIMARY KEY (document_id, id))""",
            f"""CREATE TABLE events (
            id TEXT PRIMARY KEY, cluster_key TEXT NOT NULL, day DATE,
            date_value TEXT, date_granularity TEXT,
            source_code TEXT, source_name TEXT, source_country TEXT, source_sectors TEXT,
            target_code TEXT, target_name TEXT, target_country TEXT, target_sectors TEXT,
            cameo TEXT, cameo_base TEXT, cameo_root TEXT, cameo_label TEXT,
            plover_event TEXT, plover_mode TEXT, quad_class INTEGER, goldstein DOUBLE PRECISION,
            negated BOOLEAN, modality TEXT, {_PLACE},
            num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
            first_report DATE, last_report DATE, first_document TEXT, first_mention TEXT,
            first_url TEXT, is_root INTEGER, confidence DOUBLE PRECISION, added_at TIMESTAMP)""",
            """CREATE TABLE errors (
            id TEXT PRIMARY KEY, run_id TEXT, document_id TEXT, origin TEXT,
            code TEXT, message TEXT, severity TEXT, created_at TIMESTAMP)""",
        ),
    ),
    Migration(
        2,
        "indexes for the query filters and the deduplication",
        (
            "CREATE INDEX IF NOT EXISTS ix_mentions_cluster ON event_mentions (cluster_key)",
            "CREATE INDEX IF NOT EXISTS ix_events_cluster ON events (cluster_key)",
            "CREATE INDEX IF NOT EXISTS ix_events_day ON events (day)",
            "CREATE INDEX IF NOT EXISTS ix_events_dyad ON events (source_country, target_country)",
            "CREATE INDEX IF NOT EXISTS ix_quotes_speaker ON quotes (speaker_code)",
        ),
    ),
    # An article replaced by a newer version (same id, new content) keeps its content hash
    # here, so re-running an ingest over both versions does not bring the old one back.
    Migration(
        3,
        "content hashes of replaced article versions",
        (
            """CREATE TABLE replaced_versions (
            content_hash TEXT PRIMARY KEY, document_id TEXT NOT NULL, replaced_at TIMESTAMP)""",
        ),
    ),
    # tidings watch: what it fetched or read (URL or file path, with validators / file stamp,
    # outcome and reason), so that a restart goes on where it stopped; and one row per round.
    Migration(
        4,
        "watch state: fetched URLs, read files, rounds",
        (
            """CREATE TABLE watch_items (
            key TEXT PRIMARY KEY, source TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
            etag TEXT, last_modified TEXT, stamp TEXT, content_hash TEXT, document_id TEXT,
            code TEXT, reason TEXT, attempts INTEGER DEFAULT 0,
            first_seen TIMESTAMP, last_checked TIMESTAMP, last_stored TIMESTAMP)""",
            """CREATE TABLE watch_rounds (
            id TEXT PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, status TEXT NOT NULL,
            sources TEXT, checked INTEGER, not_modified INTEGER, fetched INTEGER, stored INTEGER,
            skipped INTEGER, failed INTEGER, run_id TEXT)""",
        ),
    ),
    # Events keep the period their date names (a month-dated event is never filed under the
    # publication day) and whether they are asserted as having happened. ``day`` now holds a
    # day only for day-precise events. Rows written before this version are filled from what
    # they have; ``tidings recode`` rewrites them exactly.
    Migration(
        5,
        "event periods (period_start, period_end), the asserted flag, places' FIPS and admin1 codes",
        (
            *(
                f"ALTER TABLE {t} ADD COLUMN {c} {ty}"
                for t in ("event_mentions", "events")
                for c, ty in (("asserted", "BOOLEAN"), ("period_start", "DATE"), ("period_end", "DATE"))
            ),
            *(
                f"UPDATE {t} SET asserted = (NOT COALESCE(negated, FALSE)) AND COALESCE(modality, 'asserted')"
                " NOT IN ('hypothetical', 'conditional', 'intended', 'obligation', 'denied')"
                for t in ("event_mentions", "events")
            ),
            *(
                f"UPDATE {t} SET period_start = day, period_end = day WHERE date_granularity = 'day' OR date_value IS NULL"
                for t in ("event_mentions", "events")
            ),
            *(
                f"UPDATE {t} SET day = NULL WHERE date_granularity IS NOT NULL AND date_granularity <> 'day'"
                for t in ("event_mentions", "events")
            ),
            "CREATE INDEX IF NOT EXISTS ix_events_period ON events (period_start, period_end)",
            # GDELT geography kept with each place: FIPS 10-4 country, GeoNames admin1 code
            *(f"ALTER TABLE places ADD COLUMN {c} TEXT" for c in ("fips", "admin1_code")),
            *(
                f"ALTER TABLE {t} ADD COLUMN {c} TEXT"
                for t in ("event_mentions", "events")
                for c in ("place_fips", "place_admin1_code")
            ),
        ),
    ),
)

LATEST = MIGRATIONS[-1].version

# Tables that hold one document's analysis (deleted and rewritten by ``recode``).
ANALYSIS_TABLES = ("sentences", "actors", "mentions", "places", "times", "quotes", "event_mentions")
TABLES = ("documents", *ANALYSIS_TABLES, "events", "errors", "runs")


def current_version(db: Backend) -> int:
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER PRIMARY KEY, description TEXT, applied_at TIMESTAMP)"
    )
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") or 0)


def migrate(db: Backend, target: int = LATEST) -> list[int]:
    """Apply every migration above the stored version, each in its own transaction."""
    applied = []
    have = current_version(db)
    if have > LATEST:
        raise StoreError(Errors.E303, db.url, have=have, latest=LATEST)
    for m in MIGRATIONS:
        if have < m.version <= target:
            with db.transaction():
                for stmt in m.statements:
                    db.execute(stmt)
                db.execute(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    [m.version, m.description, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
                )
            applied.append(m.version)
    return applied
