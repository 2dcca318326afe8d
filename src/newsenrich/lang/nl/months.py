"""Dutch month names, full forms, with their month number.

Written for newsenrich from the Dutch calendar (Van Dale spelling, lower case as
Dutch writes them). Capitalised forms (``Mei`` as a name) are judged by the
tagger, not listed here.
"""

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
