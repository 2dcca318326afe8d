"""Mapping the labels of any spaCy NER onto newsenrich's PER, LOC and ORG.

spaCy's Dutch pipelines use OntoNotes-style labels (PERSON, GPE, LOC, FAC,
ORG, NORP, ...); CoNLL-style models use PER, LOC, ORG, MISC. Everything that is
not a person, place or organisation is dropped.
"""

from __future__ import annotations

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
