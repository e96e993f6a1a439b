"""Bytes -> text: refuse binary files, decode UTF-8 (with BOM), replace what is invalid."""

from __future__ import annotations

from tidings.errors import Errors, TidingsError, Warnings, warning
from tidings.model import ErrorRecord

_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))


def looks_binary(head: bytes) -> str | None:
    """Why ``head`` (the first few KB of a file) is not text, or None if it looks like text."""
    if not head:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with BOM: text
    if b"\x00" in head:
        return "contains NUL bytes"
    control = sum(1 for b in head if b in _CONTROL)
    if control / len(head) > 0.05:
        return f"{control} control bytes in the first {len(head)}"
    return None


def decode(data: bytes, origin: str) -> tuple[str, list[ErrorRecord]]:
    """Decode ``data`` as text; invalid UTF-8 is replaced and reported as W101."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    reason = looks_binary(data[:8192])
    if reason:
        raise TidingsError(Errors.E002, origin, path=origin, reason=reason)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
        return text, [warning(Warnings.W101, origin, where=origin, count=max(bad, 1))]


def strip_nul(text: str) -> str:
    """NUL characters break databases and parsers; they never carry meaning in news text."""
    return text.replace("\x00", "") if "\x00" in text else text
