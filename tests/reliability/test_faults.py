"""Faults during an ingest: PostgreSQL stopped mid-run, DuckDB's disk full, kill -9 anywhere.

Each ends with a consistent store (every stored document complete, events counting exactly
their mentions) and a re-run completes it to exactly the rows of one clean run: every column
of every data table is compared, not counts. Real pipeline, real databases, real signals.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.reliability.helpers import assert_consistent, store_rows, wikinews_jsonl
from tidings.run import Analysis, ingest
from tidings.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.fuzz]
FUZZ = os.environ.get("TIDINGS_FUZZ") == "1"
KILL_TRIALS = int(os.environ.get("TIDINGS_KILL_TRIALS", 100 if FUZZ else 20))
SEED = int(os.environ.get("TIDINGS_FUZZ_SEED", "20221016"))


def _cli(*args: str, preexec_fn=None) -> subprocess.Popen:
    """A real `tidings` process (the CLI entry point), stderr piped line by line."""
    return subprocess.Popen(
        [sys.executable, "-c", "from tidings.cli import main; main()", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec_fn,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _clean(url: str, corpus: Path, pipeline, **kw) -> dict:
    ingest([str(corpus)], url, analysis=Analysis.using(pipeline), **kw)
    return store_rows(url)


# -- kill -9 at random points ------------------------------------------------------------------


def _fork_ingest(
    url: str,
    corpus: Path,
    pipeline,
    batch_size: int,
    log: Path | None = None,
    hold: tuple[int, int] | None = None,
) -> int:
    """Run ingest in a forked child (the pipeline is already loaded, so it starts at once);
    with ``log``, the child appends the monotonic time of each commit to that file; with
    ``hold`` = (k, fd), it stops after its k-th commit, blocked reading ``fd``, until killed."""
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        code = 0
        try:

            def note(batch, stats):
                if log is not None:
                    with log.open("a") as fh:
                        fh.write(f"{time.monotonic()}\n")
                if hold is not None and batch == hold[0]:
                    os.read(hold[1], 1)

            ingest(
                [str(corpus)], url, analysis=Analysis.using(pipeline), batch_size=batch_size, progress=note
            )
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    return pid


def _plan(rng: random.Random, trials: int, n_docs: int) -> list[tuple[int, int, bool]]:
    """(batch size, commits to wait for, held?) per trial. Every third trial is held right after
    commit k, so the kill lands there whatever the machine's speed: those give known partial
    stores (k * batch documents), cycling through k = 1, 2, 3 ... The others are killed a
    measured fraction of a batch's time after commit k: at start-up, during analysis, inside
    transactions or after the last commit."""
    plan = []
    held = 0
    for trial in range(trials):
        if trial % 3 == 0:
            held += 1
            plan.append((1, 1 + (held - 1) % (n_docs - 1), True))
        else:
            batch = rng.choice([1, 1, 2, 3])
            plan.append((batch, rng.randint(0, -(-n_docs // batch)), False))
    return plan


def _wait_commits(log: Path, pid: int, n: int) -> None:
    deadline = time.monotonic() + 120
    while n and time.monotonic() < deadline:
        if log.exists() and len(log.read_text().split()) >= n:
            return
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return
        time.sleep(0.005)


def _kill_loop(make_url, corpus: Path, pipeline, trials: int, label: str) -> None:
    rng = random.Random(SEED)
    clean_url = make_url("clean")
    want = _clean(clean_url, corpus, pipeline, batch_size=1)
    n_docs = len(want["documents"])
    assert n_docs == 5 and want["events"]
    # a warm run's timeline: how long a forked run takes and when its batches commit
    tmp = Path(tempfile.mkdtemp())
    t0 = time.monotonic()
    os.waitpid(_fork_ingest(make_url("warm"), corpus, pipeline, 1, tmp / "warm.log"), 0)
    run_s = time.monotonic() - t0
    commits = [float(x) - t0 for x in (tmp / "warm.log").read_text().split()]
    per_doc = (commits[-1] - commits[0]) / max(1, len(commits) - 1)
    killed = finished = 0
    partials = []
    for trial, (batch, after, held) in enumerate(_plan(rng, trials, n_docs)):
        url = make_url(f"k{trial}")
        log = tmp / f"k{trial}.log"
        read_fd, write_fd = os.pipe()
        pid = _fork_ingest(url, corpus, pipeline, batch, log, hold=(after, read_fd) if held else None)
        _wait_commits(log, pid, after)
        if not held:  # a part of this batch's time, as the warm run measured it
            time.sleep(rng.uniform(0, commits[0] if after == 0 else per_doc * batch))
        try:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:  # it had already finished and was reaped above
            status = 0
        finally:
            os.close(read_fd)
            os.close(write_fd)
        if os.WIFSIGNALED(status):
            killed += 1
        else:
            assert os.WEXITSTATUS(status) == 0, f"trial {trial}: ingest failed on its own"
            finished += 1
        # what the kill left: a store that opens, consistent, holding whole documents only
        if not url.startswith("postgresql") and not Path(url).exists():
            partials.append(-1)  # killed before the file was created
        else:
            partials.append(assert_consistent(url, n_docs))
        if held:  # stopped right after commit k: exactly the documents of k batches
            assert os.WIFSIGNALED(status) and partials[-1] == after * batch, (trial, status, partials[-1])
        rerun = ingest(
            [str(corpus)], url, analysis=Analysis.using(pipeline), batch_size=rng.choice([1, 2, 5])
        )
        got = store_rows(url)
        assert got == want, (
            f"{label} trial {trial} (batch {batch}, after commit {after}): rerun differs from a clean run"
        )
        with Store(url) as s:
            statuses = {r["id"]: r["status"] for r in s.runs()}
        assert statuses.pop(rerun.run_id) == "done" and set(statuses.values()) <= {"running", "done"}
    print(
        f"\n[kill -9 {label}] seed {SEED}: {trials} trials, warm run {run_s:.2f}s; "
        f"{killed} killed mid-run, "
        f"{finished} finished first; documents left by the kill: {sorted(partials)}; every rerun == clean run"
    )


def test_kill9_at_random_points_duckdb(tmp_path, small_corpus, pipeline):
    _kill_loop(lambda name: str(tmp_path / f"{name}.duckdb"), small_corpus, pipeline, KILL_TRIALS, "duckdb")


@pytest.mark.postgres
def test_kill9_at_random_points_postgresql(private_pg, small_corpus, pipeline):
    trials = KILL_TRIALS if FUZZ else 5
    _kill_loop(
        lambda name: private_pg.create_database(f"kill_{name}"), small_corpus, pipeline, trials, "postgresql"
    )


# -- PostgreSQL stopped during a run ------------------------------------------------------------


def _pg_ctl(cluster, *args: str) -> None:
    cluster._run([cluster.bin / "pg_ctl", "-D", cluster.dir / "data", *args])


def _pg_start(cluster) -> None:
    opts = f"-c listen_addresses=127.0.0.1 -p {cluster.port} -k {cluster.dir} -c fsync=off"
    _pg_ctl(cluster, "-o", opts, "-l", str(cluster.dir / "pg.log"), "-w", "-t", "60", "start")


@pytest.mark.postgres
def test_postgres_stopped_mid_ingest(private_pg, shared, tmp_path, pipeline):
    corpus = wikinews_jsonl(shared, tmp_path / "pg.jsonl", 8, 700)
    url = private_pg.create_database("stopped")
    want = _clean(private_pg.create_database("stopped_clean"), corpus, pipeline, batch_size=1)
    proc = _cli("ingest", str(corpus), "--db", url, "--batch-size", "1")
    assert proc.stderr is not None
    err = []
    for line in proc.stderr:
        err.append(line)
        if "batch 2 committed" in line:
            # the server dies mid-run: the ingest is paused while it stops, so a fast run cannot
            # commit every batch before the server is down (it did, on a quiet machine)
            proc.send_signal(signal.SIGSTOP)
            try:
                _pg_ctl(private_pg, "-m", "immediate", "-w", "stop")
            finally:
                proc.send_signal(signal.SIGCONT)
            break
    err.append(proc.stderr.read())
    proc.wait(timeout=120)
    text = "".join(err)
    _pg_start(private_pg)
    assert proc.returncode not in (0, -signal.SIGKILL), text[-3000:]
    last = [ln for ln in text.splitlines() if ln.strip()][-1]
    assert last.startswith("tidings:") and "database" in last and "again" in last, text[-3000:]
    assert "Traceback" not in text, text[-3000:]
    stored = assert_consistent(url, 8)
    assert 2 <= stored < 8
    print(f"\n[postgres stopped after batch 2] exit {proc.returncode}, {stored}/8 stored: {last}")
    ingest([str(corpus)], url, analysis=Analysis.using(pipeline), batch_size=3)
    assert store_rows(url) == want


# -- disk full for DuckDB -----------------------------------------------------------------------


def test_duckdb_disk_full_mid_ingest(tmp_path, shared, pipeline):
    """RLIMIT_FSIZE caps the size of any file the ingest process writes (here: DuckDB's WAL and
    the checkpoint), which is what a full disk looks like to DuckDB: writes fail part-way."""
    corpus = wikinews_jsonl(shared, tmp_path / "disk.jsonl", 8, 700)
    clean_url = str(tmp_path / "clean.duckdb")
    wal_sizes: list[int] = []

    def note_wal(batch, stats):
        wal = Path(clean_url + ".wal")
        wal_sizes.append(wal.stat().st_size if wal.exists() else 0)

    ingest([str(corpus)], clean_url, analysis=Analysis.using(pipeline), batch_size=1, progress=note_wal)
    want = store_rows(clean_url)
    url = str(tmp_path / "full.duckdb")
    Store(url).close()  # an existing store; the run below may only append
    limit = (wal_sizes[1] + wal_sizes[2]) // 2  # room for about two articles

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process

    proc = _cli("ingest", str(corpus), "--db", url, "--batch-size", "1", preexec_fn=small_disk)
    text = proc.communicate(timeout=300)[1]
    assert proc.returncode not in (0, -signal.SIGKILL, -signal.SIGXFSZ), text[-3000:]
    last = [ln for ln in text.splitlines() if ln.strip()][-1]
    assert last.startswith("tidings:") and "again" in last, text[-3000:]
    assert "Traceback" not in text, text[-3000:]
    stored = assert_consistent(url, 8)
    assert stored < 8
    print(f"\n[disk full at {limit} bytes] exit {proc.returncode}, {stored}/8 stored: {last}")
    ingest([str(corpus)], url, analysis=Analysis.using(pipeline), batch_size=2)
    assert store_rows(url) == want
