"""The machinery of the extraction rules: candidates, matches with left context, and rules.

A :class:`Rule` is a compiled *core* regex (starting at the word that makes an
expression, so scanning is fast), an optional *left-context* regex matched only
at the few token starts just before a core match (modifiers, numbers,
determiners), and a handler (see :mod:`newsenrich.timex.handlers`) that turns a
:class:`Groups` into :class:`Candidate` objects. Rules match on the lower-cased
text; :meth:`Groups.raw` gives the original spelling where case matters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsenrich.timex.lexicon import Lexicon
from newsenrich.timex.semantics import Cue, Meaning


@dataclass(slots=True)
class Candidate:
    """A possible time expression: a character span and what it means."""

    start: int
    end: int
    type: str
    meaning: Meaning
    kind: str
    """Finer class: absolute, relative, weekday, holiday, time, duration, set, generic."""
    mod: str | None = None
    cue: Cue | None = None
    """Past/future cue found inside the expression (``afgelopen``, ``jl.``, ``geleden``)."""
    priority: int = 50
    """Lower wins when two candidates cover the same span."""
    range_head: bool = False
    """The first date of a range (``1`` in ``1-5 mei``): it takes month and year from the next date."""
    clock: bool = False
    """A clock time whose day comes from the sentence or the anchor."""


class Groups:
    """A rule's core match joined with the optional left context matched before it.

    ``group(name)`` is None for a group that did not take part or does not exist;
    ``start()`` is where the left context starts (the core's start without one).
    """

    __slots__ = ("_core", "_pre", "_text")

    def __init__(self, core: re.Match[str], pre: re.Match[str] | None, text: str) -> None:
        self._core = core
        self._pre = pre
        self._text = text

    def _owner(self, name: str) -> re.Match[str] | None:
        pre = self._pre
        if pre is not None and name in pre.re.groupindex and pre.group(name) is not None:
            return pre
        if name in self._core.re.groupindex and self._core.group(name) is not None:
            return self._core
        return None

    def group(self, name: str) -> str | None:
        """The group's text, lower-cased (rules match on the lower-cased text)."""
        owner = self._owner(name)
        return owner.group(name) if owner is not None else None

    def req(self, name: str) -> str:
        """The lower-cased text of a group the regex always fills (an error if it did not)."""
        value = self.group(name)
        if value is None:
            raise KeyError(f"group {name!r} did not take part in the match")
        return value

    def raw(self, name: str) -> str:
        """The group's text as written in the input ('' when it did not take part)."""
        owner = self._owner(name)
        return self._text[owner.start(name) : owner.end(name)] if owner is not None else ""

    def start(self, name: str | None = None) -> int:
        if name is None:
            return self._pre.start() if self._pre is not None else self._core.start()
        owner = self._owner(name)
        return owner.start(name) if owner is not None else -1

    def end(self, name: str | None = None) -> int:
        if name is None:
            return self._core.end()
        owner = self._owner(name)
        return owner.end(name) if owner is not None else -1


Handler = Callable[[Groups, str, Lexicon], "Candidate | list[Candidate] | None"]

_TOKEN_START = re.compile(r"(?<![\w'’])[\w'’]")
"""Where a left context may start: the start of a word (also after ``(`` or a quote)."""

PREFIX_WINDOW = 48
"""How far left (in characters) a rule's optional left context may reach."""


@dataclass(frozen=True)
class Rule:
    """One extraction rule: a core regex, an optional left-context regex, and a handler."""

    name: str
    regex: re.Pattern[str]
    handler: Handler
    prefix: re.Pattern[str] | None = None
    """Matched (whole) from a token start before the core up to the core; the farthest fit wins."""

    def matches(self, text: str, low: str) -> list[Groups]:
        """Matches in ``text``; ``low`` is ``text`` lower-cased with the same offsets."""
        out: list[Groups] = []
        prefix = self.prefix
        for core in self.regex.finditer(low):
            pre = None
            if prefix is not None:
                start = core.start()
                for tok in _TOKEN_START.finditer(low, max(0, start - PREFIX_WINDOW), start):
                    pre = prefix.fullmatch(low, tok.start(), start)
                    if pre is not None:
                        break
            out.append(Groups(core, pre, text))
        return out


_PREV_WORD = re.compile(r"(\S+)\s*$")

_NEXT_WORD = re.compile(r"^\s*(\S+)")

_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)[\"'“‘(\s]*$")

L = r"(?<![\w-])"
"""Left boundary: not inside a word or a hyphenated compound."""

R = r"(?![\w]|-\w)"
"""Right boundary: not followed by a letter/digit or a hyphenated continuation (``11 september-commissie``)."""

LN = r"(?<![\w.,/-])"

RN = r"(?![\w]|[-/.,:]\d|-\w)"

FISCAL = r"(?:(?:financiële|fiscale|lopende)\s+)?"
"""An adjective that may stand between a determiner and ``jaar``/``kwartaal`` (``het afgelopen financiële kwartaal``)."""

LN_RANGE = r"(?<![\w.,/])(?<![^\d\s]-)"
"""Left boundary of a day number: like ``LN`` but a hyphen after a number is allowed (``1-5 mei``)."""

YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"

PART_SUFFIX = r"['’]s\s*(?P<part>ochtends|morgens|middags|avonds|nachts)"


def prev_word(text: str, pos: int) -> str:
    """The whitespace-delimited token just before ``pos``, lower-cased ('' at the start)."""
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text[pos : pos + 40])
    return m.group(1) if m else ""


def at_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 12), pos) is not None or pos == 0
