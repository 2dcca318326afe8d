"""Turning a processed spaCy ``Doc`` into an :class:`~newsenrich.article.Article`."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from newsenrich.article import (
    Article,
    Entity,
    Headline,
    Mention,
    PipelineInfo,
    Story,
    TextSpan,
    Timex,
)
from newsenrich.segment.layout import StoryLayout


class _StoryLocator:
    """Which story a character span lies in (None when in none, e.g. the header)."""

    def __init__(self, stories: list[StoryLayout]) -> None:
        self._stories = stories
        self._starts = [s.start for s in stories]

    def __call__(self, start: int, end: int) -> int | None:
        i = bisect_right(self._starts, start) - 1
        if i < 0:
            return None
        story = self._stories[i]
        return i if start >= story.start and end <= story.end else None


def _story(text: str, layout: StoryLayout) -> Story:
    headline = None
    if layout.headline is not None:
        a, b = layout.headline
        headline = Headline(a, b, text[a:b])
    return Story(
        start=layout.start,
        end=layout.end,
        headline=headline,
        paragraphs=tuple(TextSpan(a, b) for a, b in layout.paragraphs),
        sentences=tuple(TextSpan(a, b) for a, b in layout.sentences),
        duplicate_of=layout.duplicate_of,
    )


def article_from_doc(doc: Doc, pipeline: PipelineInfo, text: str | None = None) -> Article:
    """The Article of a Doc that went through the newsenrich pipeline.

    ``text`` is the caller's string when the Doc was made from a same-length
    stand-in (lone surrogates replaced, see :func:`newsenrich.enricher._storable`);
    all span texts are cut from it, so they match the caller's offsets.
    """
    if text is None:
        text = doc.text
    else:  # doc.text is rebuilt token by token on every access: compare lengths from the last token
        doc_length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if len(text) != doc_length:
            raise ValueError(f"text has {len(text)} characters but the Doc {doc_length}; offsets would not match")
    layouts: list[StoryLayout] = doc._.stories or []
    locate = _StoryLocator(layouts)
    warnings = list(doc._.warnings or [])

    entities: list[Entity] = []
    dropped_mentions = 0
    for cluster, mentions in doc._.entity_clusters or []:
        kept = []
        for m in mentions:
            story = locate(m.start, m.end)
            if story is None:
                dropped_mentions += 1
                continue
            kept.append(Mention(m.start, m.end, text[m.start : m.end], story))
        if kept:
            entities.append(Entity(name=cluster.name, label=cluster.label, mentions=tuple(kept)))  # type: ignore[arg-type]
    if dropped_mentions:
        warnings.append(f"{dropped_mentions} entity mention(s) outside any story (e.g. in the header) were left out")

    timexes: list[Timex] = []
    for t in doc._.timexes or []:
        story = locate(t.start, t.end)
        if story is None:
            continue  # the header's own date is the article's `published`
        timexes.append(Timex(t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod, t.signal, story))  # type: ignore[arg-type]

    header = TextSpan(*doc._.header) if doc._.header else None
    return Article(
        text=text,
        published=doc._.published,
        stories=tuple(_story(text, s) for s in layouts),
        entities=tuple(entities),
        timexes=tuple(timexes),
        pipeline=pipeline,
        header=header,
        warnings=tuple(warnings),
    )
