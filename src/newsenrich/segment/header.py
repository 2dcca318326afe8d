"""The ``date ...`` header that can open a text (``date 2021-04 De Amerikaanse ...``).

The header is the word ``date`` and one date at the very start of the text; the
body may follow on the same line. A header whose date cannot be read is still
recognised as a header (it belongs to no story) and reported as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsenrich.article import Published
from newsenrich.errors import InvalidPublishedError
from newsenrich.published import parse_published

# month names and abbreviations, Dutch and English
_MONTH_WORD = r"(?:jan|feb|maa|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?"
HEADER_PATTERN = re.compile(
    r"\A\s*(?P<header>(?:date|datum)\s*:?[ \t]+"
    r"(?P<value>\d{4}(?:-\d{1,2}){0,2}(?:T[\d:.]+Z?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
    rf"|\d{{1,2}}\s+{_MONTH_WORD}\s+\d{{4}}|{_MONTH_WORD}\s+\d{{4}}))(?=\s|\Z)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Header:
    start: int
    end: int
    published: Published | None
    warning: str | None


def read_header(text: str) -> Header | None:
    """The header at the start of ``text``, or None when there is none."""
    match = HEADER_PATTERN.match(text)
    if match is None:
        return None
    value = match.group("value")
    try:
        published: Published | None = parse_published(value, source="header")
        warning = None
    except InvalidPublishedError as exc:
        published, warning = None, f"header date not used: {exc}"
    return Header(match.start("header"), match.end("header"), published, warning)
