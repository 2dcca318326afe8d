"""Repeated stories across a whole archive: MinHash signatures and LSH banding.

Inside one text, :mod:`newsenrich.segment.duplicates` compares each story with
the earlier ones through an exact inverted index of word 5-grams. Across an
archive of millions of stories that index does not fit in memory, so here each
story is reduced to a :class:`StorySignature`: its number of distinct word
5-grams (the same shingles, from :func:`newsenrich.segment.duplicates.words`)
and a MinHash sketch of them (``num_perm`` 32-bit values, datasketch's
``affine32`` scheme). Signatures use a stable hash, so they can be computed
wherever the text is (a process pool, a Dask worker, a Spark executor) and
compared in one place.

Two stories are a *repeat pair* when the smaller one is mostly contained in the
larger: the estimated share of its 5-grams that occur in the other story is at
least ``min_containment`` (0.5, as for repeats inside one text). Paragraphing
does not matter (the words of a story's paragraphs are shingled as one run) and
a few changed words only remove the 5-grams around them.

Candidate pairs come from LSH banding: each sketch is cut into ``bands`` bands of
``rows`` values, and only stories that agree on a whole band are compared. The
bands are sorted per band (``n log n``), so the work grows with the number of
stories plus the number of candidate pairs, not with the square of the number of
stories (``benchmarks/performance.py`` times 1k, 10k and 100k stories).

Limits, stated so they can be planned for:

- Recall is probabilistic. With the defaults (128 values, 37 bands of 3 rows,
  tuned for a Jaccard similarity of 0.3) a pair becomes a candidate with
  probability ``1 - (1 - J**3)**37``: above 99.9% for a repeat with a few words
  changed (Jaccard above 0.6), about 74% at Jaccard 0.33 (the smaller story half
  contained in an equal-sized one, a borderline case for the 0.5 containment
  anyway), below 45% under Jaccard 0.25 (a short story inside one more than
  three times its size). Lower ``jaccard_threshold`` to find more, at the cost
  of more candidates to verify.
- Containment is estimated from the sketches, with a standard error of about
  0.05 for stories of similar size; it is noisier when one story is more than
  ten times the size of the other.
- Stories of fewer than ``min_words`` words are not compared (they are listed
  in :attr:`Repeats.skipped`).
- :func:`find_repeats` keeps all signatures in memory: about
  ``num_perm * 4 + bands * 8`` bytes per story (0.8 kB with the defaults), so a
  few million stories per machine. See ``docs/scale.md`` for larger archives.
"""

from __future__ import annotations

import zlib
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from newsenrich.article import Article
from newsenrich.segment.duplicates import CONTAINMENT_THRESHOLD, SHINGLE_SIZE, shingles_of_words, words

DEFAULT_NUM_PERM = 128
DEFAULT_JACCARD_THRESHOLD = 0.3
DEFAULT_MIN_WORDS = 8
DEFAULT_MAX_BUCKET = 100
_SEED = 1  # MinHash permutation seed; signatures are comparable only with the same seed

StoryInput = Article | str | tuple[Hashable, "Article | str | StorySignature"]


@dataclass(frozen=True, slots=True, eq=False)
class StorySignature:
    """A story's MinHash sketch: small, picklable, the same in every process and on every machine."""

    words: int
    """Number of words in the story's body."""
    shingles: int
    """Number of distinct word 5-grams."""
    minhash: bytes
    """``num_perm`` little-endian uint32 MinHash values."""

    @property
    def num_perm(self) -> int:
        return len(self.minhash) // 4

    def values(self) -> np.ndarray:
        """The MinHash values as a uint32 array."""
        return np.frombuffer(self.minhash, dtype="<u4")


@dataclass(frozen=True, slots=True)
class RepeatPair:
    """Two stories of which the smaller mostly repeats the larger."""

    first: Hashable
    """The id of the story that comes first in the input."""
    second: Hashable
    """The id of the later story."""
    containment: float
    """Estimated share of the smaller story's word 5-grams that occur in the other story."""
    jaccard: float
    """Estimated Jaccard similarity of the two stories' 5-gram sets."""


@dataclass(frozen=True, slots=True)
class Repeats:
    """What :func:`find_repeats` found."""

    pairs: tuple[RepeatPair, ...]
    """Verified pairs, ordered by the input position of ``first`` and then ``second``."""
    groups: tuple[tuple[Hashable, ...], ...]
    """Stories linked by pairs (connected components of two or more), members in input
    order, groups ordered by their first member; the first member is the earliest copy."""
    skipped: tuple[Hashable, ...]
    """Ids of stories too short to compare (fewer than ``min_words`` words)."""
    compared: int
    """Number of stories that were compared."""

    def original_of(self) -> dict[Hashable, Hashable]:
        """Each repeated story's id mapped to the id of the first story of its group."""
        return {member: group[0] for group in self.groups for member in group[1:]}


def _stable_hash(shingle: tuple[str, ...]) -> int:
    return zlib.crc32("\x1f".join(shingle).encode("utf-8", "surrogatepass"))


def _identity(value: int) -> int:
    return value


@lru_cache(maxsize=8)
def _template(num_perm: int) -> Any:
    from datasketch import MinHash  # type: ignore[import-untyped]

    return MinHash(num_perm=num_perm, seed=_SEED, hashfunc=_identity, scheme="affine32")


def signature_of_words(word_list: list[str], *, num_perm: int = DEFAULT_NUM_PERM) -> StorySignature:
    """The signature of a story given as its list of lower-cased words."""
    hashes = shingles_of_words(word_list, SHINGLE_SIZE, _stable_hash)
    sketch = _template(num_perm).copy()
    if hashes:
        sketch.update_batch(list(hashes))
    values = np.asarray(sketch.hashvalues, dtype="<u4")
    return StorySignature(words=len(word_list), shingles=len(hashes), minhash=values.tobytes())


def signature(text: str, *, num_perm: int = DEFAULT_NUM_PERM) -> StorySignature:
    """The signature of one story's text (headline included if it is in ``text``)."""
    return signature_of_words(words(text), num_perm=num_perm)


def story_signatures(article: Article, *, num_perm: int = DEFAULT_NUM_PERM) -> list[StorySignature]:
    """One signature per story of ``article``, over the story's body paragraphs (not its headline)."""
    out = []
    for story in article.stories:
        word_list: list[str] = []
        for paragraph in story.paragraphs:
            word_list.extend(words(article.text, paragraph.start, paragraph.end))
        out.append(signature_of_words(word_list, num_perm=num_perm))
    return out


def _signatures(items: Iterable[StoryInput], num_perm: int) -> Iterator[tuple[Hashable, StorySignature]]:
    for position, item in enumerate(items):
        if isinstance(item, Article):
            for i, sig in enumerate(story_signatures(item, num_perm=num_perm)):
                yield (position, i), sig
        elif isinstance(item, str):
            yield position, signature(item, num_perm=num_perm)
        elif isinstance(item, tuple) and len(item) == 2:
            key, value = item
            if isinstance(value, Article):
                for i, sig in enumerate(story_signatures(value, num_perm=num_perm)):
                    yield (key, i), sig
            elif isinstance(value, str):
                yield key, signature(value, num_perm=num_perm)
            elif isinstance(value, StorySignature):
                if value.num_perm != num_perm:
                    raise ValueError(
                        f"the signature of {key!r} has {value.num_perm} MinHash values, not num_perm={num_perm}"
                    )
                yield key, value
            else:
                raise TypeError(
                    f"items[{position}]: the second element must be an Article, a str or a StorySignature, "
                    f"not {type(value).__name__}"
                )
        else:
            raise TypeError(
                f"items[{position}] must be an Article, a story text, or an (id, Article | text | StorySignature) "
                f"pair, not {type(item).__name__}"
            )


@lru_cache(maxsize=32)
def lsh_params(jaccard_threshold: float = DEFAULT_JACCARD_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM) -> tuple[int, int]:
    """``(bands, rows)`` minimising missed and spurious candidates around ``jaccard_threshold``
    (datasketch's optimiser, equal weights)."""
    from datasketch import MinHashLSH  # type: ignore[import-untyped]

    lsh = MinHashLSH(threshold=jaccard_threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def _band_keys(sketches: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One uint64 key per story and band (a multiply-xor hash of the band's values)."""
    keys = np.empty((sketches.shape[0], bands), dtype=np.uint64)
    wide = sketches.astype(np.uint64)
    multiplier = np.uint64(0x9E3779B97F4A7C15)
    with np.errstate(over="ignore"):
        for b in range(bands):
            key = np.full(sketches.shape[0], np.uint64(0xCBF29CE484222325), dtype=np.uint64)
            for col in range(b * rows, (b + 1) * rows):
                key = (key ^ wide[:, col]) * multiplier
            keys[:, b] = key
    return keys


def _candidate_pairs(keys: np.ndarray, max_bucket: int) -> np.ndarray:
    """Pairs (i, j), i < j, of stories sharing a band key; int64 array of shape (m, 2)."""
    n = keys.shape[0]
    found: list[np.ndarray] = []
    for b in range(keys.shape[1]):
        column = keys[:, b]
        order = np.argsort(column, kind="stable")  # within a bucket, input order
        ordered = column[order]
        boundaries = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
        starts = np.concatenate(([0], boundaries))
        lengths = np.diff(np.concatenate((starts, [n])))
        two = starts[lengths == 2]  # the common case, done without a Python loop
        found.append(order[two].astype(np.int64) * n + order[two + 1])
        for start, length in zip(starts[lengths > 2].tolist(), lengths[lengths > 2].tolist()):
            members = order[start : start + length].astype(np.int64)
            heads = members[:max_bucket]  # each member against the bucket's first max_bucket members
            i, j = np.meshgrid(heads, members, indexing="ij")
            mask = i < j
            found.append(i[mask] * n + j[mask])
    codes = np.unique(np.concatenate(found))
    return np.stack((codes // n, codes % n), axis=1)


def _verify(
    pairs: np.ndarray, sketches: np.ndarray, sizes: np.ndarray, chunk: int = 65_536
) -> tuple[np.ndarray, np.ndarray]:
    """Estimated Jaccard and containment of each candidate pair."""
    jaccard = np.empty(len(pairs))
    for s in range(0, len(pairs), chunk):
        part = pairs[s : s + chunk]
        jaccard[s : s + chunk] = (sketches[part[:, 0]] == sketches[part[:, 1]]).mean(axis=1)
    a = sizes[pairs[:, 0]]
    b = sizes[pairs[:, 1]]
    shared = jaccard * (a + b) / (1.0 + jaccard)
    containment = np.minimum(shared / np.maximum(np.minimum(a, b), 1), 1.0)
    return jaccard, containment


def _groups(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)  # the root is the earliest member
    members: dict[int, list[int]] = {}
    for x in range(n):
        members.setdefault(root(x), []).append(x)
    return [group for group in members.values() if len(group) > 1]


def find_repeats(
    items: Iterable[StoryInput],
    *,
    min_containment: float = CONTAINMENT_THRESHOLD,
    jaccard_threshold: float = DEFAULT_JACCARD_THRESHOLD,
    num_perm: int = DEFAULT_NUM_PERM,
    min_words: int = DEFAULT_MIN_WORDS,
    max_bucket: int = DEFAULT_MAX_BUCKET,
    params: tuple[int, int] | None = None,
) -> Repeats:
    """Find stories that repeat each other anywhere in ``items``.

    ``items`` may mix:

    - :class:`~newsenrich.article.Article`: each of its stories, id ``(position, story_index)``;
    - ``(key, Article)``: its stories, id ``(key, story_index)``;
    - ``(key, text)``: one story, id ``key``;
    - ``(key, StorySignature)``: a signature computed elsewhere (see :func:`signature`), id ``key``;
    - a plain story text: id its position in ``items``.

    ``items`` is read once; only the signatures are kept. Pairs are verified on the
    estimated containment (``min_containment``); ``jaccard_threshold`` (or explicit
    ``params=(bands, rows)``) sets which pairs become candidates. Within a band
    bucket of more than ``max_bucket`` stories, each story is compared with the
    first ``max_bucket`` of them only, which bounds the work on mass-copied text
    while keeping its group together.
    """
    if not 0.0 < min_containment <= 1.0:
        raise ValueError(f"min_containment must be in (0, 1], not {min_containment}")
    if not 0.0 < jaccard_threshold < 1.0:
        raise ValueError(f"jaccard_threshold must be in (0, 1), not {jaccard_threshold}")
    if max_bucket < 1:
        raise ValueError(f"max_bucket must be at least 1, not {max_bucket}")
    bands, rows = params if params is not None else lsh_params(jaccard_threshold, num_perm)
    if bands * rows > num_perm or bands < 1 or rows < 1:
        raise ValueError(f"params {bands} bands x {rows} rows do not fit num_perm={num_perm}")

    ids: list[Hashable] = []
    seen: set[Hashable] = set()
    skipped: list[Hashable] = []
    rows_of_values: list[bytes] = []
    sizes: list[int] = []
    for key, sig in _signatures(items, num_perm):
        if key in seen:
            raise ValueError(f"story id {key!r} occurs twice; ids must be unique")
        seen.add(key)
        if sig.words < min_words or sig.shingles == 0:
            skipped.append(key)
            continue
        ids.append(key)
        rows_of_values.append(sig.minhash)
        sizes.append(sig.shingles)
    del seen
    n = len(ids)
    if n < 2:
        return Repeats(pairs=(), groups=(), skipped=tuple(skipped), compared=n)

    sketches = np.frombuffer(b"".join(rows_of_values), dtype="<u4").reshape(n, num_perm)
    del rows_of_values
    candidates = _candidate_pairs(_band_keys(sketches, bands, rows), max_bucket)
    jaccard, containment = _verify(candidates, sketches, np.asarray(sizes, dtype=np.float64))
    keep = containment >= min_containment
    kept = candidates[keep]
    pairs = tuple(
        RepeatPair(ids[i], ids[j], round(float(c), 4), round(float(jac), 4))
        for (i, j), c, jac in zip(kept.tolist(), containment[keep], jaccard[keep])
    )
    groups = tuple(tuple(ids[x] for x in group) for group in _groups(n, kept.tolist()))
    return Repeats(pairs=pairs, groups=groups, skipped=tuple(skipped), compared=n)


__all__ = [
    "RepeatPair",
    "Repeats",
    "StorySignature",
    "find_repeats",
    "lsh_params",
    "signature",
    "signature_of_words",
    "story_signatures",
]
