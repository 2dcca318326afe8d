"""The :class:`Enricher`: one loaded pipeline, turning texts into Articles."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from newsenrich.article import Article, PipelineInfo, Published
from newsenrich.build import article_from_doc
from newsenrich.errors import InputTooLargeError, InputTypeError
from newsenrich.pipeline import build_pipeline
from newsenrich.published import parse_published

DEFAULT_MAX_CHARS = 50_000_000
DEFAULT_BATCH_SIZE = 32

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


class Enricher:
    """A loaded newsenrich pipeline. Get one with :func:`newsenrich.load`."""

    def __init__(self, model: str | os.PathLike[str] | None = None, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        backend = build_pipeline(model)
        self.nlp = backend.nlp
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        from newsenrich import __version__

        self.info = PipelineInfo(ner=backend.description, version=__version__)

    def __repr__(self) -> str:
        return f"<Enricher ner={self.info.ner!r} pipes={self.nlp.pipe_names}>"

    def _make_doc(self, text: str, published: Published | None) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.published = published
        return doc

    def enrich(self, text: str, *, published: PublishedArg = None) -> Article:
        """Enrich one text. ``published`` (a date or string) overrides the text's ``date`` header."""
        text = _check_text(text, "text", self.max_chars)
        anchor = parse_published(published) if published is not None else None
        doc = self.nlp(self._make_doc(text, anchor))
        return article_from_doc(doc, self.info)

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
        The input is consumed lazily in batches of ``batch_size``; with
        ``n_process > 1`` spaCy's worker processes share the work.
        """
        default = parse_published(published) if published is not None else None
        docs = (self._item_doc(i, item, default) for i, item in enumerate(texts))
        for doc in self.nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
            yield article_from_doc(doc, self.info)

    def _item_doc(self, index: int, item: object, default: Published | None) -> Doc:
        if isinstance(item, tuple):
            if len(item) != 2:
                raise InputTypeError(f"texts[{index}] must be a str or a (text, published) pair")
            text = _check_text(item[0], f"texts[{index}][0]", self.max_chars)
            anchor = parse_published(item[1]) if item[1] is not None else default
        else:
            text = _check_text(item, f"texts[{index}]", self.max_chars)
            anchor = default
        return self._make_doc(text, anchor)
