"""Abbreviated Dutch month names as printed in news (``11 sept.``, ``okt. 2008``).

Written for newsenrich from Dutch news and style-guide usage (the forms in
``abbreviations.py`` that are months). The tagger accepts them only next to a
day number or a year, since ``jan``, ``mar`` and ``dec`` are also names and words.
"""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
