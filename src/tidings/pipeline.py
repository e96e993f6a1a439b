"""The whole job in one process: Articles -> spaCy (in batches) -> Document records.

One failed document never stops a batch: readers hand over ``Failure`` records, and a
document whose analysis raises becomes a ``Failure`` (E200) while the rest go on. Set
``TIDINGS_STRICT=1`` to make analysis errors raise instead (for debugging).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from typing import Any

from tidings.errors import Errors, TidingsError
from tidings.model import Article, Document, ErrorRecord, Failure, Sentence
from tidings.nlp.extensions import SEQ_KEY

Result = Document | Failure
Item = Article | Failure | str | dict[str, Any]

# The keys a dict given to ``Pipeline.process`` may have (the JSONL input's fields).
ITEM_KEYS = ("text", "id", "title", "url", "source", "published", "date")


def as_article(item: Any, index: int = 0) -> Article | Failure:
    """An input of ``Pipeline.process`` as an Article: a text, a dict with ``text`` (and
    optionally ``id``, ``title``, ``url``, ``source``, ``published``/``date``), an Article,
    or a Failure (passed on). Raises TypeError/ValueError naming the item that is neither."""
    from tidings.ingest import article_from_text
    from tidings.pubdate import to_date

    if isinstance(item, Article | Failure):
        return item
    if isinstance(item, str):
        return article_from_text(item)
    if isinstance(item, dict):
        unknown = sorted(set(item) - set(ITEM_KEYS))
        if unknown:
            raise ValueError(
                f"item {index}: unknown key(s) {', '.join(map(repr, unknown))}; "
                f"a dict may have {', '.join(ITEM_KEYS)}"
            )
        text = item.get("text")
        if not isinstance(text, str):
            raise ValueError(f"item {index}: a dict needs a string 'text' (got {type(text).__name__})")
        published = item.get("published", item.get("date"))
        return article_from_text(
            text,
            published=to_date(published),
            title=item.get("title"),
            url=item.get("url"),
            id=item.get("id"),
            source=item.get("source"),
        )
    raise TypeError(
        f"item {index}: {type(item).__name__} is not an article; give a str, a dict with "
        "'text', or a tidings Article"
    )


class Pipeline:
    """Loads the spaCy pipeline once; ``process`` streams Articles into Documents."""

    def __init__(
        self,
        model: str | None = None,
        dictionaries: Iterable[str] = (),
        default_dictionaries: bool = True,
        batch_size: int = 32,
        batch_chars: int = 100_000,
        max_chars: int | None = None,
        nlp: Any = None,
    ) -> None:
        from tidings.ingest.readers import DEFAULT_MAX_CHARS
        from tidings.nlp import DEFAULT_MODEL

        self.model = model or os.environ.get("TIDINGS_MODEL") or DEFAULT_MODEL
        self.dictionaries = tuple(str(d) for d in dictionaries)
        self.default_dictionaries = default_dictionaries
        self.batch_size = batch_size
        self.batch_chars = batch_chars
        self.max_chars = max_chars or DEFAULT_MAX_CHARS
        self._nlp: Any = None
        if nlp is not None:  # a caller's own spaCy pipeline (with tidings stages added or not)
            self._adopt(nlp)
        self._failed: dict[int, ErrorRecord] = {}
        self.strict = os.environ.get("TIDINGS_STRICT") == "1"

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from tidings.nlp import load

            self._adopt(load(self.model, self.dictionaries, self.default_dictionaries))
        return self._nlp

    def _adopt(self, nlp: Any) -> None:
        self._nlp = nlp
        self._nlp.max_length = max(self._nlp.max_length, self.max_chars + 1)
        # Our stages are plain callables, so spaCy routes their errors to this handler
        # (Language.set_error_handler fails on the compiled parser in spaCy 3.8).
        self._nlp.default_error_handler = self._on_error

    def _on_error(self, proc_name: str, proc: Any, docs: list[Any], e: Exception) -> None:
        if self.strict:
            raise e
        for doc in docs:
            seq = doc.user_data.get(SEQ_KEY)
            article = doc._.article
            where = article.origin if article is not None else "?"
            self._failed[seq] = TidingsError(
                Errors.E200, where, where=where, stage=proc_name, reason=f"{type(e).__name__}: {e}"
            ).record()

    def _make_doc(self, article: Article, seq: int) -> Any:
        doc = self.nlp.make_doc(article.text)
        doc.user_data[SEQ_KEY] = seq
        doc._.article = article
        doc._.skip_coding = article.language not in (None, "en")
        return doc

    def process(self, items: Iterable[Item]) -> Iterator[Result]:
        """Documents (and Failures) in input order, analysed a batch at a time.

        ``items`` may mix texts (``str``), dicts (``{"text", "id"?, "title"?, "url"?,
        "source"?, "published"?}``; ``published`` as ``tidings.extract`` takes it) and
        ``Article`` records (from ``tidings.ingest.read``). An empty or over-long text comes
        out as a ``Failure`` saying why.

        A batch holds at most ``batch_size`` articles and ``batch_chars`` characters: the
        parser's memory grows with the text in flight, so a few very long articles in one
        batch would set the peak for the whole run.
        """
        batch: list[tuple[int, Article | Failure]] = []
        n = chars = 0
        for seq, raw in enumerate(items):
            item = as_article(raw, seq)
            batch.append((seq, item))
            if isinstance(item, Article):
                n += 1
                chars += len(item.text)
            if n >= self.batch_size or chars >= self.batch_chars:
                yield from self._run_batch(batch)
                batch, n, chars = [], 0, 0
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[tuple[int, Article | Failure]]) -> Iterator[Result]:
        docs = [self._make_doc(item, seq) for seq, item in batch if isinstance(item, Article)]
        done = {doc.user_data[SEQ_KEY]: doc for doc in self.nlp.pipe(docs, batch_size=max(1, len(docs)))}
        for seq, item in batch:
            if isinstance(item, Failure):
                yield item
            elif seq in done:
                yield to_document(done.pop(seq), item)
            else:  # the Doc never came out of nlp.pipe: its error was recorded
                err = (
                    self._failed.pop(seq, None)
                    or TidingsError(
                        Errors.E200,
                        item.origin,
                        where=item.origin,
                        stage="?",
                        reason="document lost in analysis",
                    ).record()
                )
                yield Failure(id=item.id, origin=item.origin, error=err)


def to_document(doc: Any, article: Article) -> Document:
    """The one conversion from an annotated Doc to the Document record."""
    sentences = (
        [Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text) for i, s in enumerate(doc.sents)]
        if doc.has_annotation("SENT_START")
        else []
    )
    return Document(
        id=article.id,
        title=article.title,
        url=article.url,
        source=article.source,
        published=article.published.isoformat() if article.published else None,
        language=article.language,
        dateline=article.dateline,
        text=article.text,
        content_hash=article.content_hash,
        origin=article.origin,
        sentences=sentences,
        actors=list(doc._.actors or []),
        events=list(doc._.events or []),
        quotes=list(doc._.quotes or []),
        times=list(doc._.times or []),
        places=list(doc._.places or []),
        errors=list(article.warnings),
    )


_DEFAULT: Pipeline | None = None


def extract(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    title: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Document:
    """Analyse one text. ``published`` is a date, a datetime or a date string ("2022-10-16",
    "16/10/2022", "October 16, 2022"); an unreadable one raises ``tidings.pubdate.BadDate``
    (a ValueError). Raises ``TidingsError`` when the text cannot be analysed (empty, too long)."""
    from tidings.ingest import article_from_text
    from tidings.pubdate import to_date

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    day = to_date(published)  # before the model loads: a bad date fails at once
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    article = article_from_text(text, published=day, title=title, url=url, id=id)
    for result in _DEFAULT.process([article]):
        if isinstance(result, Failure):
            raise TidingsError.from_record(result.error)
        return result
    raise AssertionError("pipeline returned nothing")  # pragma: no cover
