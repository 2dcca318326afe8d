"""The ``newsenrich_segmenter`` spaCy component.

Runs :func:`newsenrich.segment.segment_text` on ``doc.text`` and copies the
result onto the Doc: ``doc._.stories``, ``doc._.header``, ``doc._.published``
(from the header, unless the caller already set it), ``doc._.warnings``, and
sentence starts on the tokens (header, headline and each body sentence start a
sentence), so later components and ``doc.sents`` see the same sentences.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from newsenrich.extensions import register_extensions
from newsenrich.segment.stories import segment_text


class Segmenter:
    """Header, stories, headlines, paragraphs and sentences of a Doc."""

    def __init__(self, nlp: Language, name: str = "newsenrich_segmenter") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        result = segment_text(doc.text)
        doc._.stories = result.stories
        doc._.header = result.header
        if doc._.published is None:
            doc._.published = result.published
        doc._.warnings = list(doc._.warnings or []) + result.warnings
        _set_sentence_starts(doc, result)
        return doc

    # the component has no state; these exist so pipelines with it save and load
    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return srsly.msgpack_dumps({"name": self.name})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> Segmenter:
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"name": self.name})

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> Segmenter:
        return self


def _set_sentence_starts(doc: Doc, result: Any) -> None:
    if len(doc) == 0:
        return
    starts: set[int] = set()
    if result.header:
        starts.add(result.header[0])
        starts.add(result.header[1])
    for story in result.stories:
        if story.headline:
            starts.add(story.headline[0])
        if story.dateline:
            starts.add(story.dateline[0])
        starts.update(s for s, _ in story.sentences)
    token_starts = [t.idx for t in doc]
    first_tokens: set[int] = set()
    for char in starts:
        i = bisect_left(token_starts, char)
        if i < len(doc):
            first_tokens.add(i)
    for token in doc:
        token.is_sent_start = token.i == 0 or token.i in first_tokens


@Language.factory(
    "newsenrich_segmenter",
    assigns=["token.is_sent_start", "doc._.stories", "doc._.header", "doc._.published", "doc._.warnings"],
    default_config={},
)
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp, name)
