"""Regression cases kept as data (tests/data/timex/cases.jsonl) and the hand-written gold sentences."""

from __future__ import annotations

from typing import Any

import pytest
from timex_helpers import anchor_of, as_tuples, gold_params, gold_tuples


@pytest.mark.parametrize("case", gold_params("cases.jsonl"))
def test_tagger_regression_case(tagger: Any, case: dict[str, Any]) -> None:
    found = tagger.tag(case["text"], anchor_of(case))
    assert as_tuples(found) == gold_tuples(case["timexes"])
    assert [(t.start, t.end) for t in found] == [(t["start"], t["end"]) for t in case["timexes"]]


@pytest.mark.parametrize("record", gold_params("written_gold.jsonl"))
def test_tagger_written_gold_sentence(tagger: Any, record: dict[str, Any]) -> None:
    found = tagger.tag(record["text"], anchor_of(record))
    assert [(t.start, t.end, *row) for t, row in zip(found, as_tuples(found), strict=True)] == [
        (t["start"], t["end"], *row)
        for t, row in zip(record["timexes"], gold_tuples(record["timexes"]), strict=True)
    ]
