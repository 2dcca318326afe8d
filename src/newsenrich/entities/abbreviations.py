"""Abbreviations defined in the text: ``de Wet maatschappelijke ondersteuning (Wmo)``.

The long form is found as Schwartz and Hearst find it (a fact from their 2003 paper
on biomedical text, written anew here): the letters of the abbreviation occur,
from right to left, in the words just before the parenthesis, the first letter at
the start of a word (the shortest run of words that allows this is taken, so it is
the first word of the long form), within a window of at most min(n + 5, 2n) words for an
abbreviation of n letters; the shortest such run of words is the long form.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc

ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:'s)?$")  # JGZ, PEA's, CBS
SHORT_WORD = re.compile(r"^[A-Z][a-z]{1,5}$")  # Wmo, Wtp, Bbl: an abbreviation only if its long form says so
_MAX_EXTRA_WORDS = 5


def _initials_match(short: str, words: list[str]) -> bool:
    """Schwartz-Hearst match: the letters of ``short`` occur, right to left, in ``words``,
    the first of them at the start of a word."""
    text = " ".join(words).lower()
    letters = [ch.lower() for ch in short if ch.isalnum()]
    position = len(text) - 1
    for k in range(len(letters) - 1, -1, -1):
        letter = letters[k]
        while position >= 0 and (text[position] != letter or (k == 0 and position > 0 and text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def defined_abbreviations(doc: Doc) -> dict[str, tuple[int, int]]:
    """Abbreviations written in parentheses after their long form, each with the token span of that long form."""
    found: dict[str, tuple[int, int]] = {}
    orths = doc.to_array(ORTH)
    for i in numpy.flatnonzero(orths == doc.vocab.strings["("]).tolist():
        if not 0 < i < len(doc) - 2 or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        if not (ACRONYM.match(short) or SHORT_WORD.match(short)):
            continue
        short = short.removesuffix("'s")
        n = len(short)
        limit = max(i - min(n + _MAX_EXTRA_WORDS, 2 * n), 0)
        start = i  # the long form lies in doc[start:i]: no punctuation, no sentence start inside
        while start > limit and not doc[start - 1].is_punct and not doc[start].is_sent_start:
            start -= 1
        # the shortest run of words ending at the parenthesis that spells the abbreviation
        for first in range(i - 1, start - 1, -1):
            words = [token.text for token in doc[first:i]]
            if _initials_match(short, words) and not all(word.isupper() for word in words):  # not a dateline, ``PORT-AU-PRINCE (AP)``
                found.setdefault(short, (first, i))
                break
    return found
