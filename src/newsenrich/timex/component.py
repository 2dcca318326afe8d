"""The spaCy pipe ``newsenrich_timex``: runs the tagger over ``doc.text`` once per document.

>>> import spacy
>>> nlp = spacy.blank("nl")
>>> _ = nlp.add_pipe("newsenrich_timex")   # after ``import newsenrich.timex.component`` or via entry points
>>> doc = nlp("Sinds september wordt er overlegd.")
>>> [(t.text, t.value) for t in doc._.timexes]
[('september', 'XXXX-09')]

Reads the anchor from ``doc._.published`` (None gives X-values for relative
dates), uses ``doc.sents`` when sentence boundaries are set, and writes
``doc._.timexes`` (:class:`~newsenrich.timex.TimexMatch` list) and
``doc.spans["timex"]`` (label = TIMEX3 type). Expressions inside the ``date``
header (``doc._.header``) are left out: that date is the anchor itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsenrich.extensions import register_extensions
from newsenrich.timex.tagger import TimexTagger, get_tagger

SPAN_KEY = "timex"
_CFG_FILE = "cfg.json"


class TimexComponent:
    """Finds time expressions in a Doc; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "newsenrich_timex", *, span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.name = name
        self.span_key = span_key
        self._tagger: TimexTagger | None = None

    @property
    def tagger(self) -> TimexTagger:
        if self._tagger is None:
            self._tagger = get_tagger()
        return self._tagger

    def __call__(self, doc: Doc) -> Doc:
        sentences = None
        if doc.has_annotation("SENT_START"):
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
        matches = self.tagger.tag(doc.text, doc._.published, sentences=sentences)
        header = doc._.header
        if header:
            matches = [t for t in matches if t.end <= header[0] or t.start >= header[1]]
        doc._.timexes = matches
        spans: list[Span] = []
        for t in matches:
            span = doc.char_span(t.start, t.end, label=t.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # -- serialisation: only a small cfg; the rules are code ------------------------------
    def _cfg(self) -> dict[str, Any]:
        return {"span_key": self.span_key}

    def _set_cfg(self, cfg: dict[str, Any]) -> None:
        self.span_key = str(cfg.get("span_key", SPAN_KEY))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._cfg()).encode("utf8")

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> TimexComponent:
        self._set_cfg(json.loads(bytes_data.decode("utf8")))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _CFG_FILE).write_text(json.dumps(self._cfg()), encoding="utf8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TimexComponent:
        cfg_path = Path(path) / _CFG_FILE
        if cfg_path.exists():
            self._set_cfg(json.loads(cfg_path.read_text(encoding="utf8")))
        return self


@Language.factory("newsenrich_timex", assigns=["doc._.timexes"], default_config={})
def make_timex(nlp: Language, name: str) -> TimexComponent:
    """Factory of the ``newsenrich_timex`` pipe (no settings: the rules are code)."""
    return TimexComponent(nlp, name)


__all__ = ["SPAN_KEY", "TimexComponent", "make_timex"]
