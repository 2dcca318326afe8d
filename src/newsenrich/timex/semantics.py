"""What an extracted expression means before it is anchored.

The extraction rules (:mod:`newsenrich.timex.patterns`) turn words into one of
three meanings; :mod:`newsenrich.timex.anchoring` turns a meaning plus the
publication date into a TIMEX3 value.

* :class:`Point` -- a calendar point or period as far as the words say it
  (``1 mei``: month 5, day 1, no year; ``de jaren negentig``: decade 9, no century).
* :class:`Shift` -- a period counted from the publication date (``vorige week``,
  ``drie jaar geleden``, ``gisteravond``).
* :class:`Anaphor` -- a period counted from the date the text spoke of just before
  (``drie jaar later``, ``het jaar daarvoor``, ``diezelfde dag``).
* :class:`Fixed` -- a value that needs no anchor (``P2W``, ``PRESENT_REF``, ``P1Y`` for a SET).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Direction = Literal["past", "future"]
Strength = Literal["strict", "loose", "weak"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A reason to read an expression in the past or the future."""

    direction: Direction
    strength: Strength
    """``strict``: the period holding the publication date is excluded (``afgelopen``);
    ``loose``: it is allowed (``sinds``); ``weak``: a preference only (simple past tense)."""


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point or period; a field left None is not said by the words."""

    year: int | None = None
    year_offset: int | None = None
    """Year counted from the publication year (``maart vorig jaar``: -1) when no year is written."""
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    """ISO weekday 1..7; with a day it only helps to pick the year."""
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    weekend: bool = False
    decade: int | None = None
    """The decade digit (9 for ``de jaren negentig``), or a three-digit decade (199) when the century is said."""
    century: int | None = None
    """TIMEX3 century: 19 for the twentieth century."""
    holiday: str | None = None
    """A rule from ``lang/nl/holidays.py``."""
    part: str | None = None
    """Part of day: MO, AF, EV, NI."""
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True)
class Shift:
    """``offset`` units away from the publication date."""

    unit: str
    """Y, M, Q, H (half year), W, WE (weekend), D, CE, DE, or T (an hour-level unit; gives a REF)."""
    offset: int
    weekday: int | None = None
    """``vorige week dinsdag``: the weekday inside the shifted week."""
    part: str | None = None
    """``gisteravond``: part of the shifted day."""


@dataclass(frozen=True, slots=True)
class Anaphor:
    """``offset`` units away from the time the text spoke of just before (``drie jaar later``, ``het jaar
    daarvoor``, ``diezelfde dag``); the publication date when there is none."""

    unit: str
    """Y, M, W or D."""
    offset: int
    part: str | None = None


@dataclass(frozen=True, slots=True)
class Fixed:
    """A value that does not depend on the anchor."""

    value: str


Meaning = Point | Shift | Anaphor | Fixed
