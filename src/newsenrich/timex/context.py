"""Sentence and clause bounds, and the tense of a clause, found cheaply with regexes.

Used only for expressions whose past/future reading is open (``mei``, ``dinsdag``):
the clause around the expression is split off at commas and subordinating
conjunctions, and its verbs say whether it is about the future (``zal``), a clear
past (``heeft ... getekend``) or a weak past (``meldde``, ``was ... overeengekomen``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from newsenrich.lang.nl.context_words import CONTEXT_WORDS
from newsenrich.timex.lexicon import Lexicon
from newsenrich.timex.semantics import Cue

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])|\n")
_WORD = re.compile(r"[a-zA-Zà-ÿ]+(?:-[a-zA-Zà-ÿ]+)*")
_PARTICIPLE = re.compile(r"^(?:[a-z]{0,8}ge[a-zë]{2,}(?:d|t|en)|(?:be|ver|ont|her|er)[a-z]{3,}(?:d|t))$")
_WEAK_PAST_FORM = re.compile(r"^[a-zë]{2,}(?:(?:[dt]d|tt|[kpfgmlr]d|[kpf]t|cht)e|(?:dd|[kpf]t|rd)en)$")
"""Simple past of weak verbs: stem + ``de``/``te`` (``meldde``, ``leverde``, ``maakte``); in the plural only
the shapes an infinitive does not have (``meldden``, ``maakten``, ``leverden``; not ``wachten``, ``melden``)."""
_PAST_ENDINGS = ("de", "te", "den", "ten")


class SentenceIndex:
    """Sentence spans of one text, found on demand (or given by the caller), with lookup by offset.

    Also caches, per sentence, where its clauses break, and per clause its tense cue,
    so a sentence with many expressions is scanned once.
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> None:
        self._text = text
        self._spans: list[tuple[int, int]] | None = sorted(sentences) if sentences is not None else None
        self._starts: list[int] = []
        self._breaks: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self.tense_cache: dict[tuple[int, int], Cue | None] = {}

    def _build(self) -> list[tuple[int, int]]:
        if self._spans is None:
            spans: list[tuple[int, int]] = []
            pos = 0
            for m in _SENTENCE_BREAK.finditer(self._text):
                if m.start() > pos:
                    spans.append((pos, m.start()))
                pos = m.end()
            if pos < len(self._text):
                spans.append((pos, len(self._text)))
            self._spans = spans
        if not self._starts and self._spans:
            self._starts = [s for s, _ in self._spans]
        return self._spans

    def span_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``; the whole text when none does."""
        spans = self._build()
        i = bisect_right(self._starts, pos) - 1
        if 0 <= i < len(spans) and spans[i][0] <= pos < max(spans[i][1], spans[i][0] + 1):
            return spans[i]
        return (0, len(self._text))

    def breaks(self, sentence: tuple[int, int]) -> tuple[list[int], list[int]]:
        """(starts, ends) of the clause breaks in ``sentence``, computed once per sentence."""
        found = self._breaks.get(sentence)
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in _clause_break().finditer(self._text, sentence[0], sentence[1]):
                starts.append(m.start())
                ends.append(m.end())
            found = self._breaks[sentence] = (starts, ends)
        return found


CLAUSE_WINDOW = 250
"""A clause reaches at most this many characters either side of the expression."""


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern[str]:
    """Punctuation and the clause openers of ``lang/nl/context_words.py`` (``en`` only before a new subject)."""
    openers = "|".join(sorted(CONTEXT_WORDS["clause_openers"], key=len, reverse=True))
    return re.compile(
        rf"[,;:()\"“”]|(?<!\w)(?:{openers}|en\s+(?=ook|dat|de\s+\w+\s+(?:zal|zullen|heeft|hebben)))(?!\w)",
        re.IGNORECASE,
    )


def clause_span(index: SentenceIndex, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: between the nearest breaks (punctuation, conjunctions)."""
    sentence = index.span_at(start)
    starts, ends = index.breaks(sentence)
    i = bisect_right(ends, start)  # breaks ending at or before the expression: ends[:i]
    left = ends[i - 1] if i else sentence[0]
    j = bisect_left(starts, end)  # breaks starting at or after its end
    right = starts[j] if j < len(starts) else sentence[1]
    return max(left, start - CLAUSE_WINDOW), min(right, end + CLAUSE_WINDOW)


def clause_tense(words: list[str], lex: Lexicon) -> Cue | None:
    """Past/future cue from the verbs of a clause (lower-cased words), or None when it says nothing."""
    present = set(words)
    if present & lex.tense["future"]:
        return Cue("future", "loose")
    has_participle = any(_PARTICIPLE.match(w) for w in words[-3:])
    if has_participle and present & lex.tense["perfect_have"]:
        return Cue("past", "loose")
    if has_participle and present & lex.tense["perfect_weak"]:
        return Cue("past", "weak")
    if present & lex.tense["past"]:
        return Cue("past", "weak")
    determiners = CONTEXT_WORDS["determiners"]
    for i, w in enumerate(words):
        if (
            w.endswith(_PAST_ENDINGS)
            and w not in lex.tense["not_past"]
            and _WEAK_PAST_FORM.match(w)
            and (i == 0 or words[i - 1] not in determiners)
        ):
            return Cue("past", "weak")
    return None


def tense_cue(text: str, index: SentenceIndex, start: int, end: int, lex: Lexicon) -> Cue | None:
    """The tense cue of the clause around ``text[start:end]`` (cached per clause)."""
    span = clause_span(index, start, end)
    cache = index.tense_cache
    if span not in cache:
        words = [w.lower() for w in _WORD.findall(text, span[0], span[1])]
        cache[span] = clause_tense(words, lex)
    return cache[span]
