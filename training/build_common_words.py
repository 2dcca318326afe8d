"""Write the list of Dutch words that are never names (src/newsenrich/lang/nl/common_words.txt).

    python training/build_common_words.py [--data ../shared/data] [--min-count 2]

``newsenrich_name_checks`` drops a one-word entity that opens a sentence when the
word is an ordinary Dutch word: a heading such as ``Oorzaak`` or ``Verslag``, or a
sentence opened by ``Betrouwbare`` or ``Jaarlijkse``. The text itself is the first
evidence (the word written in lower case elsewhere); this list is the second.

A word is listed when the training text writes it in lower case at least
``--min-count`` times and never with a capital inside a sentence, so that no
name the training text knows (``Kok``, ``Bos``, ``Trouw``) can be on it. The
training text is the UD Dutch Alpino dev and LassySmall sentences the NER is
trained on (never Alpino test, the development set) and the project's own written
batches of the default corpus (none of the held-out or evaluation parts). Words
are stored lower-cased, one per line; only words of four or more letters are kept.
Source and licence: UD Dutch Alpino and LassySmall (CC BY-SA 4.0), and text
written by the project.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from build_corpus import DEFAULT_HOLD_OUT, DEFAULT_WRITTEN_BATCHES, TRAIN_SPLITS, WRITTEN, held_out
from ud import DEFAULT_DATA, read_conllu, ud_path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsenrich" / "lang" / "nl" / "common_words.txt"
HEADER = """\
# Dutch words (lower case) that the NER's training text writes in lower case and never
# with a capital inside a sentence: ordinary words, not names. Written by
# training/build_common_words.py from UD Dutch Alpino (dev) and LassySmall (CC BY-SA 4.0,
# https://universaldependencies.org/) and newsenrich's own written text.
"""
_OPENERS = set("\"'„“”‘’,.:;!?()[]-–—*•/")


def _count(sentences, lower: Counter[str], capitalised: set[str]) -> None:
    for words in sentences:
        for i, word in enumerate(words):
            if not word.isalpha():
                continue
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and i > 0 and not all(w in _OPENERS or not w.isalpha() for w in words[:i]):
                capitalised.add(word.lower())


def _written_sentences(batches: set[str], hold_out: set[str]):
    import spacy

    from newsenrich.tokenizer import customize_tokenizer

    tokenizer = customize_tokenizer(spacy.blank("nl")).tokenizer
    for line in WRITTEN.read_text(encoding="utf8").splitlines():
        rec = json.loads(line)
        if rec.get("batch") in batches and not held_out(rec, hold_out):
            yield [token.text for token in tokenizer(rec["text"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    lower: Counter[str] = Counter()
    capitalised: set[str] = set()
    for split in TRAIN_SPLITS:
        _count((sent.words for sent in read_conllu(ud_path(split, args.data))), lower, capitalised)
    batches = set(DEFAULT_WRITTEN_BATCHES.split(","))
    _count(_written_sentences(batches, set(DEFAULT_HOLD_OUT.split(","))), lower, capitalised)
    words = sorted(w for w, n in lower.items() if n >= args.min_count and len(w) >= 4 and w not in capitalised)
    args.out.write_text(HEADER + "\n".join(words) + "\n", encoding="utf8")
    print(f"{len(words)} words -> {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
