"""Dutch words for recurring times (TIMEX3 SET), with their value.

Written for newsenrich from Dutch usage. ``adverbs`` are whole words
(``jaarlijks`` -> ``P1Y``); ``quantifiers`` start a SET phrase with a unit or a
weekday (``elke week``, ``iedere maandag``).
"""

RECURRENCES: dict[str, object] = {
    "adverbs": {
        "dagelijks": "P1D",
        "wekelijks": "P1W",
        "tweewekelijks": "P2W",
        "maandelijks": "P1M",
        "tweemaandelijks": "P2M",
        "driemaandelijks": "P3M",
        "kwartaalsgewijs": "P3M",
        "halfjaarlijks": "P6M",
        "jaarlijks": "P1Y",
        "tweejaarlijks": "P2Y",
        "driejaarlijks": "P3Y",
        "vierjaarlijks": "P4Y",
        "vijfjaarlijks": "P5Y",
        "tienjaarlijks": "P10Y",
        "eeuwlijks": "P1CE",
    },
    "quantifiers": frozenset("elke iedere ieder elk".split()),
}
