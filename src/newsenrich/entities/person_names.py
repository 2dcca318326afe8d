"""A person's surname as news uses it alone after the first mention (``Joe Biden`` -> ``Biden``)."""

from __future__ import annotations

from newsenrich.lang.nl.name_particles import NAME_PARTICLES

Words = tuple[str, ...]


def _surname(words: Words) -> Words:
    """The surname of a person named with several words: from the first inner particle on, else the last word."""
    for i in range(1, len(words) - 1):
        if words[i].lower() in NAME_PARTICLES:
            return words[i:]
    return words[-1:]


def surname_forms(words: Words) -> list[Words]:
    """The surname of a person named with several words, and its genitive; none for a one-word name."""
    if len(words) < 2:
        return []
    surname = _surname(words)
    if surname[-1].endswith(("s", "x", "z")):
        return [surname]
    return [surname, (*surname[:-1], surname[-1] + "s")]
