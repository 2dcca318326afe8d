"""Speed and memory of newsenrich, side by side with its ceilings and alternatives, in one run.

    python benchmarks/performance.py                      # the full run (about 15 minutes)
    python benchmarks/performance.py --quick              # a smoke run (about a minute)
    python benchmarks/performance.py --model PATH --json results.json

The texts are real Dutch news: the MEANTIME articles (headline, dateline, body)
and the UD Alpino newspaper documents, read from ``../shared/data``. "Words" are
white-space separated tokens of the input. Every measurement runs in a fresh
Python process (so peak RSS and cold start are its own) and, except cold start
and scaling, repeats the corpus until it has run ``--min-seconds``. The spaCy
NER pipeline alone and newsenrich with 1 and 2 processes take turns, corpus pass
by corpus pass, in one process, so that their ratios hold even when the load
of the machine changes during the run; the load average before each step is
printed at the end.

Measured:

- spaCy's Dutch tokenizer alone (``spacy.blank("nl")``): the practical ceiling;
- the spaCy NER pipeline alone (the backend model, its own tokenizer, only the pipes newsenrich keeps);
- newsenrich end to end (``enrich_many``, Articles built) with 1 and 2 processes;
- newsenrich per component (tokenizer, segmentation, NER, timex, clustering, Article building);
- the timex component alone, and dateparser's ``search_dates`` alone on the same texts;
- cold start (import, load, first article) and peak RSS per process;
- time against input size: 1, 10, 100, 1,000, 10,000 articles, and single dumps of 0.5 and 5 MB;
- archive repeat detection (:mod:`newsenrich.repeats`) on 1k, 10k and 100k synthetic stories.

The targets of the performance issue are checked at the end. The model is the
bundled one unless ``--model`` is given; without either, a stand-in entity ruler
is used and the NER figures say nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "training"))

from corpora import DEFAULT_DATA, read_meantime

TARGETS = {
    "words_per_second_1": 10_000,
    "speedup_2": 1.7,
    "overhead_over_ner": 0.30,
    "cold_start_s": 2.0,
    "peak_rss_mb": 500,
    "tenfold_time": 11.0,
}
NER_PIPES = {"ner", "entity_ruler", "span_ruler", "tok2vec", "transformer", "curated_transformer"}


# -- the texts ---------------------------------------------------------------------------


def load_corpus(data_dir: Path) -> list[tuple[str, str | None]]:
    """(text, published) of every MEANTIME article and every UD Alpino newspaper document."""
    from ud import read_conllu, ud_path

    items: list[tuple[str, str | None]] = []
    for doc in read_meantime(data_dir):
        items.append((doc.text()[0], doc.published))
    for split in ("alpino-dev", "alpino-test"):
        documents: dict[str, dict[str, list[str]]] = {}
        for sent in read_conllu(ud_path(split, data_dir)):
            doc_id, _, rest = sent.sent_id.partition("\\")
            paragraph = rest.split(".s.")[0] if ".s." in rest else rest
            documents.setdefault(doc_id, {}).setdefault(paragraph, []).append(sent.text)
        for paragraphs in documents.values():
            items.append(("\n\n".join(" ".join(p) for p in paragraphs.values()), None))
    return items


def words(text: str) -> int:
    return len(text.split())


def _until(items: list[Any], seconds: float, start: float) -> Iterator[Any]:
    """The items over and over, stopping at the first pass boundary after ``seconds``."""
    while True:
        yield from items
        if time.perf_counter() - start >= seconds:
            return


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def _stand_in_model(path: Path) -> None:
    import spacy

    nlp = spacy.blank("nl")
    nlp.meta["name"] = "stand_in_ner"
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Biden"}, {"label": "LOC", "pattern": "Nederland"}])
    nlp.to_disk(path)


# -- tasks, each run in its own process --------------------------------------------------


def task_tokenizer(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    import spacy

    nlp = spacy.blank("nl")
    texts = [t for t, _ in items]
    start = time.perf_counter()
    n_words = sum(words(doc.text) for doc in nlp.tokenizer.pipe(_until(texts, cfg["min_seconds"], start)))
    return {"seconds": time.perf_counter() - start, "words": n_words}


def task_spacy_ner(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    import spacy

    nlp = spacy.load(cfg["model"])
    for name in nlp.pipe_names:
        if name not in NER_PIPES:
            nlp.disable_pipe(name)
    texts = [t for t, _ in items]
    list(nlp.pipe(texts[:3]))
    start = time.perf_counter()
    n_words = sum(words(doc.text) for doc in nlp.pipe(_until(texts, cfg["min_seconds"], start), batch_size=32))
    return {"seconds": time.perf_counter() - start, "words": n_words, "pipes": nlp.pipe_names}


def task_e2e(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    import newsenrich

    enricher = newsenrich.load(cfg["model"])
    list(enricher.enrich_many(items[:3]))
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    n_words = n_articles = 0
    stream = enricher.enrich_many(
        _until(items, cfg["min_seconds"], start), batch_size=cfg["batch_size"], n_process=cfg["n_process"]
    )
    for article in stream:
        n_words += words(article.text)
        n_articles += 1
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "seconds": seconds,
        "words": n_words,
        "articles": n_articles,
        "parent_cpu_seconds": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
        "peak_rss_children_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
    }


def task_side_by_side(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    """spaCy's NER pipeline alone and newsenrich with 1 and 2 processes, taking turns pass by pass.

    Taking turns makes the ratios between them fair even when the machine's load
    changes during the run; each system runs until it has had ``min_seconds``.
    A turn is the corpus repeated ``min_seconds // 3`` times in one call: a long
    stream, as in real use, so that starting the two worker processes of
    ``n_process=2`` and waiting for the last batch count once per turn, not once
    per 165 articles.
    """
    import spacy

    import newsenrich

    enricher = newsenrich.load(cfg["model"])
    nlp = spacy.load(cfg["model"])
    for name in nlp.pipe_names:
        if name not in NER_PIPES:
            nlp.disable_pipe(name)
    turn_repeats = max(1, int(cfg["min_seconds"] // 3))
    items = items * turn_repeats
    texts = [t for t, _ in items]
    batch_size = cfg["batch_size"]

    def ner_alone() -> int:
        return sum(words(doc.text) for doc in nlp.pipe(texts, batch_size=batch_size))

    def newsenrich_with(n_process: int) -> int:
        stream = enricher.enrich_many(items, batch_size=batch_size, n_process=n_process)
        return sum(words(article.text) for article in stream)

    systems = {
        "spacy_ner": ner_alone,
        "e2e_1": lambda: newsenrich_with(1),
        "e2e_2": lambda: newsenrich_with(2),
    }
    list(nlp.pipe(texts[:3]))
    list(enricher.enrich_many(items[:3]))
    totals = {name: {"seconds": 0.0, "words": 0, "passes": 0} for name in systems}
    while min(t["seconds"] for t in totals.values()) < cfg["min_seconds"]:
        for name, run in systems.items():
            start = time.perf_counter()
            n_words = run()
            totals[name]["seconds"] += time.perf_counter() - start
            totals[name]["words"] += n_words
            totals[name]["passes"] += 1
    return {"systems": totals, "pipes": nlp.pipe_names, "turn_repeats": turn_repeats}


def task_components(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    import newsenrich
    from newsenrich.build import article_from_doc
    from newsenrich.published import parse_published

    enricher = newsenrich.load(cfg["model"])
    list(enricher.enrich_many(items[:3]))
    nlp = enricher.nlp
    times: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}, "article": 0.0}
    n_words = 0
    start = time.perf_counter()
    while time.perf_counter() - start < cfg["min_seconds"]:
        t = time.perf_counter()
        docs = []
        for text, published in items:
            doc = nlp.make_doc(text)
            doc._.published = parse_published(published) if published else None
            docs.append(doc)
        times["tokenizer"] += time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] += time.perf_counter() - t
        t = time.perf_counter()
        for doc in docs:
            article_from_doc(doc, enricher.info)
        times["article"] += time.perf_counter() - t
        n_words += sum(words(t) for t, _ in items)
    return {"seconds": times, "words": n_words}


def task_timex(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    """The timex component alone, on Docs that went through the tokenizer and the segmenter."""
    import newsenrich
    from newsenrich.published import parse_published

    enricher = newsenrich.load(cfg["model"])
    nlp = enricher.nlp
    segmenter = nlp.get_pipe("newsenrich_segmenter")
    timex = nlp.get_pipe("newsenrich_timex")
    docs = []
    for text, published in items:
        doc = nlp.make_doc(text)
        doc._.published = parse_published(published) if published else None
        docs.append(segmenter(doc))
    timex(docs[0])
    start = time.perf_counter()
    n_words = found = 0
    for doc in _until(docs, cfg["min_seconds"], start):
        found += len(timex(doc)._.timexes)
        n_words += words(doc.text)
    return {"seconds": time.perf_counter() - start, "words": n_words, "found": found}


def task_dateparser(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    from dateparser.search import search_dates

    texts = [t for t, _ in items]
    search_dates(texts[0], languages=["nl"])
    start = time.perf_counter()
    n_words = found = 0
    for text in _until(texts, cfg["min_seconds"], start):
        found += len(search_dates(text, languages=["nl"]) or [])
        n_words += words(text)
    return {"seconds": time.perf_counter() - start, "words": n_words, "found": found}


def task_scaling(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    import newsenrich

    enricher = newsenrich.load(cfg["model"])
    list(enricher.enrich_many(items[:10]))
    random.Random(0).shuffle(items)  # so that 10 or 100 articles are a sample of the mix, not its start
    rows = []
    for size in cfg["sizes"]:
        batch = [item for item, _ in zip(cycle(items), range(size))]
        n_words = sum(words(t) for t, _ in batch)
        start = time.perf_counter()
        for _ in enricher.enrich_many(batch, batch_size=cfg["batch_size"]):
            pass
        rows.append({"articles": size, "words": n_words, "seconds": time.perf_counter() - start})
    return {"rows": rows}


def task_dump(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    """One text of ``cfg["megabytes"]`` MB: articles run together, as in a dump."""
    import newsenrich

    enricher = newsenrich.load(cfg["model"])
    list(enricher.enrich_many(items[:10]))
    parts: list[str] = []
    size = 0
    for text, _ in cycle(items):
        if size >= cfg["megabytes"] * 1_000_000:
            break
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    dump = "\n\n".join(parts)
    start = time.perf_counter()
    article = enricher.enrich(dump)
    seconds = time.perf_counter() - start
    return {
        "megabytes": len(dump.encode("utf-8")) / 1e6,
        "words": words(dump),
        "seconds": seconds,
        "stories": len(article.stories),
    }


def task_cold(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    code = (
        "import time; t0 = time.perf_counter()\n"
        "import newsenrich; t1 = time.perf_counter()\n"
        "e = newsenrich.load(MODEL); t2 = time.perf_counter()\n"
        "e.enrich(TEXT); t3 = time.perf_counter()\n"
        "e.enrich(TEXT); t4 = time.perf_counter()\n"
        "import json, sys; sys.stdout.write(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3]))\n"
    )
    text = items[0][0]
    runs = []
    for _ in range(cfg["repeats"]):
        wall = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", f"MODEL = {cfg['model']!r}\nTEXT = {text!r}\n" + code],
            capture_output=True,
            text=True,
            check=True,
        )
        wall = time.perf_counter() - wall
        imp, load, first, second = json.loads(out.stdout)
        runs.append({"wall": wall, "import": imp, "load": load, "first": first, "second": second})
    median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    return {"median": median, "runs": runs, "words_first_article": words(text)}


def task_repeats(cfg: dict[str, Any], items: list[tuple[str, str | None]]) -> dict[str, Any]:
    """Synthetic stories from the corpus vocabulary; one in ten is a re-paragraphed copy with 3 words changed."""
    from newsenrich.repeats import find_repeats, lsh_params, signature

    lsh_params()
    vocab = sorted({w for text, _ in items for w in text.split()})
    rows = []
    for n in cfg["sizes"]:
        rng = random.Random(n)
        stories: list[tuple[int, str]] = []
        planted: set[tuple[int, int]] = set()
        for i in range(n):
            if i >= 10 and rng.random() < 0.1:
                j = rng.randrange(i)
                ws = stories[j][1].split()
                for _ in range(3):
                    ws[rng.randrange(len(ws))] = rng.choice(vocab)
                cut = rng.randrange(1, len(ws))
                stories.append((i, " ".join(ws[:cut]) + "\n\n" + " ".join(ws[cut:])))
                planted.add((j, i))
            else:
                stories.append((i, " ".join(rng.choices(vocab, k=rng.randint(80, 400)))))
        start = time.perf_counter()
        signatures = [(key, signature(text)) for key, text in stories]
        t_sig = time.perf_counter() - start
        start = time.perf_counter()
        result = find_repeats(signatures)
        t_find = time.perf_counter() - start
        found = {(p.first, p.second) for p in result.pairs}
        # a planted copy of a copy also pairs with the first original: count pairs inside planted groups
        rows.append(
            {
                "stories": n,
                "signature_seconds": t_sig,
                "find_seconds": t_find,
                "pairs": len(found),
                "planted": len(planted),
                "recall": len(found & planted) / max(len(planted), 1),
            }
        )
    return {"rows": rows}


TASKS = {
    "tokenizer": task_tokenizer,
    "spacy_ner": task_spacy_ner,
    "e2e": task_e2e,
    "side_by_side": task_side_by_side,
    "components": task_components,
    "timex": task_timex,
    "dateparser": task_dateparser,
    "scaling": task_scaling,
    "dump": task_dump,
    "cold": task_cold,
    "repeats": task_repeats,
}


def run_task(name: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """Run one task in a fresh process; its result plus that process's peak RSS."""
    out = subprocess.run(
        [sys.executable, __file__, "--task", name, "--task-config", json.dumps(cfg)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"task {name} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _task_main(name: str, cfg: dict[str, Any]) -> None:
    items = load_corpus(Path(cfg["data"]))
    result = TASKS[name](cfg, items)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


# -- the report --------------------------------------------------------------------------


def _wps(r: dict[str, Any]) -> float:
    return r["words"] / r["seconds"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", help="NER backend for newsenrich.load (default: the bundled model)")
    p.add_argument("--data", default=str(DEFAULT_DATA), help="the shared data folder (default ../shared/data)")
    p.add_argument("--min-seconds", type=float, default=None, help="minimum run time per system (default 10; 1 with --quick)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--quick", action="store_true", help="a smoke run: short timings, small sizes")
    p.add_argument("--json", help="also write all results to this JSON file")
    p.add_argument("--task", help=argparse.SUPPRESS)
    p.add_argument("--task-config", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.task:
        _task_main(args.task, json.loads(args.task_config))
        return 0

    min_seconds = args.min_seconds if args.min_seconds is not None else (1.0 if args.quick else 10.0)
    from newsenrich.pipeline import bundled_model_path

    model_note = ""
    if args.model:
        model = args.model
    elif (bundled_model_path() / "meta.json").exists():
        model = str(bundled_model_path())
        model_note = " (bundled)"
    else:
        model = str(Path(tempfile.mkdtemp(prefix="newsenrich-bench-")) / "stand_in")
        _stand_in_model(Path(model))
        model_note = " (STAND-IN entity ruler: the bundled model is missing; NER figures say nothing)"
    items = load_corpus(Path(args.data))
    corpus_words = sum(words(t) for t, _ in items)
    base = {"model": model, "data": args.data, "min_seconds": min_seconds, "batch_size": args.batch_size}

    print(f"# newsenrich performance, {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}")
    print(f"model: {model}{model_note}")
    print(f"texts: {len(items)} articles, {corpus_words:,} words (MEANTIME + UD Alpino), repeated to >= {min_seconds:g} s per system")
    print(f"command: python benchmarks/performance.py {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip())
    print(flush=True)

    results: dict[str, Any] = {"model": model, "corpus": {"articles": len(items), "words": corpus_words}}

    loads: list[float] = []

    def step(label: str, name: str, **extra: Any) -> dict[str, Any]:
        load = os.getloadavg()[0]
        loads.append(load)
        print(f"  running {label} (load average {load:.2f}) ...", file=sys.stderr, flush=True)
        result = run_task(name, {**base, **extra})
        results[label] = result
        return result

    tok = step("tokenizer", "tokenizer")
    side = step("side_by_side", "side_by_side")
    ner, e1, e2 = (side["systems"][name] for name in ("spacy_ner", "e2e_1", "e2e_2"))
    rss_ner = step("spacy_ner_memory", "spacy_ner", min_seconds=min(3.0, min_seconds))
    rss_1 = step("e2e_1_memory", "e2e", n_process=1, min_seconds=min(3.0, min_seconds))
    rss_2 = step("e2e_2_memory", "e2e", n_process=2, min_seconds=min(3.0, min_seconds))
    comp = step("components", "components")
    tmx = step("timex", "timex")
    dp = step("dateparser", "dateparser")
    cold = step("cold", "cold", repeats=1 if args.quick else 3)
    sizes = [1, 10, 100] if args.quick else [1, 10, 100, 1000, 10000]
    scaling = step("scaling", "scaling", sizes=sizes)
    dumps = [step(f"dump_{mb}", "dump", megabytes=mb) for mb in ((0.05, 0.5) if args.quick else (0.5, 5.0))]
    rep = step("repeats", "repeats", sizes=[1000] if args.quick else [1000, 10000, 100000])

    print("## Throughput (same texts, one process unless said)\n")
    print("The first three rows took turns in one process, each turn a stream of the corpus repeated "
          f"{side['turn_repeats']} times (turns each: {side['systems']['e2e_1']['passes']}); "
          "peak RSS is from separate short runs.\n")
    print("| system | words/s | seconds | peak RSS MB |")
    print("|---|---:|---:|---:|")
    rows = [
        (f"spaCy NER pipeline alone ({'+'.join(side['pipes'])})", ner, f"{rss_ner['peak_rss_mb']:.0f}"),
        ("newsenrich end to end, 1 process", e1, f"{rss_1['peak_rss_mb']:.0f}"),
        ("newsenrich end to end, 2 processes", e2,
         f"{rss_2['peak_rss_children_mb']:.0f} per worker, {rss_2['peak_rss_mb']:.0f} parent"),
        ("spaCy Dutch tokenizer alone (the ceiling)", tok, f"{tok['peak_rss_mb']:.0f}"),
        ("newsenrich timex component alone", tmx, f"{tmx['peak_rss_mb']:.0f}"),
        ("dateparser search_dates alone", dp, f"{dp['peak_rss_mb']:.0f}"),
    ]
    for label, r, rss in rows:
        print(f"| {label} | {_wps(r):,.0f} | {r['seconds']:.1f} | {rss} |")
    print(f"\nWith 2 processes the parent (reading, checking, collecting) used {rss_2['parent_cpu_seconds']:.1f} s "
          f"of CPU in {rss_2['seconds']:.1f} s.")

    print("\n## Per component (newsenrich pipeline, one process)\n")
    total = sum(comp["seconds"].values())
    print("| component | seconds | share | words/s |")
    print("|---|---:|---:|---:|")
    for name, secs in comp["seconds"].items():
        print(f"| {name} | {secs:.2f} | {secs / total:.0%} | {comp['words'] / secs:,.0f} |")
    print(f"| total | {total:.2f} | 100% | {comp['words'] / total:,.0f} |")

    print("\n## Cold start (fresh process; median of runs)\n")
    m = cold["median"]
    cold_total = m["import"] + m["load"] + m["first"]
    print(f"import {m['import']:.2f} s + load {m['load']:.2f} s + first article {m['first']:.3f} s = {cold_total:.2f} s "
          f"(process wall time {m['wall']:.2f} s); second article {m['second']:.3f} s "
          f"({cold['words_first_article']} words)")

    print("\n## Time against input size (one process)\n")
    print("| input | words | seconds | words/s | time vs previous row | same, per 10x words |")
    print("|---|---:|---:|---:|---:|---:|")
    prev = None
    ratios = []
    for row in scaling["rows"]:
        ratio = per_ten = ""
        if prev:
            time_ratio = row["seconds"] / prev["seconds"]
            normalised = time_ratio / (row["words"] / prev["words"]) * 10
            ratio, per_ten = f"{time_ratio:.1f}x", f"{normalised:.1f}x"
            if prev["articles"] >= 100:  # below that, fixed costs and the sample of texts dominate
                ratios.append(normalised)
        print(f"| {row['articles']:,} articles | {row['words']:,} | {row['seconds']:.2f} | "
              f"{row['words'] / row['seconds']:,.0f} | {ratio} | {per_ten} |")
        prev = row
    dump_time_ratio = dumps[1]["seconds"] / dumps[0]["seconds"]
    dump_ratio = dump_time_ratio / (dumps[1]["words"] / dumps[0]["words"]) * 10
    for i, d in enumerate(dumps):
        ratio, per_ten = (f"{dump_time_ratio:.1f}x", f"{dump_ratio:.1f}x") if i else ("", "")
        print(f"| one {d['megabytes']:.2f} MB dump ({d['stories']:,} stories; peak RSS {d['peak_rss_mb']:.0f} MB) | "
              f"{d['words']:,} | {d['seconds']:.2f} | {d['words'] / d['seconds']:,.0f} | {ratio} | {per_ten} |")
    ratios.append(dump_ratio)

    print("\n## Archive repeat detection (newsenrich.repeats, synthetic stories, 10% planted repeats)\n")
    print("| stories | signatures s | find_repeats s | µs per story (total) | pairs | recall of planted |")
    print("|---:|---:|---:|---:|---:|---:|")
    for row in rep["rows"]:
        per = (row["signature_seconds"] + row["find_seconds"]) / row["stories"] * 1e6
        print(f"| {row['stories']:,} | {row['signature_seconds']:.2f} | {row['find_seconds']:.2f} | {per:.0f} | "
              f"{row['pairs']:,} | {row['recall']:.3f} |")

    w1, w2 = _wps(e1), _wps(e2)
    peak_rss = max(rss_1["peak_rss_mb"], rss_2["peak_rss_children_mb"], scaling["peak_rss_mb"])
    checks = [
        ("end to end, 1 process", f"{w1:,.0f} words/s", f">= {TARGETS['words_per_second_1']:,}", w1 >= TARGETS["words_per_second_1"]),
        ("2 processes vs 1", f"{w2 / w1:.2f}x", f">= {TARGETS['speedup_2']}x", w2 / w1 >= TARGETS["speedup_2"]),
        ("cost on top of the spaCy NER pipeline", f"{_wps(ner) / w1 - 1:+.0%}", f"<= {TARGETS['overhead_over_ner']:.0%}",
         _wps(ner) / w1 - 1 <= TARGETS["overhead_over_ner"]),
        ("timex alone vs dateparser search_dates", f"{_wps(tmx) / _wps(dp):.1f}x faster", "faster", _wps(tmx) > _wps(dp)),
        ("cold start (import + load + first article)", f"{cold_total:.2f} s", f"<= {TARGETS['cold_start_s']} s",
         cold_total <= TARGETS["cold_start_s"]),
        ("peak RSS per process (end to end, articles)", f"{peak_rss:.0f} MB",
         f"<= {TARGETS['peak_rss_mb']} MB", peak_rss <= TARGETS["peak_rss_mb"]),
        (f"peak RSS, one {dumps[-1]['megabytes']:g} MB dump in one call", f"{dumps[-1]['peak_rss_mb']:.0f} MB",
         f"<= {TARGETS['peak_rss_mb']} MB", dumps[-1]["peak_rss_mb"] <= TARGETS["peak_rss_mb"]),
        ("time for 10x the input (worst, from 100 articles up, and dumps)", f"{max(ratios):.1f}x",
         f"<= {TARGETS['tenfold_time']}x", max(ratios) <= TARGETS["tenfold_time"]),
    ]
    print("\n## Targets\n")
    print("| target | measured | wanted | |")
    print("|---|---:|---:|---|")
    for label, got, want, ok in checks:
        print(f"| {label} | {got} | {want} | {'met' if ok else 'MISSED'} |")
    results["targets"] = [{"target": c[0], "measured": c[1], "wanted": c[2], "met": c[3]} for c in checks]
    results["load_average_before_steps"] = loads
    print(f"\n1-minute load average before each step: {', '.join(f'{x:.2f}' for x in loads)} "
          f"(each step runs alone, so a value near 1 is this benchmark's own previous step; above ~1.3 something else was running and the figures are low)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
