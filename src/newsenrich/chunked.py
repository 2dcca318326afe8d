"""Running the NER backend over a long Doc in chunks of whole sentences.

spaCy's ``tok2vec`` holds its intermediate arrays for a whole Doc at once:
about 20 kB per token for a CNN of width 128, so a 5 MB dump (900,000 tokens)
would need some 18 GB, and large arrays also make it slower per token. The
Enricher therefore sends a Doc of more than :data:`LONG_DOC_TOKENS` tokens
through the backend's pipes (``tok2vec``, ``ner``, ``entity_ruler`` ...) as
chunks of about :data:`CHUNK_TOKENS` tokens, cut at sentence starts (set by the
segmenter), and copies the entities back. Our own components still see the
whole Doc. Chunks start and end at sentence boundaries, so only the context the
model sees across a chunk boundary (a few tokens of the neighbouring sentence)
differs from running on the whole Doc. Chunks without a single letter (number
tables, runs of punctuation or emoji) cannot hold a name and skip the backend.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
from spacy.attrs import NORM, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

LONG_DOC_TOKENS = 5_000
CHUNK_TOKENS = 1_000
_CHUNK_BATCH = 2
"""Chunks per batch through the backend: the tok2vec's arrays for 8 chunks (8,000 tokens) took
150 MB at the peak, for 2 about 35 MB, at the same speed."""


def backend_pipes(nlp: Language) -> list[str]:
    """The enabled pipes that are not newsenrich's own (the NER backend's)."""
    return [name for name in nlp.pipe_names if not name.startswith("newsenrich_")]


def chunk_bounds(doc: Doc, size: int = CHUNK_TOKENS) -> list[tuple[int, int]]:
    """Token ranges covering ``doc``, each ending at a sentence start and at most ``size`` tokens
    long unless one sentence is longer (then it is cut at ``size``)."""
    n = len(doc)
    if n == 0:
        return []
    starts = np.flatnonzero(doc.to_array([SENT_START]).reshape(-1) == 1)
    bounds: list[tuple[int, int]] = []
    begin = 0
    while begin < n:
        limit = begin + size
        if limit >= n:
            end = n
        else:
            i = int(np.searchsorted(starts, limit, side="right")) - 1  # last sentence start <= limit
            end = int(starts[i]) if i >= 0 and starts[i] > begin else limit
        bounds.append((begin, end))
        begin = end
    return bounds


def run_pipeline_chunked(nlp: Language, doc: Doc) -> Doc:
    """``nlp(doc)``, with the backend pipes run over sentence chunks of ``doc``."""
    backend = backend_pipes(nlp)
    ner_done = False
    for name, proc in nlp.pipeline:
        if name in backend:
            if not ner_done:
                _chunked_ner(nlp, doc, backend)
                ner_done = True
            continue
        doc = proc(doc)
    return doc


_LETTER = re.compile(r"[^\W\d_]")


def _chunked_ner(nlp: Language, doc: Doc, backend: list[str]) -> None:
    # chunks without a single letter (tables of numbers, runs of punctuation, emoji) cannot
    # hold a name: the backend, which costs the same per token whatever the token, skips them
    text = doc.text
    bounds = [
        (start, end)
        for start, end in chunk_bounds(doc)
        if _LETTER.search(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    ]

    # Chunk Docs are built from one array of the whole Doc, not with Span.as_doc(): that
    # converts the whole Doc to an array and reads all of doc.ents (both O(len(doc))) for
    # every chunk, so n tokens cost n**2 / CHUNK_TOKENS (10 MB of "1 1 1 ..." took 220 s
    # instead of 40). Before the backend runs, a token holds nothing a chunk needs beyond
    # its text, its norm (tokenizer exceptions set it) and the segmenter's sentence starts;
    # two columns instead of all ~15 keep a 5 MB dump from holding a 100 MB array.
    array_head = [NORM, SENT_START]
    array = doc.to_array(array_head)

    def chunks() -> Iterator[Doc]:
        for start, end in bounds:
            tokens = doc[start:end]  # a view: no copy of the rest of the Doc
            sub = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
            sub.from_array(array_head, array[start:end])  # type: ignore[arg-type]  # uint64 rows, typed loosely by numpy
            yield sub

    stream: Iterator[Doc] = chunks()
    for name in backend:
        proc = nlp.get_pipe(name)
        stream = proc.pipe(stream, batch_size=_CHUNK_BATCH) if hasattr(proc, "pipe") else map(proc, stream)
    ents: list[Span] = []
    for (start, _), sub in zip(bounds, stream):
        ents.extend(Span(doc, start + e.start, start + e.end, label=e.label) for e in sub.ents)
    doc.ents = ents
