"""Clustering entity mentions within one article.

Mentions join one entity when, after dropping a genitive ``-s`` / ``'s`` that is
attested elsewhere in the article (``Bidens`` -> ``Biden``) and a leading
article (``het Kremlin``, ``The Washington Post``):
- their names are equal (case-insensitively);
- one is an acronym of the other (``VS`` = ``Verenigde Staten``, ``EU`` = ``Europese Unie``);
- a one-word person mention equals the surname of a multi-word person name
  (``Poetin`` -> ``Vladimir Poetin``). When several persons share that surname,
  the nearest full name before the mention wins. Two different full names never
  join, whatever their surnames. A mention the model typed LOC that is the name of
  a real place (``Moskou``) does not join a person by surname: the "person" is then
  more likely a mistyped club or firm (``Spartak Moskou``) than a real namesake.
The entity's name is its most frequent longest form; its label is the
majority label of its mentions (ties: the label of the longest form).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsenrich.lang.nl.name_particles import NAME_PARTICLES
from newsenrich.lang.nl.places import is_place_name

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


def _is_surname_only(name: str) -> bool:
    """One word (``Biden``), or a surname with its particles (``De Jonge``, ``van der Berg``)."""
    words = name.split()
    return len(words) < 2 or words[0].lower() in NAME_PARTICLES


def _surname(name: str) -> str:
    """The surname of a multi-word person name: from the first particle on, else the last word."""
    words = name.split()
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in NAME_PARTICLES:
            return " ".join(words[i:])
    return words[-1]  # Joe Biden -> Biden


def cluster_mentions(mentions: Sequence[MentionInput]) -> list[Cluster]:
    """Group ``mentions`` (in text order) into entities."""
    attested = {_strip_article(m.text).lower() for m in mentions}
    displays = [_genitive_base(_display_form(m.text), attested) for m in mentions]
    # "De" is a surname particle in "De Jonge" but an article in "De Telegraaf"
    norms = [d if m.label == "PER" else _strip_article(d) for d, m in zip(displays, mentions)]

    clusters: list[Cluster] = []
    by_key: dict[str, int] = {}
    full_persons: dict[str, list[tuple[int, int]]] = {}  # surname -> [(mention index, cluster)]
    # acronym of a multi-word mention -> the first cluster holding one: one look-up per
    # candidate acronym instead of a scan of every cluster's mentions (n**2 on long texts)
    acronym_owner: dict[str, int] = {}

    def add(i: int, cluster: int | None) -> None:
        if cluster is None:
            clusters.append(Cluster(name=norms[i], label=mentions[i].label, mentions=[i]))
            cluster = len(clusters) - 1
        else:
            clusters[cluster].mentions.append(i)
        by_key.setdefault(norms[i].lower(), cluster)
        if " " in norms[i]:
            acronym = _acronym(norms[i])
            if acronym_owner.get(acronym, cluster) >= cluster:
                acronym_owner[acronym] = cluster

    # full names first, so that surname-only mentions can find them wherever they are
    pending_single: list[int] = []
    for i in range(len(mentions)):
        norm = norms[i]
        key = norm.lower()
        if _is_surname_only(norm):
            pending_single.append(i)
            continue
        cluster = by_key.get(key)
        add(i, cluster)
        if mentions[i].label == "PER":
            full_persons.setdefault(_surname(norm).lower(), []).append((i, by_key[key]))

    persons = {surname: _Namesakes(mentions, found) for surname, found in full_persons.items()}
    for i in sorted(pending_single):
        norm = norms[i]
        key = norm.lower()
        namesakes = persons.get(key)
        ambiguous = namesakes is not None and len(namesakes.clusters) > 1
        cluster = None if ambiguous else by_key.get(key)
        if cluster is None:
            cluster = _match_single(i, norm, mentions, namesakes, acronym_owner)
        add(i, cluster)

    for entity in clusters:
        entity.mentions.sort()
        _name_and_label(entity, mentions, displays)
    clusters.sort(key=lambda c: c.mentions[0])
    return clusters


class _Namesakes:
    """The full person names sharing one surname: their clusters, and their mentions by position."""

    def __init__(self, mentions: Sequence[MentionInput], found: list[tuple[int, int]]) -> None:
        self.found = found  # (mention index, cluster), in text order
        self.starts = [mentions[m].start for m, _ in found]
        self.clusters = {c for _, c in found}

    def nearest_before(self, start: int) -> int:
        """The cluster of the last full name before ``start`` (else of the first one)."""
        k = bisect_left(self.starts, start)
        return self.found[k - 1 if k else 0][1]


def _match_single(
    i: int,
    norm: str,
    mentions: Sequence[MentionInput],
    namesakes: _Namesakes | None,
    acronym_owner: dict[str, int],
) -> int | None:
    place = mentions[i].label == "LOC" and is_place_name(norm)
    if namesakes is not None and not place and mentions[i].label in ("PER", "ORG", "LOC") and norm[:1].isupper():
        if len(namesakes.clusters) == 1:
            return namesakes.found[0][1]
        return namesakes.nearest_before(mentions[i].start)
    if 2 <= len(norm) <= 6 and norm.isupper():  # an acronym of an earlier multi-word name (_is_acronym)
        return acronym_owner.get(norm)
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
