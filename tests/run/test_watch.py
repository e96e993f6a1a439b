"""tidings watch: rounds over feeds, pages and folders served on 127.0.0.1, on DuckDB and PostgreSQL."""

from __future__ import annotations

import itertools
import socket
import threading

import pytest

from tests.httpserve import STORIES, publish, serve_site
from tests.pg import temp_cluster
from tidings.run.watch import Watcher, WatchOptions, parse_interval
from tidings.store import Store
from tidings.store.watch import WatchState

pytestmark = pytest.mark.slow

_n = itertools.count()


@pytest.fixture(scope="module")
def pg():
    with temp_cluster("watch tests") as cluster:
        yield cluster


@pytest.fixture(params=["duckdb", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "duckdb":
        return str(tmp_path / "watch.duckdb")
    return request.getfixturevalue("pg").create_database(f"w{next(_n)}")


@pytest.fixture
def site():
    with serve_site() as s:
        yield s


def watcher(sources, store, pipeline, **kw):
    lines: list[str] = []
    w = Watcher(sources, store, pipeline, WatchOptions(once=True, **kw), log=lines.append)
    return w, lines


def test_rounds_store_only_what_is_new_and_remember_it(db_url, pipeline, site):
    publish(site, "/feed.xml", [0, 1], etag='"a"')
    with Store(db_url) as store:
        w, lines = watcher([site.url("/feed.xml")], store, pipeline)
        r1 = w.round()
        assert (r1.counts["stored"], r1.counts["failed"], r1.counts["checked"]) == (2, 0, 3)
        assert lines[0].startswith("round 1: 3 checked, 0 not modified, 2 read, 2 stored")
        ids = [r[0] for r in store.db.fetchall("SELECT id FROM documents ORDER BY id")]
        assert ids == ["urn:tidings-test:0", "urn:tidings-test:1"]
        r2 = w.round()  # the feed answers 304 to its ETag: nothing else is asked for
        assert (r2.counts["not_modified"], r2.counts["fetched"], r2.counts["stored"]) == (1, 0, 0)
        assert site.requests("/feed.xml")[1]["if-none-match"] == '"a"'
        publish(site, "/feed.xml", [0, 1, 2], etag='"b"')
        r3 = w.round()  # a new entry: only its page is fetched
        assert (r3.counts["fetched"], r3.counts["stored"]) == (1, 1)
        assert [len(site.requests(f"/story/{n}")) for n in range(3)] == [1, 1, 1]
        state = WatchState(store).items([site.url("/feed.xml")])
        assert state[site.url("/feed.xml")].etag == '"b"' and state[site.url("/feed.xml")].kind == "feed"
        entry = state[site.url("/story/2")]
        assert (entry.status, entry.kind, entry.document_id) == ("stored", "entry", "urn:tidings-test:2")
        assert [r["status"] for r in WatchState(store).rounds()] == ["done", "done", "done"]
        assert store.counts()["runs"] == 2  # a round with nothing new starts no ingest run


def test_broken_sources_are_recorded_and_the_round_goes_on(db_url, pipeline, site):
    publish(site, "/feed.xml", [3], etag='"a"')
    site.routes["/feed.xml"].body = site.routes["/feed.xml"].body.replace(
        b"</channel>", b"<item><link>/missing</link></item><item><link>/empty</link></item></channel>"
    )
    site.route("/empty", "<html><body><nav>Home</nav></body></html>")
    site.route("/broken.xml", "<rss><channel><title>x</title>", ctype="application/rss+xml")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/feed"
    sources = [dead, site.url("/broken.xml"), site.url("/feed.xml")]
    with Store(db_url) as store:
        w, lines = watcher(sources, store, pipeline)
        r = w.round()
        assert (r.counts["stored"], r.counts["failed"]) == (1, 4)
        codes = {
            k: (v.status, v.code) for k, v in WatchState(store).items(sources).items() if v.status == "failed"
        }
        assert codes == {
            dead: ("failed", "E030"),
            site.url("/broken.xml"): ("failed", "E015"),
            site.url("/missing"): ("failed", "E032"),
            site.url("/empty"): ("failed", "E014"),
        }
        errors = dict(store.db.fetchall("SELECT origin, code FROM errors WHERE severity = 'error'"))
        assert errors[dead] == "E030" and errors[site.url("/missing")] == "E032"
        assert sum(line.startswith("  E0") for line in lines) == 4  # one line each: code, URL, reason
        assert any(line.startswith(f"  E030 {dead}: cannot reach the server") for line in lines)
        w.round()  # the same failures again: retried, counted, not logged again
        assert sum(line.startswith("  E0") for line in lines) == 4
        again = WatchState(store).items(sources)
        assert again[site.url("/missing")].attempts == 2 and again[dead].attempts == 2


def test_a_restart_goes_on_where_it_stopped(db_url, pipeline, site):
    publish(site, "/feed.xml", [4, 5], etag='"a"')
    with Store(db_url) as store:
        watcher([site.url("/feed.xml")], store, pipeline)[0].round()
    publish(site, "/feed.xml", [4, 5, 6], etag='"b"')
    with Store(db_url) as store:  # a new watcher, as after a restart
        r = watcher([site.url("/feed.xml")], store, pipeline)[0].round()
        assert (r.counts["fetched"], r.counts["stored"]) == (1, 1)
        assert store.counts()["documents"] == 3
    assert [len(site.requests(f"/story/{n}")) for n in (4, 5, 6)] == [1, 1, 1]
    assert site.requests("/feed.xml")[1]["if-none-match"] == '"a"'


def test_folders_are_read_again_only_where_files_changed(db_url, pipeline, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORIES[0], encoding="utf-8")
    (folder / "b.txt").write_text(STORIES[1], encoding="utf-8")
    with Store(db_url) as store:
        w, _ = watcher([str(folder)], store, pipeline)
        assert (w.round().counts["stored"]) == 2
        r = w.round()
        assert (r.counts["checked"], r.counts["not_modified"], r.counts["fetched"]) == (2, 2, 0)
        (folder / "c.txt").write_text(STORIES[2], encoding="utf-8")
        r = w.round()
        assert (r.counts["fetched"], r.counts["stored"]) == (1, 1)
        assert store.counts()["documents"] == 3


def test_postgresql_readers_see_new_documents_while_the_watcher_writes(pg, pipeline, site):
    from tidings.web.store_data import StoreData

    url = pg.create_database(f"side{next(_n)}")
    publish(site, "/feed.xml", [0], etag='"a"')
    with Store(url) as store:
        reader = StoreData(url)  # opened before, kept open: another process would do the same
        try:
            watcher([site.url("/feed.xml")], store, pipeline)[0].round()
            assert reader.stats()["documents"] == 1
            publish(site, "/feed.xml", [0, 7], etag='"b"')
            watcher([site.url("/feed.xml")], store, pipeline)[0].round()
            assert reader.stats()["documents"] == 2
        finally:
            reader.close()


def test_duckdb_web_view_in_the_watcher_process_sees_commits_and_is_read_only(tmp_path, pipeline, site):
    from tidings.run.live import web_data

    publish(site, "/feed.xml", [1], etag='"a"')
    with Store(str(tmp_path / "w.duckdb")) as store:
        data = web_data(store)
        assert data.stats()["documents"] == 0
        watcher([site.url("/feed.xml")], store, pipeline)[0].round()
        assert data.stats()["documents"] == 1
        assert data.documents(None, 10, 0)["items"][0]["id"] == "urn:tidings-test:1"
        with pytest.raises(PermissionError):
            data.store.db.execute("DELETE FROM documents")
        data.close()
        assert store.counts()["documents"] == 1  # the writer's connection is still open


def test_stop_request_ends_the_round_after_the_batch_in_flight(tmp_path, pipeline, site):
    publish(site, "/a.xml", [0, 1], etag='"a"')
    hold = threading.Event()
    publish(site, "/b.xml", [2], etag='"b"')
    site.routes["/b.xml"].hold = hold
    with Store(str(tmp_path / "w.duckdb")) as store:
        w, lines = watcher([site.url("/a.xml"), site.url("/b.xml")], store, pipeline, batch_size=1)

        def stop_when_b_is_asked_for():
            with site.changed:
                site.changed.wait_for(lambda: any(p == "/b.xml" for p, _h in site.log), timeout=60)
            w.stop.set()
            hold.set()

        t = threading.Thread(target=stop_when_b_is_asked_for)
        t.start()
        r = w.round()
        t.join()
        assert r.stopped and r.counts["stored"] == 2 and lines[0].endswith("(stopped)")
        assert site.requests("/story/2") == []  # nothing is fetched after the stop
        assert WatchState(store).rounds()[0]["status"] == "stopped"
        assert (
            WatchState(store).items([site.url("/a.xml")]).get(site.url("/a.xml")) is None
        )  # read again next time
        w.stop.clear()
        r = w.round()
        assert r.counts["stored"] == 1 and store.counts()["documents"] == 3
        assert [len(site.requests(f"/story/{n}")) for n in (0, 1, 2)] == [1, 1, 1]


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("30s", 30), ("1h30m", 5400), ("2", 2), ("0.5s", 0.5)]
)
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "m", "15 minutes", "1h30", "-5s"])
def test_bad_intervals(text):
    with pytest.raises(ValueError, match="interval"):
        parse_interval(text)


def test_the_same_text_under_two_links_is_stored_once(db_url, pipeline, site):
    publish(site, "/feed.xml", [6], etag='"a"')
    site.route("/copy/6", site.routes["/story/6"].body)  # a syndicated copy of story 6
    site.routes["/feed.xml"].body = site.routes["/feed.xml"].body.replace(
        b"</channel>",
        b"<item><title>Copy</title><link>/copy/6</link><guid>urn:copy:6</guid></item></channel>",
    )
    with Store(db_url) as store:
        r = watcher([site.url("/feed.xml")], store, pipeline)[0].round()
        assert (r.counts["stored"], r.counts["skipped"]) == (1, 1)
        state = WatchState(store).items([site.url("/feed.xml")])
        assert state[site.url("/copy/6")].status == "stored"
        assert state[site.url("/copy/6")].document_id == "urn:tidings-test:6"  # the stored one
