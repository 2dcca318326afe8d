"""Reading publication dates: from the ``date ...`` header or from the caller.

ISO forms (``2021``, ``2021-04``, ``2021-04-14``, a full ISO timestamp) are
read directly at their own precision; other strings (``14 april 2021``,
``14-04-2021``, ``april 2021``) go to dateparser, which also tells the
precision (its ``period``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from newsenrich.article import Precision, Published, PublishedSource
from newsenrich.errors import InvalidPublishedError

ACCEPTED_FORMS = (
    "a datetime.date or datetime.datetime, or a string such as '2021', '2021-04', '2021-04-14', "
    "'2021-04-14T10:00:00', '14-04-2021' or '14 april 2021'"
)

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)?)?")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


@lru_cache(maxsize=1)
def _date_data_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["nl", "en"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})


def _make(year: int, month: int | None, day: int | None, source: PublishedSource, raw: object) -> Published:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise InvalidPublishedError(f"impossible publication date {raw!r} ({exc}); expected {ACCEPTED_FORMS}") from None
    if day is not None and month is not None:
        return Published(f"{year:04d}-{month:02d}-{day:02d}", "day", source)
    if month is not None:
        return Published(f"{year:04d}-{month:02d}", "month", source)
    return Published(f"{year:04d}", "year", source)


def parse_published(value: object, source: PublishedSource = "argument") -> Published:
    """Read ``value`` as a publication date; raises :class:`InvalidPublishedError`."""
    if isinstance(value, Published):  # re-checked: a hand-made Published can hold anything
        if value.precision not in ("year", "month", "day") or not isinstance(value.value, str):
            raise InvalidPublishedError(f"invalid {value!r}; expected {ACCEPTED_FORMS}")
        try:
            parts = (value.year, value.month, value.day)
        except ValueError:
            raise InvalidPublishedError(f"invalid {value!r}; expected {ACCEPTED_FORMS}") from None
        checked = _make(*parts, value.source, value)
        return value if checked.value == value.value else checked
    if isinstance(value, dt.datetime):
        return _make(value.year, value.month, value.day, source, value)
    if isinstance(value, dt.date):
        return _make(value.year, value.month, value.day, source, value)
    if not isinstance(value, str):
        raise InvalidPublishedError(f"published must be {ACCEPTED_FORMS}; got {type(value).__name__}")
    raw = value.strip()
    match = _ISO.fullmatch(raw)
    if match:
        year, month, day = match.groups()
        return _make(int(year), int(month) if month else None, int(day) if day else None, source, value)
    match = _DMY.fullmatch(raw)
    if match:
        day, month, year = match.groups()
        return _make(int(year), int(month), int(day), source, value)
    if raw and len(raw) <= 64 and re.search(r"\d{4}", raw):
        data = _date_data_parser().get_date_data(raw)
        if data.date_obj is not None:
            precision: Precision = {"day": "day", "month": "month", "year": "year"}.get(data.period, "day")  # type: ignore[assignment]
            date = data.date_obj
            return _make(
                date.year,
                date.month if precision != "year" else None,
                date.day if precision == "day" else None,
                source,
                value,
            )
    raise InvalidPublishedError(f"cannot read publication date {value!r}; expected {ACCEPTED_FORMS}")
