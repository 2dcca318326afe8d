"""Clustering entity mentions within one article.

Mentions join one entity when, after dropping a genitive ``-s`` / ``'s`` that is
attested elsewhere in the article (``Bidens`` -> ``Biden``) and a leading
article (``het Kremlin``, ``The Washington Post``):
- their names are equal (case-insensitively);
- one is an acronym of the other (``VS`` = ``Verenigde Staten``, ``EU`` = ``Europese Unie``);
- a one-word person mention equals the surname of a multi-word person name
  (``Poetin`` -> ``Vladimir Poetin``). When several persons share that surname,
  the nearest full name before the mention wins. Two different full names never
  join, whatever their surnames.
The entity's name is its most frequent longest form; its label is the
majority label of its mentions (ties: the label of the longest form).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsenrich.lang.nl.name_particles import NAME_PARTICLES

_LEADING_ARTICLES = ("de ", "het ", "the ", "'t ")
_WORD = re.compile(r"[\w'’.-]+")


@dataclass(frozen=True)
class MentionInput:
    start: int
    end: int
    text: str
    label: str


@dataclass
class Cluster:
    name: str
    label: str
    mentions: list[int]  # indices into the input mentions, in text order


def _display_form(text: str) -> str:
    """The mention as a name: white space folded, a lower-case leading article dropped."""
    name = " ".join(text.split())
    return _strip_article(name) if name[:1].islower() else name


def _strip_article(name: str) -> str:
    lower = name.lower()
    for article in _LEADING_ARTICLES:
        if lower.startswith(article) and len(name) > len(article):
            return name[len(article) :]
    return name


def _genitive_base(name: str, attested: set[str]) -> str:
    for suffix in ("'s", "’s", "s", "'"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            base = name[: -len(suffix)]
            if base.lower() in attested:
                return base
    return name


def _acronym(name: str) -> str:
    words = [w for w in _WORD.findall(name) if w.lower() not in NAME_PARTICLES]
    parts: list[str] = []
    for word in words:
        parts.extend(p[:1] for p in word.split("-") if p)
    return "".join(parts).upper()


def _is_acronym(short: str, long: str) -> bool:
    return (
        2 <= len(short) <= 6
        and short.isupper()
        and " " in long
        and _acronym(long) == short
    )


def _surname(name: str) -> str:
    """The surname of a multi-word person name: from the first particle on, else the last word."""
    words = name.split()
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in NAME_PARTICLES:
            return " ".join(words[i:])
    return words[-1]


def cluster_mentions(mentions: Sequence[MentionInput]) -> list[Cluster]:
    """Group ``mentions`` (in text order) into entities."""
    attested = {_strip_article(m.text).lower() for m in mentions}
    displays = [_genitive_base(_display_form(m.text), attested) for m in mentions]
    norms = [_strip_article(d) for d in displays]

    clusters: list[Cluster] = []
    by_key: dict[str, int] = {}
    full_persons: dict[str, list[tuple[int, int]]] = {}  # surname -> [(mention index, cluster)]

    def add(i: int, cluster: int | None) -> None:
        if cluster is None:
            clusters.append(Cluster(name=norms[i], label=mentions[i].label, mentions=[i]))
            cluster = len(clusters) - 1
        else:
            clusters[cluster].mentions.append(i)
        by_key.setdefault(norms[i].lower(), cluster)

    # multi-word names first, so that one-word mentions can find them wherever they are
    order = sorted(range(len(mentions)), key=lambda i: (len(norms[i].split()) < 2, i))
    pending_single: list[int] = []
    for i in order:
        norm = norms[i]
        key = norm.lower()
        if len(norm.split()) < 2:
            pending_single.append(i)
            continue
        cluster = by_key.get(key)
        add(i, cluster)
        if mentions[i].label == "PER":
            full_persons.setdefault(_surname(norm).lower(), []).append((i, by_key[key]))

    for i in sorted(pending_single):
        norm = norms[i]
        key = norm.lower()
        ambiguous = len({c for _, c in full_persons.get(key, ())}) > 1
        cluster = None if ambiguous else by_key.get(key)
        if cluster is None:
            cluster = _match_single(i, norm, mentions, full_persons, clusters, norms)
        add(i, cluster)

    for cluster in clusters:
        cluster.mentions.sort()
        _name_and_label(cluster, mentions, displays)
    clusters.sort(key=lambda c: c.mentions[0])
    return clusters


def _match_single(
    i: int,
    norm: str,
    mentions: Sequence[MentionInput],
    full_persons: dict[str, list[tuple[int, int]]],
    clusters: list[Cluster],
    norms: list[str],
) -> int | None:
    candidates = full_persons.get(norm.lower())
    if candidates and mentions[i].label in ("PER", "ORG", "LOC") and norm[:1].isupper():
        distinct = {c for _, c in candidates}
        if len(distinct) == 1:
            return candidates[0][1]
        before = [(m, c) for m, c in candidates if mentions[m].start < mentions[i].start]
        return (before[-1] if before else candidates[0])[1]
    for index, cluster in enumerate(clusters):
        if any(_is_acronym(norm, norms[m]) for m in cluster.mentions):
            return index
    return None


def _name_and_label(cluster: Cluster, mentions: Sequence[MentionInput], displays: list[str]) -> None:
    forms = Counter(displays[i] for i in cluster.mentions)
    longest = max(len(f.split()) for f in forms)
    cluster.name = max(
        (f for f in forms if len(f.split()) == longest), key=lambda f: (forms[f], -cluster.mentions[0])
    )
    labels = Counter(mentions[i].label for i in cluster.mentions)
    top = labels.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        longest_labels = Counter(mentions[i].label for i in cluster.mentions if displays[i] == cluster.name)
        cluster.label = longest_labels.most_common(1)[0][0]
    else:
        cluster.label = top[0][0]
