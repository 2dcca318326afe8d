"""How much the time-expression component adds to the full newsenrich pipeline.

    python benchmarks/timex_overhead.py [--data ../shared/data]

Runs the default pipeline over the 90 MEANTIME-nl articles (4 times over) with
and without ``newsenrich_timex`` and prints words per CPU second of this process
(best of 3), which stays meaningful when other programs share the machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_DATA, read_meantime

import newsenrich


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=DEFAULT_DATA, type=Path)
    args = parser.parse_args()
    texts = [d.text()[0] for d in read_meantime(args.data)] * 4
    words = sum(len(t.split()) for t in texts)
    nlp = newsenrich.load().nlp

    def cpu_seconds(disable: list[str]) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            with nlp.select_pipes(disable=disable):
                for _doc in nlp.pipe(texts, batch_size=32):
                    pass
            best = min(best, time.process_time() - start)
        return best

    full = cpu_seconds([])
    without = cpu_seconds(["newsenrich_timex"])
    print(f"{words:,} words")
    print(f"full pipeline:        {words / full:>10,.0f} words per CPU second")
    print(f"without timex:        {words / without:>10,.0f} words per CPU second")
    print(f"timex adds {100 * (full - without) / without:.1f}% to the pipeline's time")


if __name__ == "__main__":
    main()
