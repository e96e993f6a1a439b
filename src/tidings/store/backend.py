"""Two SQL backends behind one small interface: DuckDB (a file, the default) and PostgreSQL.

All SQL in tidings is written once with ``?`` placeholders and runs unchanged on both;
values always travel as parameters, never inside the SQL text.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tidings.errors import Errors, StoreError

DEFAULT_DB = "tidings.duckdb"
MAX_PARAMS = 30_000  # PostgreSQL allows 65,535 parameters per statement; stay well below


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class Backend:
    """A connection with ``?``-style parameters, explicit transactions and bulk inserts."""

    kind: str = ""

    def __init__(self, url: str) -> None:
        self.url = url
        self._in_tx = False

    # subclasses: _execute(sql, params) -> cursor-like with fetchall/description
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:  # pragma: no cover
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._execute(sql, params)

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._execute(sql, params).fetchall())

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.fetchone(sql, params)
        return row[0] if row else None

    def dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self._execute(sql, params)
        rows = cur.fetchall()
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in rows]

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Insert many rows with multi-row VALUES statements (fast on both backends)."""
        if not rows:
            return 0
        ncol = len(columns)
        per = max(1, MAX_PARAMS // ncol)
        one = "(" + ",".join("?" * ncol) + ")"
        head = f"INSERT INTO {table} ({','.join(columns)}) VALUES "
        for i in range(0, len(rows), per):
            chunk = rows[i : i + per]
            self._execute(head + ",".join([one] * len(chunk)), [v for r in chunk for v in r])
        return len(rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:  # nested: the outer transaction decides
            yield
            return
        self._begin()
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._in_tx = False
            self._rollback()
            raise
        self._in_tx = False
        self._commit()

    def _begin(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def _commit(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def _rollback(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover
        raise NotImplementedError


class DuckDBBackend(Backend):
    kind = "duckdb"

    def __init__(self, url: str, read_only: bool = False) -> None:
        import duckdb

        super().__init__(url)
        path = url.removeprefix("duckdb://")
        if path not in (":memory:", "") and not read_only:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(path or ":memory:", read_only=read_only)

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, list(params)) if params else self.con.execute(sql)

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Through an Arrow table when pyarrow is installed: ~40x faster than VALUES lists in DuckDB."""
        if len(rows) < 8:
            return super().insert(table, columns, rows)
        try:
            import pyarrow as pa
        except ImportError:  # the [export] extra is not installed
            return super().insert(table, columns, rows)
        try:
            data = pa.table({f"c{i}": pa.array([r[i] for r in rows]) for i in range(len(columns))})
        except pa.ArrowException:  # mixed types in a column: let DuckDB convert them
            return super().insert(table, columns, rows)
        name = f"_tidings_rows_{table}"
        self.con.register(name, data)
        try:
            cols = ",".join(columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {','.join(f'c{i}' for i in range(len(columns)))} FROM {name}")
        finally:
            self.con.unregister(name)
        return len(rows)

    def _begin(self) -> None:
        self.con.begin()

    def _commit(self) -> None:
        self.con.commit()

    def _rollback(self) -> None:
        self.con.rollback()

    def close(self) -> None:
        self.con.close()


class PostgresBackend(Backend):
    kind = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as e:  # pragma: no cover - depends on the install
            raise StoreError(Errors.E305, url) from e
        super().__init__(url)
        self.con = psycopg.connect(url, autocommit=True)

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.con.cursor()
        cur.execute(self._sql(sql), list(params) if params else None)  # type: ignore[arg-type]
        return cur

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """COPY ... FROM STDIN: the fastest bulk load PostgreSQL offers."""
        if len(rows) < 8:
            return super().insert(table, columns, rows)
        with self.con.cursor() as cur, cur.copy(f"COPY {table} ({','.join(columns)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
        return len(rows)

    def _begin(self) -> None:
        self.con.execute("BEGIN")

    def _commit(self) -> None:
        self.con.execute("COMMIT")

    def _rollback(self) -> None:
        self.con.execute("ROLLBACK")

    def close(self) -> None:
        self.con.close()


def connect(url: str | None = None, read_only: bool = False) -> Backend:
    """``postgresql://...`` selects PostgreSQL; anything else is a DuckDB file path."""
    url = url or DEFAULT_DB
    if is_postgres(url):
        return PostgresBackend(url)
    return DuckDBBackend(url, read_only=read_only)
