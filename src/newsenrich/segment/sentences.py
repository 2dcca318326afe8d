"""Rule-based sentence splitting for Dutch news paragraphs.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets) followed by white space and a capital, a digit or an opening quote,
unless the period belongs to an abbreviation from
:mod:`newsenrich.lang.nl.abbreviations`, an initial (``J. Balkenende``) or a
dotted short form (``N.V.``). Unlike spaCy's Dutch exceptions, ``top.`` and
``VS.`` end sentences.
"""

from __future__ import annotations

import re

from newsenrich.lang.nl.abbreviations import ABBREVIATIONS

Span = tuple[int, int]

# From the start of a run of end punctuation only, and without backtracking into the
# run: a run without white space after it is then rejected once, not once per
# character (which made a line of 100,000 periods take minutes).
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
_OPENING = "\"'“‘«([„"
_DOTTED = re.compile(r"(?:\w\.)+\w?")


def _word_before(text: str, pos: int, floor: int) -> str:
    """The white-space delimited word ending at ``pos`` (exclusive)."""
    start = pos
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return text[start:pos]


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    while pos < end and (text[pos] in _OPENING or text.startswith(",,", pos)):
        pos += 2 if text.startswith(",,", pos) else 1
    if pos >= end:
        return False
    char = text[pos]
    return char.isupper() or char.isdigit()


def is_abbreviation(word: str) -> bool:
    """``word`` ends in a period that does not end a sentence."""
    lower = word.lower().lstrip(_OPENING)
    if lower in ABBREVIATIONS:
        return True
    core = lower[:-1]
    if len(core) == 1 and core.isalpha():  # an initial: J. Balkenende
        return True
    return bool(_DOTTED.fullmatch(core)) and "." in core  # N.V., o.a., a.s.


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` as stripped character spans."""
    spans: list[Span] = []
    while start < end and text[start].isspace():
        start += 1
    sent_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        after = stop
        while after < end and text[after].isspace():
            after += 1
        if after >= end or not _starts_sentence(text, after, end):
            continue
        single_period = match.group().rstrip("\"'”’»)]") == "."
        if single_period and is_abbreviation(_word_before(text, match.start() + 1, sent_start)):
            continue
        spans.append((sent_start, stop))
        sent_start = after
    if sent_start < end:
        tail_end = end
        while tail_end > sent_start and text[tail_end - 1].isspace():
            tail_end -= 1
        if tail_end > sent_start:
            spans.append((sent_start, tail_end))
    return spans
