"""Seconds and peak memory of ``enrich`` on each adversarial input class at 1 MB and 10 MB.

    python benchmarks/adversarial_timing.py                  # every class, 1 and 10 MB
    python benchmarks/adversarial_timing.py --sizes 1 --classes dots,numbers --model stand-in

Each measurement runs in its own subprocess (``--one CLASS CHARS``): it loads
the pipeline, enriches a 1,000-character warm-up text, builds the input
(``tests/adversarial_inputs.py``), then times ``enrich`` on it and checks the
Article with :func:`newsenrich.validate.check_article`. Peak memory is the
subprocess's peak resident set (``resource.getrusage``); "extra" is that peak
minus the resident set just before ``enrich`` (pipeline and input text already
in memory). A run that exceeds ``--timeout`` seconds is killed and shown as
such. Prints a Markdown table (1 MB = 1,000,000 characters).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pipeline import load_enricher

MB = 1_000_000


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_one(name: str, chars: int, model: str) -> dict:
    from adversarial_inputs import ADVERSARIAL

    from newsenrich.validate import article_problems

    enricher, description = load_enricher(model)
    enricher.enrich(ADVERSARIAL["dutch_news"](1000))  # warm-up: lazy loads (timex tables, dateparser)
    text = ADVERSARIAL[name](chars)
    before = _rss_mb()
    start = time.perf_counter()
    article = enricher.enrich(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    problems = article_problems(article)
    if article.text != text:
        problems.append("article.text differs from the input")
    return {
        "class": name,
        "chars": len(text),
        "seconds": round(seconds, 2),
        "peak_mb": round(peak),
        "extra_mb": round(max(peak - before, 0)),
        "stories": len(article.stories),
        "entities": len(article.entities),
        "timexes": len(article.timexes),
        "problems": problems[:3],
        "pipeline": description,
    }


def _run(name: str, chars: int, model: str, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--one", name, str(chars), "--model", model]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"class": name, "chars": chars, "timeout": timeout}
    if done.returncode != 0:
        return {"class": name, "chars": chars, "error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cell(result: dict) -> tuple[str, str]:
    if "timeout" in result:
        return f"> {result['timeout']:.0f} (killed)", "-"
    if "error" in result:
        return "error", result["error"][:40]
    flag = "" if not result["problems"] else " INVALID"
    return f"{result['seconds']:.2f}{flag}", f"{result['peak_mb']} (+{result['extra_mb']})"


def main() -> int:
    from adversarial_inputs import ADVERSARIAL

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10", help="sizes in MB (millions of characters), comma-separated")
    parser.add_argument("--classes", default=",".join(ADVERSARIAL), help="input classes, comma-separated")
    parser.add_argument("--model", choices=["auto", "bundled", "stand-in"], default="auto")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per run before it is killed")
    parser.add_argument("--json", help="also write all results to this file")
    parser.add_argument("--one", nargs=2, metavar=("CLASS", "CHARS"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one:
        print(json.dumps(measure_one(args.one[0], int(args.one[1]), args.model)))
        return 0

    sizes = [float(s) for s in args.sizes.split(",")]
    classes = [c for c in args.classes.split(",") if c]
    results: list[dict] = []
    header = "| class | " + " | ".join(f"{s:g} MB: s | {s:g} MB: peak MB (+extra)" for s in sizes) + " | s per MB |"
    print(header)
    print("|" + "---|" * (2 + 2 * len(sizes)))
    for name in classes:
        row = [name]
        per_mb = "-"
        for size in sizes:
            result = _run(name, int(size * MB), args.model, args.timeout)
            results.append(result)
            row.extend(_cell(result))
            if "seconds" in result and result["chars"]:
                per_mb = f"{result['seconds'] / (result['chars'] / MB):.2f}"
        print("| " + " | ".join(row + [per_mb]) + " |", flush=True)
    pipeline = next((r["pipeline"] for r in results if "pipeline" in r), "?")
    print(f"\npipeline: {pipeline}; s per MB from the largest size that finished")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    bad = [r for r in results if "timeout" in r or "error" in r or r.get("problems")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
