"""The ``Doc`` extension attributes newsenrich's spaCy components read and write.

``register_extensions()`` is idempotent and is called by every component
factory, so the attributes exist in anyone's pipeline that adds our components.

=====================  =========================================================
``doc._.published``    :class:`newsenrich.article.Published` or None: the anchor
                       for relative dates (set by the segmenter from the header,
                       or by the caller / :class:`Enricher` from an argument)
``doc._.header``       ``(start, end)`` character span of the ``date`` header or None
``doc._.stories``      list of :class:`newsenrich.segment.StoryLayout` (segmenter)
``doc._.timexes``      list of :class:`newsenrich.timex.TimexMatch` (timex component)
``doc._.entity_clusters`` list of :class:`newsenrich.entities.Cluster` (clusterer)
``doc._.warnings``     list of str: what a component read but could not use
=====================  =========================================================
"""

from __future__ import annotations

from spacy.tokens import Doc

import newsenrich.docdata  # noqa: F401  (msgpack for these values: n_process > 1, DocBin)

_DOC_EXTENSIONS: dict[str, object] = {
    "published": None,
    "header": None,
    "stories": None,
    "timexes": None,
    "entity_clusters": None,
    "warnings": None,
}


def register_extensions() -> None:
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
