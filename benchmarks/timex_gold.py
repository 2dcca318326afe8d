"""Turn the MEANTIME-nl TIMEX annotation (a TSV) into tests/data/timex/meantime_gold.jsonl.

The TSV has one expression per line: ``doc_id``, ``sentence_index``, ``surface``
(the expression's tokens joined by single spaces), ``type``, ``value``, ``mod``,
``signal`` (``-`` for none). The output keeps no MEANTIME text, only pointers:
document id, sentence index, token start/end (end-exclusive) and the annotation;
an expression that is only part of a token (``1`` in ``1-5``) also gets
``char_start``/``char_end`` relative to the sentence text rebuilt by
``benchmarks/corpora.py``. Documents and sentences come from ``read_meantime``.

    python benchmarks/timex_gold.py /tmp/ann/timex/meantime.tsv [--data ../shared/data]

Exits nonzero when an expression cannot be found in its sentence.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_DATA, MeantimeSentence, read_meantime

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "timex" / "meantime_gold.jsonl"


def _none(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-", "_", "None", "null") else value


def _token_spans(sentence: MeantimeSentence, surface: list[str]) -> list[tuple[int, int]]:
    n = len(surface)
    low = [t.lower() for t in sentence.tokens]
    want = [t.lower() for t in surface]
    return [(i, i + n) for i in range(len(low) - n + 1) if low[i : i + n] == want]


def _char_spans(sentence: MeantimeSentence, surface: str) -> list[tuple[int, int]]:
    """Places where ``surface`` occurs inside the sentence text (for sub-token expressions)."""
    text = sentence.text.lower()
    target = surface.lower()
    spans = []
    pos = text.find(target)
    while pos >= 0:
        spans.append((pos, pos + len(target)))
        pos = text.find(target, pos + 1)
    return spans


def convert(tsv: Path, data: Path) -> tuple[list[dict[str, object]], list[str]]:
    docs = {d.doc_id: d for d in read_meantime(data)}
    records: list[dict[str, object]] = []
    problems: list[str] = []
    seen: dict[tuple[str, int, str], int] = defaultdict(int)
    with tsv.open(encoding="utf8", newline="") as f:
        for lineno, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not row[0].strip() or row[0].startswith("#") or row[0] == "doc_id":
                continue
            if len(row) < 7:
                problems.append(f"line {lineno}: {len(row)} columns")
                continue
            doc_id, sent_index, surface = row[0].strip(), int(row[1]), row[2].strip()
            doc = docs.get(doc_id)
            sentence = next((s for s in doc.sentences if s.index == sent_index), None) if doc else None
            if sentence is None:
                problems.append(f"line {lineno}: no sentence {doc_id}#{sent_index}")
                continue
            key = (doc_id, sent_index, surface.lower())
            occurrence = seen[key]
            seen[key] += 1
            record: dict[str, object] = {"doc_id": doc_id, "sentence": sent_index}
            spans = _token_spans(sentence, surface.split(" "))
            if occurrence < len(spans):
                record["token_start"], record["token_end"] = spans[occurrence]
            else:
                chars = _char_spans(sentence, surface)
                if occurrence >= len(chars):
                    problems.append(f"line {lineno}: {surface!r} not in {doc_id}#{sent_index}")
                    continue
                c_start, c_end = chars[occurrence]
                tokens = [i for i, (s, e) in enumerate(sentence.token_offsets) if s < c_end and e > c_start]
                record["token_start"], record["token_end"] = tokens[0], tokens[-1] + 1
                record["char_start"], record["char_end"] = c_start, c_end
            record.update(
                {
                    "type": row[3].strip(),
                    "value": row[4].strip(),
                    "mod": _none(row[5]),
                    "signal": _none(row[6]),
                }
            )
            records.append(record)
    records.sort(key=lambda r: (str(r["doc_id"]), int(r["sentence"]), int(r["token_start"])))  # type: ignore[call-overload]
    return records, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.tsv.exists():
        raise SystemExit(f"missing annotation file: {args.tsv}")
    records, problems = convert(args.tsv, args.data)
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    docs = len({r["doc_id"] for r in records})
    print(f"wrote {len(records)} expressions from {docs} documents to {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
