"""Sentences without any time expression stay empty: names, scores, amounts, ages, fixed phrases."""

from __future__ import annotations

from typing import Any

import pytest
from timex_helpers import anchor_of, read_jsonl

DATE_FREE = [r for r in read_jsonl("written_gold.jsonl") if not r["timexes"]]

EXTRA = [
    "Mei is een veelvoorkomende naam in China.",
    "De uitslag was 3-1 en later 4-2.",
    "Ze won 2-0 en 6-4 in de finale.",
    "Het bedrijf verloor 5 miljoen euro en 300 banen.",
    "Het is nu eenmaal niet anders.",
    "Zo is het, zei ma tegen haar zoon.",
    "Hij woont op nummer 12 in de Augustusstraat.",
    "Dat gebeurt nu en dan.",
    "De man van 67 jaar oud werd opgepakt.",
    "De ploeg speelde op een maandag in de beker.",
]


def test_written_gold_has_enough_date_free_sentences() -> None:
    assert len(DATE_FREE) >= 50


@pytest.mark.parametrize("record", [pytest.param(r, id=r["id"]) for r in DATE_FREE])
def test_tagger_date_free_sentence_is_empty(tagger: Any, record: dict[str, Any]) -> None:
    assert tagger.tag(record["text"], anchor_of(record)) == []


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"extra-{i}") for i, s in enumerate(EXTRA)])
def test_tagger_extra_sentence_is_empty(tagger: Any, day_anchor: Any, sentence: str) -> None:
    assert tagger.tag(sentence, day_anchor) == []
