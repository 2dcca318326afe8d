"""Write the raw text the tok2vec may be pretrained on (``spacy pretrain``).

    python training/pretrain_text.py [--data ../shared/data] [--out training/corpus/pretrain.jsonl]

One JSON line ``{"text": ...}`` per passage of up to six consecutive sentences of
one source text, from what the project may train on and nothing it evaluates on:

* every sentence of the UD training splits (Alpino dev, LassySmall dev/test and the
  legacy train split, de-duplicated by text), annotated or not, except those of a
  source document that also occurs in the development set (UD Alpino test);
* the MEANTIME-nl sentences (its 30 held-back documents are not in the shared data);
* the cleaned Europeana sentences (1811-1866 OCR);
* the project's own written sentences of the training batches (never the held-out
  parts nor batch 6, which are evaluation sets).

The file is written under ``training/corpus`` (gitignored) and counted on stdout.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from build_corpus import (
    DEFAULT_HOLD_OUT,
    DEFAULT_WRITTEN_BATCHES,
    DEV_SPLIT,
    TRAIN_SPLITS,
    WRITTEN,
    doc_prefix,
    held_out,
)
from europeana import read_europeana
from meantime_ner import read_sentences
from ud import DEFAULT_DATA, read_conllu, ud_path

HERE = Path(__file__).resolve().parent
PASSAGE_SENTENCES = 6


def ud_texts(data: str) -> Iterator[tuple[str, str]]:
    """(source document, sentence text) for the UD training splits, none shared with dev."""
    dev_docs = {doc_prefix(s.sent_id) for s in read_conllu(ud_path(DEV_SPLIT, data))}
    seen: set[str] = set()
    for split in TRAIN_SPLITS:
        for sent in read_conllu(ud_path(split, data)):
            key = doc_prefix(sent.sent_id)
            if key in dev_docs or sent.text in seen:
                continue
            seen.add(sent.text)
            yield f"{split}:{key}", sent.text


def meantime_texts(data: str) -> Iterator[tuple[str, str]]:
    for key, tokens in read_sentences(data).items():
        yield key.split("|")[0], " ".join(tokens)


def europeana_texts(data: str) -> Iterator[tuple[str, str]]:
    # no document boundaries in the source: consecutive sentences are kept together
    for i, (tokens, _tags) in enumerate(read_europeana(data)):
        yield f"europeana:{i // PASSAGE_SENTENCES}", " ".join(tokens)


def written_texts() -> Iterator[tuple[str, str]]:
    batches = set(DEFAULT_WRITTEN_BATCHES.split(","))
    hold_out = set(DEFAULT_HOLD_OUT.split(","))
    for line in WRITTEN.read_text(encoding="utf8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("batch") not in batches or held_out(rec, hold_out):
            continue
        key = f"written:{rec['batch']}:{rec.get('article', rec.get('topic'))}"
        yield key, rec["text"]


def passages(sentences: Iterable[tuple[str, str]]) -> Iterator[str]:
    """Runs of up to PASSAGE_SENTENCES consecutive sentences of one source text."""
    run: list[str] = []
    current = None
    for key, text in sentences:
        if run and (key != current or len(run) == PASSAGE_SENTENCES):
            yield " ".join(run)
            run = []
        current = key
        run.append(text)
    if run:
        yield " ".join(run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--out", type=Path, default=HERE / "corpus" / "pretrain.jsonl")
    args = parser.parse_args()
    sources = {
        "ud": ud_texts(args.data),
        "meantime": meantime_texts(args.data),
        "europeana": europeana_texts(args.data),
        "written": written_texts(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf8") as out:
        for name, sentences in sources.items():
            n_passages = n_words = 0
            for text in passages(sentences):
                out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                n_passages += 1
                n_words += len(text.split())
            print(f"{name}: {n_passages} passages, {n_words} words")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
