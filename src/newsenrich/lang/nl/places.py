"""Names of real places, for telling a place from a mistyped surname, and their demonyms.

The list (``place_names.txt``, lower case) is written by
``training/build_place_names.py`` from GeoNames and Unicode CLDR: countries,
continents, US states, cities of 300,000+ inhabitants with their names in other
languages (``Moskou``), and Dutch and Belgian places of 15,000+ inhabitants.
"""

from __future__ import annotations

from functools import lru_cache

from newsenrich.lang.nl.word_list_files import read_word_list


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The bundled place names, lower-cased (read once per process)."""
    return read_word_list("place_names.txt")


def is_place_name(name: str) -> bool:
    """Whether ``name`` (any case, white space folded) is a known place name."""
    return " ".join(name.split()).lower() in place_names()


# How Dutch makes inhabitants and adjectives of place names (``Surinamers``, ``Ghanezen``,
# ``Enschedeër``, ``Marokkanen``, ``Servisch``, ``Amsterdamse``): an ending, after the place
# name with its last letters dropped or changed (``Ghan|a`` -> ``Ghan|ezen``).
# The singular ``-er`` and the bare ``-s`` are left out: they end too many surnames
# (``Bakker``, ``Koster``, ``Peters``), some of which spell a small foreign city before them.
_DEMONYM_ENDINGS = (
    "ers", "ërs", "ër", "aars", "aar", "anen", "aan", "ianen", "iaan", "ezen", "ees",
    "iers", "ier", "en", "sch", "se", "sche", "aanse", "ese", "ische", "isch",
)
_PLACE_ENDINGS = ("", "e", "a", "o", "ë", "ie", "ije", "i", "land", "en")


@lru_cache(maxsize=8192)
def is_demonym(word: str) -> bool:
    """Whether ``word`` names the inhabitants of, or is an adjective of, a known place
    (``Surinamers``, ``Oekraïners``, ``Ghanezen``, ``Servisch``) without being a place name itself."""
    if is_place_name(word):
        return False
    lower = word.lower()
    for ending in _DEMONYM_ENDINGS:
        stem = lower[: -len(ending)]
        if not lower.endswith(ending) or len(stem) < 4:
            continue
        stems = [stem, stem[:-1]] if stem[-1] == stem[-2] else [stem]  # Amsterdam|m|ers
        for candidate in stems:
            for place_ending in _PLACE_ENDINGS:
                if ending == "en" and not place_ending:
                    continue  # a plural place name is still a place (``Nederlanden``)
                place = candidate + place_ending
                # a changed ending needs a longer place name: short ones (``Jette``) end surnames too
                if len(place) >= (6 if place_ending else 5) and place in place_names():
                    return True
    return False
