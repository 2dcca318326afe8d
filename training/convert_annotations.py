"""Convert the annotators' surface-form TSVs into committed token-offset annotation files.

    python training/convert_annotations.py [--ann /tmp/ann] [--data ../shared/data]
        [--out training/annotations] [--complete batch1 batch2 ...]

Input (scratch files, never committed):
  <ann>/<name>.txt       the annotation dump (`# sent_id`, token line, `cand:` line)
  <ann>/out/<name>.tsv   the annotator's lines `sent_id<TAB>surface<TAB>LABEL`

Output (committed; no text from the data, only ids, token offsets and labels):
  <out>/ud/<split>.tsv   `sent_id<TAB>tok_start<TAB>tok_end<TAB>label` (token indices into
                         the UD word list as read by training/ud.py, end exclusive)
  <out>/ud/<split>.ids   `sent_id<TAB>status` for every sentence whose annotation is
                         complete: `manual` (read by an annotator) or `no-candidates`
                         (left out of the training batches because it has no PROPN/eigen
                         tag and no capitalised word after the first token: entity-free)

A dump counts as annotated up to its last annotated sentence; pass `--complete NAME`
for dumps whose annotator has finished, so that entity-free sentences at the end of
the dump are counted too. Lines whose surface does not occur in the sentence (or
occurs fewer times than it is listed) are reported and skipped.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ud import DEFAULT_DATA, read_conllu, ud_path

LABELS = {"PER", "LOC", "ORG"}
DEV_DUMP = "alpino-test"
TRAIN_DUMPS = [f"batch{i}" for i in range(6)]
# Where a sent_id is looked up: current splits first, the legacy train split only for
# ids not in the current dev/test (the batches were deduplicated the same way).
SPLIT_ORDER = ["alpino-dev", "alpino-test", "lassy-dev", "lassy-test", "lassy-legacy-train"]
TRAIN_SPLITS = ["alpino-dev", "lassy-dev", "lassy-test", "lassy-legacy-train"]


def read_dump(path: Path) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    lines = path.read_text(encoding="utf8").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            out.append((line[2:].strip(), lines[i + 1].split(" ")))
    return out


def has_candidates(sent) -> bool:
    """The rule the batches were selected by: a name tag, or a capital after token 0."""
    if any(u == "PROPN" or "eigen" in x for u, x in zip(sent.upos, sent.xpos)):
        return True
    return any(w[:1].isupper() for w in sent.words[1:])


def find_span(words: list[str], toks: list[str], taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    n = len(toks)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == toks and not any(i < b and a < i + n for a, b in taken):
            return i, i + n
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ann", type=Path, default=Path("/tmp/ann"))
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "annotations")
    parser.add_argument("--complete", nargs="*", default=[], help="dumps whose annotation is finished")
    args = parser.parse_args()

    sents: dict[str, tuple[str, object]] = {}
    by_split: dict[str, list] = {}
    for split in SPLIT_ORDER:
        by_split[split] = list(read_conllu(ud_path(split, args.data)))
        for s in by_split[split]:
            sents.setdefault(s.sent_id, (split, s))

    spans: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    status: dict[str, dict[str, str]] = defaultdict(dict)
    problems = 0
    label_counts: Counter = Counter()
    in_dumps: set[str] = set()

    for name in [DEV_DUMP, *TRAIN_DUMPS]:
        dump_path = args.ann / f"{name}.txt"
        if not dump_path.exists():
            print(f"[{name}] no dump file, skipped", file=sys.stderr)
            continue
        dump = read_dump(dump_path)
        in_dumps.update(sid for sid, _ in dump)
        tsv = args.ann / "out" / f"{name}.tsv"
        lines = []
        if tsv.exists():
            for ln, raw in enumerate(tsv.read_text(encoding="utf8").splitlines(), 1):
                if not raw.strip():
                    continue
                parts = raw.split("\t")
                if len(parts) != 3 or parts[2].strip() not in LABELS:
                    print(f"[{name}:{ln}] malformed line: {raw!r}", file=sys.stderr)
                    problems += 1
                    continue
                lines.append((ln, parts[0].strip(), parts[1].strip(), parts[2].strip()))
        order = {sid: i for i, (sid, _) in enumerate(dump)}
        if name in args.complete:
            done_upto = len(dump)
        else:
            known = [order[sid] for _, sid, _, _ in lines if sid in order]
            done_upto = max(known) + 1 if known else 0
        by_sent: dict[str, list] = defaultdict(list)
        for item in lines:
            by_sent[item[1]].append(item)
        n_ok = 0
        for sid, words in dump[:done_upto]:
            split, sent = sents[sid]
            if list(sent.words) != words:
                print(f"[{name}] {sid}: dump tokens differ from UD {split}", file=sys.stderr)
            status[split][sid] = "manual"
            taken: list[tuple[int, int]] = []
            # longer surfaces first so that a short name does not steal part of a longer one
            for ln, _, surface, label in sorted(by_sent.pop(sid, []), key=lambda t: -len(t[2].split())):
                span = find_span(list(sent.words), surface.split(), taken)
                if span is None:
                    print(f"[{name}:{ln}] {sid}: surface {surface!r} not found", file=sys.stderr)
                    problems += 1
                    continue
                taken.append(span)
                spans[split].append((sid, span[0], span[1], label))
                label_counts[(name, label)] += 1
                n_ok += 1
        for sid, items in by_sent.items():
            where = "not in dump" if sid not in order else "after the annotated part"
            for ln, *_ in items:
                print(f"[{name}:{ln}] {sid}: sentence {where}, skipped", file=sys.stderr)
                problems += 1
        print(f"{name}: {done_upto}/{len(dump)} sentences annotated, {n_ok} entities")

    # entity-free sentences that were never put in a batch (selection rule above)
    for split in TRAIN_SPLITS:
        for s in by_split[split]:
            if sents[s.sent_id][0] != split or s.sent_id in in_dumps:
                continue
            if not has_candidates(s):
                status[split][s.sent_id] = "no-candidates"

    out = args.out / "ud"
    out.mkdir(parents=True, exist_ok=True)
    for split in SPLIT_ORDER:
        pos = {s.sent_id: i for i, s in enumerate(by_split[split])}
        rows = sorted(spans.get(split, []), key=lambda r: (pos[r[0]], r[1]))
        (out / f"{split}.tsv").write_text("".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in rows), encoding="utf8")
        ids = sorted(status.get(split, {}).items(), key=lambda kv: pos[kv[0]])
        (out / f"{split}.ids").write_text("".join(f"{k}\t{v}\n" for k, v in ids), encoding="utf8")
        st = Counter(status.get(split, {}).values())
        print(f"  {split}: {len(rows)} entities, sentences {dict(st)}")
    print("labels:", dict(sorted(label_counts.items())))
    print(f"{problems} problem lines (see stderr)")


if __name__ == "__main__":
    main()
