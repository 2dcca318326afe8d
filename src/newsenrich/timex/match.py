"""The tagger's result type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TimexMatch:
    """One time expression found in a text, with its TIMEX3 normalisation."""

    start: int
    """Character offset of the first character in the tagged text."""
    end: int
    """Character offset just after the last character (end-exclusive)."""
    text: str
    """``input[start:end]``."""
    type: str
    """DATE, TIME, DURATION or SET."""
    value: str
    """TIMEX3 value at the expression's own precision: ``2021-04-13``, ``2021-05``, ``P2W``, ``PAST_REF``,
    ``XXXX-WXX-2`` ..."""
    mod: str | None
    """TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER, LESS_THAN, MORE_THAN, ...) or None."""
    signal: str | None
    """The signal word just before the expression (``sinds``, ``tegen``, ``vanaf``, ``tot`` ...) or None."""

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "signal": self.signal,
        }
