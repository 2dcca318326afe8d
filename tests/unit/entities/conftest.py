from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def nlp():
    """A blank Dutch pipeline with sentence starts, for Docs built by hand."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp
