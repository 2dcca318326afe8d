"""Long fuzz run: the invariants of newsenrich.validate on many generated inputs.

    python benchmarks/fuzz.py                       # 100,000 inputs, all CPUs
    python benchmarks/fuzz.py --inputs 2000 --processes 1 --model stand-in

Inputs come from the hypothesis strategies in ``tests/strategies.py``
(arbitrary strings, strings of hostile characters, news-like texts with
headers, headlines, datelines, repeats), drawn in batches of up to 16 texts.
Each batch goes through ``enrich_many``; every Article is checked with
:func:`newsenrich.validate.check_article` and against its input text; the first
text of each batch is enriched again with ``enrich`` and must give the same
Article (determinism, and ``enrich`` = ``enrich_many``). At the end one sample
of texts is run with ``n_process=2`` and compared. Worker processes run with
different seeds. A failure is shrunk by hypothesis and printed; the exit code
is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pipeline import load_enricher

BATCH = 16


def _fuzz(worker: int, inputs: int, model: str, queue: mp.Queue) -> None:
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st
    from strategies import any_text

    from newsenrich.validate import article_problems

    enricher, description = load_enricher(model)
    tried = 0
    failures: list[str] = []
    start = time.perf_counter()

    def check(texts: list[str]) -> None:
        nonlocal tried
        articles = list(enricher.enrich_many(texts, batch_size=BATCH))
        tried += len(texts)
        for text, article in zip(texts, articles, strict=True):
            problems = article_problems(article)
            if article.text != text:
                problems.append("article.text differs from the input")
            if problems:
                raise AssertionError(f"{text!r}: {problems}")
        if enricher.enrich(texts[0]) != articles[0]:
            raise AssertionError(f"{texts[0]!r}: enrich() differs from enrich_many() / a second run")

    rounds = 0
    while tried < inputs and not failures:  # rounds of fresh seeds until enough inputs were tried
        examples = max(1, (inputs - tried) // (BATCH // 2))  # lists average about half of BATCH
        run = seed(20_260_000 + 1000 * worker + rounds)(
            settings(
                max_examples=examples,
                deadline=None,
                database=None,
                phases=[Phase.generate, Phase.shrink],
                suppress_health_check=list(HealthCheck),
                report_multiple_bugs=False,
            )(given(texts=st.lists(any_text, min_size=1, max_size=BATCH))(check))
        )
        rounds += 1
        try:
            run()
        except Exception as exc:  # noqa: BLE001  (reported with the count; the run exits 1)
            failures.append(f"{type(exc).__name__}: {str(exc)[:2000]}")
    queue.put({"worker": worker, "tried": tried, "failures": failures, "seconds": time.perf_counter() - start,
               "pipeline": description})


def _parallel_check(model: str, count: int) -> list[str]:
    """enrich_many with n_process=2 gives the same Articles as one process."""
    from hypothesis import HealthCheck, given, seed, settings
    from strategies import any_text

    enricher, _ = load_enricher(model)
    samples: list[str] = []

    @seed(7)
    @settings(max_examples=count, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text=any_text)
    def collect(text: str) -> None:
        samples.append(text)

    collect()
    one = list(enricher.enrich_many(samples, batch_size=8))
    two = list(enricher.enrich_many(samples, batch_size=8, n_process=2))
    return [] if one == two else [f"n_process=2 differs from n_process=1 on {sum(a != b for a, b in zip(one, two))} texts"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="inputs to try in total (default 100,000)")
    parser.add_argument("--processes", type=int, default=mp.cpu_count(), help="worker processes (default: all CPUs)")
    parser.add_argument("--model", choices=["auto", "bundled", "stand-in"], default="auto")
    parser.add_argument("--parallel-sample", type=int, default=200, help="texts for the n_process=2 check (0: skip)")
    parser.add_argument("--json", help="also write the summary to this file")
    args = parser.parse_args()

    start = time.perf_counter()
    queue: mp.Queue = mp.Queue()
    per_worker = -(-args.inputs // args.processes)
    procs = [mp.Process(target=_fuzz, args=(w, per_worker, args.model, queue)) for w in range(args.processes)]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    tried = sum(r["tried"] for r in results)
    failures = [f for r in results for f in r["failures"]]
    if args.parallel_sample:
        failures += _parallel_check(args.model, args.parallel_sample)
    summary = {
        "pipeline": results[0]["pipeline"],
        "inputs_tried": tried,
        "parallel_sample": args.parallel_sample,
        "failures": failures,
        "processes": args.processes,
        "seconds": round(time.perf_counter() - start, 1),
    }
    print(f"pipeline: {summary['pipeline']}")
    print(f"inputs tried: {tried:,} in {summary['seconds']:,} s with {args.processes} process(es); "
          f"n_process=2 check on {args.parallel_sample} texts")
    print(f"failures: {len(failures)}")
    for failure in failures:
        print(f"  {failure}")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2, ensure_ascii=True) + "\n", encoding="utf-8")
    return 1 if failures or tried < args.inputs else 0


if __name__ == "__main__":
    sys.exit(main())
