"""A throwaway PostgreSQL cluster in a temporary folder (tests and benchmarks).

Uses the Debian ``postgresql`` package's binaries (/usr/lib/postgresql/*/bin). As root,
``initdb`` and the server run as the ``postgres`` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def find_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise PostgresUnavailable(
            "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin; "
            "install the Debian package: bash scripts/system-deps.sh (or apt-get install postgresql)"
        )
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempCluster:
    """``with TempCluster() as url:`` -> ``postgresql://postgres@127.0.0.1:PORT/postgres``."""

    def __init__(self) -> None:
        self.bin = find_bin()
        self.dir = Path(tempfile.mkdtemp(prefix="tidings-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, args: list[str | Path]) -> None:
        cmd = [str(a) for a in args]
        if self.as_root:
            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(_quote(a) for a in cmd)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            log = self.dir / "pg.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailable(
                f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}\n{tail}"
            )

    def start(self) -> str:
        if self.as_root:
            shutil.chown(self.dir, "postgres")
            os.chmod(self.dir, 0o700)
        data = self.dir / "data"
        self._run(
            [self.bin / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]
        )
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off"
        self._run(
            [
                self.bin / "pg_ctl",
                "-D",
                data,
                "-o",
                opts,
                "-l",
                self.dir / "pg.log",
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        return self.url

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')  # name comes from our own code, not users
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run([self.bin / "pg_ctl", "-D", self.dir / "data", "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> str:
        try:
            return self.start()
        except BaseException:
            shutil.rmtree(self.dir, ignore_errors=True)
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _quote(s: str) -> str:
    import shlex

    return shlex.quote(s)


def wait_ready(url: str, timeout: float = 20.0) -> None:
    import psycopg

    end = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(url).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > end:
                raise
            time.sleep(0.2)
