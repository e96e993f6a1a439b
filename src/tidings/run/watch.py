"""``tidings watch``: poll feeds, pages and folders; store only what is new; remember where it was.

Each round goes through the sources in order. A feed or page is fetched with the
validators of the last round (a 304 costs nothing); a feed's entries whose URL is already
stored (or failed ``max_attempts`` times) are not fetched again; a folder's files whose
modification time and size are unchanged are not read again. What is left goes through
the usual ingest (content-hash deduplication, one transaction per batch). The outcome of
every URL is written to ``watch_items`` after the batch that stored it commits, so a
watcher killed at any moment goes on where it stopped, and a stop request (``stop`` set,
e.g. by SIGINT/SIGTERM) ends the round after the batch in flight.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.ingest import prepare
from tidings.ingest.fetch import Fetcher, FetchOptions, is_url, kind_of
from tidings.ingest.readers import RawDoc, fail, read_file
from tidings.ingest.urls import Entry, feed_entries, fetch_pages, page_doc
from tidings.model import Article, Failure
from tidings.store.store import Store
from tidings.store.watch import ItemState, WatchState, now

Log = Callable[[str], None]
_SPAN = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """``15m``, ``30s``, ``1h30m``, ``2d`` or a number of seconds -> seconds (ValueError if not)."""
    t = text.strip().lower().replace(" ", "")
    parts = _SPAN.findall(t)
    if not t or "".join(n + u for n, u in parts) != t or (len(parts) > 1 and any(not u for _n, u in parts)):
        raise ValueError(f"{text!r} is not an interval; use e.g. 30s, 15m, 1h30m or a number of seconds")
    seconds = sum(float(n) * _UNIT[u] for n, u in parts)
    if seconds <= 0:
        raise ValueError(f"{text!r}: the interval must be longer than 0 s")
    return seconds


@dataclass
class WatchOptions:
    every: float = 900.0  # seconds from the start of one round to the start of the next
    once: bool = False
    batch_size: int = 16
    max_attempts: int = 3  # a URL that failed this often is not fetched again
    fetch: FetchOptions = field(default_factory=FetchOptions)


@dataclass
class Round:
    number: int
    started: float
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("checked", "not_modified", "fetched", "stored", "skipped", "failed"), 0
        )
    )
    new_failures: list[Failure] = field(default_factory=list)
    stopped: bool = False
    run_id: str | None = None

    def line(self) -> str:
        c = self.counts
        took = time.monotonic() - self.started
        return (
            f"round {self.number}: {c['checked']} checked, {c['not_modified']} not modified, {c['fetched']} read, "
            f"{c['stored']} stored, {c['skipped']} already stored, {c['failed']} failed, {took:.1f} s"
            + (" (stopped)" if self.stopped else "")
        )


@dataclass
class _Pending:
    state: ItemState
    item: Article | Failure


class Watcher:
    """Runs rounds over ``sources`` into ``store`` with ``pipeline`` until ``stop`` is set."""

    def __init__(
        self,
        sources: Sequence[str],
        store: Store,
        pipeline: Any,
        options: WatchOptions | None = None,
        stop: threading.Event | None = None,
        log: Log | None = None,
    ) -> None:
        self.sources = list(sources)
        self.store = store
        self.state = WatchState(store)
        self.pipeline = pipeline
        self.options = options or WatchOptions()
        self.stop = stop or threading.Event()
        self.log = log or (lambda _line: None)
        self.rounds = 0
        self._known: dict[str, ItemState] = {}  # this round's remembered URLs and files, by key
        self._pending: list[_Pending] = []  # items handed on whose outcome is not recorded yet
        self._containers: list[ItemState] = []  # feeds and files, recorded when a round ends unstopped

    # -- the loop -------------------------------------------------------------------------
    def run(self) -> int:
        """Rounds until stopped (or one with ``once``); returns how many documents failed in the last."""
        failed = 0
        while not self.stop.is_set():
            started = time.monotonic()
            failed = self.round().counts["failed"]
            if self.options.once:
                break
            self.stop.wait(max(0.0, started + self.options.every - time.monotonic()))
        return failed

    def round(self) -> Round:
        from tidings.run.ingest import Analysis, ingest_items

        self.rounds += 1
        rnd = Round(self.rounds, time.monotonic())
        round_id = self.state.start_round(self.sources)
        self._known = self.state.items(self.sources)
        self._pending, self._containers = [], []
        status = "failed"
        try:
            with Fetcher(self.options.fetch) as fetcher:
                items = self._items(fetcher, rnd)
                first = next(items, None)
                if first is not None:
                    report = ingest_items(
                        itertools.chain([first], items),
                        self.store,
                        analysis=Analysis.using(self.pipeline),
                        batch_size=self.options.batch_size,
                        progress=lambda _n, _s: self._settle(rnd, final=False),
                        options={"watch": self.sources, "round": rnd.number},
                    )
                    rnd.run_id = report.run_id
                    st = report.stats
                    rnd.counts.update(stored=st.stored, skipped=st.skipped, failed=st.failures)
                    self._settle(rnd, final=True, failures=report.failures)
            rnd.stopped = self.stop.is_set()
            if not rnd.stopped:  # a feed or file cut short by a stop is fetched or read again next time
                self.state.save(self._containers)
            status = "stopped" if rnd.stopped else "done"
        finally:
            self.state.finish_round(round_id, status, rnd.counts, rnd.run_id)
        self.log(rnd.line())
        for f in rnd.new_failures:
            self.log(f"  {f.error.code} {f.error.message}")
        return rnd

    # -- outcomes -------------------------------------------------------------------------
    def _settle(self, rnd: Round, *, final: bool, failures: Sequence[Failure] = ()) -> None:
        """Record the URLs whose documents are now stored; at the end of a round, the others too."""
        hashes = [p.item.content_hash for p in self._pending if isinstance(p.item, Article)]
        stored = self.state.documents_of(hashes)
        by_origin = {f.origin: f for f in failures}
        done, left = [], []
        t = now()
        for p in self._pending:
            s = p.state
            s.last_checked = t
            if isinstance(p.item, Article) and p.item.content_hash in stored:
                s.status, s.content_hash, s.document_id, s.code, s.reason = (
                    "stored",
                    p.item.content_hash,
                    stored[p.item.content_hash],
                    None,
                    None,
                )
                s.attempts, s.last_stored = 0, t
                done.append(s)
            elif final:
                f = p.item if isinstance(p.item, Failure) else by_origin.get(p.item.origin)
                if f is not None and f is not p.item and s.code != f.error.code:
                    rnd.new_failures.append(f)  # analysis failed
                s.status, s.attempts = "failed", s.attempts + 1
                s.code = f.error.code if f else "E200"
                s.reason = (f.error.message if f else "not stored")[:500]
                done.append(s)
            else:
                left.append(p)
        self.state.save(done)
        self._pending = left

    def _remember(self, key: str, source: str, kind: str) -> ItemState:
        old = self._known.get(key)
        if old is not None:
            return old
        return ItemState(key=key, source=source, kind=kind, first_seen=now())

    def _emit(
        self, rnd: Round, item: RawDoc | Failure, state: ItemState | None
    ) -> Iterator[Article | Failure]:
        """Prepare a raw document, note what it came from, and hand it on."""
        out = prepare(item) if isinstance(item, RawDoc) else item
        if isinstance(out, Failure):
            old = self._known.get(state.key) if state is not None else None
            if old is None or old.code != out.error.code:
                rnd.new_failures.append(out)
        else:
            rnd.counts["fetched"] += 1
        if state is not None:
            self._pending.append(_Pending(state, out))
        yield out

    # -- sources --------------------------------------------------------------------------
    def _items(self, fetcher: Fetcher, rnd: Round) -> Iterator[Article | Failure]:
        for source in self.sources:
            if self.stop.is_set():
                return
            if is_url(source):
                yield from self._url(source, fetcher, rnd)
            else:
                yield from self._path(source, rnd)

    def _url(self, source: str, fetcher: Fetcher, rnd: Round) -> Iterator[Article | Failure]:
        state = self._remember(source, source, "page")
        rnd.counts["checked"] += 1
        # a feed with entries to retry is fetched whole: the entries come with their metadata
        retry = any(
            s.source == source
            and s.kind == "entry"
            and s.status == "failed"
            and s.attempts < self.options.max_attempts
            for s in self._known.values()
        )
        try:
            resp = fetcher.get(
                source,
                etag=None if retry else state.etag,
                last_modified=None if retry else state.last_modified,
            )
            if resp.not_modified:
                rnd.counts["not_modified"] += 1
                state.last_checked = now()
                self._containers.append(state)
                return
            kind = kind_of(resp)
            if kind == "feed":
                entries, broken = feed_entries(resp)
        except TidingsError as e:
            yield from self._emit(rnd, fail(e), state)
            return
        state.etag, state.last_modified = resp.etag, resp.last_modified
        if kind != "feed":
            state.kind = "page"
            yield from self._emit(rnd, page_doc(resp), state)
            return
        state.kind, state.status, state.code, state.reason, state.attempts = "feed", "checked", None, None, 0
        state.last_checked = now()
        self._containers.append(state)
        for b in broken:
            yield from self._emit(rnd, b, None)
        for entry, page in fetch_pages(self._fresh(entries, source), fetcher, stop=self.stop.is_set):
            if self.stop.is_set():
                return
            rnd.counts["checked"] += 1
            yield from self._emit(rnd, page, self._remember(entry.link, source, "entry"))

    def _fresh(self, entries: list[Entry], source: str) -> list[Entry]:
        """Entries not stored yet and not given up on (each link once, in feed order)."""
        stored = self.state.stored_urls(sorted({e.link for e in entries} | {e.id for e in entries if e.id}))
        out, seen = [], set()
        for e in entries:
            old = self._known.get(e.link)
            if e.link in seen or e.link in stored or (e.id and e.id in stored):
                continue
            if old is not None and (old.status == "stored" or old.attempts >= self.options.max_attempts):
                continue
            seen.add(e.link)
            out.append(e)
        return out

    def _path(self, source: str, rnd: Round) -> Iterator[Article | Failure]:
        from tidings.run.dask import expand_files

        path = Path(source)
        if not path.exists():
            yield from self._emit(
                rnd, fail(TidingsError("E004", source, path=source)), self._remember(source, source, "file")
            )
            return
        for name in expand_files([source]) or []:
            if self.stop.is_set():
                return
            rnd.counts["checked"] += 1
            state = self._remember(name, source, "file")
            try:
                st = Path(name).stat()
            except OSError:
                st = None
            stamp = f"{st.st_mtime_ns}:{st.st_size}" if st else None
            if stamp is not None and stamp == state.stamp:
                rnd.counts["not_modified"] += 1
                continue
            for item in read_file(Path(name)):
                yield from self._emit(rnd, item, None)
            state.stamp, state.status, state.last_checked = stamp, "checked", now()
            self._containers.append(state)
