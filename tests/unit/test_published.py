from __future__ import annotations

import datetime as dt

import pytest

from newsenrich.errors import InvalidPublishedError, NewsEnrichError
from newsenrich.published import parse_published


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("2021", "2021", "year"),
        ("2021-04", "2021-04", "month"),
        ("2021-4", "2021-04", "month"),
        ("2021-04-14", "2021-04-14", "day"),
        ("2021-04-14T10:30:00Z", "2021-04-14", "day"),
        ("14-04-2021", "2021-04-14", "day"),
        ("14 april 2021", "2021-04-14", "day"),
        ("april 2021", "2021-04", "month"),
        (dt.date(2021, 4, 14), "2021-04-14", "day"),
        (dt.datetime(2021, 4, 14, 8, 0), "2021-04-14", "day"),
    ],
)
def test_parse_published(value, expected: str, precision: str) -> None:
    published = parse_published(value)
    assert (published.value, published.precision, published.source) == (expected, precision, "argument")


@pytest.mark.parametrize("value", ["2021-13", "2021-02-30", "gisteren", "", "mei", 20210414, None, b"2021"])
def test_parse_published_rejects_with_accepted_forms(value) -> None:
    with pytest.raises(InvalidPublishedError) as info:
        parse_published(value)
    assert "2021-04-14" in str(info.value)  # the message shows the accepted forms
    assert isinstance(info.value, (NewsEnrichError, ValueError))
