"""The :class:`Enricher`: one loaded pipeline, turning texts into Articles."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from newsenrich.article import Article, PipelineInfo, Published
from newsenrich.build import article_from_doc
from newsenrich.chunked import LONG_DOC_TOKENS, run_pipeline_chunked
from newsenrich.errors import InputTooLargeError, InputTypeError, InvalidArgumentError
from newsenrich.pipeline import build_pipeline
from newsenrich.published import parse_published

DEFAULT_MAX_CHARS = 50_000_000
DEFAULT_BATCH_SIZE = 32
BATCH_TOKENS = 4_000  # a batch ends at batch_size docs or at this many tokens

PublishedArg = str | Any | None  # str, datetime.date, datetime.datetime, Published or None


def _check_text(text: object, what: str, max_chars: int) -> str:
    if isinstance(text, str):
        if len(text) > max_chars:
            raise InputTooLargeError(
                f"{what} has {len(text):,} characters, above the limit of {max_chars:,}; "
                "split it, or raise the limit with newsenrich.load(max_chars=...)"
            )
        return text
    if isinstance(text, (bytes, bytearray)):
        raise InputTypeError(f"{what} must be str, not bytes; decode it first, e.g. data.decode('utf-8')")
    raise InputTypeError(f"{what} must be str, not {type(text).__name__}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, one character for one.

    A Python ``str`` may hold surrogates (``"\\ud800"`` from JSON, ``surrogateescape``
    decoding) that have no UTF-8 form, and spaCy stores every token as UTF-8. The
    pipeline runs on this copy, which has the same length, so every offset is also
    an offset into ``text``; the Article keeps ``text`` itself.
    """
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def _check_texts(texts: object) -> None:
    if isinstance(texts, (str, bytes, bytearray)):
        raise InputTypeError(
            f"texts must be an iterable of str (or of (text, published) pairs), not a single "
            f"{type(texts).__name__}; use enrich() for one text, or wrap it in a list"
        )
    try:
        iter(texts)  # type: ignore[call-overload]
    except TypeError:
        raise InputTypeError(
            f"texts must be an iterable of str (or of (text, published) pairs), not {type(texts).__name__}"
        ) from None


class Enricher:
    """A loaded newsenrich pipeline. Get one with :func:`newsenrich.load`."""

    def __init__(self, model: str | os.PathLike[str] | None = None, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        if isinstance(max_chars, bool) or not isinstance(max_chars, int):
            raise InputTypeError(f"max_chars must be int, not {type(max_chars).__name__}")
        if max_chars < 0:
            raise InvalidArgumentError(f"max_chars must be 0 or more, not {max_chars}")
        if model is not None and not isinstance(model, (str, os.PathLike)):
            raise InputTypeError(
                f"model must be None (the bundled model), a spaCy pipeline name or a path, not {type(model).__name__}"
            )
        backend = build_pipeline(model)
        self.model = model
        """The ``model`` argument this Enricher was loaded with (worker processes load it again where they cannot fork)."""
        self.nlp = backend.nlp
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        from newsenrich import __version__

        self.info = PipelineInfo(ner=backend.description, version=__version__)

    def __repr__(self) -> str:
        return f"<Enricher ner={self.info.ner!r} pipes={self.nlp.pipe_names}>"

    def _make_doc(self, text: str, published: Published | None) -> Doc:
        doc = self.nlp.make_doc(_storable(text))
        doc._.published = published
        return doc

    def enrich(self, text: str, *, published: PublishedArg = None) -> Article:
        """Enrich one text. ``published`` (a date or string) overrides the text's ``date`` header."""
        text = _check_text(text, "text", self.max_chars)
        anchor = parse_published(published) if published is not None else None
        return article_from_doc(self._process(self._make_doc(text, anchor)), self.info, text=text)

    def _process(self, doc: Doc) -> Doc:
        """``nlp(doc)``; a long Doc goes through the NER backend in sentence chunks (see :mod:`newsenrich.chunked`)."""
        if len(doc) > LONG_DOC_TOKENS:
            return run_pipeline_chunked(self.nlp, doc)
        return self.nlp(doc)

    def enrich_many(
        self,
        texts: Iterable[str | tuple[str, PublishedArg]],
        *,
        published: PublishedArg = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        n_process: int = 1,
    ) -> Iterator[Article]:
        """Enrich a stream of texts, yielding Articles in input order.

        Each item is a text, or a ``(text, published)`` pair giving that
        article's own publication date; ``published=`` applies to plain texts.
        The input is consumed lazily in batches of ``batch_size``. With
        ``n_process > 1`` (or -1, one per CPU) that many worker processes each
        run the whole pipeline on batches, and the Articles still come in input
        order (see :mod:`newsenrich.parallel`); results are the same as with one.
        """
        from newsenrich.parallel import enrich_in_processes, resolve_n_process

        n_process = resolve_n_process(n_process)
        _check_texts(texts)
        if isinstance(batch_size, bool) or not isinstance(batch_size, int):
            raise InputTypeError(f"batch_size must be int, not {type(batch_size).__name__}")
        if batch_size < 1:
            raise InvalidArgumentError(f"batch_size must be at least 1, not {batch_size}")
        default = parse_published(published) if published is not None else None
        items = (self._check_item(i, item, default) for i, item in enumerate(texts))
        if n_process == 1:
            return self._enrich_checked(items, batch_size=batch_size)
        return enrich_in_processes(self, items, n_process=n_process, batch_size=batch_size)

    def _enrich_checked(
        self, items: Iterable[tuple[str, Published | None]], *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> Iterator[Article]:
        """Articles of ``(text, anchor)`` pairs already checked and parsed (no argument checks here)."""
        for batch in self._batches(items, batch_size):
            short = self.nlp.pipe([doc for _, doc in batch if len(doc) <= LONG_DOC_TOKENS], batch_size=len(batch))
            for text, doc in batch:
                done = next(short) if len(doc) <= LONG_DOC_TOKENS else self._process(doc)
                yield article_from_doc(done, self.info, text=text)

    def _batches(
        self, items: Iterable[tuple[str, Published | None]], batch_size: int
    ) -> Iterator[list[tuple[str, Doc]]]:
        """``(text, doc)`` batches of at most ``batch_size`` docs and about :data:`BATCH_TOKENS` tokens.

        The NER model's working memory grows with the tokens of a batch (some 20 kB
        a token for a CNN tok2vec), so a batch of long articles is cut short; the
        texts themselves are kept for the Articles (see :func:`_storable`).
        """
        batch: list[tuple[str, Doc]] = []
        tokens = 0
        for text, anchor in items:
            doc = self._make_doc(text, anchor)
            batch.append((text, doc))
            tokens += len(doc)
            if len(batch) >= batch_size or tokens >= BATCH_TOKENS:
                yield batch
                batch, tokens = [], 0
        if batch:
            yield batch

    def _check_item(self, index: int, item: object, default: Published | None) -> tuple[str, Published | None]:
        if isinstance(item, tuple):
            if len(item) != 2:
                raise InputTypeError(f"texts[{index}] must be a str or a (text, published) pair")
            text = _check_text(item[0], f"texts[{index}][0]", self.max_chars)
            anchor = parse_published(item[1]) if item[1] is not None else default
        else:
            text = _check_text(item, f"texts[{index}]", self.max_chars)
            anchor = default
        return text, anchor
