"""Story segmentation benchmark on multi-story dumps built from MEANTIME-nl.

    python benchmarks/segmentation_eval.py [--data ../shared/data] [--seed 13]

The 90 MEANTIME-nl articles (headline = sentence 0, dateline = sentence 1) are
rebuilt as text and concatenated, in topic order so that neighbouring stories
share a topic, into dumps of 6 to 14 articles in five formats:

- ``blank``: headline, dateline and paragraphs of 1-4 sentences, all separated by blank lines;
- ``single``: the same with single newlines only;
- ``fused``: no dateline, the headline fused into the first sentence with no punctuation;
- ``repeats``: ``blank`` plus, after some later stories, a repeat of an earlier article
  with other paragraphing and a few words changed (half with the headline, half without);
- ``crlf``: ``single`` with Windows line ends.

It reports story-boundary precision/recall/F1 (a story start is right when it is
at exactly the gold offset), headline exact match (gold headlines whose span is
found exactly), and duplicate precision/recall (pairs story -> original story).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_DATA, MeantimeDocument, read_meantime

from newsenrich.segment import segment_text

FORMATS = ("blank", "single", "fused", "repeats", "crlf")
_SWAPS = {"de": "het", "heeft": "had", "zijn": "waren", "en": "plus", "het": "dit", "van": "uit"}


@dataclass
class GoldStory:
    start: int
    headline: tuple[int, int] | None
    duplicate_of: int | None = None


@dataclass
class Dump:
    text: str
    stories: list[GoldStory] = field(default_factory=list)


def _paragraphs(doc: MeantimeDocument, rng: random.Random) -> list[str]:
    sentences = [s.text for s in doc.body]
    out: list[str] = []
    i = 0
    while i < len(sentences):
        n = rng.randint(1, 4)
        out.append(" ".join(sentences[i : i + n]))
        i += n
    return out


def _change_words(text: str, rng: random.Random, n: int = 3) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w in _SWAPS]
    for i in rng.sample(spots, min(n, len(spots))):
        words[i] = _SWAPS[words[i]]
    return " ".join(words)


def build_dump(docs: list[MeantimeDocument], fmt: str, rng: random.Random) -> Dump:
    sep = "\n" if fmt in ("single", "crlf") else "\n\n"
    dump = Dump("")
    parts: list[str] = []
    pos = 0

    def add(block: str) -> int:
        nonlocal pos
        if parts:
            parts.append(sep)
            pos += len(sep)
        start = pos
        parts.append(block)
        pos += len(block)
        return start

    originals: list[tuple[int, MeantimeDocument]] = []
    for doc in docs:
        paragraphs = _paragraphs(doc, rng)
        if fmt == "fused":
            start = add(doc.headline.text + " " + paragraphs[0])
            dump.stories.append(GoldStory(start, (start, start + len(doc.headline.text))))
            for p in paragraphs[1:]:
                add(p)
        else:
            start = add(doc.headline.text)
            dump.stories.append(GoldStory(start, (start, start + len(doc.headline.text))))
            add(doc.dateline.text)
            for p in paragraphs:
                add(p)
        originals.append((len(dump.stories) - 1, doc))
        if fmt == "repeats" and len(originals) > 2 and rng.random() < 0.5:
            index, earlier = rng.choice(originals[:-1])
            body = _change_words(" ".join(s.text for s in earlier.body), rng)
            with_headline = rng.random() < 0.5
            if with_headline:
                start = add(earlier.headline.text)
                dump.stories.append(GoldStory(start, (start, start + len(earlier.headline.text)), index))
                add(body)
            else:
                start = add(body)
                dump.stories.append(GoldStory(start, None, index))
    dump.text = "".join(parts)
    if fmt == "crlf":
        dump.text = dump.text.replace("\n", "\r\n")
        shift = _crlf_shift(dump.text)
        for s in dump.stories:
            s.start = shift(s.start)
            s.headline = (shift(s.headline[0]), shift(s.headline[1])) if s.headline else None
    return dump


def _crlf_shift(text: str):
    import bisect

    crs = [i for i, c in enumerate(text) if c == "\r"]
    lf_positions = [c - k for k, c in enumerate(crs)]  # original offsets of each "\n"

    def shift(offset: int) -> int:
        return offset + bisect.bisect_left(lf_positions, offset)

    return shift


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(dumps: list[Dump]) -> dict[str, float]:
    b_tp = b_pred = b_gold = 0
    h_hit = h_gold = 0
    d_tp = d_pred = d_gold = 0
    for dump in dumps:
        result = segment_text(dump.text)
        pred_starts = {}
        for i, s in enumerate(result.stories):
            start = s.headline[0] if s.headline and s.headline[0] < s.start else s.start
            pred_starts[start] = i
        gold_starts = {g.start: i for i, g in enumerate(dump.stories)}
        b_tp += len(set(pred_starts) & set(gold_starts))
        b_pred += len(pred_starts)
        b_gold += len(gold_starts)
        pred_headlines = {s.headline for s in result.stories if s.headline}
        for g in dump.stories:
            if g.headline:
                h_gold += 1
                h_hit += g.headline in pred_headlines
        gold_pairs = {(g.start, dump.stories[g.duplicate_of].start) for g in dump.stories if g.duplicate_of is not None}
        pred_pairs = {
            (s.start if not s.headline else min(s.start, s.headline[0]),
             result.stories[s.duplicate_of].start)
            for s in result.stories
            if s.duplicate_of is not None
        }
        d_tp += len(gold_pairs & pred_pairs)
        d_pred += len(pred_pairs)
        d_gold += len(gold_pairs)
    bp, br, bf = prf(b_tp, b_pred, b_gold)
    dp, dr, df = prf(d_tp, d_pred, d_gold)
    return {
        "stories": b_gold, "boundary_p": bp, "boundary_r": br, "boundary_f1": bf,
        "headlines": h_gold, "headline_exact": h_hit / h_gold if h_gold else 1.0,
        "dup_pairs": d_gold, "dup_p": dp, "dup_r": dr, "dup_f1": df,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=DEFAULT_DATA, type=Path)
    parser.add_argument("--seed", default=13, type=int)
    args = parser.parse_args()
    docs = sorted(read_meantime(args.data), key=lambda d: d.doc_id)
    rng = random.Random(args.seed)
    totals: dict[str, list[Dump]] = {}
    started = time.perf_counter()
    for fmt in FORMATS:
        dumps = []
        i = 0
        while i < len(docs):
            n = rng.randint(6, 14)
            dumps.append(build_dump(docs[i : i + n], fmt, rng))
            i += n
        totals[fmt] = dumps
    print(f"{'format':<8} {'stories':>7} {'bound P':>8} {'bound R':>8} {'bound F1':>8} {'headl EM':>8} {'dups':>5} {'dup P':>6} {'dup R':>6}")
    all_dumps: list[Dump] = []
    for fmt, dumps in totals.items():
        all_dumps += dumps
        m = evaluate(dumps)
        print(f"{fmt:<8} {m['stories']:>7} {m['boundary_p']:>8.3f} {m['boundary_r']:>8.3f} {m['boundary_f1']:>8.3f} "
              f"{m['headline_exact']:>8.3f} {m['dup_pairs']:>5} {m['dup_p']:>6.3f} {m['dup_r']:>6.3f}")
    m = evaluate(all_dumps)
    print(f"{'all':<8} {m['stories']:>7} {m['boundary_p']:>8.3f} {m['boundary_r']:>8.3f} {m['boundary_f1']:>8.3f} "
          f"{m['headline_exact']:>8.3f} {m['dup_pairs']:>5} {m['dup_p']:>6.3f} {m['dup_r']:>6.3f}")
    print(f"({time.perf_counter() - started:.1f}s)")


if __name__ == "__main__":
    main()
