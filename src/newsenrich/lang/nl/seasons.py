"""Dutch season names with their TIMEX3 code.

Written for newsenrich from Dutch usage (``voorjaar`` and ``lente`` are both
spring, ``najaar`` and ``herfst`` both autumn); codes from TIMEX3.
"""

SEASONS: dict[str, str] = {
    "lente": "SP",
    "voorjaar": "SP",
    "zomer": "SU",
    "herfst": "FA",
    "najaar": "FA",
    "winter": "WI",
}
