"""The Enricher the robustness benchmarks run: the bundled model when it is there, else the stand-in.

The stand-in is the tests' pipeline (``tests/conftest.py``): a blank Dutch
pipeline with an entity ruler, saved to a temporary directory and loaded with
``newsenrich.load(path)`` like any spaCy pipeline. ``--model stand-in`` or
``--model bundled`` forces one.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # adversarial_inputs, strategies, conftest's patterns


def bundled_available() -> bool:
    from newsenrich.pipeline import bundled_model_path

    return (bundled_model_path() / "meta.json").exists()


def load_enricher(choice: str = "auto") -> tuple[Any, str]:
    """``(enricher, description)`` for ``choice`` in auto / bundled / stand-in."""
    import newsenrich

    if choice == "bundled" or (choice == "auto" and bundled_available()):
        enricher = newsenrich.load()
        return enricher, f"bundled model ({enricher.info.ner})"
    import spacy
    from conftest import STAND_IN_PATTERNS

    nlp = spacy.blank("nl")
    nlp.meta["name"] = "stand_in_ner"
    nlp.add_pipe("entity_ruler").add_patterns(STAND_IN_PATTERNS)
    path = Path(tempfile.mkdtemp(prefix="newsenrich-stand-in-")) / "nl_stand_in_ner"
    nlp.to_disk(path)
    return newsenrich.load(path), "stand-in pipeline (blank nl + entity ruler, tests/conftest.py)"
