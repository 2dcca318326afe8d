"""Our Doc extension values survive Doc.to_bytes: spaCy's own n_process and DocBin work."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, DocBin

from newsenrich.article import Published
from newsenrich.docdata import MARKER, decode, encode


def _nlp():
    nlp = spacy.blank("nl")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Poetin"}])
    nlp.add_pipe("newsenrich_segmenter", first=True)
    nlp.add_pipe("newsenrich_timex")
    nlp.add_pipe("newsenrich_entity_clusters")
    return nlp


def _state(doc: Doc) -> tuple:
    """The extension values, containers as lists (msgpack may give tuples for lists and back)."""
    return (
        doc._.published,
        tuple(doc._.header) if doc._.header else None,
        list(doc._.stories),
        list(doc._.timexes),
        [(c, list(m)) for c, m in doc._.entity_clusters],
        list(doc._.warnings),
    )


def test_doc_bytes_keep_the_extensions(seed_text: str) -> None:
    nlp = _nlp()
    doc = nlp(seed_text)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _state(copy) == _state(doc)
    assert isinstance(copy._.stories[0].paragraphs[0], tuple)


def test_docbin_with_user_data(seed_text: str) -> None:
    nlp = _nlp()
    docs = list(nlp.pipe([seed_text, "date 2021-13 Poetin sprak."]))
    restored = list(DocBin(docs=docs, store_user_data=True).get_docs(nlp.vocab))
    assert [_state(d) for d in restored] == [_state(d) for d in docs]


def test_spacy_n_process_two(seed_text: str) -> None:
    nlp = _nlp()
    texts = [seed_text, "Poetin.", "", "date 2020-01 Poetin sprak sinds mei."]
    one = [_state(d) for d in nlp.pipe(texts)]
    two = [_state(d) for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert two == one


def test_only_our_classes_are_rebuilt() -> None:
    value = Published("2021-04", "month", "header")
    assert decode(encode(value)) == value
    foreign = {MARKER: "os.system", "fields": {"command": "true"}}
    assert decode(foreign) is foreign  # left as a plain dict, nothing imported or called
    assert decode({"a": 1}) == {"a": 1}
