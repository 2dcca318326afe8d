"""Long Docs go through the NER backend in sentence chunks, with the same entities as in one piece."""

from __future__ import annotations

from itertools import pairwise

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsenrich.build import article_from_doc
from newsenrich.chunked import LONG_DOC_TOKENS, backend_pipes, chunk_bounds


def _doc_with_sentences(lengths: list[int]) -> tuple[Doc, list[int]]:
    starts = set()
    pos = 0
    for n in lengths:
        starts.add(pos)
        pos += n
    words = [f"w{i}" for i in range(pos)]
    doc = Doc(Vocab(), words=words, sent_starts=[i in starts for i in range(pos)])
    return doc, sorted(starts)


@pytest.mark.parametrize(
    "lengths",
    [
        pytest.param([10] * 50, id="short-sentences"),
        pytest.param([7, 300, 2, 2, 150], id="one-sentence-longer-than-a-chunk"),
        pytest.param([1000], id="exactly-one-chunk"),
        pytest.param([333] * 9, id="uneven"),
    ],
)
def test_chunk_bounds_cover_the_doc_at_sentence_starts(lengths: list[int]) -> None:
    doc, starts = _doc_with_sentences(lengths)
    bounds = chunk_bounds(doc, size=100)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a < b for a, b in bounds)
    assert all(prev[1] == nxt[0] for prev, nxt in pairwise(bounds))
    for a, b in bounds:
        assert b - a <= 100
        sentence_inside = any(a < s < a + 100 for s in starts) and b != len(doc)
        if sentence_inside:
            assert b in starts  # cut at a sentence start when there is one


def test_chunk_bounds_of_an_empty_doc() -> None:
    assert chunk_bounds(Doc(Vocab(), words=[])) == []


def test_long_text_gets_the_entities_of_the_whole_doc(enricher) -> None:
    paragraph = "Biden sprak dinsdag in Washington met Poetin over de Krim en Oekraïne. Het Kremlin zweeg."
    text = "\n\n".join(f"{paragraph} Bericht {i}." for i in range(280))
    article = enricher.enrich(text)
    assert len(enricher.nlp.make_doc(text)) > LONG_DOC_TOKENS
    whole = article_from_doc(enricher.nlp(enricher._make_doc(text, None)), enricher.info)  # no chunks
    assert article == whole
    assert sum(len(e.mentions) for e in article.entities) == 280 * 5


def test_chunks_without_a_letter_skip_the_backend(enricher, monkeypatch) -> None:
    paragraph = "Biden sprak dinsdag in Washington met Poetin."
    table = "\n".join(" ".join(str(i * j % 97) for j in range(12)) + "." for i in range(600))  # no letter at all
    text = f"{paragraph}\n\n{table}\n\n{paragraph}"
    assert len(enricher.nlp.make_doc(text)) > LONG_DOC_TOKENS
    seen: list[int] = []
    ner = enricher.nlp.get_pipe(backend_pipes(enricher.nlp)[0])
    original = ner.pipe

    def counting_pipe(docs, **kwargs):
        for doc in original(docs, **kwargs):
            seen.append(len(doc))
            yield doc

    monkeypatch.setattr(ner, "pipe", counting_pipe)
    article = enricher.enrich(text)
    assert sum(seen) < len(enricher.nlp.make_doc(table)) / 2  # most of the table never reached the model
    assert [m.text for e in article.entities for m in e.mentions].count("Biden") == 2
