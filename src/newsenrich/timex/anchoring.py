"""From meaning to TIMEX3 value: anchoring on the publication date and choosing past or future.

The publication date is a period at its own precision (``2021-04`` is all of
April). An expression that leaves the year (``1 mei``) or the week (``dinsdag``)
open gets a few readings around the anchor; the reading is chosen by

1. a cue inside or just before the expression (``afgelopen``, ``jl.``, ``sinds``,
   ``tegen``): a hard filter;
2. a clear tense of its clause (``zal``, ``heeft ... gedaan``): a hard filter too,
   but the period holding the anchor stays allowed;
3. otherwise the reading nearest the anchor, where a weak past tense (simple past,
   pluperfect) only counts as a penalty of :data:`WEAK_PENALTY_DAYS`, so a deadline
   two weeks ahead still beats the same date eleven months back.

Precision is never invented: a weekday needs a day-precision anchor, ``vorige
maand`` a month, ``vorig jaar`` a year; without it the value keeps X's
(``XXXX-WXX-2``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsenrich.article import Published
from newsenrich.timex.calendar import (
    Period,
    add_months,
    half_period,
    holiday_date,
    holiday_is_fixed,
    iso_week_monday,
    month_period,
    quarter_period,
    season_period,
    valid_date,
    week_value,
    year_period,
)
from newsenrich.timex.semantics import Anaphor, Cue, Fixed, Meaning, Point, Shift

WEAK_PENALTY_DAYS = 180
"""How many days a weak tense cue counts against a reading on the other side of the anchor."""

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date as a period."""

    precision: str
    year: int
    month: int | None
    day: int | None
    start: date
    end: date

    @classmethod
    def from_published(cls, published: Published) -> Anchor:
        year, month, day = published.year, published.month, published.day
        if published.precision == "day" and month is not None and day is not None:
            start = date(year, month, day)
            return cls("day", year, month, day, start, start + timedelta(days=1))
        if published.precision == "month" and month is not None:
            first, after = month_period(year, month)
            return cls("month", year, month, None, first, after)
        first, after = year_period(year)
        return cls("year", year, None, None, first, after)

    def knows(self, precision: str) -> bool:
        return _PRECISION_RANK[self.precision] >= _PRECISION_RANK[precision]

    @property
    def date(self) -> date:
        """The anchor day (only meaningful with day precision)."""
        return self.start


# ---------------------------------------------------------------------------------------------
# choosing a reading


def _allowed(period: Period, anchor: Anchor, cue: Cue) -> bool:
    start, end = period
    if cue.strength == "strict":
        return end <= anchor.start if cue.direction == "past" else start >= anchor.end
    if cue.direction == "past":
        return start < anchor.end
    return end > anchor.start


def choose(readings: list[tuple[str, Period]], anchor: Anchor, cue: Cue | None) -> str:
    """The value of the reading that fits the cue and lies nearest the anchor."""
    pool = readings
    if cue is not None and cue.strength != "weak":
        allowed = [r for r in readings if _allowed(r[1], anchor, cue)]
        pool = allowed or readings
    mid_anchor = anchor.start + (anchor.end - anchor.start) / 2
    best: tuple[float, str] | None = None
    for value, period in pool:
        start, end = period
        if start >= anchor.end:  # after the anchor; +1 keeps "touching" apart from "overlapping"
            gap = (start - anchor.end).days + 1
        elif end <= anchor.start:
            gap = (anchor.start - end).days + 1
        else:
            gap = 0
        score = float(gap)
        if (
            cue is not None
            and cue.strength == "weak"
            and not _allowed(period, anchor, Cue(cue.direction, "loose"))
        ):
            score += WEAK_PENALTY_DAYS
        mid = start + (end - start) / 2
        score += abs((mid - mid_anchor).days) / 1000.0
        if best is None or score < best[0]:
            best = (score, value)
    assert best is not None
    return best[1]


# ---------------------------------------------------------------------------------------------
# points


def _with_part(value: str, part: str | None) -> str:
    return f"{value}T{part}" if part else value


def _point_in_year(point: Point, year: int) -> tuple[str, Period] | None:
    """The value and period of ``point`` in ``year``; None when it does not exist that year."""
    if point.holiday is not None:
        day = holiday_date(point.holiday, year)
        if day is None:
            return None
        return _with_part(day.isoformat(), point.part), (day, day + timedelta(days=1))
    if point.month is not None and point.day is not None:
        day = valid_date(year, point.month, point.day)
        if day is None:
            return None
        return _with_part(day.isoformat(), point.part), (day, day + timedelta(days=1))
    if point.month is not None:
        return f"{year:04d}-{point.month:02d}", month_period(year, point.month)
    if point.week is not None:
        monday = iso_week_monday(year, point.week)
        if monday is None:
            return None
        return f"{year:04d}-W{point.week:02d}", (monday, monday + timedelta(days=7))
    if point.quarter is not None:
        return f"{year:04d}-Q{point.quarter}", quarter_period(year, point.quarter)
    if point.half is not None:
        return f"{year:04d}-H{point.half}", half_period(year, point.half)
    if point.season is not None:
        return f"{year:04d}-{point.season}", season_period(year, point.season)
    return f"{year:04d}", year_period(year)


def _unknown_year(point: Point) -> str:
    if point.holiday is not None:
        fixed = holiday_is_fixed(point.holiday)
        base = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
        return _with_part(base, point.part)
    if point.month is not None and point.day is not None:
        return _with_part(f"XXXX-{point.month:02d}-{point.day:02d}", point.part)
    if point.month is not None:
        return f"XXXX-{point.month:02d}"
    if point.week is not None:
        return f"XXXX-W{point.week:02d}"
    if point.quarter is not None:
        return f"XXXX-Q{point.quarter}"
    if point.half is not None:
        return f"XXXX-H{point.half}"
    if point.season is not None:
        return f"XXXX-{point.season}"
    return "XXXX"


def _decade_value(point: Point, anchor: Anchor | None, cue: Cue | None) -> str:
    decade = point.decade
    assert decade is not None
    if decade >= 10:
        return f"{decade}X"
    if anchor is None:
        century = 20 if decade <= 1 else 19
        return f"{century}{decade}X"
    options = []
    for century in (anchor.year // 100 - 1, anchor.year // 100, anchor.year // 100 + 1):
        first = century * 100 + decade * 10
        options.append((f"{century}{decade}X", (date(first, 1, 1), date(first + 10, 1, 1))))
    if cue is None or cue.direction == "past":
        # decades are history unless said otherwise; the current one only once it is well under way
        past = [
            o
            for o in options
            if o[1][0].year <= anchor.year
            and (o[1][1].year <= anchor.year or anchor.year - o[1][0].year >= 5)
        ]
        if past:
            return max(past, key=lambda o: o[1][0])[0]
    return choose(options, anchor, cue)


def resolve_point(point: Point, anchor: Anchor | None, cue: Cue | None, *, year: int | None = None) -> str:
    """TIMEX3 value of a calendar point; ``year`` forces the year (ranges)."""
    if point.century is not None:
        return f"{point.century:02d}"
    if point.decade is not None:
        return _decade_value(point, anchor, cue)
    if point.hour is not None:
        return f"XXXX-XX-XXT{point.hour:02d}:{point.minute or 0:02d}"
    if year is None:
        year = point.year
    if year is None and point.year_offset is not None and anchor is not None:
        year = anchor.year + point.year_offset
    if year is not None:
        reading = _point_in_year(point, year)
        return reading[0] if reading else _unknown_year(point)
    if point.weekend and point.week is None:
        return _resolve_weekend(anchor, cue)
    if point.weekday is not None and point.month is None and point.holiday is None and point.week is None:
        return _resolve_weekday(point, anchor, cue)
    if anchor is None or point.year_offset is not None:
        return _unknown_year(point)
    readings = [r for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (r := _point_in_year(point, y))]
    if not readings:
        return _unknown_year(point)
    if point.weekday is not None and point.day is not None:
        matching = [r for r in readings if r[1][0].isoweekday() == point.weekday]
        if matching:
            readings = matching
    return choose(readings, anchor, cue)


def _resolve_weekend(anchor: Anchor | None, cue: Cue | None) -> str:
    """``dit weekend``: the weekend nearest the anchor day in the direction the clause points to."""
    if anchor is None or not anchor.knows("day"):
        return "XXXX-WXX-WE"
    monday = anchor.date - timedelta(days=anchor.date.isoweekday() - 1)
    readings = []
    for weeks in (0, 1, -1):  # on a tie the coming weekend wins
        saturday = monday + timedelta(days=7 * weeks + 5)
        readings.append((f"{week_value(saturday)}-WE", (saturday, saturday + timedelta(days=2))))
    return choose(readings, anchor, cue)


def _resolve_weekday(point: Point, anchor: Anchor | None, cue: Cue | None) -> str:
    assert point.weekday is not None
    if anchor is None or not anchor.knows("day"):
        return _with_part(f"XXXX-WXX-{point.weekday}", point.part)
    readings = []
    for delta in range(-7, 8):
        day = anchor.date + timedelta(days=delta)
        if day.isoweekday() == point.weekday:
            readings.append((_with_part(day.isoformat(), point.part), (day, day + timedelta(days=1))))
    return choose(readings, anchor, cue)


# ---------------------------------------------------------------------------------------------
# shifts


_SHIFT_NEEDS = {"Y": "year", "CE": "year", "DE": "year", "M": "month", "Q": "month", "H": "month"}
_SHIFT_UNKNOWN = {
    "Y": "XXXX",
    "CE": "XX",
    "DE": "XXXX",
    "M": "XXXX-XX",
    "Q": "XXXX-QX",
    "H": "XXXX-HX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "D": "XXXX-XX-XX",
}


def resolve_shift(shift: Shift, anchor: Anchor | None) -> str:
    """TIMEX3 value of a period counted from the anchor."""
    unit, offset = shift.unit, shift.offset
    if unit == "T":
        if anchor is not None and anchor.knows("day"):
            return anchor.date.isoformat()
        return "PAST_REF" if offset < 0 else "FUTURE_REF"
    needs = _SHIFT_NEEDS.get(unit, "day")
    if anchor is None or not anchor.knows(needs):
        if unit == "W" and shift.weekday is not None:
            return _with_part(f"XXXX-WXX-{shift.weekday}", shift.part)
        return _with_part(_SHIFT_UNKNOWN[unit], shift.part if unit == "D" else None)
    if unit == "Y":
        return f"{anchor.year + offset:04d}"
    if unit == "CE":
        return f"{anchor.year // 100 + offset:02d}"
    if unit == "DE":
        return f"{anchor.year // 10 + offset}X"
    assert anchor.month is not None
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, offset)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "H":
        index = anchor.year * 2 + (anchor.month - 1) // 6 + offset
        return f"{index // 2:04d}-H{index % 2 + 1}"
    day = anchor.date
    if unit == "D":
        return _with_part((day + timedelta(days=offset)).isoformat(), shift.part)
    if unit == "WE":
        # "komend weekend" on a weekday is this week's; "afgelopen weekend" is always last week's
        if offset > 0:
            shifted = day if day.isoweekday() <= 5 else day + timedelta(days=7)
        elif offset < 0:
            shifted = day - timedelta(days=7)
        else:
            shifted = day
        return f"{week_value(shifted)}-WE"
    shifted = day + timedelta(days=7 * offset)
    if shift.weekday is not None:
        monday = shifted - timedelta(days=shifted.isoweekday() - 1)
        return _with_part((monday + timedelta(days=shift.weekday - 1)).isoformat(), shift.part)
    return week_value(shifted)


_REFERENCE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")
_UNIT_NEEDS = {"Y": 1, "M": 2, "W": 3, "D": 3}


def reference_date(value: str, unit: str) -> date | None:
    """The day a value points at, when it is precise enough for ``unit`` (year, month, week or day)."""
    m = _REFERENCE.match(value)
    if m is None:
        return None
    year, month, day, week = m.groups()
    found: date | None
    if week is not None:
        precision, found = 3, iso_week_monday(int(year), int(week))
    elif day is not None:
        precision, found = 3, valid_date(int(year), int(month), int(day))
    elif month is not None:
        precision, found = 2, date(int(year), int(month), 1)
    else:
        precision, found = 1, date(int(year), 1, 1)
    return found if precision >= _UNIT_NEEDS[unit] else None


def resolve_anaphor(anaphor: Anaphor, reference: date | None, anchor: Anchor | None) -> str:
    """Value of ``anaphor`` counted from ``reference``; from the anchor (like a Shift) when there is none."""
    if reference is None:
        return resolve_shift(Shift(anaphor.unit, anaphor.offset, part=anaphor.part), anchor)
    unit, offset = anaphor.unit, anaphor.offset
    if unit == "Y":
        return f"{reference.year + offset:04d}"
    if unit == "M":
        y, m = add_months(reference.year, reference.month, offset)
        return f"{y:04d}-{m:02d}"
    if unit == "W":
        return week_value(reference + timedelta(days=7 * offset))
    return _with_part((reference + timedelta(days=offset)).isoformat(), anaphor.part)


def resolve(meaning: Meaning, anchor: Anchor | None, cue: Cue | None) -> str:
    """TIMEX3 value of any meaning (an Anaphor here counts from the anchor; see :func:`resolve_anaphor`)."""
    if isinstance(meaning, Fixed):
        return meaning.value
    if isinstance(meaning, Shift):
        return resolve_shift(meaning, anchor)
    if isinstance(meaning, Anaphor):
        return resolve_anaphor(meaning, None, anchor)
    return resolve_point(meaning, anchor, cue)


def needs_direction(meaning: Meaning) -> bool:
    """Whether the value of ``meaning`` depends on reading it in the past or the future."""
    if not isinstance(meaning, Point) or meaning.hour is not None:
        return False
    return meaning.year is None and meaning.year_offset is None and meaning.century is None
