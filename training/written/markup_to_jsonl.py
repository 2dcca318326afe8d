"""Turn the bracket markup in sentences*.txt into sentences.jsonl (text + char offsets).

    python training/written/markup_to_jsonl.py

`[Den Haag|LOC]` marks an entity; `[Champions League|]` marks a capitalised phrase
that is deliberately left unannotated (kept as plain text). Each output line is
{"text": ..., "entities": [[start, end, label], ...], "batch": <file stem>, "topic": <topic>},
where the topic is the name in the last ``# --- written by the project (batch: NAME)``
header above the line (null before any such header).

Files written as whole articles (batch 4 on) start each article with a line
``## article``, put its headline on the next line and separate paragraphs by a blank
line. Their records also carry ``"article"`` (number of the article in its file) and
``"paragraph"`` (number of the paragraph in its article; the headline is paragraph 0),
so that training can join sentences of one article, and only those, into running text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[([^\[\]|]+)\|(PER|LOC|ORG|)\]")
TOPIC = re.compile(r"# --- .*\(batch: ([\w-]+)\)")
ARTICLE = "## article"


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
    articles, article, paragraph, blank = 0, None, 0, False
    for number, line in enumerate(source.read_text(encoding="utf8").splitlines(), start=1):
        header = TOPIC.match(line)
        if header:
            topic, article = header.group(1), None
        elif line.strip() == ARTICLE:
            articles += 1
            article, paragraph, blank = articles, -1, True
        elif not line.strip():
            blank = True
        elif not line.startswith("#"):
            try:
                record = {**parse(line.strip()), "batch": source.stem, "topic": topic}
            except ValueError as err:
                raise ValueError(f"{source.name}:{number}: {err}") from None
            if article is not None:
                paragraph += 1 if blank else 0
                record.update(article=article, paragraph=paragraph)
            blank = False
            records.append(record)
    return records


def main() -> None:
    records = [r for source in sorted(HERE.glob("sentences*.txt")) for r in read_markup(source)]
    with (HERE / "sentences.jsonl").open("w", encoding="utf8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} sentences, {sum(len(r['entities']) for r in records)} entities -> sentences.jsonl")


if __name__ == "__main__":
    main()
