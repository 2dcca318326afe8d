"""Shared fixtures. No test needs ../shared/data or a downloaded model."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_8bd9632aeaf2a08c.txt"

# A stand-in NER backend: an entity ruler with OntoNotes labels, as nl_core_news_* uses,
# including labels newsenrich must map (PERSON, GPE, FAC) or drop (NORP, DATE).
STAND_IN_PATTERNS = [
    {"label": "PERSON", "pattern": "Joe Biden"},
    {"label": "PERSON", "pattern": "Biden"},
    {"label": "PERSON", "pattern": "Bidens"},
    {"label": "PERSON", "pattern": "Vladimir Poetin"},
    {"label": "PERSON", "pattern": "Poetin"},
    {"label": "GPE", "pattern": "Oekraïne"},
    {"label": "GPE", "pattern": "VS"},
    {"label": "GPE", "pattern": "Verenigde Staten"},
    {"label": "FAC", "pattern": "Krim"},
    {"label": "ORG", "pattern": "Kremlin"},
    {"label": "NORP", "pattern": "Amerikaanse"},
    {"label": "DATE", "pattern": "dinsdag"},
]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def stand_in_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Dutch spaCy pipeline saved to disk, loadable like any installed pipeline."""
    nlp = spacy.blank("nl")
    nlp.meta["name"] = "stand_in_ner"
    nlp.meta["version"] = "0.0.1"
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(STAND_IN_PATTERNS)
    path = tmp_path_factory.mktemp("models") / "nl_stand_in_ner"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="session")
def enricher(stand_in_model: Path):
    import newsenrich

    return newsenrich.load(stand_in_model)
