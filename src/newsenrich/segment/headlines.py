"""Headlines: on their own line, or fused into the first sentence of a paragraph.

A fused headline (``Biden wil troepen ... terugtrekken De Amerikaanse president
Joe Biden wil ...``) has no punctuation between headline and body. We look for
the split point among the first words of a paragraph: a capitalised word after
a word that can end a headline, where the words before it are short enough for
a headline and their content words come back in the body that follows, as a
news lead repeats its headline.
"""

from __future__ import annotations

import re

from newsenrich.lang.nl.sentence_openers import SENTENCE_OPENERS
from newsenrich.lang.nl.stopwords import STOPWORDS
from newsenrich.lang.nl.titles import TITLES
from newsenrich.lang.nl.verb_particles import VERB_PARTICLES
from newsenrich.segment.sentences import is_abbreviation, split_sentences

Span = tuple[int, int]

_WORD = re.compile(r"[^\W_](?:[\w'’.-]*\w)?|\$|€|%")
_END_PUNCT = frozenset(".,;:")
_CLOSING_QUOTES = "\"'”’»)"
_INITIAL_END = re.compile(r"(?:^|\s)(?:[A-Z]\.\s?)+$")  # ... naar V. S.
MAX_HEADLINE_WORDS = 20
MAX_HEADLINE_CHARS = 250
_BODY_WINDOW = 800  # characters of body compared with a fused-headline candidate


def _content_key(word: str) -> str | None:
    lower = word.lower()
    if lower in STOPWORDS or (len(lower) < 3 and not lower.isdigit()):
        return None
    return lower[:5]  # a crude stem: verslaan / verslagen, troepen / troepenmacht


def looks_like_headline_line(text: str, span: Span) -> bool:
    """A unit that can be a stand-alone headline: short, no closing sentence punctuation."""
    start, end = span
    if end - start > MAX_HEADLINE_CHARS:
        return False
    line = text[start:end]
    bare = line.rstrip(_CLOSING_QUOTES)
    if not bare or not any(c.isalpha() for c in line):
        return False
    if bare[-1] in _END_PUNCT and not (bare[-1] == "." and _INITIAL_END.search(bare)):
        return False
    if len(split_sentences(text, start, end)) > 1:
        return False  # two sentences: body text
    first = line.lstrip("\"'“‘«([")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    words = _WORD.findall(line)
    return 0 < len(words) <= MAX_HEADLINE_WORDS


def _has_sentence_punctuation(text: str, start: int, end: int) -> bool:
    """A period (other than of an abbreviation or initial) or semicolon in text[start:end]."""
    if ";" in text[start:end]:
        return True
    periods = re.finditer(r"\S+\.(?=\s|$)", text[start:end])
    return any(not is_abbreviation(match.group()) for match in periods)


def find_fused_headline(text: str, start: int, end: int) -> Span | None:
    """The headline fused into the paragraph ``text[start:end]``, or None.

    The earliest split point that passes every test wins: the body's first word
    is capitalised and follows white space after a word that can end a headline
    (not a function word or a title); the headline has no sentence punctuation
    and at least two content words, enough of which come back in the body
    (40% when the body opens with a word such as ``De`` or ``Vandaag``, 50%
    otherwise, and then the body's first word must be a name from the headline,
    as in ``Apple Inc. CEO Steve Jobs met verlof Steve Jobs, ...``).
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, min(end, start + MAX_HEADLINE_CHARS + 200))]
    for k in range(2, min(len(words) - 4, MAX_HEADLINE_WORDS + 1)):
        w_start, w_end = words[k]
        prev_start, prev_end = words[k - 1]
        word = text[w_start:w_end]
        prev = text[prev_start:prev_end]
        gap = text[prev_end:w_start]
        if gap == ". " and is_abbreviation(prev + "."):
            prev_end += 1  # a headline ending in an abbreviation or initial: ... naar de V. S.
        elif gap != " ":
            continue  # the body starts after nothing but a space
        if not word[:1].isupper():
            continue
        lower_prev = prev.lower()
        if (lower_prev in STOPWORDS and lower_prev not in VERB_PARTICLES) or lower_prev in TITLES:
            continue  # a headline does not end in a function word (but: kondigt ... aan) or a title
        if _has_sentence_punctuation(text, start, prev_end):
            continue  # punctuation inside: this is a sentence, not a headline
        opener = word.lower() in SENTENCE_OPENERS
        head_keys = {key for a, b in words[:k] if (key := _content_key(text[a:b]))}
        if len(head_keys) < 2:
            continue
        if not opener and _content_key(word) not in head_keys:
            continue  # a body starting with a name repeats a name from the headline (its subject)
        body_keys = {
            key
            for m in _WORD.finditer(text, w_start, min(end, w_start + _BODY_WINDOW))
            if (key := _content_key(m.group()))
        }
        shared = len(head_keys & body_keys)
        if shared >= 2 and shared / len(head_keys) >= (0.4 if opener else 0.5):
            return start, prev_end
    return None
