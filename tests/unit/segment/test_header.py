from __future__ import annotations

import pytest

from newsenrich.segment.header import read_header


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        pytest.param(" date 2021-04 De Amerikaanse president", "2021-04", "month", id="month-same-line"),
        pytest.param("date 2021-04-14\nTekst.", "2021-04-14", "day", id="day-own-line"),
        pytest.param("date 2021\n\nTekst.", "2021", "year", id="year"),
        pytest.param("Date: 14-04-2021 Tekst.", "2021-04-14", "day", id="dmy-colon"),
        pytest.param("date 14 april 2021 Tekst", "2021-04-14", "day", id="dutch-words"),
    ],
)
def test_header_reads_date_and_precision(text: str, value: str, precision: str) -> None:
    header = read_header(text)
    assert header is not None
    assert header.published is not None
    assert header.published.value == value
    assert header.published.precision == precision
    assert header.published.source == "header"
    assert text[header.start : header.end].lower().startswith("date")


def test_header_span_excludes_body_on_same_line() -> None:
    text = " date 2021-04 De Amerikaanse president"
    header = read_header(text)
    assert header is not None
    assert text[header.start : header.end] == "date 2021-04"


def test_header_impossible_date_is_a_warning_not_a_crash() -> None:
    header = read_header("date 2021-13 Tekst.")
    assert header is not None
    assert header.published is None
    assert header.warning and "2021-13" in header.warning


@pytest.mark.parametrize("text", ["De date 2021-04 is genoemd.", "Datering van 2021", "date night in 2021", ""])
def test_header_not_found_in_ordinary_text(text: str) -> None:
    assert read_header(text) is None
