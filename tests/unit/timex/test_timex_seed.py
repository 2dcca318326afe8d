"""The seed article with the two anchors the issue names."""

from __future__ import annotations

from typing import Any

import pytest
from timex_helpers import anchor_of, as_tuples, gold_params, gold_tuples

from newsenrich.article import Published


@pytest.mark.parametrize("record", gold_params("seed_gold.jsonl"))
def test_tagger_seed_gold(tagger: Any, seed_text: str, record: dict[str, Any]) -> None:
    found = tagger.tag(seed_text, anchor_of(record))
    assert [(t.start, t.end) for t in found] == [(t["start"], t["end"]) for t in record["timexes"]]
    assert as_tuples(found) == gold_tuples(record["timexes"])


def _values(tagger: Any, text: str, anchor: Published | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in tagger.tag(text, anchor):
        out.setdefault(t.text, []).append(t.value)
    return out


@pytest.mark.parametrize(
    ("surface", "month_value", "day_value"),
    [
        pytest.param("tegen 11 september", "2021-09-11", "2021-09-11", id="tegen-11-september"),
        pytest.param("dinsdag", "XXXX-WXX-2", "2021-04-13", id="dinsdag"),
        pytest.param("woensdag", "XXXX-WXX-3", "2021-04-14", id="woensdag-zal"),
        pytest.param("1 mei", "2021-05-01", "2021-05-01", id="1-mei-deadline"),
        pytest.param("sinds september", "2020-09", "2020-09", id="sinds-september"),
        pytest.param("11 september 2001", "2001-09-11", "2001-09-11", id="11-september-2001"),
        pytest.param("de komende maanden", "FUTURE_REF", "FUTURE_REF", id="komende-maanden"),
        pytest.param("verscheidene maanden", "PXM", "PXM", id="verscheidene-maanden"),
        pytest.param("tot nu toe", "PRESENT_REF", "PRESENT_REF", id="tot-nu-toe"),
    ],
)
def test_tagger_seed_values_with_both_anchors(
    tagger: Any,
    seed_text: str,
    month_anchor: Published,
    day_anchor: Published,
    surface: str,
    month_value: str,
    day_value: str,
) -> None:
    key = surface.split(" ", 1)[1] if surface.split(" ", 1)[0] in ("tegen", "sinds") else surface
    by_month = _values(tagger, seed_text, month_anchor)[key]
    by_day = _values(tagger, seed_text, day_anchor)[key]
    assert set(by_month) == {month_value}
    assert set(by_day) == {day_value}


def test_tagger_seed_without_anchor_keeps_only_absolute_values(tagger: Any, seed_text: str) -> None:
    values = _values(tagger, seed_text, None)
    assert values["11 september 2001"] == ["2001-09-11"]
    assert values["1 mei"] == ["XXXX-05-01", "XXXX-05-01"]
    assert values["dinsdag"] == ["XXXX-WXX-2"]
    assert values["september"] == ["XXXX-09"]
