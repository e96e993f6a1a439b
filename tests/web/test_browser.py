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
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


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
    items = [article_from_text(seed_text, published=SEED_DATE, id="seed", title="Seed: Iran and Iraq on Kurdistan")]
    items += [article_from_text(r["text"], published=r["date"], title=r["title"], url=r["url"], id=f"wn{i}")
              for i, r in enumerate(rows)]
    url = str(tmp_path_factory.mktemp("webdb") / "pipeline.duckdb")
    report = ingest_items(items, url, analysis=Analysis.using(pipeline))
    assert report.stats.stored == len(items)
    return url


@pytest.fixture(scope="session")
def server(pipeline_db):
    port = _free_port()
    proc = subprocess.Popen(
        [*TIDINGS, "serve", "--db", pipeline_db, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
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
        pytest.fail(f"{CHROMIUM} not found: run scripts/system-deps.sh (installs Debian chromium)", pytrace=False)
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
    page.locator(f"#speakers li[data-speaker=\"{top['speaker']}\"]").click()
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
    r = subprocess.run([*TIDINGS, "serve", "--host", "0.0.0.0", "--db", "x.duckdb"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "token" in r.stderr


def test_token_page_works_in_the_browser(browser, pipeline_db):
    port = _free_port()
    proc = subprocess.Popen([*TIDINGS, "serve", "--db", pipeline_db, "--port", str(port),
                             "--token", "t0k"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
