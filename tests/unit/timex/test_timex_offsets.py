"""Invariants of every result: offsets into the input, sorted, non-overlapping, valid types."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from timex_helpers import anchor_of, read_jsonl

from newsenrich.article import Published

TYPES = {"DATE", "TIME", "DURATION", "SET"}
VALUE = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE)|PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)"
    r"|[\dX]{2}|[\dX]{3}X|[\dX]{4}(?:-(?:[\dX]{2}(?:-[\dX]{2})?|W[\dX]{2}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
    r")(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?$"
)
WORDS = [
    "dinsdag",
    "1",
    "mei",
    "2021",
    "vorige",
    "week",
    "sinds",
    "september",
    "om",
    "15.30",
    "uur",
    "twee",
    "weken",
    "geleden",
    "de",
    "komende",
    "maanden",
    "Mei",
    "3-1",
    "5",
    "miljoen",
    "nu",
    "eenmaal",
    "zo",
    "ma",
    "tot",
    "toe",
    "elke",
    "per",
    "jaar",
    "eind",
    "april",
    "half",
    "acht",
    "Kerstmis",
    "jl.",
    "a.s.",
    "van",
    "-",
    "en",
    ",",
    ".",
    "\n",
    "'s",
    "avonds",
    "vrijdagavond",
    "jaren",
    "negentig",
    "kwartaal",
    "eerste",
    "het",
    "zomer",
    "Q1",
    "ruim",
]


def _check(text: str, matches: list[Any]) -> None:
    previous_end = -1
    for t in matches:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert t.start >= previous_end, "sorted and non-overlapping"
        previous_end = t.end
        assert t.type in TYPES
        assert VALUE.match(t.value), t.value


def test_offsets_on_all_gold_texts(tagger: Any, seed_text: str, day_anchor: Published) -> None:
    for name in ("cases.jsonl", "written_gold.jsonl"):
        for record in read_jsonl(name):
            _check(record["text"], tagger.tag(record["text"], anchor_of(record)))
    for anchor in (None, day_anchor):
        _check(seed_text, tagger.tag(seed_text, anchor))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=30),
    st.sampled_from([None, "2021-04-14", "2021-04", "2021"]),
)
def test_offsets_on_random_word_salad(tagger: Any, words: list[str], anchor: str | None) -> None:
    text = " ".join(words)
    published = None
    if anchor is not None:
        precision = {10: "day", 7: "month", 4: "year"}[len(anchor)]
        published = Published(anchor, precision, "argument")
    _check(text, tagger.tag(text, published))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_offsets_on_arbitrary_unicode(tagger: Any, text: str) -> None:
    _check(text, tagger.tag(text, Published("2021-04-14", "day", "argument")))


def test_offsets_with_characters_that_grow_when_lowercased(tagger: Any, day_anchor: Published) -> None:
    text = "İstanbul, İzmir: op 3 mei İ vorig jaar."
    found = tagger.tag(text, day_anchor)
    _check(text, found)
    assert [t.text for t in found] == ["3 mei", "vorig jaar"]


def test_given_sentences_are_used(tagger: Any, day_anchor: Published) -> None:
    text = "Hij meldde dinsdag dat het mislukte"
    assert [t.value for t in tagger.tag(text, day_anchor, sentences=[(0, len(text))])] == ["2021-04-13"]
