"""Evaluate the bundled Dutch news NER model on the development set (UD Alpino test).

    python benchmarks/ner_eval.py [--data ../shared/data] [--model PATH] [--repeat 5] [--articles]

The development set is UD Dutch Alpino test (596 sentences of 2001 newspaper text)
with the project's entity annotations in training/annotations/ud/alpino-test.*;
only the sentences listed there as annotated are scored. Printed:

* precision / recall / F1, micro and per type, exact span match, two ways:
  - gold tokens: the model runs on the UD tokens; spans compared by token offsets;
  - raw text: the sentence text (rebuilt from the UD tokens and SpaceAfter) is
    tokenised by the model's own tokenizer; spans compared by character offsets;
* the gold-token micro scores separately for the newspaper articles and for the
  health-care policy report that makes up half of the Alpino test sentences;
* the seed article's entities against the issue's list (found / missing, and no
  entity on ``Amerikaanse``, ``Russische``, ``De``);
* with ``--articles``: every dev document enriched whole by newsenrich, each mention
  scored with its entity's label, as an Article gives it (also per part), and the
  same for the running texts of the held-out written sentences;
* the held-out written whole articles (``--written-articles``, default
  ``sentences_batch4_heldout,sentences_batch5_heldout,sentences_batch6+sentences_batch6_heldout``:
  headline and paragraphs as one text; batch 5 keeps the page furniture of news
  websites, batch 6, which the default corpus does not train on, is reports and
  company, sport and culture news), each set scored as
  the model tags it and as an Article gives it;
* the scores on one held-out part of the project's own written sentences
  (``--written-batch``, default the ``world`` topic of batch 3, which training keeps
  out), one sentence at a time and as running text;
* speed: words/s of the whole model (tokenizer + tok2vec + ner) on the raw
  sentence texts in one process, next to spaCy's blank Dutch tokenizer alone on
  the same texts (words = tokens produced by the tokenizer), best of `--repeat`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc

from newsenrich.tokenizer import customize_tokenizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
import build_corpus
from build_corpus import held_out
from ud import DEFAULT_DATA, read_conllu, ud_path

ANN = ROOT / "training" / "annotations" / "ud"
DEFAULT_MODEL = ROOT / "src" / "newsenrich" / "models" / "nl_news_ner"
LABELS = ("PER", "LOC", "ORG")


def load_dev(data: str):
    ids = [ln.split("\t")[0] for ln in (ANN / "alpino-test.ids").read_text(encoding="utf8").splitlines() if ln]
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for ln in (ANN / "alpino-test.tsv").read_text(encoding="utf8").splitlines():
        sid, a, b, lab = ln.split("\t")
        spans.setdefault(sid, []).append((int(a), int(b), lab))
    sents = {s.sent_id: s for s in read_conllu(ud_path("alpino-test", data))}
    return [(sents[sid], spans.get(sid, [])) for sid in ids]


def read_written() -> list[dict]:
    """The project's written sentences (training/written/sentences.jsonl), with their batch."""
    path = ROOT / "training" / "written" / "sentences.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf8").splitlines() if line.strip()]


def part_of(sent_id: str) -> str:
    """Alpino test mixes newspaper articles (WR-P-P-H) with one long health-care
    policy report (WR-P-P-L); scores are also given for each part."""
    if sent_id.startswith("WR-P-P-H"):
        return "newspaper articles (WR-P-P-H)"
    if sent_id.startswith("WR-P-P-L"):
        return "policy report (WR-P-P-L)"
    return sent_id.split("-0")[0]


def char_offsets(words, spaces) -> list[tuple[int, int]]:
    out, pos = [], 0
    for w, sp in zip(words, spaces):
        out.append((pos, pos + len(w)))
        pos += len(w) + (1 if sp else 0)
    return out


def prf(counts: Counter, label: str | None) -> tuple[float, float, float, int]:
    keys = LABELS if label is None else (label,)
    tp = sum(counts[k, "tp"] for k in keys)
    pred = sum(counts[k, "pred"] for k in keys)
    gold = sum(counts[k, "gold"] for k in keys)
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, gold


def add(counts: Counter, gold: set, pred: set) -> None:
    for lab in LABELS:
        g = {x for x in gold if x[2] == lab}
        p = {x for x in pred if x[2] == lab}
        counts[lab, "tp"] += len(g & p)
        counts[lab, "gold"] += len(g)
        counts[lab, "pred"] += len(p)


def report(title: str, counts: Counter) -> None:
    print(f"\n{title}")
    print(f"  {'type':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>5s}")
    for lab in (*LABELS, None):
        p, r, f, g = prf(counts, lab)
        print(f"  {lab or 'micro':6s} {p:6.3f} {r:6.3f} {f:6.3f} {g:5d}")


def joined(pieces: list[tuple[str, list[tuple[int, int, str]], object]]) -> tuple[str, set]:
    """One text of ``(text, spans, paragraph)`` pieces, with the spans moved to its offsets:
    a blank line where the paragraph changes, else a space."""
    text, gold, last = "", set(), None
    for piece, spans, paragraph in pieces:
        if text:
            text += "\n\n" if paragraph != last else " "
        last = paragraph
        gold |= {(len(text) + a, len(text) + b, lab) for a, b, lab in spans}
        text += piece
    return text, gold


def running_text(written: list[dict], size: int) -> list[tuple[str, set]]:
    """Consecutive written sentences joined by a space, ``size`` per text: the model meets
    sentences in running text in an article, not one by one."""
    return [
        joined([(rec["text"], rec["entities"], None) for rec in written[i : i + size]])
        for i in range(0, len(written), size)
    ]


def document_of(sent_id: str) -> tuple[str, str]:
    """(document id, paragraph id) of a UD sent_id such as ``WR-P-P-H-0000000005.p.1.s.2``."""
    doc_id, _, rest = sent_id.partition(".p.")
    return doc_id, rest.split(".s.")[0]


def article_counts(dev, enricher, leave_out: re.Pattern[str] | None = None) -> tuple[Counter, dict[str, Counter], Counter]:
    """Score what a user gets: every dev document enriched as one text by newsenrich.

    A document's sentences are joined (paragraphs by a blank line, sentences by a
    space) and passed to :func:`newsenrich.load`'s Enricher, which segments the text
    itself, runs the NER on its own sentences and clusters the mentions; each
    mention of the Article is scored with its entity's label (the majority of the
    entity's mentions), against the gold spans moved to document offsets. The third
    counter leaves out every gold and predicted mention whose text ``leave_out`` finds.
    """
    docs: dict[str, list] = {}
    for sent, spans in dev:
        docs.setdefault(document_of(sent.sent_id)[0], []).append((sent, spans))
    total, by_part, without = Counter(), {}, Counter()
    for doc_id, items in docs.items():
        pieces = []
        for sent, spans in items:
            offs = char_offsets(sent.words, sent.spaces)
            char_spans = [(offs[a][0], offs[b - 1][1], lab) for a, b, lab in spans]
            pieces.append((sent.text, char_spans, document_of(sent.sent_id)[1]))
        text, gold = joined(pieces)
        article = enricher.enrich(text, published="2001")
        pred = {(m.start, m.end, e.label) for e in article.entities for m in e.mentions}
        add(total, gold, pred)
        add(by_part.setdefault(part_of(doc_id), Counter()), gold, pred)
        if leave_out is not None:
            shared = {s for s in gold | pred if leave_out.search(text[s[0] : s[1]])}
            add(without, gold - shared, pred - shared)
    return total, by_part, without


def names_shared_with_training(data: str) -> list[str]:
    """The dev-set names that no UD or MEANTIME training annotation has but that written
    text trained on without the dev-name check mentions (``build_corpus.py
    --dev-name-exempt``, default batch 4)."""
    nlp = spacy.blank("nl")
    dev = build_corpus.load_split(build_corpus.DEV_SPLIT, data, nlp.vocab)
    train, _ = build_corpus.real_training_docs(data, nlp.vocab, dev)
    dev_only = build_corpus.dev_only_names(dev, train)
    if dev_only is None:
        return []
    exempt = set(build_corpus.DEFAULT_DEV_NAME_EXEMPT.split(","))
    hold_out = set(build_corpus.DEFAULT_HOLD_OUT.split(","))
    trained = [rec for rec in read_written() if rec.get("batch") in exempt and not held_out(rec, hold_out)]
    return sorted({m.group(0) for rec in trained for m in dev_only.finditer(rec["text"])})


SEED = ROOT / "seeds" / "000_8bd9632aeaf2a08c.txt"
# The acceptance list for the seed article: (label, entity name, mention texts it must have)
SEED_EXPECTED = [
    ("PER", "Joe Biden", ("Biden", "Bidens")),
    ("PER", "Vladimir Poetin", ("Poetin",)),
    ("PER", "Donald Trump", ()),
    ("PER", "Osama bin Laden", ()),
    *(("LOC", name, ()) for name in ("Krim", "Oekraïne", "Afghanistan", "Kaboel", "Qatar", "Moskou", "New York")),
    *(("ORG", name, ()) for name in ("Kremlin", "taliban", "al-Qaida", "The Washington Post")),
]
SEED_NOT_ENTITIES = ("Amerikaanse", "Russische", "De")


def _bare(name: str) -> str:
    for article in ("het ", "de ", "the "):
        if name.lower().startswith(article):
            return name[len(article):].lower()
    return name.lower()


def seed_check(enricher) -> None:
    """Print the seed article's expected entities as found or missing."""
    article = enricher.enrich(SEED.read_text(encoding="utf-8"))
    by_name = {(_bare(e.name), e.label): e for e in article.entities}
    print(f"\nseed article {SEED.name}: {len(article.entities)} entities")
    for label, name, mention_texts in SEED_EXPECTED:
        entity = by_name.get((_bare(name), label))
        texts = sorted({m.text for m in entity.mentions}) if entity else []
        lacking = [t for t in mention_texts if t not in texts]
        ok = entity is not None and not lacking
        got = f"{entity.name!r} {len(entity.mentions)} mentions {texts}" if entity else "not found"
        print(f"  {'ok ' if ok else 'MISSING'} {label} {name!r}: {got}" + (f"; lacks {lacking}" if lacking else ""))
    expected = {(_bare(name), label) for label, name, _ in SEED_EXPECTED}
    others = [f"{e.label} {e.name}" for e in article.entities if (_bare(e.name), e.label) not in expected]
    print(f"  other entities: {'; '.join(others) or 'none'}")
    wrong = [m.text for e in article.entities for m in e.mentions if m.text in SEED_NOT_ENTITIES]
    print(f"  {'ok ' if not wrong else 'WRONG  '} no entity on {', '.join(SEED_NOT_ENTITIES)}" + (f": {wrong}" if wrong else ""))


def frog_counts(dev) -> Counter:
    """Run Frog's tagger + NER on the gold tokens (one sentence per line) and score it."""
    import shutil
    import subprocess
    import tempfile

    if shutil.which("frog") is None:
        raise SystemExit("frog is not installed (apt-get install frog frogdata)")
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "dev.txt"
        inp.write_text("".join(" ".join(s.words) + "\n" for s, _ in dev), encoding="utf8")
        out = subprocess.run(
            ["frog", "-t", str(inp), "-n", "--skip=tmpcla"], capture_output=True, text=True, check=True
        ).stdout
    blocks = [b for b in out.strip("\n").split("\n\n")]
    if len(blocks) != len(dev):
        raise SystemExit(f"frog returned {len(blocks)} sentences for {len(dev)}")
    counts: Counter = Counter()
    for (sent, spans), block in zip(dev, blocks):
        tags = [line.split("\t")[7] for line in block.split("\n")]
        pred, start, lab = set(), None, None
        for i, tag in enumerate([*tags, "O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == lab):
                if lab in LABELS:
                    pred.add((start, i, lab))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, lab = i, tag[2:].upper()
        add(counts, set(spans), pred)
    return counts


def written_articles(written: list[dict]) -> list[tuple[str, set]]:
    """Written articles as a newspaper prints them: the headline, then the paragraphs,
    separated by blank lines; sentences of a paragraph joined by a space."""
    articles: dict[tuple, list] = {}
    for rec in written:
        articles.setdefault((rec["batch"], rec["article"]), []).append((rec["text"], rec["entities"], rec["paragraph"]))
    return [joined(pieces) for pieces in articles.values()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--repeat", type=int, default=5, help="speed runs; the best is reported")
    parser.add_argument("--errors", action="store_true", help="list the wrong and missed spans (raw text)")
    parser.add_argument("--no-seed", action="store_true", help="skip the seed-article entity check")
    parser.add_argument("--articles", action="store_true",
                        help="also score whole dev documents enriched by newsenrich (entity labels as an Article gives them)")
    parser.add_argument("--frog", action="store_true", help="also score Frog (apt-get install frog frogdata)")
    parser.add_argument("--written-batch", default="sentences_batch3:world",
                        help="also score the project's written sentences of this batch (a file stem of "
                             "training/written/, or stem:topic such as sentences_batch3:world; '' to skip): a second held-out set only for a model that "
                             "was not trained on it, as the bundled one was not on the world topic of batch 3")
    parser.add_argument("--written-articles",
                        default="sentences_batch4_heldout,sentences_batch5_heldout,sentences_batch6+sentences_batch6_heldout",
                        help="also score these held-out written whole articles (comma-separated sets, each a file stem "
                             "of training/written/ or stems joined by '+'; '' to skip): headline and paragraphs "
                             "as one text, by the model "
                             "and as an Article, each set on its own")
    args = parser.parse_args()
    if not Path(args.data).exists():
        raise SystemExit(f"missing data directory {args.data}: pass --data pointing at ../shared/data")

    held_sets: dict[str, list[dict]] = {spec: [] for spec in args.written_articles.split(",") if spec}
    written_records = read_written()
    for spec, held_articles in held_sets.items():
        stems = set(spec.split("+"))
        held_articles.extend(rec for rec in written_records if rec.get("batch") in stems)
    for stem, held_articles in held_sets.items():
        if not held_articles or any(rec.get("article") is None for rec in held_articles):
            raise SystemExit(f"no written articles in {stem!r} (a file stem of training/written/ "
                         "whose text is marked up as articles)")
    nlp = customize_tokenizer(spacy.load(args.model))  # tokenised as newsenrich.load() tokenises
    dev = load_dev(args.data)
    print(f"model {args.model}  dev: {len(dev)} sentences, {sum(len(s) for _, s in dev)} entities")

    gold_tok, raw = Counter(), Counter()
    by_part: dict[str, Counter] = {}
    texts = []
    errors = []
    for sent, spans in dev:
        doc = Doc(nlp.vocab, words=list(sent.words), spaces=list(sent.spaces))
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        pred_tok = {(e.start, e.end, e.label_) for e in doc.ents}
        add(gold_tok, set(spans), pred_tok)
        add(by_part.setdefault(part_of(sent.sent_id), Counter()), set(spans), pred_tok)

        offs = char_offsets(sent.words, sent.spaces)
        text = sent.text
        texts.append(text)
        gold_chars = {(offs[a][0], offs[b - 1][1], lab) for a, b, lab in spans}
        rdoc = nlp(text)
        pred_chars = {(e.start_char, e.end_char, e.label_) for e in rdoc.ents}
        add(raw, gold_chars, pred_chars)
        if args.errors:
            for a, b, lab in sorted(pred_chars - gold_chars):
                errors.append(f"  FP {lab} {text[a:b]!r}  | {text}")
            for a, b, lab in sorted(gold_chars - pred_chars):
                errors.append(f"  FN {lab} {text[a:b]!r}  | {text}")

    report("gold tokens (exact span, token offsets)", gold_tok)
    report("raw text, model tokenizer (exact span, character offsets)", raw)
    print("\nby part of the dev set (gold tokens, micro):")
    for part, counts in sorted(by_part.items()):
        p, r, f, g = prf(counts, None)
        print(f"  {part:44s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  gold {g}")

    if not args.no_seed or args.articles or held_sets:
        import newsenrich

        enricher = newsenrich.load(args.model)  # once, for the seed check, whole documents and articles
    if not args.no_seed:
        seed_check(enricher)

    if args.articles:
        shared = names_shared_with_training(args.data)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, shared)) + r")(?!\w)") if shared else None
        counts, parts, without = article_counts(dev, enricher, pattern)
        report("whole documents through newsenrich (its own segmentation; each mention labelled with its "
               "entity's majority label, as an Article gives it; character offsets)", counts)
        for part, c in sorted(parts.items()):
            report(f"  whole documents, {part}", c)
        if shared:
            left_out = sum(counts[k, "gold"] - without[k, "gold"] for k in LABELS)
            report(f"  whole documents, overlap-free: without the {left_out} gold (and any predicted) mentions of "
                   f"the {len(shared)} dev names that written training text also has: {', '.join(shared)}", without)

    if args.written_batch:
        part = args.written_batch
        written = [rec for rec in read_written() if held_out(rec, {part})]
        if not written:
            raise SystemExit(f"no written sentences in part {part!r} (a file stem of training/written/ or stem:topic)")
        for title, texts_gold in (
            ("one sentence at a time", [(rec["text"], {tuple(e) for e in rec["entities"]}) for rec in written]),
            ("as running text, 5 consecutive sentences per text", running_text(written, 5)),
        ):
            counts = Counter()
            docs = nlp.pipe([t for t, _ in texts_gold], batch_size=64)
            for (_, gold), doc in zip(texts_gold, docs):
                add(counts, gold, {(e.start_char, e.end_char, e.label_) for e in doc.ents})
            report(f"written sentences {part!r} ({len(written)} sentences, raw text, {title}; written by the "
                   "project like the training batches, so kinder than real news)", counts)
        if args.articles:  # the same running texts as Articles: clustering and majority labels included
            counts = Counter()
            for text, gold in running_text(written, 5):
                article = enricher.enrich(text)
                add(counts, gold, {(m.start, m.end, e.label) for e in article.entities for m in e.mentions})
            report(f"written sentences {part!r}, the running texts through newsenrich (each mention labelled "
                   "with its entity's majority label, as an Article gives it)", counts)

    for stem, held_articles in held_sets.items():
        articles = written_articles(held_articles)
        model_counts, article_counts_ = Counter(), Counter()
        for (text, gold), doc in zip(articles, nlp.pipe([t for t, _ in articles], batch_size=16)):
            add(model_counts, gold, {(e.start_char, e.end_char, e.label_) for e in doc.ents})
            article = enricher.enrich(text)
            add(article_counts_, gold, {(m.start, m.end, e.label) for e in article.entities for m in e.mentions})
        title = (f"held-out written articles {stem!r} ({len(articles)} articles, "
                 f"{len(held_articles)} headlines and sentences; written by the project, so kinder than real news)")
        report(f"{title}: the model on each whole article", model_counts)
        report(f"{title}: through newsenrich (each mention with its entity's majority label)", article_counts_)

    if args.frog:
        report("Frog (gold tokens, exact span; its NER is trained on SoNaR-1, which may share documents "
               "with this dev set)", frog_counts(dev))

    blank = spacy.blank("nl")
    n_words = sum(len(d) for d in blank.pipe(texts))
    def timed(fn) -> tuple[float, float]:
        best_wall = best_cpu = float("inf")
        for _ in range(args.repeat):
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            best_wall = min(best_wall, time.perf_counter() - w0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        return best_wall, best_cpu

    tok_wall, tok_cpu = timed(lambda: list(blank.pipe(texts)))
    ner_wall, ner_cpu = timed(lambda: list(nlp.pipe(texts, batch_size=256)))
    print(f"\nspeed on {len(texts)} sentences, {n_words} words (one process, best of {args.repeat};")
    print("per wall-clock second, and per CPU second of this process, which is what counts")
    print("when other programs share the machine):")
    print(f"  NER model (tokenizer+tok2vec+ner): {n_words / ner_wall:10,.0f} words/s wall  {n_words / ner_cpu:10,.0f} words/s CPU")
    print(f"  spaCy blank Dutch tokenizer alone: {n_words / tok_wall:10,.0f} words/s wall  {n_words / tok_cpu:10,.0f} words/s CPU")
    print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if args.errors:
        print("\nerrors (raw text):")
        print("\n".join(errors))


if __name__ == "__main__":
    main()
