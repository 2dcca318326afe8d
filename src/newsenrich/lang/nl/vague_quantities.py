"""Dutch words for an unspecified number, which make a duration vague (``enkele maanden`` -> ``PXM``).

Written for newsenrich from Dutch grammar (indefinite quantifiers).
"""

VAGUE_QUANTITIES: frozenset[str] = frozenset(
    [
        "enkele",
        "verscheidene",
        "verschillende",
        "meerdere",
        "diverse",
        "vele",
        "veel",
        "talloze",
        "ettelijke",
        "luttele",
        "tientallen",
        "honderden",
        "duizenden",
        "een paar",
        "een aantal",
        "tal van",
        "een handvol",
    ]
)
