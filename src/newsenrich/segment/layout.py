"""Lines, paragraph units and the result types of segmentation.

A *unit* is a paragraph candidate: a run of non-blank lines, where a line that
ends without closing punctuation and is followed by a line starting in lower
case is a hard wrap and continues on the next line. Headlines and datelines are
units too; :mod:`newsenrich.segment.stories` decides what each unit is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsenrich.article import Published

Span = tuple[int, int]

LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
_CLOSING = frozenset('.!?:;"\'”’»)]…')


@dataclass
class StoryLayout:
    """One story as character spans into the text."""

    start: int
    end: int
    headline: Span | None = None
    dateline: Span | None = None
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    duplicate_of: int | None = None


@dataclass
class Segmentation:
    header: Span | None
    published: Published | None
    stories: list[StoryLayout]
    warnings: list[str] = field(default_factory=list)


_NON_SPACE = re.compile(r"\S")  # \s is exactly str.isspace() for str patterns


def _strip(text: str, start: int, end: int) -> Span:
    found = _NON_SPACE.search(text, start, end)  # in C: a line of a million spaces is one call
    if found is None:
        return end, end
    start = found.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def lines(text: str, start: int, end: int) -> list[Span]:
    """Non-blank lines of ``text[start:end]``, stripped of surrounding white space.

    Blank lines are skipped as they are found, so 10 million of them take no memory.
    """
    out: list[Span] = []
    pos = start
    for match in LINE_BREAK.finditer(text, start, end):
        if pos < match.start():
            a, b = _strip(text, pos, match.start())
            if a < b:
                out.append((a, b))
        pos = match.end()
    a, b = _strip(text, pos, end)
    if a < b:
        out.append((a, b))
    return out


def _is_blank_between(text: str, a: int, b: int) -> bool:
    """True when a blank line separates two consecutive lines ending at a and starting at b."""
    breaks = LINE_BREAK.finditer(text, a, b)  # two are enough: no list of all of them
    return next(breaks, None) is not None and next(breaks, None) is not None


def _wraps(text: str, line: Span, following: Span) -> bool:
    last = text[line[1] - 1]
    first = text[following[0]]
    return last not in _CLOSING and (first.islower() or (last == "-" and first.isalpha()))


def units(text: str, start: int, end: int) -> list[Span]:
    """Paragraph units of ``text[start:end]`` (hard-wrapped lines are joined)."""
    found: list[Span] = []
    for line in lines(text, start, end):
        if found and not _is_blank_between(text, found[-1][1], line[0]) and _wraps(text, found[-1], line):
            found[-1] = (found[-1][0], line[1])
        else:
            found.append(line)
    return found
