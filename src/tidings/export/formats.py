"""Writing query results: table, CSV, JSONL, Parquet, GDELT 2.0 TSV, PLOVER JSONL, DataFrame."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from tidings.export.gdelt import gdelt_row
from tidings.export.plover import plover_record
from tidings.query.rows import FIELDS, FieldType

FORMATS = ("table", "csv", "jsonl", "parquet", "gdelt", "plover")
EVENT_ONLY = ("gdelt", "plover")


def _plain(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return v


def _cell(v: Any) -> Any:
    """A CSV/Parquet cell: lists and dicts become JSON text, booleans true/false."""
    v = _plain(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return v


def _columns(
    records: Sequence[dict[str, Any]], columns: Sequence[str] | None, kind: str | None = None
) -> list[str]:
    if columns:
        return list(columns)
    if kind in FIELDS:
        return [f.name for f in FIELDS[kind]]
    cols: dict[str, None] = {}
    for r in records:
        cols.update(dict.fromkeys(r))
    return list(cols)


def write_csv(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    columns: Sequence[str] | None = None,
    kind: str | None = None,
) -> int:
    """Header from ``columns``, the kind's fields or the first record's keys (a header even with no rows)."""
    it = iter(records)
    first = next(it, None)
    cols = _columns([first] if first is not None else [], columns, kind)
    w = csv.writer(out, lineterminator="\n")
    w.writerow(cols)
    n = 0
    for r in itertools.chain([first] if first is not None else [], it):
        w.writerow(["" if r.get(c) is None else _cell(r.get(c)) for c in cols])
        n += 1
    return n


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False, default=_plain) + "\n")
        n += 1
    return n


def write_gdelt(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Headerless GDELT 2.0 Events TSV, 61 columns per line."""
    n = 0
    for e in events:
        out.write("\t".join(gdelt_row(e)) + "\n")
        n += 1
    return n


def write_plover(events: Iterable[dict[str, Any]], out: IO[str], include_text: bool = False) -> int:
    return write_jsonl((plover_record(e, include_text=include_text) for e in events), out)


def _arrow_type(t: FieldType) -> Any:
    import pyarrow as pa

    return {
        "string": pa.string(),
        "date": pa.date32(),
        "bool": pa.bool_(),
        "int": pa.int64(),
        "float": pa.float64(),
        "timestamp": pa.timestamp("us"),
    }[t]


def arrow_schema(kind: str, columns: Sequence[str] | None = None) -> Any:
    """The explicit Parquet schema of an export kind (events, series, actors, quotes)."""
    import pyarrow as pa

    fields = [f for f in FIELDS[kind] if columns is None or f.name in columns]
    return pa.schema([pa.field(f.name, _arrow_type(f.type), metadata={"description": f.doc}) for f in fields])


def to_dataframe(
    records: Iterable[dict[str, Any]], columns: Sequence[str] | None = None, kind: str | None = None
) -> Any:
    """A pandas DataFrame with the kind's columns (even when empty); dates stay dates."""
    import pandas as pd

    records = list(records)
    cols = _columns(records, columns, kind)
    return pd.DataFrame.from_records(records, columns=cols or None)


def write_parquet(
    records: Iterable[dict[str, Any]],
    path: str | Path,
    columns: Sequence[str] | None = None,
    kind: str | None = None,
) -> int:
    """Parquet with an explicit schema for known kinds (every column typed, even with no rows)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = list(records)
    if kind in FIELDS:
        schema = arrow_schema(kind, columns)
        data = {
            f.name: [_typed(r.get(f.name), f.type) for r in records]
            for f in FIELDS[kind]
            if f.name in schema.names
        }
        table = pa.table(data, schema=schema)
    else:
        cols = _columns(records, columns)
        data = {}
        for c in cols:
            values = [r.get(c) for r in records]
            if any(isinstance(v, list | dict) for v in values):
                values = [_cell(v) for v in values]
            data[c] = values
        table = pa.table({c: pa.array(v) for c, v in data.items()}) if cols else pa.table({})
    pq.write_table(table, str(path))
    return len(records)


def _typed(v: Any, t: FieldType) -> Any:
    if v is None:
        return None
    if t == "string":
        return (
            v
            if isinstance(v, str)
            else json.dumps(v, ensure_ascii=False, sort_keys=True)
            if isinstance(v, list | dict)
            else str(v)
        )
    if t == "date" and isinstance(v, str):
        return dt.date.fromisoformat(v[:10])
    if t == "date" and isinstance(v, dt.datetime):
        return v.date()
    if t == "bool":
        return bool(v)
    if t == "int":
        return int(v)
    if t == "float":
        return float(v)
    return v


def render_table(records: Sequence[dict[str, Any]], columns: Sequence[str], width: int = 40) -> str:
    """A plain fixed-width text table of the chosen columns."""

    def fmt(v: Any) -> str:
        s = "" if v is None else str(_plain(v))
        s = s.replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    cells = [[fmt(r.get(c)) for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def export(
    records: Iterable[dict[str, Any]],
    fmt: str,
    output: str | Path | None = None,
    *,
    kind: str = "events",
    columns: Sequence[str] | None = None,
    table_columns: Sequence[str] | None = None,
    stream: IO[str] | None = None,
    include_text: bool = False,
) -> int:
    """Write records in ``fmt`` to ``output`` (a path) or ``stream`` (default stdout)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt in EVENT_ONLY and kind != "events":
        raise ValueError(f"--format {fmt} exports events only, not {kind}")
    if fmt == "parquet":
        if output is None:
            raise ValueError("--format parquet needs --output FILE")
        return write_parquet(records, output, columns, kind=kind)
    fh: IO[str]
    close = False
    if output is not None:
        fh = open(output, "w", encoding="utf-8", newline="")
        close = True
    else:
        fh = stream or sys.stdout
    try:
        if fmt == "csv":
            return write_csv(records, fh, columns, kind=kind)
        if fmt == "jsonl":
            return write_jsonl(records, fh)
        if fmt == "gdelt":
            return write_gdelt(records, fh)
        if fmt == "plover":
            return write_plover(records, fh, include_text=include_text)
        records = list(records)
        fh.write(render_table(records, table_columns or _columns(records, columns, kind)) + "\n")
        return len(records)
    finally:
        if close:
            fh.close()
