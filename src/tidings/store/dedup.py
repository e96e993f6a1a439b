"""Cross-document deduplication: event mentions -> one row per real-world event.

Like GDELT, tidings keeps every report (``event_mentions``) and one row per event
(``events``) with NumMentions / NumArticles / NumSources and the first and last report.
Unlike GDELT, the same event reported by several articles is one row, not several:
mentions with the same cluster key (directed dyad of country codes, CAMEO root, resolved
date, negation; see ``rows.cluster_key``) and a compatible place are merged.

Places are compatible when they are the same GeoNames place, or one is a country/region
(feature class A) containing the other, or one mention has no place. Grouping is
recomputed from all mentions of a key whenever one of them changes, so the result does
not depend on the order in which articles arrived (a re-run after a crash, or a recode,
ends with the same rows as a clean run).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from tidings.store.backend import Backend

EVENT_COLUMNS = (
    "id",
    "cluster_key",
    "day",
    "date_value",
    "date_granularity",
    "source_code",
    "source_name",
    "source_country",
    "source_sectors",
    "target_code",
    "target_name",
    "target_country",
    "target_sectors",
    "cameo",
    "cameo_base",
    "cameo_root",
    "cameo_label",
    "plover_event",
    "plover_mode",
    "quad_class",
    "goldstein",
    "negated",
    "modality",
    "geonameid",
    "place_name",
    "place_country",
    "place_admin1",
    "lat",
    "lon",
    "place_feature",
    "num_mentions",
    "num_articles",
    "num_sources",
    "first_report",
    "last_report",
    "first_document",
    "first_mention",
    "first_url",
    "is_root",
    "confidence",
    "added_at",
    "asserted",
    "period_start",
    "period_end",
    "place_fips",
    "place_admin1_code",
)

_MENTION_SQL = """
SELECT m.document_id, m.id, m.cluster_key, m.sentence, m.source_code, m.source_text, m.source_country,
       m.source_sectors, m.target_code, m.target_text, m.target_country, m.target_sectors,
       m.cameo, m.cameo_label, m.plover_event, m.plover_mode, m.quad_class, m.goldstein, m.negated,
       m.modality, m.date_value, m.date_granularity, m.day, m.geonameid, m.place_name, m.place_country,
       m.place_admin1, m.lat, m.lon, m.place_feature, m.confidence, m.asserted, m.period_start, m.period_end,
       m.place_fips, m.place_admin1_code,
       d.source AS doc_source, d.url AS doc_url, d.published AS doc_published, d.ingested_at,
       sa.name AS source_name, ta.name AS target_name
FROM event_mentions m
JOIN documents d ON d.id = m.document_id
LEFT JOIN actors sa ON sa.document_id = m.document_id AND sa.id = m.source_actor
LEFT JOIN actors ta ON ta.document_id = m.document_id AND ta.id = m.target_actor
WHERE m.cluster_key IN ({marks})
"""


def is_coarse(feature: str | None) -> bool:
    """A country, region or other administrative area (GeoNames feature class A)."""
    f = (feature or "").upper()
    return f.startswith(("A", "PCL", "ADM"))


def _sort_key(m: dict[str, Any]) -> tuple:
    return (str(m["doc_published"] or "9999"), m["document_id"], m["sentence"] or 0, m["id"])


def group_mentions(mentions: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Split the mentions of one cluster key into events by place: {anchor: mentions}."""
    fine: dict[str, list[dict[str, Any]]] = defaultdict(list)
    coarse: list[dict[str, Any]] = []
    unplaced: list[dict[str, Any]] = []
    for m in sorted(mentions, key=_sort_key):
        if not m["geonameid"]:
            unplaced.append(m)
        elif is_coarse(m["place_feature"]):
            coarse.append(m)
        else:
            fine[m["geonameid"]].append(m)

    def biggest(groups: dict[str, list[dict[str, Any]]], country: str | None = None) -> str | None:
        cands = [
            (-len(v), k) for k, v in groups.items() if country is None or v[0]["place_country"] == country
        ]
        return min(cands)[1] if cands else None

    groups: dict[str, list[dict[str, Any]]] = {k: list(v) for k, v in fine.items()}
    for m in coarse:  # a country/region report joins a city in that country, if any
        anchor = biggest(fine, m["place_country"]) if m["place_country"] else None
        groups.setdefault(anchor or m["geonameid"], []).append(m)
    if unplaced:
        anchor = biggest(groups)
        groups.setdefault(anchor or "-", []).extend(unplaced)
    return groups


def _source_of(m: dict[str, Any]) -> str:
    if m["doc_source"]:
        return str(m["doc_source"]).strip().lower()
    if m["doc_url"]:
        host = urlsplit(m["doc_url"]).hostname or ""
        return host.removeprefix("www.") or m["document_id"]
    return "doc:" + m["document_id"]  # unknown publisher: each article counts as its own source


def event_id(key: str, anchor: str) -> str:
    return hashlib.sha1(f"{key}#{anchor}".encode()).hexdigest()[:16]


def build_event(key: str, anchor: str, ms: list[dict[str, Any]]) -> tuple:
    ms = sorted(ms, key=_sort_key)
    counts = Counter(m["cameo"] for m in ms)
    top = max(counts.values())
    rep = next(m for m in ms if counts[m["cameo"]] == top)  # earliest report of the commonest code
    placed = [m for m in ms if m["geonameid"]]
    fine = [m for m in placed if not is_coarse(m["place_feature"])]
    where = fine[0] if fine else placed[0] if placed else None
    published = [m["doc_published"] for m in ms if m["doc_published"] is not None]
    added = [m["ingested_at"] for m in ms if m["ingested_at"] is not None]
    place = (
        (
            where["geonameid"],
            where["place_name"],
            where["place_country"],
            where["place_admin1"],
            where["lat"],
            where["lon"],
            where["place_feature"],
        )
        if where
        else (None,) * 7
    )
    cameo = rep["cameo"] or ""
    return (
        event_id(key, anchor),
        key,
        rep["day"],
        rep["date_value"],
        rep["date_granularity"],
        rep["source_code"],
        rep["source_name"] or rep["source_text"],
        rep["source_country"],
        rep["source_sectors"],
        rep["target_code"],
        rep["target_name"] or rep["target_text"],
        rep["target_country"],
        rep["target_sectors"],
        cameo,
        cameo[:3],
        cameo[:2],
        rep["cameo_label"],
        rep["plover_event"],
        rep["plover_mode"],
        rep["quad_class"],
        rep["goldstein"],
        rep["negated"],
        rep["modality"],
        *place,
        len(ms),
        len({m["document_id"] for m in ms}),
        len({_source_of(m) for m in ms}),
        min(published) if published else None,
        max(published) if published else None,
        ms[0]["document_id"],
        ms[0]["id"],
        ms[0]["doc_url"],
        int(any((m["sentence"] or 0) == 0 for m in ms)),
        max(m["confidence"] or 0.0 for m in ms),
        min(added) if added else None,
        bool(rep["asserted"]),
        rep["period_start"],
        rep["period_end"],
        where["place_fips"] if where else None,
        where["place_admin1_code"] if where else None,
    )


def recompute(db: Backend, keys: Iterable[str], chunk: int = 500) -> int:
    """Rebuild the ``events`` rows of these cluster keys from their mentions; returns events written."""
    keys = sorted(set(keys))
    written = 0
    for i in range(0, len(keys), chunk):
        part = keys[i : i + chunk]
        marks = ",".join("?" * len(part))
        by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for m in db.dicts(_MENTION_SQL.format(marks=marks), part):
            by_key[m["cluster_key"]].append(m)
        db.execute(f"DELETE FROM events WHERE cluster_key IN ({marks})", part)
        rows: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        for key in part:
            for anchor, ms in group_mentions(by_key.get(key, [])).items():
                row = build_event(key, anchor, ms)
                rows.append(row)
                links.extend((row[0], m["document_id"], m["id"]) for m in ms)
        db.insert("events", EVENT_COLUMNS, rows)
        for j in range(0, len(links), 2000):
            part_links = links[j : j + 2000]
            values = ",".join(["(?, ?, ?)"] * len(part_links))
            db.execute(
                "UPDATE event_mentions SET event_id = v.eid FROM (VALUES " + values + ") AS v (eid, did, mid)"
                " WHERE event_mentions.document_id = v.did AND event_mentions.id = v.mid",
                [x for link in part_links for x in link],
            )
        written += len(rows)
    return written
