"""Worker processes for ``enrich_many(..., n_process=N)``.

spaCy's ``nlp.pipe(n_process=N)`` sends every Doc back to the parent as bytes
and leaves the rest to the parent; newsenrich's Doc extensions (dataclasses)
do not survive that trip, and building every Article in the parent would make
the parent the bottleneck. Here each worker runs the whole pipeline, Article
included, on chunks of ``batch_size`` checked inputs; the parent only reads and
checks the input and yields the Articles in input order. At most
``2 * n_process`` chunks are in flight, so memory stays flat however long the
input is.

Workers are forked where the platform allows it (Linux): they start at once and
share the parent's loaded pipeline. Elsewhere (macOS, Windows) they are spawned
and each loads the pipeline once from the model the Enricher was made with, so
a script using ``n_process > 1`` there needs the usual
``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any

from newsenrich.article import Article, Published
from newsenrich.errors import InvalidArgumentError

if TYPE_CHECKING:
    from newsenrich.enricher import Enricher

CheckedItem = tuple[str, Published | None]

_worker_enricher: Enricher | None = None  # the Enricher of this worker process
_inherited: Enricher | None = None  # set in the parent only while forking workers
_fork_lock = threading.Lock()


def resolve_n_process(n_process: int) -> int:
    """``n_process`` as a process count: -1 means one per CPU."""
    if n_process == -1:
        return os.cpu_count() or 1
    if n_process < 1:
        raise InvalidArgumentError(f"n_process must be a positive number of processes or -1 (one per CPU), not {n_process}")
    return n_process


def _init_worker(model: Any, max_chars: int) -> None:
    global _worker_enricher
    if _inherited is not None:  # forked: the parent's pipeline is already here
        _worker_enricher = _inherited
    else:
        from newsenrich.enricher import Enricher

        _worker_enricher = Enricher(model, max_chars=max_chars)


def _enrich_chunk(chunk: list[CheckedItem]) -> list[Article]:
    assert _worker_enricher is not None, "worker not initialised"
    return list(_worker_enricher._enrich_checked(chunk, batch_size=len(chunk)))


def _context() -> Any:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def enrich_in_processes(
    enricher: Enricher, items: Iterable[CheckedItem], *, n_process: int, batch_size: int
) -> Iterator[Article]:
    """Articles of the checked ``(text, published)`` items, in input order, from ``n_process`` workers.

    An exception raised while reading ``items`` (a bad input) is raised after the
    Articles of all earlier items have been yielded.
    """
    global _inherited
    source = iter(items)
    window = 2 * n_process
    pending: deque[Future[list[Article]]] = deque()
    input_error: BaseException | None = None
    executor = ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=_context(),
        initializer=_init_worker,
        initargs=(enricher.model, enricher.max_chars),
    )
    finished = False

    def next_chunk() -> list[CheckedItem]:
        nonlocal input_error
        chunk: list[CheckedItem] = []
        if input_error is None:
            try:
                chunk.extend(islice(source, batch_size))
            except Exception as exc:  # noqa: BLE001 (re-raised once the earlier articles are out)
                input_error = exc  # (the items read before it stay in the chunk)
        return chunk

    try:
        first = next_chunk()
        if first:
            with _fork_lock:  # workers are forked on the first submit
                _inherited = enricher
                try:
                    pending.append(executor.submit(_enrich_chunk, first))
                finally:
                    _inherited = None
            while len(pending) < window and (chunk := next_chunk()):
                pending.append(executor.submit(_enrich_chunk, chunk))
        while pending:
            articles = pending.popleft().result()
            if chunk := next_chunk():
                pending.append(executor.submit(_enrich_chunk, chunk))
            yield from articles
        finished = True
    finally:
        executor.shutdown(wait=finished, cancel_futures=True)
    if input_error is not None:
        raise input_error
