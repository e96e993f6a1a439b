"""The page in a real browser: Debian's headless Chromium (via Playwright) against
``tidings serve`` on a store built with the real pipeline from the seed and Wikinews.

Expected numbers come from the server's own JSON API, so the test checks that the page
draws what the store holds: one timeline column and one Goldstein dot per period, one
circle per located place, one node per actor in the network, one row per event.
Screenshots go to test-output/web/.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import SEED_DATE, wikinews_rows

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
TIDINGS = [sys.executable, "-c", "from tidings.cli import main; main()"]
SHOTS = ROOT / "test-output" / "web"
CHROMIUM = os.environ.get("TIDINGS_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pipeline_db(tmp_path_factory, pipeline, seed_text):
    """The seed and Wikinews articles about Iran or Iraq, ingested with the real pipeline."""
    from tidings.ingest import article_from_text
    from tidings.run import Analysis, ingest_items

    rows = [r for r in wikinews_rows() if "Iran" in r["text"] or "Iraq" in r["text"]][:8]
    items = [
        article_from_text(seed_text, published=SEED_DATE, id="seed", title="Seed: Iran and Iraq on Kurdistan")
    ]
    items += [
        article_from_text(r["text"], published=r["date"], title=r["title"], url=r["url"], id=f"wn{i}")
        for i, r in enumerate(rows)
    ]
    url = str(tmp_path_factory.mktemp("webdb") / "pipeline.duckdb")
    report = ingest_items(items, url, analysis=Analysis.using(pipeline))
    assert report.stats.stored == len(items)
    return url


@pytest.fixture(scope="session")
def server(pipeline_db):
    port = _free_port()
    proc = subprocess.Popen(
        [*TIDINGS, "serve", "--db", pipeline_db, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "api/stats", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"tidings serve did not start:\n{proc.stdout.read() if proc.stdout else ''}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(10)


def api(base: str, path: str, **params) -> dict:
    qs = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    with urllib.request.urlopen(f"{base}{path}{'?' + qs if qs else ''}", timeout=10) as r:
        return json.loads(r.read())


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} not found: run scripts/system-deps.sh (installs Debian chromium)", pytrace=False
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.js_errors = errors  # a test that expects an error response removes it from here
    pg.goto(server)
    pg.wait_for_selector("body[data-ready='1']", timeout=30_000)
    yield pg
    ctx.close()
    assert errors == [], errors


def _loads(pg) -> int:
    return int(pg.evaluate("document.body.dataset.loads || 0"))


def _wait_reload(pg, before: int) -> None:
    # A selector, not wait_for_function: the page's CSP forbids eval, which that uses.
    pg.wait_for_selector(f"body[data-loads='{before + 1}']", state="attached", timeout=15_000)


def _article_text(pg) -> str:
    """The article view's text without the mark labels: it must be the document's text."""
    return pg.locator("#article-text").evaluate(
        "el => { const c = el.cloneNode(true); c.querySelectorAll('.lbl').forEach(x => x.remove()); return c.textContent; }"
    )


def _shot(pg, name: str, full: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / name), full_page=full)


def test_timeline_map_network_and_table_draw_every_mark(page, server):
    stats = api(server, "api/stats")
    assert stats["events"] > 10, "the pipeline should find events in the seed and Wikinews articles"
    by = page.locator("#by button.on").get_attribute("data-by")
    series = api(server, "api/series", by=by)
    periods = [dt.date.fromisoformat(i["period"]) for i in series["items"]]
    span = (periods[-1] - periods[0]).days
    # The page picks the period from the span (a span in months is a bit shorter than in days).
    assert by == ("day" if span <= 120 else "week" if span <= 730 else "month"), (by, span)
    places = api(server, "api/places")
    net = api(server, "api/network", max_edges=60)
    assert page.locator("#timeline g.period").count() == len(series["items"]) > 0
    assert page.locator("#timeline circle.gs-dot").count() == len(series["items"])
    bars = sum(1 for i in series["items"] for q in (1, 2, 3, 4) if i[f"q{q}"])
    assert page.locator("#timeline rect.bar").count() == bars
    assert page.locator("#map circle.place").count() == places["total"] > 0
    assert page.locator("#network g.node").count() == len(net["nodes"]) > 0
    assert page.locator("#network path.edge").count() == len(net["edges"])
    assert page.locator("#events tbody tr").count() == min(25, stats["events"])
    assert page.locator("#events-count").inner_text() == f"{stats['events']} events"
    # Names on the map are the stored places' names.
    names = set(page.locator("#map circle.place").evaluate_all("cs => cs.map(c => c.dataset.name)"))
    assert names == {p["name"] for p in places["items"]}
    _shot(page, "overview.png")
    before = _loads(page)
    page.click("#by button[data-by='week']")
    _wait_reload(page, before)
    weeks = api(server, "api/series", by="week")
    assert page.locator("#timeline g.period").count() == len(weeks["items"])
    page.locator("#timeline-card").screenshot(path=str(SHOTS / "timeline-week.png"))
    page.locator("#map-card").screenshot(path=str(SHOTS / "map.png"))
    # Wheel zoom narrows the view box and keeps every place mark.
    width = float(page.get_attribute("#map", "viewBox").split()[2])
    page.hover("#map")
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(200)
    assert float(page.get_attribute("#map", "viewBox").split()[2]) < width
    assert page.locator("#map circle.place").count() == places["total"]
    page.click("#map-world")
    page.locator("#network-card").screenshot(path=str(SHOTS / "network.png"))


def test_filters_change_the_table(page, server):
    total = api(server, "api/events")["total"]
    dyad = api(server, "api/events", dyad="IRN:IRQ", limit=500)
    assert 0 < dyad["total"] < total
    before = _loads(page)
    page.fill("input[name=dyad]", "IRN:IRQ")
    page.click("button.primary")
    _wait_reload(page, before)
    rows = page.locator("#events tbody tr")
    assert rows.count() == min(25, dyad["total"])
    sources = rows.evaluate_all("rs => rs.map(r => r.cells[1].querySelector('.code').textContent)")
    targets = rows.evaluate_all("rs => rs.map(r => r.cells[3].querySelector('.code').textContent)")
    assert all(s.startswith("IRN") for s in sources) and all(t.startswith("IRQ") for t in targets)
    assert "dyad=IRN%3AIRQ" in page.url or "dyad=IRN:IRQ" in page.url
    href = page.get_attribute("#events-csv", "href")
    csv_text = urllib.request.urlopen(server + href, timeout=10).read().decode()
    assert len(list(csv.reader(io.StringIO(csv_text)))) == dyad["total"] + 1  # header + one row per event
    _shot(page, "filter-dyad.png")

    # Both directions: more (or as many) events, and some now run IRQ -> IRN.
    both = api(server, "api/events", dyad="IRN:IRQ", directed="false")
    before = _loads(page)
    page.uncheck("input[name=directed]")
    page.click("button.primary")
    _wait_reload(page, before)
    # the counter is redrawn after the table's own fetch: wait for it, don't race it
    expect(page.locator("#events-count")).to_have_text(
        f"{both['total']} event{'s' if both['total'] != 1 else ''}", timeout=15_000
    )

    # A quad class on top of the dyad, then a date range, then reset.
    quad = api(server, "api/events", dyad="IRN:IRQ", directed="false", quad_class=1)
    before = _loads(page)
    page.select_option("select[name=quad_class]", "1")
    page.click("button.primary")
    _wait_reload(page, before)
    assert page.locator("#events tbody tr:not(.empty)").count() == min(25, quad["total"])
    assert quad["total"] <= both["total"]

    before = _loads(page)
    page.click("#reset")
    _wait_reload(page, before)
    assert page.locator("#events tbody tr").count() == min(25, total)

    day = dt.date(2022, 10, 15).isoformat()
    on_day = api(server, "api/events", date_from=day, date_to=day)
    before = _loads(page)
    page.fill("input[name=date_from]", day)
    page.fill("input[name=date_to]", day)
    page.click("button.primary")
    _wait_reload(page, before)
    assert page.locator("#events tbody tr:not(.empty)").count() == min(25, on_day["total"])
    assert set(page.locator("#events tbody tr td:first-child").all_inner_texts()) <= {day}

    before = _loads(page)
    page.fill("input[name=q]", "zzzz-no-such-text")
    page.click("button.primary")
    _wait_reload(page, before)
    assert page.locator("#events tbody tr.empty").count() == 1


def test_pager_timeline_and_network_clicks_filter(page, server):
    total = api(server, "api/events")["total"]
    assert total > 25, "needs more than one page of events"
    first = page.locator("#events tbody tr").first.get_attribute("data-event")
    before = _loads(page)
    page.click("#pager [data-step='1']")
    _wait_reload(page, before)
    assert page.locator("#events tbody tr").count() == min(25, total - 25)
    assert page.locator("#page-info").inner_text() == f"26–{min(50, total)} of {total}"
    assert page.locator("#events tbody tr").first.get_attribute("data-event") != first

    # A timeline column filters the dates to its period.
    column = page.locator("#timeline g.period").first
    period = column.get_attribute("data-period")
    before = _loads(page)
    column.click()
    _wait_reload(page, before)
    date_from, date_to = page.input_value("input[name=date_from]"), page.input_value("input[name=date_to]")
    assert date_from == period and date_to >= period
    expected = api(server, "api/events", date_from=date_from, date_to=date_to)["total"]
    assert page.locator("#events-count").inner_text().startswith(f"{expected} event")

    # An actor in the network filters on its code.
    before = _loads(page)
    page.click("#reset")
    _wait_reload(page, before)
    node = page.locator("#network g.node").first
    code = node.get_attribute("data-code")
    before = _loads(page)
    node.click()
    _wait_reload(page, before)
    assert page.input_value("input[name=actor]") == code
    expected = api(server, "api/events", actor=code)["total"]
    assert page.locator("#events-count").inner_text().startswith(f"{expected} event")
    assert page.locator("#network g.node.sel").count() >= 1


def test_bad_filter_shows_the_api_error(page):
    before = _loads(page)
    page.fill("input[name=cameo]", "4a")
    page.click("button.primary")
    _wait_reload(page, before)
    assert "cameo" in page.locator("#error").inner_text()
    assert page.locator("#error").is_visible()
    page.wait_for_load_state("networkidle")  # every refused request has answered (and logged) by now
    expected = [e for e in page.js_errors if "status of 422" in e]
    assert expected
    page.js_errors[:] = [e for e in page.js_errors if e not in expected]


def test_clicking_an_event_opens_the_article_with_highlights(page, server):
    rows = api(server, "api/events", dyad="IRN:IRQ", limit=25)["items"]
    assert rows
    idx = next((i for i, r in enumerate(rows) if r["target_text"]), 0)
    row = rows[idx]
    before = _loads(page)
    page.fill("input[name=dyad]", "IRN:IRQ")
    page.click("button.primary")
    _wait_reload(page, before)
    page.locator("#events tbody tr").nth(idx).click()
    page.wait_for_selector("#article:not([hidden]) mark.trg")
    sent = "".join(page.locator("#article-text .sent").all_text_contents())
    assert sent == row["sentence_text"]
    trg = page.locator("#article-text mark.trg")
    assert trg.count() == 1
    assert trg.locator(".lbl").inner_text().startswith(row["cameo"])
    assert trg.inner_text().startswith(row["action"])
    src = page.locator("#article-text mark.src")
    assert src.count() == 1 and src.locator(".lbl").inner_text() == row["source_code"]
    if row["target_text"]:
        assert page.locator("#article-text mark.tgt .lbl").inner_text() == row["target_code"]
    # Dates, places and quotes of the article are marked too, and no character is lost.
    doc = api(server, f"api/documents/{row['document']}")
    assert _article_text(page) == doc["text"]
    if doc["places"]:
        assert page.locator("#article-text mark.plc").count() >= 1
    # The event's place (when the store located it in its sentence) keeps its colour.
    ev = next(e for e in doc["events"] if e["id"] == row["mention"])
    place = next((p for p in doc["places"] if ev["location"] and p["id"] == ev["location"]["place"]), None)
    sent = doc["sentences"][ev["sentence"]]
    if place and sent["start"] <= place["start"] and place["end"] <= sent["end"]:
        assert page.locator("#article-text mark.plc.key").count() == 1
        assert page.locator("#article-text mark.plc.key").inner_text().startswith(place["text"])
    if doc["quotes"]:
        assert page.locator("#article-text .qt").count() >= len(doc["quotes"])
    assert row["title"] in page.locator("#article-title").inner_text()
    _shot(page, "article.png", full=False)
    page.keyboard.press("Escape")
    assert page.locator("#article").is_hidden()
    page.locator("#events tbody tr").nth(idx).click()
    page.wait_for_selector("#article:not([hidden])")
    page.mouse.click(20, 500)  # outside the drawer, on the backdrop
    assert page.locator("#article").is_hidden() and page.locator("#backdrop").is_hidden()


def test_quotes_by_speaker(page, server):
    speakers = api(server, "api/speakers")["items"]
    assert speakers, "the pipeline should attribute quotes in the seed"
    top = speakers[0]
    assert page.locator("#speakers li[data-speaker]").count() == len(speakers)
    page.locator(f'#speakers li[data-speaker="{top["speaker"]}"]').click()
    page.wait_for_selector("#speakers li.on[data-speaker]")
    expected = api(server, "api/quotes", speaker=top["speaker"])["total"]
    page.wait_for_selector(f"#quotes .quote >> nth={min(expected, 100) - 1}")
    for _ in range(50):
        if page.locator("#quotes .quote").count() == min(expected, 100):
            break
        time.sleep(0.1)
    assert page.locator("#quotes .quote").count() == min(expected, 100)
    page.locator("#quotes-card").screenshot(path=str(SHOTS / "quotes.png"))
    # The text filter narrows the quotes too (all speakers again first).
    page.locator("#speakers li:not([data-speaker])").click()
    page.wait_for_selector("#speakers li.on:not([data-speaker])")
    word = "security"
    expected_q = api(server, "api/quotes", q=word, limit=100)["total"]
    before = _loads(page)
    page.fill("input[name=q]", word)
    page.click("button.primary")
    _wait_reload(page, before)
    page.wait_for_selector(f"#quotes .quote >> nth={min(expected_q, 100) - 1}")
    for _ in range(50):
        if page.locator("#quotes .quote").count() == min(expected_q, 100):
            break
        time.sleep(0.1)
    assert page.locator("#quotes .quote").count() == min(expected_q, 100)
    assert all(word in t.lower() for t in page.locator("#quotes .quote .qt").all_inner_texts())
    page.locator("#quotes .quote").first.click()
    page.wait_for_selector("#article:not([hidden]) .quote-sel")
    assert page.locator("#article-text .quote-sel").count() >= 1
    _shot(page, "article-quote.png", full=False)


def test_articles_list_opens_an_article(page, server):
    docs = api(server, "api/documents", limit=20)
    assert page.locator("#documents li").count() == min(20, docs["total"])
    first = docs["items"][0]
    page.locator("#documents li").first.click()
    page.wait_for_selector("#article:not([hidden])")
    assert page.locator("#article-title").inner_text() == (first["title"] or first["id"])
    assert page.locator("#article-event").inner_text() == ""  # no event chosen: nothing shaded
    assert page.locator("#article-text .sent").count() == 0
    doc = api(server, f"api/documents/{first['id']}")
    assert _article_text(page) == doc["text"]


def test_serve_refuses_a_public_host_without_token():
    r = subprocess.run(
        [*TIDINGS, "serve", "--host", "0.0.0.0", "--db", "x.duckdb"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert "token" in r.stderr


def test_token_page_works_in_the_browser(browser, pipeline_db):
    port = _free_port()
    proc = subprocess.Popen(
        [*TIDINGS, "serve", "--db", pipeline_db, "--port", str(port), "--token", "t0k"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "api/stats?token=t0k", timeout=2).read()
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        pg = browser.new_page()
        pg.goto(base + "?token=t0k")
        pg.wait_for_selector("body[data-ready='1']", timeout=30_000)
        assert pg.locator("#events tbody tr").count() > 0
        assert pg.locator("#error").is_hidden()
        pg.close()
    finally:
        proc.terminate()
        proc.wait(10)


def _boxes(pg, selector: str) -> list[tuple[float, ...]]:
    """The drawn extent of each label (SVG getBBox, in the chart's units) as x0, y0, x1, y1."""
    return [
        tuple(b)
        for b in pg.locator(selector).evaluate_all(
            "ts => ts.map(t => { const b = t.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; })"
        )
    ]


def _no_overlap(boxes: list[tuple[float, ...]]) -> bool:
    return not any(
        a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
    )


def _apply(pg) -> None:
    before = _loads(pg)
    pg.click("button.primary")
    _wait_reload(pg, before)


def _count_is(pg, total: int) -> None:
    expect(pg.locator("#events-count")).to_have_text(
        f"{total} event{'s' if total != 1 else ''}", timeout=15_000
    )


def test_hash_follows_back_forward_and_hand_edits(page, server):
    page.fill("input[name=dyad]", "IRN:IRQ")
    _apply(page)
    page.select_option("select[name=quad_class]", "1")
    _apply(page)
    assert "quad_class=1" in page.url
    # Back: the hash names the dyad only, and the page shows the dyad only.
    before = _loads(page)
    page.go_back()
    _wait_reload(page, before)
    assert "quad_class" not in page.url and "dyad=IRN%3AIRQ" in page.url
    assert (
        page.input_value("select[name=quad_class]") == ""
        and page.input_value("input[name=dyad]") == "IRN:IRQ"
    )
    _count_is(page, api(server, "api/events", dyad="IRN:IRQ")["total"])
    before = _loads(page)
    page.go_forward()
    _wait_reload(page, before)
    assert page.input_value("select[name=quad_class]") == "1"
    _count_is(page, api(server, "api/events", dyad="IRN:IRQ", quad_class=1)["total"])
    # A hand-edited hash is followed too.
    before = _loads(page)
    page.evaluate("location.hash = '#actor=IRQ&order=-day'")
    _wait_reload(page, before)
    assert page.input_value("input[name=actor]") == "IRQ" and page.input_value("input[name=dyad]") == ""
    want = api(server, "api/events", actor="IRQ", order="-day", limit=25)
    _count_is(page, want["total"])
    assert page.locator("#events tbody tr").first.get_attribute("data-event") == want["items"][0]["id"]
    assert page.locator("#events th[data-sort=day]").get_attribute("aria-sort") == "descending"


def test_plover_country_min_articles_and_unasserted_filters(page, server):
    stats = api(server, "api/events")
    plover = api(server, "api/events", limit=500)["items"][0]["plover_event"]
    page.select_option("select[name=plover]", plover)
    _apply(page)
    want = api(server, "api/events", plover=plover)["total"]
    _count_is(page, want)
    assert set(page.locator("#events tbody tr td:nth-child(6)").all_inner_texts()) == {plover}
    page.select_option("select[name=plover]", "")
    country = api(server, "api/places")["items"][0]["country"]
    page.fill("input[name=country]", country.lower())
    _apply(page)
    _count_is(page, api(server, "api/events", country=country)["total"])
    assert "country=" + country in page.url
    page.fill("input[name=country]", "")
    page.fill("input[name=min_articles]", "2")
    _apply(page)
    _count_is(page, api(server, "api/events", min_articles=2)["total"])
    page.fill("input[name=min_articles]", "")
    page.check("input[name=include_unasserted]")
    _apply(page)
    everything = api(server, "api/events", include_unasserted="true")["total"]
    assert everything > stats["total"], "the seed and Wikinews hold negated or hypothetical events"
    _count_is(page, everything)
    assert "include_unasserted=true" in page.url
    jsonl = (
        urllib.request.urlopen(server + page.get_attribute("#events-jsonl", "href"), timeout=10)
        .read()
        .decode()
    )
    rows = [json.loads(line) for line in jsonl.splitlines()]
    assert len(rows) == everything and any(r["asserted"] is False for r in rows)
    _shot(page, "filters-unasserted.png")


def test_sorting_by_goldstein_and_reports(page, server):
    before = _loads(page)
    page.click("#events th[data-sort=goldstein] button")
    _wait_reload(page, before)
    want = api(server, "api/events", order="goldstein", limit=25)["items"]
    ids = page.locator("#events tbody tr").evaluate_all("rs => rs.map(r => r.dataset.event)")
    assert ids == [r["id"] for r in want]
    before = _loads(page)
    page.click("#events th[data-sort=goldstein] button")
    _wait_reload(page, before)
    assert "order=-goldstein" in page.url
    first = page.locator("#events tbody tr td.num").first.inner_text()
    top = api(server, "api/events", order="-goldstein", limit=1)["items"][0]["goldstein"]
    assert float(first) == top
    assert page.locator("#events th[data-sort=goldstein]").get_attribute("aria-sort") == "descending"
    # The order holds on the next page and in the downloads.
    before = _loads(page)
    page.click("#pager [data-step='1']")
    _wait_reload(page, before)
    want2 = api(server, "api/events", order="-goldstein", limit=25, offset=25)["items"]
    assert page.locator("#events tbody tr").first.get_attribute("data-event") == want2[0]["id"]
    csv_text = (
        urllib.request.urlopen(server + page.get_attribute("#events-csv", "href"), timeout=10).read().decode()
    )
    gs = [float(r["goldstein"]) for r in csv.DictReader(io.StringIO(csv_text))]
    assert gs == sorted(gs, reverse=True)
    page.locator("#events-card").screenshot(path=str(SHOTS / "table-sorted.png"))


def test_timeline_brush_picks_a_date_range(page, server):
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    x0, x1 = box["x"] + box["width"] * 0.2, box["x"] + box["width"] * 0.8
    before = _loads(page)
    page.mouse.move(x0, y)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, y, steps=4)
    page.mouse.move(x1, y, steps=4)
    page.mouse.up()
    _wait_reload(page, before)
    date_from, date_to = page.input_value("input[name=date_from]"), page.input_value("input[name=date_to]")
    assert date_from and date_to and date_from < date_to
    stats = api(server, "api/stats")
    assert stats["date_min"] <= date_from and date_to <= stats["date_max"]
    _count_is(page, api(server, "api/events", date_from=date_from, date_to=date_to)["total"])
    assert f"date_from={date_from}" in page.url
    page.locator("#timeline-card").screenshot(path=str(SHOTS / "timeline-brushed.png"))


def test_source_links_in_table_and_article(page, server):
    rows = api(server, "api/events", limit=25)["items"]
    links = page.locator("#events tbody tr").evaluate_all(
        "rs => rs.map(r => { const a = r.querySelector('a.source-link'); return a ? a.getAttribute('href') : null; })"
    )
    assert links == [r["url"] if r["url"] and r["url"].startswith("http") else None for r in rows]
    assert any(links), "the Wikinews articles have URLs"
    idx = next(i for i, u in enumerate(links) if u)
    assert (
        page.locator("#events tbody tr").nth(idx).locator("a.source-link").get_attribute("target") == "_blank"
    )
    page.locator("#events tbody tr").nth(idx).locator("td").first.click()
    page.wait_for_selector("#article:not([hidden])")
    assert page.locator("#article-meta a.source-link").get_attribute("href") == rows[idx]["url"]
    _shot(page, "article-source-link.png", full=False)


def test_map_has_coastlines_a_size_legend_and_labels_that_do_not_collide(page, server):
    page.click("#map-world")
    land = page.locator("#map path.land").get_attribute("d")
    assert land and land.count("M") > 500, "Natural Earth land polygons, not a dot grid"
    assert page.locator("#map path.border").count() == 1
    places = api(server, "api/places")["items"]
    legend = page.locator("#size-legend circle").evaluate_all("cs => cs.map(c => Number(c.dataset.events))")
    assert legend[0] == 1 and legend[-1] == max(p["events"] for p in places)
    # Legend circles are drawn at the map's own screen size for the same count.
    biggest = max(places, key=lambda p: p["events"])
    on_map = page.locator(f"#map circle.place[data-events='{biggest['events']}']").first.bounding_box()[
        "width"
    ]
    in_legend = page.locator("#size-legend circle").last.bounding_box()["width"]
    assert abs(on_map - in_legend) < 1.5, (on_map, in_legend)
    for view in ("#map-world", "#map-fit"):
        page.click(view)
        boxes = _boxes(page, "#map .labels text")
        assert boxes and _no_overlap(boxes)
    assert page.locator("#map .place-label").count() >= 1
    boxes = _boxes(page, "#network .node-label")
    assert boxes and _no_overlap(boxes)
    page.locator("#map-card").screenshot(path=str(SHOTS / "map-coastlines.png"))
    page.locator("#network-card").screenshot(path=str(SHOTS / "network-labels.png"))


def test_head_is_answered(server):
    for path in ("", "api/stats", "api/events?limit=2", "static/app.js"):
        req = urllib.request.Request(server + path, method="HEAD")
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.status == 200 and r.read() == b""
            assert int(r.headers["Content-Length"]) > 0
