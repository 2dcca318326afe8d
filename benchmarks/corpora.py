"""Readers for the third-party corpora in ../shared/data used by the benchmarks.

Nothing here is copied into the repository: the functions read the files where
they are and rebuild plain text from the tokens with one deterministic
detokeniser, so that annotations can point into the text by (document, sentence,
token) ids and be turned into character offsets the same way every time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
MEANTIME_CONLL = "meantime-nl/meantime.conll"

_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "”", "’", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "€", "“", "‘", "``", "#"}


def require(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(
            f"missing data: {path} does not exist. Pass --data pointing at the shared data folder "
            "(default ../shared/data relative to the repository)."
        )
    return path


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into text; returns the text and each token's (start, end) offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    for i, tok in enumerate(tokens):
        space = i > 0
        if tok in _NO_SPACE_BEFORE or (i > 0 and tokens[i - 1] in _NO_SPACE_AFTER):
            space = False
        if tok == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        elif i > 0 and tokens[i - 1] == '"' and quote_open:
            space = False
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), offsets


@dataclass(frozen=True)
class MeantimeSentence:
    index: int
    tokens: list[str]
    text: str
    token_offsets: list[tuple[int, int]]  # relative to this sentence's text


@dataclass(frozen=True)
class MeantimeDocument:
    doc_id: str  # e.g. "corpus_airbus/100911"
    sentences: list[MeantimeSentence]

    @property
    def headline(self) -> MeantimeSentence:
        return self.sentences[0]

    @property
    def dateline(self) -> MeantimeSentence:
        return self.sentences[1]

    @property
    def body(self) -> list[MeantimeSentence]:
        return self.sentences[2:]

    @property
    def published(self) -> str:
        """The dateline (``01-Mar-08``) as ISO ``2008-03-01``."""
        from datetime import datetime

        return datetime.strptime(self.dateline.text.strip(), "%d-%b-%y").date().isoformat()

    def text(self) -> tuple[str, list[int]]:
        """Headline, dateline and body sentences, one per line; returns text and sentence starts."""
        starts: list[int] = []
        pos = 0
        lines: list[str] = []
        for sent in self.sentences:
            starts.append(pos)
            lines.append(sent.text)
            pos += len(sent.text) + 1
        return "\n".join(lines), starts


def read_meantime(data_dir: Path | str = DEFAULT_DATA) -> list[MeantimeDocument]:
    path = require(Path(data_dir) / MEANTIME_CONLL)
    docs: list[MeantimeDocument] = []
    current: dict[int, list[str]] = {}
    doc_id = ""

    def flush() -> None:
        if doc_id:
            sents = []
            for idx in sorted(current):
                text, offs = detokenize(current[idx])
                sents.append(MeantimeSentence(idx, current[idx], text, offs))
            docs.append(MeantimeDocument(doc_id, sents))

    for line in path.open(encoding="utf8"):
        line = line.rstrip("\n")
        m = re.match(r"#begin document \((.+?)\)", line)
        if m:
            flush()
            doc_id, current = m.group(1), {}
            continue
        cols = line.split("\t")
        if len(cols) >= 4 and cols[1].isdigit():
            current.setdefault(int(cols[1]), []).append(cols[3])
    flush()
    return docs


def iter_meantime_texts(data_dir: Path | str = DEFAULT_DATA) -> Iterator[tuple[str, str, str]]:
    """(doc_id, published ISO date, text) per MEANTIME document."""
    for doc in read_meantime(data_dir):
        yield doc.doc_id, doc.published, doc.text()[0]
