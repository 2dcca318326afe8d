"""Datelines that open a story: ``GENUA -``, ``DEN HAAG (ANP) -``, a line ``01-Mar-08``."""

from __future__ import annotations

import re

Span = tuple[int, int]

# A place in capitals, an optional agency in brackets, then a dash: GENUA - / DEN HAAG (ANP) -
INLINE_DATELINE = re.compile(
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]*(?:[ ][A-ZÀ-Ý'’.\-]+){0,3})(?:\s*\([^()\n]{1,40}\))?[ \t]*[-–—][ \t]+"
)
# A line holding only a date: 01-Mar-08, 14-04-2021, 2021-04-14, 14 april 2021
DATE_LINE = re.compile(
    r"(?:\d{1,2}[-/. ](?:\d{1,2}|[A-Za-z]{3,9}\.?)[-/. ]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[ ,]+\d{1,2}[:.]\d{2})?"
)


def inline_dateline(text: str, start: int, end: int) -> Span | None:
    """The dateline at the start of the unit ``text[start:end]``, or None."""
    match = INLINE_DATELINE.match(text, start, end)
    if match is None:
        return None
    place = match.group().rstrip(" \t-–—")
    if sum(c.isalpha() for c in place) < 3:
        return None
    return start, start + len(place)


def is_date_line(text: str, start: int, end: int) -> bool:
    return DATE_LINE.fullmatch(text, start, end) is not None
