"""Exports of query results: CSV, JSONL, Parquet, GDELT 2.0 Events TSV, PLOVER JSONL, pandas."""

from __future__ import annotations

from tidings.export.formats import (
    FORMATS,
    export,
    render_table,
    to_dataframe,
    write_csv,
    write_gdelt,
    write_jsonl,
    write_parquet,
    write_plover,
)
from tidings.export.gdelt import GDELT_COLUMNS, gdelt_row, global_event_id
from tidings.export.plover import plover_record

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "export",
    "gdelt_row",
    "global_event_id",
    "plover_record",
    "render_table",
    "to_dataframe",
    "write_csv",
    "write_gdelt",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]
