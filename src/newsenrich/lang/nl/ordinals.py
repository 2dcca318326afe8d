"""Dutch ordinal number words (``eerste`` .. ``twintigste``, tens), for quarters, centuries and days.

Written for newsenrich from Dutch grammar. Compound ordinals
(``eenentwintigste``) are built by the tagger from these and ``numbers.py``.
"""

ORDINALS: dict[str, int] = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "elfde": 11,
    "twaalfde": 12,
    "dertiende": 13,
    "veertiende": 14,
    "vijftiende": 15,
    "zestiende": 16,
    "zeventiende": 17,
    "achttiende": 18,
    "negentiende": 19,
    "twintigste": 20,
    "dertigste": 30,
    "laatste": -1,
}
