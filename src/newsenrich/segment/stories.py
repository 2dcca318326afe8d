"""Putting units together into stories.

A new story starts at the first unit, and at every unit that is
- a stand-alone headline line followed by body text,
- a dateline (``GENUA - ...`` at the start of a paragraph, or a line with only a date)
  that does not directly follow a headline,
- a paragraph whose first words are a fused headline, or
- a paragraph that repeats an earlier story while the current story does not.
Everything else continues the current story. Each story then gets its
paragraphs and sentences, and ``duplicate_of`` points at the earliest story it
repeats.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsenrich.segment.datelines import inline_dateline, is_date_line
from newsenrich.segment.duplicates import CONTAINMENT_THRESHOLD, ShingleIndex, shingles
from newsenrich.segment.header import read_header
from newsenrich.segment.headlines import find_fused_headline, looks_like_headline_line
from newsenrich.segment.layout import Segmentation, Span, StoryLayout, units
from newsenrich.segment.sentences import split_sentences

_MIN_REPEAT_WORDS = 8  # a paragraph shorter than this is too short to call a repeat


@dataclass
class _Unit:
    span: Span
    kind: str  # "headline" | "dateline" | "body"
    fused_headline: Span | None = None
    dateline: Span | None = None
    headline_like: bool = False  # looked like a headline but the layout says otherwise


def _classify(text: str, spans: list[Span]) -> list[_Unit]:
    date_lines = [is_date_line(text, a, b) for a, b in spans]
    headline_like = [looks_like_headline_line(text, span) for span in spans]
    candidates = [
        i
        for i in range(len(spans) - 1)
        if headline_like[i] and not date_lines[i] and (not headline_like[i + 1] or date_lines[i + 1])
    ]
    # A dated layout: most headlines are followed by a date line. Then a headline-like
    # line without one is a short paragraph (a subhead, a quote without its period).
    dated = [i for i in candidates if date_lines[i + 1]]
    layout_is_dated = len(dated) >= 2 and len(dated) * 2 >= len(candidates)
    headlines = set(dated if layout_is_dated else candidates)
    candidate_set = set(candidates)  # membership per unit: a list here made n units cost n**2

    out: list[_Unit] = []
    for i, (start, end) in enumerate(spans):
        if date_lines[i]:
            out.append(_Unit((start, end), "dateline", dateline=(start, end)))
        elif i in headlines:
            out.append(_Unit((start, end), "headline"))
        else:
            dateline = inline_dateline(text, start, end)
            fused = None if dateline else find_fused_headline(text, start, end)
            unit = _Unit((start, end), "body", fused_headline=fused, dateline=dateline)
            unit.headline_like = i in candidate_set
            out.append(unit)
    return out


def _body_span(text: str, unit: _Unit) -> Span:
    start, end = unit.span
    if unit.fused_headline is not None:
        start = unit.fused_headline[1]
        while start < end and text[start].isspace():
            start += 1
    return start, end


def segment_text(text: str) -> Segmentation:
    """Header, stories, headlines, paragraphs, sentences and repeats of ``text``."""
    header = read_header(text)
    body_start = header.end if header else 0
    classified = _classify(text, units(text, body_start, len(text)))

    stories: list[StoryLayout] = []
    index = ShingleIndex()
    current_repeats: int | None = None  # the earlier story the current story repeats, if any
    previous_kind = None
    previous: _Unit | None = None
    for unit in classified:
        starts_story = not stories
        unit_shingles: set[int] = set()
        repeat_of: int | None = None
        if unit.kind == "headline":
            starts_story = True
        elif unit.kind == "dateline" or unit.dateline is not None:
            starts_story = starts_story or previous_kind != "headline"
        elif unit.fused_headline is not None:
            starts_story = True
        if unit.kind == "body":
            b_start, b_end = _body_span(text, unit)
            unit_shingles = shingles(text, b_start, b_end)
            if len(unit_shingles) >= _MIN_REPEAT_WORDS - 4 and stories:
                own = {len(stories) - 1}
                found = index.best_container(unit_shingles, exclude=own)
                if found is not None and found[1] >= CONTAINMENT_THRESHOLD:
                    repeat_of = found[0]
                    if not starts_story and previous_kind != "headline" and repeat_of != current_repeats:
                        starts_story = True
                        if previous is not None and previous.headline_like and _promote_to_headline(stories, previous):
                            if len(stories) > len(index):
                                index.add(set())
                            starts_story = False
                            current_repeats = None
        if starts_story and not (previous_kind == "headline" and unit.kind != "headline"):
            stories.append(StoryLayout(start=unit.span[0], end=unit.span[1]))
            index.add(set())
            current_repeats = None
        story = stories[-1]
        story.end = unit.span[1]
        if unit.kind == "headline":
            story.headline = unit.span
        elif unit.kind == "dateline":
            story.dateline = unit.span
        else:
            if unit.dateline is not None and story.dateline is None:
                story.dateline = unit.dateline
            if unit.fused_headline is not None:
                story.headline = unit.fused_headline
            b_start, b_end = _body_span(text, unit)
            story.paragraphs.append((b_start, b_end))
            story.sentences.extend(split_sentences(text, b_start, b_end))
            index.replace(len(stories) - 1, unit_shingles)
            if repeat_of is not None and current_repeats is None:
                current_repeats = repeat_of
        previous_kind = unit.kind
        previous = unit

    _mark_duplicates(text, stories)
    warnings = [header.warning] if header and header.warning else []
    return Segmentation(
        header=(header.start, header.end) if header else None,
        published=header.published if header else None,
        stories=stories,
        warnings=warnings,
    )


def _promote_to_headline(stories: list[StoryLayout], unit: _Unit) -> bool:
    """Make the headline-like ``unit``, the last paragraph of the last story, the headline of a story.

    The unit leaves its story (with its sentences and an inline dateline it
    brought) and heads a new story; when it was all its story held, that story
    keeps it as its headline instead, so no story is left empty. False (nothing
    changed) when the unit is not the story's last paragraph as a whole (its
    paragraph lost a fused headline).
    """
    story = stories[-1]
    if not story.paragraphs or story.paragraphs[-1] != unit.span:
        return False
    start, end = unit.span
    story.paragraphs.pop()
    story.sentences = [s for s in story.sentences if s[1] <= start]
    if story.dateline is not None and story.dateline[0] >= start:
        story.dateline = None
    rest = [span[1] for span in (story.headline, story.dateline, *story.paragraphs[-1:]) if span is not None]
    if rest:
        story.end = max(rest)  # the last of what remains (a dateline line can follow the headline)
        stories.append(StoryLayout(start=start, end=end, headline=unit.span))
    else:
        story.start, story.end, story.headline = start, end, unit.span
    return True


def _mark_duplicates(text: str, stories: list[StoryLayout]) -> None:
    index = ShingleIndex()
    for i, story in enumerate(stories):
        story_shingles: set[int] = set()
        for start, end in story.paragraphs:
            story_shingles |= shingles(text, start, end)
        found = index.best_container(story_shingles)
        if found is not None and found[1] >= CONTAINMENT_THRESHOLD:
            original = found[0]
            story.duplicate_of = stories[original].duplicate_of if stories[original].duplicate_of is not None else original
        index.add(story_shingles)
