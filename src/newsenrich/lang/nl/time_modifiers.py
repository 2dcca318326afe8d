"""Dutch words that modify a time expression, with their TIMEX3 ``mod``.

From the newsenrich TIMEX guide (docs/timex.md) and TIMEX3's mod values. The
words are part of the expression's extent (``eind april``, ``ruim twee weken``).
``point`` mods go with dates, ``quantity`` mods with durations; ``any`` with both.
"""

TIME_MODIFIERS: dict[str, dict[str, str]] = {
    "point": {
        "begin": "START",
        "het begin van": "START",
        "begin van": "START",
        "vroeg in": "START",
        "eind": "END",
        "einde": "END",
        "eind van": "END",
        "einde van": "END",
        "het eind van": "END",
        "het einde van": "END",
        "laat in": "END",
        "medio": "MID",
        "midden": "MID",
        "half": "MID",
        "halverwege": "MID",
        "het midden van": "MID",
        "midden van": "MID",
    },
    "any": {
        "rond": "APPROX",
        "rondom": "APPROX",
        "omstreeks": "APPROX",
        "ongeveer": "APPROX",
        "circa": "APPROX",
        "ca.": "APPROX",
        "zo'n": "APPROX",
    },
    "quantity": {
        "ruim": "MORE_THAN",
        "meer dan": "MORE_THAN",
        "langer dan": "MORE_THAN",
        "ruimschoots": "MORE_THAN",
        "bijna": "LESS_THAN",
        "minder dan": "LESS_THAN",
        "korter dan": "LESS_THAN",
        "nog geen": "LESS_THAN",
        "krap": "LESS_THAN",
        "ten minste": "EQUAL_OR_MORE",
        "tenminste": "EQUAL_OR_MORE",
        "minstens": "EQUAL_OR_MORE",
        "minimaal": "EQUAL_OR_MORE",
        "hooguit": "EQUAL_OR_LESS",
        "maximaal": "EQUAL_OR_LESS",
        "hoogstens": "EQUAL_OR_LESS",
    },
}
