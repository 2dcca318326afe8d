"""Past/future reasoning, anchors at each precision, and calendar arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from newsenrich.article import Published
from newsenrich.timex.anchoring import Anchor, choose, resolve
from newsenrich.timex.calendar import easter, holiday_date
from newsenrich.timex.semantics import Cue, Fixed, Point, Shift

DAY = Anchor.from_published(Published("2021-04-14", "day", "argument"))
MONTH = Anchor.from_published(Published("2021-04", "month", "argument"))
YEAR = Anchor.from_published(Published("2021", "year", "argument"))


def test_anchor_periods() -> None:
    assert (DAY.start, DAY.end) == (date(2021, 4, 14), date(2021, 4, 15))
    assert (MONTH.start, MONTH.end) == (date(2021, 4, 1), date(2021, 5, 1))
    assert (YEAR.start, YEAR.end) == (date(2021, 1, 1), date(2022, 1, 1))


@pytest.mark.parametrize(
    ("point", "anchor", "cue", "value"),
    [
        pytest.param(Point(month=5, day=1), MONTH, None, "2021-05-01", id="nearest-future"),
        pytest.param(
            Point(month=5, day=1), MONTH, Cue("past", "weak"), "2021-05-01", id="nearest-beats-weak-past"
        ),
        pytest.param(
            Point(month=9), MONTH, Cue("past", "weak"), "2020-09", id="weak-past-decides-close-call"
        ),
        pytest.param(Point(month=9), MONTH, None, "2021-09", id="close-call-nearest"),
        pytest.param(Point(month=9), MONTH, Cue("past", "loose"), "2020-09", id="sinds"),
        pytest.param(Point(month=4), MONTH, Cue("past", "loose"), "2021-04", id="sinds-this-month"),
        pytest.param(Point(month=3), MONTH, Cue("future", "strict"), "2022-03", id="komende-maart"),
        pytest.param(Point(weekday=3), DAY, Cue("future", "loose"), "2021-04-14", id="zal-today"),
        pytest.param(Point(weekday=3), DAY, Cue("past", "strict"), "2021-04-07", id="afgelopen-woensdag"),
        pytest.param(Point(weekday=3), DAY, Cue("future", "strict"), "2021-04-21", id="komende-woensdag"),
        pytest.param(Point(weekday=1), DAY, Cue("future", "loose"), "2021-04-19", id="zal-maandag"),
        pytest.param(Point(weekday=2), MONTH, None, "XXXX-WXX-2", id="weekday-month-anchor"),
        pytest.param(Point(weekday=2), None, None, "XXXX-WXX-2", id="weekday-no-anchor"),
        pytest.param(Point(month=5), None, None, "XXXX-05", id="month-no-anchor"),
        pytest.param(Point(month=5), YEAR, None, "2021-05", id="month-year-anchor"),
        pytest.param(Point(decade=9), DAY, None, "199X", id="nineties"),
        pytest.param(Point(decade=2), DAY, None, "192X", id="twenties-are-history"),
        pytest.param(
            Point(decade=0),
            Anchor.from_published(Published("2008-03-01", "day", "argument")),
            None,
            "200X",
            id="noughties-in-2008",
        ),
        pytest.param(Point(century=19), None, None, "19", id="century"),
        pytest.param(Point(season="WI"), DAY, Cue("past", "strict"), "2020-WI", id="afgelopen-winter"),
        pytest.param(
            Point(quarter=4),
            Anchor.from_published(Published("2008-03-01", "day", "argument")),
            None,
            "2007-Q4",
            id="last-q4",
        ),
        pytest.param(Point(holiday="easter+0"), DAY, None, "2021-04-04", id="pasen"),
        pytest.param(Point(holiday="12-25"), None, None, "XXXX-12-25", id="kerst-no-anchor"),
        pytest.param(Point(year_offset=-1, month=3), DAY, None, "2020-03", id="maart-vorig-jaar"),
    ],
)
def test_resolve_point(point: Point, anchor: Anchor | None, cue: Cue | None, value: str) -> None:
    assert resolve(point, anchor, cue) == value


@pytest.mark.parametrize(
    ("shift", "anchor", "value"),
    [
        pytest.param(Shift("Y", -1), YEAR, "2020", id="vorig-jaar"),
        pytest.param(Shift("M", -1), YEAR, "XXXX-XX", id="vorige-maand-year-anchor"),
        pytest.param(Shift("M", -4), MONTH, "2020-12", id="four-months-back"),
        pytest.param(Shift("W", 0), DAY, "2021-W15", id="deze-week"),
        pytest.param(Shift("W", -1), MONTH, "XXXX-WXX", id="vorige-week-month-anchor"),
        pytest.param(Shift("W", -1, weekday=2), DAY, "2021-04-06", id="vorige-week-dinsdag"),
        pytest.param(Shift("D", -1, part="EV"), DAY, "2021-04-13TEV", id="gisteravond"),
        pytest.param(Shift("D", 0, part="MO"), MONTH, "XXXX-XX-XXTMO", id="vanochtend-month-anchor"),
        pytest.param(Shift("Q", -1), DAY, "2021-Q1", id="vorig-kwartaal"),
        pytest.param(Shift("WE", -1), DAY, "2021-W14-WE", id="afgelopen-weekend"),
        pytest.param(Shift("WE", 1), DAY, "2021-W15-WE", id="komend-weekend"),
        pytest.param(Shift("CE", -1), DAY, "19", id="vorige-eeuw"),
        pytest.param(Shift("Y", 1), None, "XXXX", id="volgend-jaar-no-anchor"),
    ],
)
def test_resolve_shift(shift: Shift, anchor: Anchor | None, value: str) -> None:
    assert resolve(shift, anchor, None) == value


def test_resolve_fixed_is_unchanged() -> None:
    assert resolve(Fixed("P2W"), DAY, Cue("past", "strict")) == "P2W"


def test_choose_falls_back_when_the_cue_excludes_everything() -> None:
    readings = [("2021-04", (date(2021, 4, 1), date(2021, 5, 1)))]
    assert choose(readings, MONTH, Cue("past", "strict")) == "2021-04"


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2008, date(2008, 3, 23)),
        (2021, date(2021, 4, 4)),
        (2024, date(2024, 3, 31)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_calendar_easter(year: int, day: date) -> None:
    assert easter(year) == day


def test_calendar_royal_days() -> None:
    assert holiday_date("kingsday", 2021) == date(2021, 4, 27)
    assert holiday_date("kingsday", 2025) == date(2025, 4, 26)  # the 27th is a Sunday
    assert holiday_date("kingsday", 2010) is None
    assert holiday_date("queensday", 2008) == date(2008, 4, 30)
    assert holiday_date("nth:9:2:3", 2021) == date(2021, 9, 21)  # Prinsjesdag
