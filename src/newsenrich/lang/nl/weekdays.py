"""Dutch weekday names with their ISO weekday number (maandag = 1).

Written for newsenrich from the Dutch calendar. The two-letter forms (``ma``,
``di``, ``wo`` ...) are left out on purpose: in running text they are mostly
other words (``ma`` = mother).
"""

WEEKDAYS: dict[str, int] = {
    "maandag": 1,
    "dinsdag": 2,
    "woensdag": 3,
    "donderdag": 4,
    "vrijdag": 5,
    "zaterdag": 6,
    "zondag": 7,
}
