"""The tagger: extraction, overlap resolution, signals, anchoring, and the cached loader."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from functools import lru_cache

from newsenrich.article import Published
from newsenrich.errors import InputTypeError
from newsenrich.timex.anchoring import (
    Anchor,
    needs_direction,
    reference_date,
    resolve,
    resolve_anaphor,
    resolve_point,
)
from newsenrich.timex.context import SentenceIndex, tense_cue
from newsenrich.timex.lexicon import Lexicon, get_lexicon
from newsenrich.timex.match import TimexMatch
from newsenrich.timex.patterns import get_rules
from newsenrich.timex.rules import Candidate, Rule, prev_word
from newsenrich.timex.semantics import Anaphor, Cue, Point

_RANGE_DASH = re.compile(r"\w\s*(?:--?|–|—)\s*$")
_SIGNAL_SKIP = re.compile(
    r"(?<!\w)(?:minstens|zeker|ten\s+minste|tenminste|zelfs)(?:\s+(?:in|op))?\s+$", re.IGNORECASE
)

MIN_ANCHOR_YEAR = 1000
"""Anchors outside these years are not used: arithmetic such as ``tien eeuwen geleden`` or
``over honderd jaar`` would leave the range of Python dates (years 1-9999)."""
MAX_ANCHOR_YEAR = 8999
_COMPARED = re.compile(r"vergelijking\s+tot\s*$", re.IGNORECASE)
_THROUGH = re.compile(r"(?:tot\s+en\s+met|t/m)\s*$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:-|–|tot(?:\s+en\s+met)?|t/m|en)\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SIGNAL_CUES = {
    "sinds": Cue("past", "loose"),
    "sedert": Cue("past", "loose"),
    "tegen": Cue("future", "loose"),
    "uiterlijk": Cue("future", "loose"),
}
_SIGNAL_WEAK_CUES = {
    "tot": Cue("future", "weak"),
    "vanaf": Cue("future", "weak"),
}
"""Signals that lean to the future when the clause's tense says nothing (``tot en met zondag``)."""
_ANAPHOR_LOOKBACK = 600
"""How far back (characters) the date an anaphoric expression counts from may be."""
_CLOCK_LINK_BEFORE = 80
_CLOCK_LINK_AFTER = 40


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The longest candidates that do not overlap (ties: lower priority value, then earlier), in text order."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start))
    starts: list[int] = []
    by_start: dict[int, Candidate] = {}
    for cand in ordered:
        i = bisect_left(starts, cand.start)
        if i < len(starts) and starts[i] < cand.end:
            continue  # a chosen one starts inside
        if i > 0 and by_start[starts[i - 1]].end > cand.start:
            continue  # the previous chosen one reaches into it
        insort(starts, cand.start)
        by_start[cand.start] = cand
    return [by_start[s] for s in starts]


def lowered(text: str) -> str:
    """``text`` lower-cased with every character at its own offset (the rules match on this)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters (İ) grow when lower-cased: keep those as they are
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def signal_before(text: str, start: int, lex: Lexicon) -> str | None:
    """The signal preposition right before ``start``.

    ``tot en met`` and ``t/m`` count as ``tot``, and so does the dash of a range
    (``1955 - 2011``, ``30 -- 40 dagen``); ``minstens``/``zeker`` in between are
    skipped (``tot minstens 2007``); ``in vergelijking tot`` is no signal.
    """
    window = max(0, start - 40)
    if _THROUGH.search(text, window, start) or _RANGE_DASH.search(text, window, start):
        return "tot"
    skipped = _SIGNAL_SKIP.search(text, window, start)
    at = skipped.start() if skipped else start
    word = prev_word(text, at)
    if word not in lex.signals:
        return None
    if word == "tot" and _COMPARED.search(text, max(0, at - 30), at):
        return None
    return word


class TimexTagger:
    """Finds Dutch time expressions and gives them TIMEX3 values.

    Stateless apart from the compiled rules; one instance (see :func:`get_tagger`)
    serves any number of texts and threads.
    """

    def __init__(self) -> None:
        self._rules: tuple[Rule, ...] = get_rules()
        self._lex: Lexicon = get_lexicon()

    def candidates(self, text: str) -> list[Candidate]:
        """Every candidate of every rule, overlapping (for debugging and tests)."""
        found: list[Candidate] = []
        lex = self._lex
        low = lowered(text)
        for rule in self._rules:
            handler = rule.handler
            for m in rule.matches(text, low):
                result = handler(m, text, lex)
                if result is None:
                    continue
                if isinstance(result, list):
                    found.extend(result)
                else:
                    found.append(result)
        return found

    def tag(
        self,
        text: str,
        anchor: Published | None,
        *,
        sentences: Sequence[tuple[int, int]] | None = None,
    ) -> list[TimexMatch]:
        """Time expressions of ``text``, sorted and non-overlapping, anchored on ``anchor``.

        ``sentences`` are optional ``(start, end)`` sentence spans used to find the
        clause (and its tense) around an expression; without them sentence bounds
        are found with a cheap regex.
        """
        if not isinstance(text, str):
            raise InputTypeError(f"text must be str, not {type(text).__name__}")
        if anchor is not None and not isinstance(anchor, Published):
            raise InputTypeError(f"anchor must be newsenrich.Published or None, not {type(anchor).__name__}")
        chosen = select(self.candidates(text))
        if not chosen:
            return []
        lex = self._lex
        if anchor is not None and not MIN_ANCHOR_YEAR <= anchor.year <= MAX_ANCHOR_YEAR:
            anchor = None  # relative dates a few years away would leave the calendar: leave them unresolved
        anchor_period = Anchor.from_published(anchor) if anchor is not None else None
        index = SentenceIndex(text, sentences)
        signals: list[str | None] = []
        cues: list[Cue | None] = []
        values: list[str] = []
        for cand in chosen:
            signal = signal_before(text, cand.start, lex)
            cue = cand.cue or _SIGNAL_CUES.get(signal or "")
            if cue is None and anchor_period is not None and needs_direction(cand.meaning):
                cue = tense_cue(text, index, cand.start, cand.end, lex) or _SIGNAL_WEAK_CUES.get(signal or "")
            signals.append(signal)
            cues.append(cue)
            values.append(resolve(cand.meaning, anchor_period, cue))
        _link_anaphors(chosen, values, anchor_period)
        _link_ranges(text, chosen, values, anchor_period, cues)
        _link_clocks(chosen, values, index, anchor_period)
        return [
            TimexMatch(c.start, c.end, text[c.start : c.end], c.type, v, c.mod, s)
            for c, v, s in zip(chosen, values, signals, strict=True)
        ]


def _year_of_value(value: str) -> int | None:
    return int(value[:4]) if value[:4].isdigit() else None


def _link_ranges(
    text: str, chosen: list[Candidate], values: list[str], anchor: Anchor | None, cues: list[Cue | None]
) -> None:
    """Give the first date of a range the month and year of the second (``1-5 mei``, ``van 28 december tot 3 januari 2008``)."""
    for i in range(len(chosen) - 1):
        first, second = chosen[i], chosen[i + 1]
        if not isinstance(first.meaning, Point) or not isinstance(second.meaning, Point):
            continue
        if _RANGE_GAP.fullmatch(text, first.end, second.start) is None:
            continue
        a, b = first.meaning, second.meaning
        if first.range_head:
            month = b.month
            value = values[i + 1]
            year = _year_of_value(value)
            if month is None:
                continue
            point = Point(month=month, day=a.day)
            values[i] = (
                resolve_point(point, anchor, cues[i], year=year) if year else resolve_point(point, None, None)
            )
            continue
        explicit = b.year is not None or b.year_offset is not None
        if (
            a.year is None
            and a.year_offset is None
            and a.month is not None
            and b.month is not None
            and explicit
        ):
            year = _year_of_value(values[i + 1])
            if year is None:
                continue
            if a.month > b.month:
                year -= 1
            values[i] = resolve_point(a, anchor, cues[i], year=year)


def _link_anaphors(chosen: list[Candidate], values: list[str], anchor: Anchor | None) -> None:
    """Count ``drie jaar later``, ``het jaar daarvoor``, ``diezelfde dag`` from the date mentioned just before."""
    for i, cand in enumerate(chosen):
        meaning = cand.meaning
        if not isinstance(meaning, Anaphor):
            continue
        reference = None
        for j in range(i - 1, -1, -1):
            if cand.start - chosen[j].end > _ANAPHOR_LOOKBACK:
                break
            if chosen[j].type in ("DATE", "TIME"):
                reference = reference_date(values[j], meaning.unit)
                if reference is not None:
                    break
        values[i] = resolve_anaphor(meaning, reference, anchor)


def _link_clocks(
    chosen: list[Candidate], values: list[str], index: SentenceIndex, anchor: Anchor | None
) -> None:
    """Put a clock time on the day named next to it in its sentence, else on the anchor day."""
    for i, cand in enumerate(chosen):
        if not cand.clock:
            continue
        sentence = index.span_at(cand.start)
        day: str | None = None
        for j in range(i - 1, -1, -1):
            other = chosen[j]
            if other.end < sentence[0] or cand.start - other.end > _CLOCK_LINK_BEFORE:
                break
            m = _DAY_VALUE.match(values[j])
            if m:
                day = m.group()
                break
        if day is None:
            for j in range(i + 1, len(chosen)):
                other = chosen[j]
                if other.start >= sentence[1] or other.start - cand.end > _CLOCK_LINK_AFTER:
                    break
                m = _DAY_VALUE.match(values[j])
                if m:
                    day = m.group()
                    break
        if day is None and anchor is not None and anchor.knows("day"):
            day = anchor.date.isoformat()
        if day is not None:
            values[i] = day + values[i][len("XXXX-XX-XX") :]


@lru_cache(maxsize=1)
def get_tagger() -> TimexTagger:
    """The shared tagger (rules compiled on the first call)."""
    return TimexTagger()
