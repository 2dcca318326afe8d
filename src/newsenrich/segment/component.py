"""The ``newsenrich_segmenter`` spaCy component.

Runs :func:`newsenrich.segment.segment_text` on ``doc.text`` and copies the
result onto the Doc: ``doc._.stories``, ``doc._.header``, ``doc._.published``
(from the header, unless the caller already set it), ``doc._.warnings``, and
sentence starts on the tokens (header, headline and each body sentence start a
sentence), so later components and ``doc.sents`` see the same sentences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import IDX, SENT_START
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
    # one array for the whole Doc: setting token.is_sent_start token by token makes
    # spaCy rescan the Doc for a parse each time, so n tokens cost n**2
    token_starts = doc.to_array(IDX).astype("int64")
    first_tokens = numpy.searchsorted(token_starts, numpy.fromiter(starts, dtype="int64", count=len(starts)))
    values = numpy.full((len(doc), 1), -1, dtype="int64")  # -1: not a sentence start
    values[first_tokens[first_tokens < len(doc)], 0] = 1  # the first token at or after each start
    values[0, 0] = 1
    doc.from_array([SENT_START], values.astype("uint64"))  # type: ignore[arg-type]


@Language.factory(
    "newsenrich_segmenter",
    assigns=["token.is_sent_start", "doc._.stories", "doc._.header", "doc._.published", "doc._.warnings"],
    default_config={},
)
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp, name)
