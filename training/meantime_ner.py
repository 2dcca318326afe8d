"""MEANTIME-nl sentences with the project's own NER annotations.

    python training/meantime_ner.py convert /tmp/ann/out/meantime.tsv   # annotators' TSV -> token offsets

The annotation files in ``annotations/meantime/`` hold only ids and token
offsets (``<doc_id>|<sentence>``, token start, token end exclusive, label); the
text is read from ``../shared/data/meantime-nl/meantime.conll`` (CC BY 4.0).
Sentence 1 of each document (the dateline) is not annotated.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc, Span

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations" / "meantime"
CONLL = "meantime-nl/meantime.conll"


def read_sentences(data: str | Path) -> dict[str, list[str]]:
    """``{"<doc_id>|<sentence>": tokens}`` from the MEANTIME CoNLL file."""
    path = Path(data) / CONLL
    if not path.exists():
        raise SystemExit(f"missing data file {path}: pass --data pointing at ../shared/data")
    sents: dict[str, list[str]] = defaultdict(list)
    doc_id = ""
    for line in path.open(encoding="utf8"):
        m = re.match(r"#begin document \((.+?)\)", line)
        if m:
            doc_id = m.group(1)
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 4 and cols[1].isdigit():
            sents[f"{doc_id}|{cols[1]}"].append(cols[3])
    return dict(sents)


def load_docs(data: str | Path, vocab) -> list[Doc]:
    ids_file, tsv = ANN / "meantime.ids", ANN / "meantime.tsv"
    if not ids_file.exists():
        return []
    sents = read_sentences(data)
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for line in tsv.read_text(encoding="utf8").splitlines():
        sid, a, b, label = line.split("\t")
        spans[sid].append((int(a), int(b), label))
    docs = []
    for sid in ids_file.read_text(encoding="utf8").split():
        doc = Doc(vocab, words=sents[sid])
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in spans.get(sid, [])]
        doc.user_data["sent_id"] = sid
        doc.user_data["source"] = "meantime"
        docs.append(doc)
    return docs


def convert(tsv: Path, data: str | Path) -> None:
    sents = read_sentences(data)
    rows: list[str] = []
    used: dict[str, set[int]] = defaultdict(set)
    bad = 0
    for n, line in enumerate(tsv.read_text(encoding="utf8").splitlines(), 1):
        sid, surface, label = line.split("\t")
        toks, want = sents.get(sid, []), surface.split(" ")
        hits = [i for i in range(len(toks) - len(want) + 1) if toks[i : i + len(want)] == want]
        hits = [i for i in hits if not used[sid] & set(range(i, i + len(want)))]
        if not hits:
            print(f"{tsv}:{n}: {surface!r} not found in {sid}", file=sys.stderr)
            bad += 1
            continue
        i = hits[0]
        used[sid].update(range(i, i + len(want)))
        rows.append(f"{sid}\t{i}\t{i + len(want)}\t{label}")
    ids = [sid for sid in sents if not sid.endswith("|1")]
    ANN.mkdir(parents=True, exist_ok=True)
    (ANN / "meantime.tsv").write_text("\n".join(rows) + "\n", encoding="utf8")
    (ANN / "meantime.ids").write_text("\n".join(ids) + "\n", encoding="utf8")
    print(f"{len(rows)} entities in {len(ids)} sentences; {bad} lines not matched")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "convert":
        convert(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else HERE.parent.parent / "shared" / "data")
    else:
        raise SystemExit(__doc__)
