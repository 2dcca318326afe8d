"""The public surface of newsenrich.timex and the Dutch word lists it is built from."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import pytest

import newsenrich.lang.nl
import newsenrich.timex
from newsenrich.article import Published
from newsenrich.errors import InputTypeError
from newsenrich.timex import TimexMatch, TimexTagger, get_tagger

TIMEX_LISTS = [
    "day_parts",
    "holidays",
    "month_abbreviations",
    "months",
    "numbers",
    "ordinals",
    "recurrences",
    "seasons",
    "tense_markers",
    "time_cues",
    "time_modifiers",
    "time_references",
    "time_signals",
    "time_units",
    "vague_quantities",
    "weekdays",
    "context_words",
]


def test_timex_all_is_pinned() -> None:
    assert sorted(newsenrich.timex.__all__) == ["TimexMatch", "TimexTagger", "get_tagger"]


def test_timex_match_is_a_frozen_dataclass_with_the_contract_fields() -> None:
    assert [f.name for f in dataclasses.fields(TimexMatch)] == [
        "start",
        "end",
        "text",
        "type",
        "value",
        "mod",
        "signal",
    ]
    match = TimexMatch(0, 3, "mei", "DATE", "2021-05", None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.value = "x"  # type: ignore[misc]


def test_get_tagger_is_cached() -> None:
    assert get_tagger() is get_tagger()
    assert isinstance(get_tagger(), TimexTagger)


def test_tag_rejects_wrong_argument_types() -> None:
    with pytest.raises(InputTypeError):
        get_tagger().tag(b"1 mei", None)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        get_tagger().tag("1 mei", "2021-04-14")  # type: ignore[arg-type]


def test_tag_empty_text() -> None:
    assert get_tagger().tag("", Published("2021", "year", "argument")) == []


@pytest.mark.parametrize("name", TIMEX_LISTS)
def test_lang_module_has_one_documented_constant(name: str) -> None:
    module = importlib.import_module(f"newsenrich.lang.nl.{name}")
    assert module.__doc__ and len(module.__doc__.strip()) > 40
    constants = [k for k in vars(module) if k.isupper()]
    assert constants == [name.upper()]


def test_lang_modules_are_all_importable() -> None:
    names = {m.name for m in pkgutil.iter_modules(newsenrich.lang.nl.__path__)}
    assert set(TIMEX_LISTS) <= names


def test_lang_keys_are_lower_case() -> None:
    from newsenrich.lang.nl.holidays import HOLIDAYS
    from newsenrich.lang.nl.months import MONTHS
    from newsenrich.lang.nl.weekdays import WEEKDAYS

    for table in (MONTHS, WEEKDAYS, HOLIDAYS):
        assert all(key == key.lower() for key in table)
