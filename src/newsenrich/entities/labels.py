"""Mapping the labels of any spaCy NER onto newsenrich's PER, LOC and ORG.

spaCy's Dutch pipelines use OntoNotes-style labels (PERSON, GPE, LOC, FAC,
ORG, NORP, ...); CoNLL-style models use PER, LOC, ORG, MISC. Everything that is
not a person, place or organisation is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly

DEFAULT_LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
}


def map_label(label: str, label_map: dict[str, str] | None = None) -> str | None:
    return (label_map or DEFAULT_LABEL_MAP).get(label.upper())


class LabelMapComponent:
    """Base of the entity components configured by a label map: keeps the map (labels
    upper-cased) and saves and loads it with the pipeline."""

    def __init__(self, nlp: Any, name: str, *, label_map: dict[str, str]) -> None:
        self.name = name
        self.label_map = {k.upper(): v for k, v in label_map.items()}

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return srsly.msgpack_dumps({"label_map": self.label_map})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> LabelMapComponent:
        self.label_map = dict(srsly.msgpack_loads(data)["label_map"])
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"label_map": self.label_map})

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> LabelMapComponent:
        self.label_map = dict(srsly.read_json(Path(path) / "cfg.json")["label_map"])
        return self
