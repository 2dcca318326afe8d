"""newsenrich: structured, trustworthy data from raw Dutch news text.

>>> import newsenrich
>>> article = newsenrich.enrich("date 2021-04 De Amerikaanse president Joe Biden ...")
>>> article.published.value
'2021-04'

``enrich`` and ``enrich_many`` use one default :class:`Enricher` (the bundled
Dutch news model), loaded on first use; ``load(model)`` gives an Enricher for
any installed spaCy Dutch pipeline.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from newsenrich.article import (
    Article,
    Entity,
    Headline,
    Mention,
    PipelineInfo,
    Published,
    Story,
    TextSpan,
    Timex,
)
from newsenrich.errors import (
    InputTooLargeError,
    InputTypeError,
    InvalidArgumentError,
    InvalidArticleError,
    InvalidPublishedError,
    ModelNotFoundError,
    NewsEnrichError,
)
from newsenrich.validate import check_article

if TYPE_CHECKING:
    from newsenrich.enricher import Enricher

try:
    __version__ = version("newsenrich")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+source"

__all__ = [
    "Article",
    "Enricher",
    "Entity",
    "Headline",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidArgumentError",
    "InvalidArticleError",
    "InvalidPublishedError",
    "Mention",
    "ModelNotFoundError",
    "NewsEnrichError",
    "PipelineInfo",
    "Published",
    "Story",
    "TextSpan",
    "Timex",
    "__version__",
    "check_article",
    "enrich",
    "enrich_many",
    "load",
]


def load(model: str | os.PathLike[str] | None = None, *, max_chars: int | None = None) -> Enricher:
    """An :class:`Enricher` around ``model``: None for the bundled Dutch news model, or the
    name of an installed spaCy Dutch pipeline (``nl_core_news_sm``), or a pipeline directory."""
    from newsenrich.enricher import DEFAULT_MAX_CHARS, Enricher

    return Enricher(model, max_chars=DEFAULT_MAX_CHARS if max_chars is None else max_chars)


@lru_cache(maxsize=1)
def _default_enricher() -> Enricher:
    return load()


def enrich(text: str, *, published: Any = None) -> Article:
    """Enrich one text with the default pipeline. See :meth:`Enricher.enrich`."""
    return _default_enricher().enrich(text, published=published)


def enrich_many(
    texts: Iterable[Any],
    *,
    published: Any = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Article]:
    """Enrich a stream of texts in input order with the default pipeline. See :meth:`Enricher.enrich_many`."""
    return _default_enricher().enrich_many(texts, published=published, batch_size=batch_size, n_process=n_process)


def __getattr__(name: str) -> Any:
    if name == "Enricher":
        from newsenrich.enricher import Enricher

        return Enricher
    raise AttributeError(f"module 'newsenrich' has no attribute {name!r}")
