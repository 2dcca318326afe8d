"""newsenrich on a Dask cluster: a bag of texts, or a text column of a dataframe.

Needs the ``dask`` extra: ``pip install "newsenrich[dask]"``. ::

    import dask.bag as db
    from newsenrich.dask import enrich_bag

    texts = db.from_sequence(texts, npartitions=100)      # texts or (text, published) pairs
    articles = enrich_bag(texts, model=None)               # a bag of Article.to_dict() dicts
    articles.map(json.dumps).to_textfiles("out/*.jsonl")

    import dask.dataframe as dd
    from newsenrich.dask import enrich_frame

    df = dd.read_parquet("archive/")
    enriched = enrich_frame(df, text_column="body", published_column="date")
    enriched[["id", "published", "persons", "places"]].to_parquet("out/")

Every worker process loads the pipeline once (:func:`worker_enricher`, cached
per model and process) and keeps it for all its partitions; what travels back
are plain dicts and columns of strings, numbers and lists, never spaCy
objects. Run workers as processes with one thread each (spaCy holds the GIL for
most of its work). The partition functions :func:`enrich_partition` and
:func:`enrich_pandas` need no Dask and serve other engines too (see
``docs/scale.md`` for Spark's ``mapInPandas``).

Bad inputs (a text that is not a string, an unreadable date) raise by default,
failing the task; with ``on_error="record"`` they give a result that says what
was wrong (``{"error": ...}`` in a bag, the ``error`` column in a dataframe)
and the rest of the partition is enriched.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, cast

from newsenrich.article import Article
from newsenrich.errors import NewsEnrichError

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

    from newsenrich.enricher import Enricher

OnError = Literal["raise", "record"]
ModelArg = str | os.PathLike[str] | None

ARTICLE_COLUMNS: dict[str, str] = {
    "published": "object",
    "stories": "int64",
    "persons": "object",
    "places": "object",
    "organisations": "object",
    "timexes": "object",
    "article": "object",
    "error": "object",
}
"""The columns :func:`enrich_pandas` adds, with their pandas dtypes.

``published`` ISO date or None; ``stories`` the number of stories; ``persons``,
``places``, ``organisations`` lists of entity names; ``timexes`` list of TIMEX3
values; ``article`` the whole Article as JSON (``Article.from_json`` reads it
back); ``error`` None, or what was wrong with the input (``on_error="record"``).
"""

_LABEL_COLUMNS = {"PER": "persons", "LOC": "places", "ORG": "organisations"}
_load_lock = threading.Lock()


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "newsenrich.dask needs Dask: install the extra with pip install 'newsenrich[dask]' "
            "(dask[bag,dataframe] and distributed)"
        ) from exc


@lru_cache(maxsize=4)
def _cached_enricher(model: str | None, max_chars: int | None) -> Enricher:
    import newsenrich

    return newsenrich.load(model, max_chars=max_chars)


def worker_enricher(model: ModelArg = None, *, max_chars: int | None = None) -> Enricher:
    """The Enricher for ``model`` in this process, loaded on first use and then reused."""
    key = os.fspath(model) if model is not None else None
    with _load_lock:  # a worker with several threads still loads the model once
        return _cached_enricher(key, max_chars)


def _checked(
    enricher: Enricher, items: list[Any], published: Any, on_error: OnError
) -> tuple[list[tuple[str, Any]], dict[int, str]]:
    from newsenrich.published import parse_published

    default = parse_published(published) if published is not None else None
    good: list[tuple[str, Any]] = []
    errors: dict[int, str] = {}
    for i, item in enumerate(items):
        try:
            good.append(enricher._check_item(i, item, default))
        except NewsEnrichError as exc:
            if on_error == "raise":
                raise
            errors[i] = str(exc)
    return good, errors


def enrich_articles(
    items: Iterable[Any],
    *,
    model: ModelArg = None,
    published: Any = None,
    batch_size: int = 32,
    on_error: OnError = "raise",
    max_chars: int | None = None,
) -> list[Article | str]:
    """Articles of one partition of texts or ``(text, published)`` pairs, in order,
    with the cached :func:`worker_enricher`; with ``on_error="record"`` a bad item gives
    the error message (a str) in its place."""
    if on_error not in ("raise", "record"):
        raise ValueError(f"on_error must be 'raise' or 'record', not {on_error!r}")
    enricher = worker_enricher(model, max_chars=max_chars)
    items = list(items)
    good, errors = _checked(enricher, items, published, on_error)
    articles = iter(enricher._enrich_checked(good, batch_size=batch_size))
    return [errors[i] if i in errors else next(articles) for i in range(len(items))]


def enrich_partition(
    items: Iterable[Any],
    *,
    model: ModelArg = None,
    published: Any = None,
    batch_size: int = 32,
    on_error: OnError = "raise",
    max_chars: int | None = None,
) -> list[dict[str, Any]]:
    """``Article.to_dict()`` of each text or ``(text, published)`` pair of one partition, in order
    (``{"error": message}`` for a bad item with ``on_error="record"``)."""
    results = enrich_articles(
        items, model=model, published=published, batch_size=batch_size, on_error=on_error, max_chars=max_chars
    )
    return [{"error": r} if isinstance(r, str) else r.to_dict() for r in results]


def enrich_bag(
    bag: dask.bag.Bag,
    *,
    model: ModelArg = None,
    published: Any = None,
    batch_size: int = 32,
    on_error: OnError = "raise",
    max_chars: int | None = None,
) -> dask.bag.Bag:
    """A bag of ``Article.to_dict()`` dicts, one per text or ``(text, published)`` pair of ``bag``, in order.

    ``model`` is what :func:`newsenrich.load` takes (None for the bundled model, an
    installed pipeline's name, or a directory every worker can read).
    """
    _require_dask()
    result = bag.map_partitions(  # type: ignore[no-untyped-call]
        enrich_partition,
        model=model,
        published=published,
        batch_size=batch_size,
        on_error=on_error,
        max_chars=max_chars,
    )
    return cast("dask.bag.Bag", result)


def article_row(article: Article) -> dict[str, Any]:
    """The :data:`ARTICLE_COLUMNS` of one Article (``error`` None)."""
    names: dict[str, list[str]] = {column: [] for column in _LABEL_COLUMNS.values()}
    for entity in article.entities:
        names[_LABEL_COLUMNS[entity.label]].append(entity.name)
    return {
        "published": article.published.value if article.published else None,
        "stories": len(article.stories),
        **names,
        "timexes": [t.value for t in article.timexes],
        "article": article.to_json(),
        "error": None,
    }


def _error_row(message: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ARTICLE_COLUMNS)
    row["stories"] = 0
    for column in ("persons", "places", "organisations", "timexes"):
        row[column] = []
    row["error"] = message
    return row


def _cell(value: Any) -> Any:
    """None for pandas' missing values (NaN, NaT, None), else the value."""
    try:
        import pandas as pd

        if pd.api.types.is_scalar(value) and pd.isna(value):
            return None
    except ImportError:  # pragma: no cover - pandas comes with dask[dataframe]
        pass
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        return value.to_pydatetime()
    return value


def enrich_pandas(
    frame: pd.DataFrame,
    *,
    text_column: str = "text",
    published_column: str | None = None,
    model: ModelArg = None,
    published: Any = None,
    batch_size: int = 32,
    on_error: OnError = "raise",
    max_chars: int | None = None,
) -> pd.DataFrame:
    """``frame`` with the :data:`ARTICLE_COLUMNS` added, enriching ``frame[text_column]``
    (dated by ``frame[published_column]`` where given and not missing, else ``published``)."""
    import pandas as pd

    for column in (text_column, published_column):
        if column is not None and column not in frame.columns:
            raise KeyError(f"no column {column!r} in the dataframe (columns: {list(frame.columns)})")
    clash = [c for c in ARTICLE_COLUMNS if c in frame.columns]
    if clash:
        raise ValueError(f"the dataframe already has column(s) {clash}; rename them before enriching")
    texts = [_cell(t) for t in frame[text_column].tolist()]
    if published_column is not None:
        dates = [_cell(d) for d in frame[published_column].tolist()]
        items: list[Any] = [(t, d) if d is not None else t for t, d in zip(texts, dates)]
    else:
        items = texts
    results = enrich_articles(
        items, model=model, published=published, batch_size=batch_size, on_error=on_error, max_chars=max_chars
    )
    rows = [_error_row(r) if isinstance(r, str) else article_row(r) for r in results]
    out = frame.copy()
    for column, dtype in ARTICLE_COLUMNS.items():
        out[column] = pd.Series([row[column] for row in rows], index=frame.index, dtype=dtype)
    return out


def _meta(frame_meta: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    meta = frame_meta.iloc[:0].copy()
    for column, dtype in ARTICLE_COLUMNS.items():
        meta[column] = pd.Series([], dtype=dtype)
    return meta


def enrich_frame(
    df: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    published_column: str | None = None,
    model: ModelArg = None,
    published: Any = None,
    batch_size: int = 32,
    on_error: OnError = "raise",
    max_chars: int | None = None,
) -> dask.dataframe.DataFrame:
    """``df`` with the :data:`ARTICLE_COLUMNS` added (see :func:`enrich_pandas`), partition by partition."""
    _require_dask()
    result = df.map_partitions(  # type: ignore[no-untyped-call]
        enrich_pandas,
        text_column=text_column,
        published_column=published_column,
        model=model,
        published=published,
        batch_size=batch_size,
        on_error=on_error,
        max_chars=max_chars,
        meta=_meta(df._meta),
    )
    return cast("dask.dataframe.DataFrame", result)


def articles_of(bag_rows: Iterable[Mapping[str, Any]]) -> list[Article]:
    """Articles back from :func:`enrich_bag` results (rows with an ``error`` are left out)."""
    return [Article.from_dict(row) for row in bag_rows if "error" not in row]


__all__ = [
    "ARTICLE_COLUMNS",
    "article_row",
    "articles_of",
    "enrich_articles",
    "enrich_bag",
    "enrich_frame",
    "enrich_pandas",
    "enrich_partition",
    "worker_enricher",
]
