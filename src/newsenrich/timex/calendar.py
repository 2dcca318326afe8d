"""Calendar arithmetic: Easter, holiday dates, ISO weeks and the periods values stand for.

Everything here is plain :mod:`datetime` arithmetic; no locale, no third-party
calendar package. A *period* is a half-open ``(first_day, day_after_last)`` pair
of dates.
"""

from __future__ import annotations

from datetime import date, timedelta

Period = tuple[date, date]

SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""First month of each TIMEX3 season (meteorological seasons, as Dutch news uses them)."""


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of ``month``."""
    first = date(year, month, 1)
    shift = (weekday - first.isoweekday()) % 7
    return first + timedelta(days=shift + 7 * (n - 1))


def holiday_date(rule: str, year: int) -> date | None:
    """The date a rule from ``lang/nl/holidays.py`` gives in ``year`` (the ``@part`` is ignored here).

    Returns None when the holiday did not exist that year (Koningsdag before 2014).
    """
    rule = rule.split("@", 1)[0]
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:]))
    if rule.startswith("nth:"):
        _, month, weekday, n = rule.split(":")
        return nth_weekday(year, int(month), int(weekday), int(n))
    if rule == "kingsday":
        if year < 2014:
            return None
        day = date(year, 4, 27)
        return day - timedelta(days=1) if day.isoweekday() == 7 else day
    if rule == "queensday":
        if year >= 2014:
            return None
        day = date(year, 4, 30)
        return day - timedelta(days=1) if day.isoweekday() == 7 else day
    month, day_of_month = rule.split("-")
    return date(year, int(month), int(day_of_month))


def holiday_is_fixed(rule: str) -> tuple[int, int] | None:
    """``(month, day)`` when the holiday has the same date every year, else None."""
    base = rule.split("@", 1)[0]
    if base[:2].isdigit():
        month, day = base.split("-")
        return int(month), int(day)
    return None


def holiday_part(rule: str) -> str | None:
    """The TIMEX3 part of day of a holiday rule (``EV`` for ``12-24@EV``) or None."""
    return rule.split("@", 1)[1] if "@" in rule else None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_period(year: int, month: int) -> Period:
    ny, nm = add_months(year, month, 1)
    return date(year, month, 1), date(ny, nm, 1)


def year_period(year: int) -> Period:
    return date(year, 1, 1), date(year + 1, 1, 1)


def quarter_period(year: int, quarter: int) -> Period:
    start = date(year, 3 * (quarter - 1) + 1, 1)
    ny, nm = add_months(year, start.month, 3)
    return start, date(ny, nm, 1)


def half_period(year: int, half: int) -> Period:
    start = date(year, 6 * (half - 1) + 1, 1)
    ny, nm = add_months(year, start.month, 6)
    return start, date(ny, nm, 1)


def season_period(year: int, season: str) -> Period:
    first = SEASON_MONTHS[season]
    ny, nm = add_months(year, first, 3)
    return date(year, first, 1), date(ny, nm, 1)


def iso_week_monday(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
