"""Turn the bracket markup in sentences*.txt into sentences.jsonl (text + char offsets).

    python training/written/markup_to_jsonl.py

`[Den Haag|LOC]` marks an entity; `[Champions League|]` marks a capitalised phrase
that is deliberately left unannotated (kept as plain text). Each output line is
{"text": ..., "entities": [[start, end, label], ...], "batch": <file stem>, "topic": <topic>},
where the topic is the name in the last ``# --- written by the project (batch: NAME)``
header above the line (null before any such header).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[([^\[\]|]+)\|(PER|LOC|ORG|)\]")
TOPIC = re.compile(r"# --- .*\(batch: ([\w-]+)\)")


def parse(line: str) -> dict:
    text, ents, pos = [], [], 0
    last = 0
    for m in MARK.finditer(line):
        text.append(line[last : m.start()])
        pos += m.start() - last
        surface, label = m.group(1), m.group(2)
        if label:
            ents.append([pos, pos + len(surface), label])
        text.append(surface)
        pos += len(surface)
        last = m.end()
    text.append(line[last:])
    out = "".join(text)
    if "[" in out or "]" in out:
        raise ValueError(f"unbalanced markup: {line!r}")
    return {"text": out, "entities": ents}


def read_markup(source: Path) -> list[dict]:
    records, topic = [], None
    for line in source.read_text(encoding="utf8").splitlines():
        header = TOPIC.match(line)
        if header:
            topic = header.group(1)
        elif line.strip() and not line.startswith("#"):
            records.append({**parse(line.strip()), "batch": source.stem, "topic": topic})
    return records


def main() -> None:
    records = [r for source in sorted(HERE.glob("sentences*.txt")) for r in read_markup(source)]
    with (HERE / "sentences.jsonl").open("w", encoding="utf8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} sentences, {sum(len(r['entities']) for r in records)} entities -> sentences.jsonl")


if __name__ == "__main__":
    main()
