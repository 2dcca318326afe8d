"""Names of real places, for telling a place from a mistyped surname.

The list (``place_names.txt``, lower case) is written by
``training/build_place_names.py`` from GeoNames and Unicode CLDR: countries,
continents, US states, cities of 300,000+ inhabitants with their names in other
languages (``Moskou``), and Dutch and Belgian places of 15,000+ inhabitants.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The bundled place names, lower-cased (read once per process)."""
    text = files(__package__).joinpath("place_names.txt").read_text(encoding="utf8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_place_name(name: str) -> bool:
    """Whether ``name`` (any case, white space folded) is a known place name."""
    return " ".join(name.split()).lower() in place_names()
