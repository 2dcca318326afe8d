"""Repeated stories inside one text: word-shingle containment with an inverted index.

A story repeats an earlier one when most of its word 5-grams (lower-cased,
punctuation ignored) occur in that story, whatever the paragraphing and with a
few words changed. Candidate pairs come from an inverted index over shingle
hashes, so the work grows with the number of shared shingles, not with the
square of the number of stories. Archive-scale detection across many texts is
in :mod:`newsenrich.repeats`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

SHINGLE_SIZE = 5
CONTAINMENT_THRESHOLD = 0.5
_MAX_POSTINGS = 50  # a shingle found in more stories than this is boilerplate, not evidence
_WORD = re.compile(r"\w+")


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The lower-cased words of ``text[start:end]``, punctuation ignored: what shingles are made of."""
    return [m.group().lower() for m in _WORD.finditer(text, start, len(text) if end is None else end)]


def shingles_of_words(
    word_list: list[str], size: int = SHINGLE_SIZE, hash_fn: Callable[[tuple[str, ...]], int] = hash
) -> set[int]:
    """Hashes of the word ``size``-grams of ``word_list`` (one hash for a shorter list).

    ``hash`` is fast but differs between processes (string hashing is salted);
    :mod:`newsenrich.repeats` passes a stable hash to compare stories across processes.
    """
    if len(word_list) < size:
        return {hash_fn(tuple(word_list))} if word_list else set()
    return {hash_fn(tuple(word_list[i : i + size])) for i in range(len(word_list) - size + 1)}


def shingles(text: str, start: int = 0, end: int | None = None, size: int = SHINGLE_SIZE) -> set[int]:
    """Hashes of the word ``size``-grams of ``text[start:end]`` (valid within one process)."""
    return shingles_of_words(words(text, start, end), size)


class ShingleIndex:
    """Shingle sets of the stories seen so far, with an inverted index."""

    def __init__(self) -> None:
        self._sets: list[set[int]] = []
        self._postings: dict[int, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._sets)

    def add(self, shingle_set: set[int]) -> int:
        story = len(self._sets)
        self._sets.append(set(shingle_set))  # a copy: replace() grows it in place
        for sh in shingle_set:
            posting = self._postings[sh]
            if len(posting) <= _MAX_POSTINGS:
                posting.append(story)
        return story

    def replace(self, story: int, shingle_set: set[int]) -> None:
        """Grow the shingle set of ``story`` (stories are built paragraph by paragraph).

        In place: the work is proportional to ``shingle_set``, not to the story's
        set so far (copying that would make a story of n paragraphs cost n**2).
        """
        own = self._sets[story]
        for sh in shingle_set - own:
            posting = self._postings[sh]
            if len(posting) <= _MAX_POSTINGS:
                posting.append(story)
        own |= shingle_set

    def best_container(self, shingle_set: set[int], exclude: Iterable[int] = ()) -> tuple[int, float] | None:
        """The earlier story containing the largest share of ``shingle_set``."""
        if not shingle_set:
            return None
        excluded = set(exclude)
        counts: dict[int, int] = defaultdict(int)
        for sh in shingle_set:
            for story in self._postings.get(sh, ()):
                if story not in excluded:
                    counts[story] += 1
        if not counts:
            return None
        story, shared = max(counts.items(), key=lambda item: (item[1], -item[0]))
        return story, shared / len(shingle_set)
