"""Dutch cue words that put a time expression in the past or the future.

From the newsenrich TIMEX guide (docs/timex.md), keyed by meaning as in
dateparser's language tables. ``strict`` cues exclude the period that holds the
publication date (``afgelopen woensdag`` written on a Wednesday is a week ago);
``loose`` cues allow it (``sinds april`` written in April is this April).
"""

TIME_CUES: dict[str, frozenset[str]] = {
    "past_strict": frozenset("vorige vorig afgelopen voorbije voorbij geleden jl jl. jongstleden".split()),
    "future_strict": frozenset("komende komend volgende volgend aanstaande a.s. a.s over".split()),
    "past_loose": frozenset("sinds sedert".split()),
    "future_loose": frozenset("tegen uiterlijk".split()),
}
