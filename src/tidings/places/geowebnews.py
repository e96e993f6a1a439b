"""Toponym recall and resolution on GeoWebNews (Gritta et al. 2019), measured, never shipped.

    python -m tidings.places.geowebnews PATH/GWN.xml [--split dev|heldout|all] [--cache DIR] [-v]

GeoWebNews (``GWN.xml``, GPL-3.0) is read from where the caller points; nothing of it is
copied into tidings. Its 200 articles are split by position: ``dev`` = the first 100
(used while writing the rules), ``heldout`` = the other 100 (only measured).

Gold = the toponyms that carry a GeoNames id (2,401 of them). A gold toponym is *found*
when a place of ``doc._.places`` (not the dateline) overlaps its characters; it is
*within 161 km* when that place's point lies within 161 km (100 miles) of the gold point
or it carries the gold GeoNames id (the index's centre of a country or first-level division
is not GeoNames' point for it; ``within_161km_by_index_point`` counts the points alone), and
*exact* when it carries the gold GeoNames id. The dateline, cut from the text by ingestion,
counts as found where the gold marks it ("WASHINGTON -"). "Adjectival" gold toponyms ("Russian
troops", GeoWebNews' modifier types whose text spaCy tags as an adjective or NORP) are
also counted apart: tidings keeps demonyms and adjectives out of its places by design.

``--cache DIR`` keeps the spaCy parses (DocBin) so that repeated runs only redo the
places stage.
"""

from __future__ import annotations

import argparse
import json
import math
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEV_ARTICLES = 100
KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    kind: str
    geonameid: int
    lat: float
    lon: float


@dataclass(frozen=True)
class GoldArticle:
    index: int
    title: str
    link: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _field(el: ET.Element, tag: str) -> str:
    sub = el.find(tag)
    return (sub.text or "").strip() if sub is not None else ""


def read_gwn(path: Path) -> list[GoldArticle]:
    """The articles of ``GWN.xml`` with their toponyms that carry a GeoNames id and a point."""
    root = ET.parse(path).getroot()
    out: list[GoldArticle] = []
    for i, art in enumerate(root.findall("article")):
        tops: list[GoldToponym] = []
        for t in art.find("toponyms") or []:
            gid, lat, lon = _field(t, "geonamesID"), _field(t, "latitude"), _field(t, "longitude")
            if not gid or not lat or not lon:
                continue
            tops.append(
                GoldToponym(
                    int(_field(t, "start")),
                    int(_field(t, "end")),
                    _field(t, "extractedName"),
                    _field(t, "type"),
                    int(gid),
                    float(lat),
                    float(lon),
                )
            )
        body = art.find("text")
        out.append(
            GoldArticle(
                i,
                _field(art, "title"),
                _field(art, "link"),
                body.text or "" if body is not None else "",
                tuple(tops),
            )
        )
    return out


def split_articles(articles: list[GoldArticle], split: str) -> list[GoldArticle]:
    if split == "dev":
        return articles[:DEV_ARTICLES]
    if split == "heldout":
        return articles[DEV_ARTICLES:]
    return articles


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def _parsed_docs(articles: list[GoldArticle], cache: Path | None) -> tuple[list[Any], list[Any]]:
    """(Articles, spaCy Docs parsed by the base pipeline) for ``articles``; cached as a DocBin."""
    from spacy.tokens import DocBin

    from tidings.ingest import article_from_text
    from tidings.model import Article
    from tidings.nlp import load

    nlp = load(stages=False)
    arts: list[Article] = []
    for a in articles:
        got = article_from_text(a.text, title=a.title or None, url=a.link or None, id=f"gwn-{a.index}")
        if not isinstance(got, Article):
            raise RuntimeError(f"GeoWebNews article {a.index}: {got.error.message}")
        arts.append(got)
    key = f"gwn-{articles[0].index}-{articles[-1].index}-{len(articles)}.spacy" if articles else ""
    if cache is not None and (cache / key).exists():
        docs = list(DocBin().from_disk(cache / key).get_docs(nlp.vocab))
        if len(docs) == len(arts) and all(d.text == a.text for d, a in zip(docs, arts, strict=True)):
            return arts, docs
    docs = list(nlp.pipe([a.text for a in arts], batch_size=16))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(cache / key)
    return arts, docs


def _offset(raw: str, clean: str) -> int:
    """Where the cleaned text starts in the raw text (cleaning strips a dateline and edges)."""
    k = raw.find(clean[:200])
    return k if k >= 0 else 0


def _adjectival(doc: Any, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return all(t.tag_ in ("JJ", "NNPS") or t.ent_type_ == "NORP" for t in span)


def evaluate_geowebnews(
    path: Path | str,
    split: str = "dev",
    cache: Path | str | None = None,
    verbose: bool = False,
    limit: int | None = None,
) -> dict[str, Any]:
    """Recall and resolution of the places stage on GeoWebNews; see the module docstring.

    Returns counts and ratios: ``gold``, ``found``, ``within_161km``, ``exact_id``,
    ``found_rate``, ``within_161km_of_found``, ``within_161km_of_all``, ``exact_id_of_found``,
    the same for the non-adjectival gold (``nonadj``), on the first ``limit`` articles of
    the split when given, ``predicted`` / ``predicted_on_gold``
    (places overlapping any gold toponym), ``seconds_places`` and, when ``verbose``, ``misses``."""
    from tidings.places.component import PlacesStage
    from tidings.registrations import ensure_defaults, register

    register()
    articles = split_articles(read_gwn(Path(path)), split)[:limit]
    arts, docs = _parsed_docs(articles, Path(cache) if cache is not None else None)
    stage = PlacesStage()
    c: Counter[str] = Counter()
    misses: list[str] = []
    t_places = 0.0
    for gold, art, doc in zip(articles, arts, docs, strict=True):
        doc._.article = art
        ensure_defaults(doc)
        t0 = time.perf_counter()
        stage.annotate(doc)
        t_places += time.perf_counter() - t0
        _score_article(gold, art, doc, c, misses if verbose else None)
    out: dict[str, Any] = {"split": split, "articles": len(articles), "seconds_places": round(t_places, 3)}
    out.update(_ratios(c))
    if verbose:
        out["misses"] = misses
    return out


def _ratios(c: Counter[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for prefix in ("", "nonadj_"):
        g, f = c[prefix + "gold"], c[prefix + "found"]
        out[prefix + "gold"] = g
        out[prefix + "found"] = f
        out[prefix + "within_161km"] = c[prefix + "within"]
        out[prefix + "within_161km_by_index_point"] = c[prefix + "raw_within"]
        out[prefix + "exact_id"] = c[prefix + "exact"]
        out[prefix + "found_rate"] = round(f / g, 4) if g else 0.0
        out[prefix + "within_161km_of_found"] = round(c[prefix + "within"] / f, 4) if f else 0.0
        out[prefix + "within_161km_of_all"] = round(c[prefix + "within"] / g, 4) if g else 0.0
        out[prefix + "exact_id_of_found"] = round(c[prefix + "exact"] / f, 4) if f else 0.0
    out["predicted"] = c["predicted"]
    out["predicted_on_gold"] = c["predicted_on_gold"]
    out["by_type"] = {
        k.split(":")[1]: f"{c[k[:-4] + 'found']}/{c[k]}"
        for k in sorted(c)
        if k.startswith("type:") and k.endswith(":gold")
    }
    return out


def _score_article(gold: GoldArticle, art: Any, doc: Any, c: Counter[str], misses: list[str] | None) -> None:
    """Adds one article's counts to ``c`` (and its toponyms not within 161 km to ``misses``)."""
    shift = _offset(gold.text, art.text)
    preds = [p for p in doc._.places if p.source != "dateline"]
    c["predicted"] += len(preds)
    # the dateline ("WASHINGTON -") is cut from the text; its place stands for it
    dateline = [
        p.model_copy(update={"start": -shift, "end": 0}) for p in doc._.places if p.source == "dateline"
    ]
    for t in gold.toponyms:
        s, e = t.start - shift, t.end - shift
        adj = _adjectival(doc, s, e)
        hits = [p for p in preds + dateline if p.start < e and s < p.end]
        ok_id = any(p.geonameid is not None and int(p.geonameid) == t.geonameid for p in hits)
        raw_km = any(p.lat is not None and km((p.lat, p.lon), (t.lat, t.lon)) <= KM for p in hits)
        ok_km = ok_id or raw_km  # the gold id is the gold point, whatever centre the index stores
        for prefix in ("", *(() if adj else ("nonadj_",))):
            c[prefix + "gold"] += 1
            c[prefix + "found"] += bool(hits)
            c[prefix + "within"] += ok_km
            c[prefix + "exact"] += ok_id
            c[prefix + "raw_within"] += raw_km
        c[f"type:{t.kind}:gold"] += 1
        c[f"type:{t.kind}:found"] += bool(hits)
        if misses is not None and not ok_km:
            got = [(p.text, p.name, p.country, p.geonameid, p.reason) for p in hits] if hits else "NOT FOUND"
            misses.append(
                f"{gold.index}: {t.text!r} [{t.kind}{', adj' if adj else ''}] gold {t.geonameid} got {got}"
            )
    spans = [(t.start - shift, t.end - shift) for t in gold.toponyms]
    c["predicted_on_gold"] += sum(1 for p in preds if any(p.start < e and s < p.end for s, e in spans))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="places recall and resolution on GeoWebNews")
    ap.add_argument("gwn", type=Path, help="GWN.xml")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached spaCy parses")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of the split")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every toponym not within 161 km")
    args = ap.parse_args(argv)
    res = evaluate_geowebnews(args.gwn, args.split, args.cache, args.verbose, args.limit)
    for m in res.pop("misses", []):
        print("  miss", m)
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
