"""Dutch nouns for units of time, singular and plural, with their TIMEX3 unit letter.

Written for newsenrich from Dutch grammar; the codes are TIMEX3's duration units
(``Y`` year, ``M`` month, ``W`` week, ``D`` day, ``H`` hour, ``MIN`` minute, ``S``
second, ``DE`` decade, ``CE`` century, ``Q`` quarter of a year).
"""

TIME_UNITS: dict[str, str] = {
    "seconde": "S",
    "seconden": "S",
    "minuut": "MIN",
    "minuten": "MIN",
    "uur": "H",
    "uren": "H",
    "dag": "D",
    "dagen": "D",
    "etmaal": "D",
    "etmalen": "D",
    "week": "W",
    "weken": "W",
    "maand": "M",
    "maanden": "M",
    "kwartaal": "Q",
    "kwartalen": "Q",
    "jaar": "Y",
    "jaren": "Y",
    "decennium": "DE",
    "decennia": "DE",
    "eeuw": "CE",
    "eeuwen": "CE",
}
