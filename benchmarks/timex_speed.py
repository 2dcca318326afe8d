"""Words per second of the temporal tagger alone, next to dateparser's ``search_dates``, on MEANTIME-nl.

    python benchmarks/timex_speed.py [--data ../shared/data] [--seconds 10] [--skip-dateparser]

Both systems get the same text: the 90 MEANTIME documents rebuilt by
``benchmarks/corpora.py`` with their dateline day as anchor, repeated until at
least ``--seconds`` of wall time have passed (one process, one thread). The
tagger is measured with ``TimexTagger.tag`` (no spaCy); dateparser with
``search_dates(sentence, languages=['nl'], settings={'RELATIVE_BASE': anchor})``
sentence by sentence, which is how it is meant to be used on running text.
Words are whitespace-separated tokens.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_DATA, read_meantime

from newsenrich.article import Published
from newsenrich.timex import get_tagger


def measure(run: object, units: list[object], words: list[int], seconds: float) -> tuple[float, int, float]:
    """(words/s, words processed, elapsed) of calling ``run`` on ``units`` round-robin for ``seconds``."""
    done = 0
    start = time.perf_counter()
    i = 0
    while True:
        run(units[i])  # type: ignore[operator]
        done += words[i]
        i = (i + 1) % len(units)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and i == 0 or elapsed >= 4 * seconds:
            return done / elapsed, done, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--skip-dateparser", action="store_true")
    args = parser.parse_args(argv)

    docs = read_meantime(args.data)
    items = []
    for doc in docs:
        text, starts = doc.text()
        spans = [(starts[i], starts[i] + len(s.text)) for i, s in enumerate(doc.sentences)]
        items.append((text, Published(doc.published, "day", "argument"), spans))
    total_words = sum(len(text.split()) for text, _, _ in items)
    print(f"MEANTIME-nl: {len(items)} documents, {total_words} words; python {platform.python_version()}")

    tagger = get_tagger()
    tagger.tag("opwarmen", None)  # rules are compiled on first use; not part of the measurement
    rate, done, elapsed = measure(
        lambda item: tagger.tag(item[0], item[1]), items, [len(t.split()) for t, _, _ in items], args.seconds
    )
    print(f"newsenrich TimexTagger.tag : {rate:>10,.0f} words/s  ({done:,} words in {elapsed:.1f} s)")

    if not args.skip_dateparser:
        from dateparser.search import search_dates

        sentences = []
        for text, anchor, spans in items:
            base = datetime(anchor.year, anchor.month or 1, anchor.day or 1, 12)
            for s, e in spans:
                if text[s:e].strip():
                    sentences.append((text[s:e], base))
        search_dates("opwarmen op 1 mei", languages=["nl"])

        def run_dateparser(unit: tuple[str, datetime]) -> None:
            search_dates(unit[0], languages=["nl"], settings={"RELATIVE_BASE": unit[1]})

        rate_dp, done_dp, elapsed_dp = measure(
            run_dateparser,
            sentences,
            [len(s.split()) for s, _ in sentences],
            args.seconds,  # type: ignore[arg-type]
        )
        print(
            f"dateparser search_dates    : {rate_dp:>10,.0f} words/s  ({done_dp:,} words in {elapsed_dp:.1f} s)"
        )
        print(f"ratio: {rate / rate_dp:,.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
