"""Read UD CoNLL-U files from ../shared/data into plain sentence records.

Used by the corpus builder and the annotation dumps. Only ids, token forms and
tags are read; nothing here is written back into the repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

UD_FILES = {
    "alpino-dev": "ud-dutch-alpino/nl_alpino-ud-dev.conllu",
    "alpino-test": "ud-dutch-alpino/nl_alpino-ud-test.conllu",
    "lassy-dev": "ud-dutch-lassysmall/nl_lassysmall-ud-dev.conllu",
    "lassy-test": "ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu",
    "lassy-legacy-train": "ud-dutch-lassysmall/legacy-2017-02-01/nl_lassysmall-ud-train.conllu",
}


@dataclass(frozen=True)
class UDSentence:
    sent_id: str
    words: tuple[str, ...]
    upos: tuple[str, ...]
    xpos: tuple[str, ...]
    spaces: tuple[bool, ...]  # SpaceAfter per word

    @property
    def text(self) -> str:
        return "".join(w + (" " if sp else "") for w, sp in zip(self.words, self.spaces)).rstrip()


def ud_path(split: str, data_dir: Path | str = DEFAULT_DATA) -> Path:
    path = Path(data_dir) / UD_FILES[split]
    if not path.exists():
        raise SystemExit(f"missing data file {path}: pass --data pointing at ../shared/data")
    return path


def read_conllu(path: Path) -> Iterator[UDSentence]:
    sent_id = ""
    words: list[str] = []
    upos: list[str] = []
    xpos: list[str] = []
    spaces: list[bool] = []
    for line in path.open(encoding="utf8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                yield UDSentence(sent_id, tuple(words), tuple(upos), tuple(xpos), tuple(spaces))
            sent_id, words, upos, xpos, spaces = "", [], [], [], []
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*sent_id\s*=\s*(\S+)", line)
            if m:
                sent_id = m.group(1)
            elif not sent_id and re.match(r"#\s*\S+\.xml$", line):  # legacy train: "# wiki-1.p.2.s.3.xml"
                sent_id = line[1:].strip()[: -len(".xml")]
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():  # multiword ranges and empty nodes
            continue
        words.append(cols[1])
        upos.append(cols[3])
        xpos.append(cols[4])
        spaces.append("SpaceAfter=No" not in cols[9])
    if words:
        yield UDSentence(sent_id, tuple(words), tuple(upos), tuple(xpos), tuple(spaces))


def name_candidates(sent: UDSentence) -> list[tuple[int, int]]:
    """Token spans (start, end exclusive) that the gold tags mark as proper names."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, (u, x) in enumerate(zip(sent.upos, sent.xpos)):
        is_name = u == "PROPN" or "eigen" in x
        if is_name and start is None:
            start = i
        elif not is_name and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(sent.words)))
    return spans
