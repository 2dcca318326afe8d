"""Dutch fixed expressions for the present, past and future, and day words relative to today.

From the newsenrich TIMEX guide (docs/timex.md) and Dutch usage. ``refs`` map a
whole expression to PRESENT_REF / PAST_REF / FUTURE_REF; ``days`` give an offset
in days from the publication date (``gisteren`` = -1); ``day_prefixes`` combine
with a part of the day (``gister`` + ``avond``, ``van`` + ``ochtend`` = today). The
preposition ``op`` stays outside ``korte termijn`` (it is not a signal either);
``kort`` counts only in ``sinds kort``.
"""

TIME_REFERENCES: dict[str, dict[str, object]] = {
    "refs": {
        "nu": "PRESENT_REF",
        "tot nu toe": "PRESENT_REF",
        "tot op heden": "PRESENT_REF",
        "tot op dit moment": "PRESENT_REF",
        "tot dusver": "PRESENT_REF",
        "tot dusverre": "PRESENT_REF",
        "tot nog toe": "PRESENT_REF",
        "op het moment": "PRESENT_REF",
        "momenteel": "PRESENT_REF",
        "op dit moment": "PRESENT_REF",
        "op dit ogenblik": "PRESENT_REF",
        "tegenwoordig": "PRESENT_REF",
        "inmiddels": "PRESENT_REF",
        "thans": "PRESENT_REF",
        "vandaag de dag": "PRESENT_REF",
        "heden ten dage": "PRESENT_REF",
        "onlangs": "PAST_REF",
        "recentelijk": "PAST_REF",
        "kort": "PAST_REF",
        "kortgeleden": "PAST_REF",
        "kort geleden": "PAST_REF",
        "lang geleden": "PAST_REF",
        "destijds": "PAST_REF",
        "vroeger": "PAST_REF",
        "in het verleden": "PAST_REF",
        "het verleden": "PAST_REF",
        "eerdere jaren": "PAST_REF",
        "de laatste tijd": "PAST_REF",
        "de afgelopen tijd": "PAST_REF",
        "de voorbije tijd": "PAST_REF",
        "binnenkort": "FUTURE_REF",
        "straks": "FUTURE_REF",
        "in de toekomst": "FUTURE_REF",
        "in de nabije toekomst": "FUTURE_REF",
        "in de verre toekomst": "FUTURE_REF",
        "op termijn": "FUTURE_REF",
        "korte termijn": "FUTURE_REF",
        "de korte termijn": "FUTURE_REF",
        "middellange termijn": "FUTURE_REF",
        "de middellange termijn": "FUTURE_REF",
        "lange termijn": "FUTURE_REF",
        "de lange termijn": "FUTURE_REF",
        "een later tijdstip": "FUTURE_REF",
        "een latere datum": "FUTURE_REF",
        "een later stadium": "FUTURE_REF",
        "de komende tijd": "FUTURE_REF",
        "voortaan": "FUTURE_REF",
    },
    "days": {
        "vandaag": 0,
        "gisteren": -1,
        "eergisteren": -2,
        "morgen": 1,
        "overmorgen": 2,
    },
    "day_prefixes": {
        "van": 0,
        "gister": -1,
        "gisteren": -1,
        "eergister": -2,
        "morgen": 1,
        "overmorgen": 2,
    },
}
