"""Error codes: attributes (Errors.E003) that are the plain code strings, each one used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tidings.errors import MESSAGES, Code, Errors, StoreError, TidingsError, Warnings, warning

SRC = Path(__file__).resolve().parent.parent / "src" / "tidings"
USE = re.compile(
    r"\b(?:Errors|Warnings)\.([EW]\d{3})\b|(?:TidingsError|StoreError|warning)\(\s*\"([EW]\d{3})\""
)


def _used() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py":
            continue
        for m in USE.finditer(path.read_text(encoding="utf-8")):
            found.add(m.group(1) or m.group(2))
    return found


def test_codes_are_attributes_equal_to_their_names():
    assert Errors.E003 == "E003" and isinstance(Errors.E003, Code)
    assert Errors.E003.template == "{path} is empty"
    assert Warnings.W101 == "W101"
    assert set(MESSAGES) == {*Errors.codes(), *Warnings.codes()}
    with pytest.raises(AttributeError):
        Errors.E999  # noqa: B018


def test_every_code_used_exists_and_every_code_is_used():
    used = _used()
    assert used - set(MESSAGES) == set()  # a mistyped code
    assert set(MESSAGES) - used == set()  # a dead code


def test_records_keep_the_plain_string_code():
    record = TidingsError(Errors.E003, "a.txt", path="a.txt").record()
    assert type(record.code) is str and record.code == "E003" and record.message == "a.txt is empty"
    assert record.model_dump()["code"] == "E003"
    assert TidingsError("E003", "a.txt", path="a.txt").record() == record  # the old call form
    w = warning(Warnings.W102, "x", where="x", language="de")
    assert (w.code, w.severity, w.message) == (
        "W102",
        "warning",
        "x: text looks like 'de', not English; it is kept but not coded",
    )


def test_storage_errors_have_codes():
    e = StoreError(Errors.E303, "db", have=9, latest=3)
    assert isinstance(e, RuntimeError) and e.code == "E303"
    assert str(e) == "[E303] the database has schema version 9, newer than this tidings (3); upgrade tidings"
