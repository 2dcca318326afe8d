"""Fixtures for the timex tests: the tagger, anchors, the seed text, a blank Dutch pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from timex_helpers import SEED

from newsenrich.article import Published
from newsenrich.timex import TimexTagger, get_tagger


@pytest.fixture(scope="session")
def tagger() -> TimexTagger:
    return get_tagger()


@pytest.fixture(scope="session")
def day_anchor() -> Published:
    return Published("2021-04-14", "day", "argument")


@pytest.fixture(scope="session")
def month_anchor() -> Published:
    return Published("2021-04", "month", "header")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf8")


@pytest.fixture()
def nlp() -> Language:
    import newsenrich.timex.component  # noqa: F401  (registers the factory)

    pipeline = spacy.blank("nl")
    pipeline.add_pipe("newsenrich_timex")
    return pipeline
