"""Every error and warning tidings reports, with a stable code and a helpful text.

Codes: E0xx reading, E1xx input content, E2xx analysis, E3xx storage, E4xx dictionaries,
W1xx warnings about input. Tests and users may rely on the codes; texts may improve.
"""

from __future__ import annotations

from tidings.model import ErrorRecord

MESSAGES: dict[str, str] = {
    "E001": "cannot read {path}: {reason}",
    "E002": "{path} is a binary file ({reason}); tidings reads text, HTML, JSONL, CSV, RSS/Atom",
    "E003": "{path} is empty",
    "E004": "{path}: no such file or folder",
    "E005": "{path} has an unsupported extension {ext!r}; use --format-in or one of {known}",
    "E010": "{where}: line is not valid JSON ({reason}); fix or remove the line",
    "E011": "{where}: JSON line must be an object with a non-empty string 'text' ({reason})",
    "E012": "{where}: CSV row has no text in column {column!r}",
    "E013": "{path}: CSV has no column {column!r} (columns: {columns}); pass a column mapping",
    "E014": "{path}: HTML page has no article text that could be extracted",
    "E015": "{path}: feed could not be parsed ({reason})",
    "E016": "{where}: {reason}",
    "E020": "{where}: document has {size:,} characters, over the limit of {limit:,}; split it "
    "or raise the limit with --max-chars",
    "E021": "{where}: document has no text after cleaning",
    "E030": "{url}: cannot reach the server ({reason})",
    "E031": "{url}: no answer within {seconds:g} s; the server is too slow or down",
    "E032": "{url}: HTTP {status} {phrase}",
    "E033": "{url}: response over the limit of {limit:,} bytes; refused",
    "E034": "{url}: {reason}",
    "E035": "{url}: unsupported content type {ctype!r}; tidings reads HTML pages, RSS/Atom feeds and plain text",
    "E200": "{where}: analysis failed in stage {stage}: {reason}",
    "E400": "{path}:{line}: dictionary line not understood: {reason}",
    "W101": "{where}: invalid UTF-8 replaced with U+FFFD ({count} bytes); check the file's encoding",
    "W102": "{where}: text looks like {language!r}, not English; it is kept but not coded",
    "W103": "{where}: publication date unknown; relative dates stay unresolved (use --date)",
    "W104": "{where}: metadata date {value!r} not understood; ignored",
    "W105": "{where}: declared charset {declared!r} does not fit the bytes; read as {used!r}",
}


class TidingsError(Exception):
    """An error with a stable code; ``record()`` turns it into an ErrorRecord."""

    def __init__(self, code: str, origin: str | None = None, **fields: object) -> None:
        self.code = code
        self.origin = origin
        self.fields = fields
        super().__init__(f"[{code}] {format_message(code, **fields)}")

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


def format_message(code: str, **fields: object) -> str:
    template = MESSAGES[code]
    try:
        return template.format(**fields)
    except (KeyError, ValueError, IndexError):
        return f"{template} {fields}"


def warning(code: str, origin: str | None = None, **fields: object) -> ErrorRecord:
    return ErrorRecord(code=code, message=format_message(code, **fields), severity="warning", origin=origin)
