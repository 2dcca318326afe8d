"""Dutch words for parts of the day with their TIMEX3 code (``vrijdagavond`` -> ``TEV``).

Written for newsenrich from Dutch usage; codes from the TIMEX3 guidelines (MO
morning, AF afternoon, EV evening, NI night).
"""

DAY_PARTS: dict[str, str] = {
    "ochtend": "MO",
    "morgen": "MO",
    "voormiddag": "MO",
    "middag": "AF",
    "namiddag": "AF",
    "avond": "EV",
    "nacht": "NI",
}
