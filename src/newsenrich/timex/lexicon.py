"""The Dutch word lists of ``newsenrich.lang.nl`` as lookup tables and regex fragments.

Built once by :func:`get_lexicon` (cached), never at import time. The pattern
module only combines the fragments; all Dutch words live in ``lang/nl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsenrich.lang.nl.day_parts import DAY_PARTS
from newsenrich.lang.nl.holidays import HOLIDAYS
from newsenrich.lang.nl.month_abbreviations import MONTH_ABBREVIATIONS
from newsenrich.lang.nl.months import MONTHS
from newsenrich.lang.nl.numbers import NUMBERS
from newsenrich.lang.nl.ordinals import ORDINALS
from newsenrich.lang.nl.recurrences import RECURRENCES
from newsenrich.lang.nl.seasons import SEASONS
from newsenrich.lang.nl.tense_markers import TENSE_MARKERS
from newsenrich.lang.nl.time_cues import TIME_CUES
from newsenrich.lang.nl.time_modifiers import TIME_MODIFIERS
from newsenrich.lang.nl.time_references import TIME_REFERENCES
from newsenrich.lang.nl.time_signals import TIME_SIGNALS
from newsenrich.lang.nl.time_units import TIME_UNITS
from newsenrich.lang.nl.vague_quantities import VAGUE_QUANTITIES
from newsenrich.lang.nl.weekdays import WEEKDAYS


def alternation(words: object) -> str:
    """A non-capturing regex alternation of ``words``, longest first; spaces match any whitespace."""
    forms = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


def normalise_space(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Lexicon:
    """Lookup tables (lower-case keys) and regex fragments (to be compiled with IGNORECASE)."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    ordinals: dict[str, int]
    units: dict[str, str]
    day_parts: dict[str, str]
    seasons: dict[str, str]
    holidays: dict[str, str]
    refs: dict[str, str]
    relative_days: dict[str, int]
    day_prefixes: dict[str, int]
    point_mods: dict[str, str]
    quantity_mods: dict[str, str]
    approx_mods: dict[str, str]
    vague: frozenset[str]
    set_adverbs: dict[str, str]
    set_quantifiers: frozenset[str]
    signals: frozenset[str]
    cues: dict[str, frozenset[str]]
    tense: dict[str, frozenset[str]]
    # regex fragments
    re_month: str
    re_month_abbr: str
    re_weekday: str
    re_number: str
    re_ordinal: str
    re_unit: str
    re_day_part: str
    re_season: str
    re_holiday: str
    re_ref: str
    re_point_mod: str
    re_quantity_mod: str
    re_approx_mod: str
    re_vague: str
    re_set_adverb: str

    def number(self, text: str) -> float | None:
        """The value of a number written in digits (``2,5``) or words (``vijfentwintig``)."""
        key = normalise_space(text)
        if key in self.numbers:
            return self.numbers[key]
        if key in ("anderhalf", "anderhalve"):
            return 1.5
        try:
            return float(key.replace(",", ".")) if ("," in key or "." in key) else int(key)
        except ValueError:
            return None

    def ordinal(self, text: str) -> int | None:
        """The value of an ordinal written in words (``twintigste``) or digits (``20ste``, ``3e``)."""
        key = normalise_space(text)
        if key in self.ordinals:
            return self.ordinals[key]
        digits = re.match(r"(\d+)(?:e|ste|de)$", key)
        return int(digits.group(1)) if digits else None

    def month(self, text: str) -> int | None:
        key = text.lower().rstrip(".")
        return self.months.get(key) or self.month_abbreviations.get(key)


def _numbers() -> dict[str, float]:
    units = NUMBERS["units"]
    out: dict[str, float] = {**units, **NUMBERS["teens"], **NUMBERS["tens"], **NUMBERS["large"]}
    for unit_word, unit in units.items():
        if unit_word == "één":
            continue
        for joint in ("en", "ën"):
            for tens_word, tens in NUMBERS["tens"].items():
                out[f"{unit_word}{joint}{tens_word}"] = unit + tens
            # "drieënhalf", "tweeëneenhalf": n and a half
            out[f"{unit_word}{joint}half"] = unit + 0.5
            out[f"{unit_word}{joint}eenhalf"] = unit + 0.5
    return out


def _ordinals() -> dict[str, int]:
    out = dict(ORDINALS)
    for unit_word, unit in NUMBERS["units"].items():
        if unit_word == "één":
            continue
        for tens_word, tens in NUMBERS["tens"].items():
            for joint in ("en", "ën"):
                out[f"{unit_word}{joint}{tens_word}ste"] = unit + tens
    return out


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The Dutch lexicon, built on first use."""
    numbers = _numbers()
    ordinals = _ordinals()
    refs = {normalise_space(k): str(v) for k, v in TIME_REFERENCES["refs"].items()}
    relative_days = {k: int(v) for k, v in TIME_REFERENCES["days"].items()}  # type: ignore[call-overload]
    day_prefixes = {k: int(v) for k, v in TIME_REFERENCES["day_prefixes"].items()}  # type: ignore[call-overload]
    set_adverbs: dict[str, str] = dict(RECURRENCES["adverbs"])  # type: ignore[call-overload]
    quantifiers: frozenset[str] = frozenset(RECURRENCES["quantifiers"])  # type: ignore[call-overload]
    holidays = {normalise_space(k): v for k, v in HOLIDAYS.items()}
    # "1e kerstdag", "2e pinksterdag": the digit forms of the ordinal holidays
    for name, rule in list(holidays.items()):
        for word, digits in (("eerste", ("1e", "1ste")), ("tweede", ("2e", "2de"))):
            if name.startswith(word + " "):
                for digit in digits:
                    holidays[digit + name[len(word) :]] = rule
    point_mods = {normalise_space(k): v for k, v in TIME_MODIFIERS["point"].items()}
    approx_mods = {normalise_space(k): v for k, v in TIME_MODIFIERS["any"].items()}
    quantity_mods = {normalise_space(k): v for k, v in TIME_MODIFIERS["quantity"].items()}
    return Lexicon(
        months=dict(MONTHS),
        month_abbreviations=dict(MONTH_ABBREVIATIONS),
        weekdays=dict(WEEKDAYS),
        numbers=numbers,
        ordinals=ordinals,
        units=dict(TIME_UNITS),
        day_parts=dict(DAY_PARTS),
        seasons=dict(SEASONS),
        holidays=holidays,
        refs=refs,
        relative_days=relative_days,
        day_prefixes=day_prefixes,
        point_mods=point_mods,
        quantity_mods=quantity_mods,
        approx_mods=approx_mods,
        vague=frozenset(normalise_space(v) for v in VAGUE_QUANTITIES),
        set_adverbs=set_adverbs,
        set_quantifiers=quantifiers,
        signals=TIME_SIGNALS,
        cues=dict(TIME_CUES),
        tense=dict(TENSE_MARKERS),
        re_month=alternation(MONTHS),
        re_month_abbr=alternation(MONTH_ABBREVIATIONS),
        re_weekday=alternation(WEEKDAYS),
        re_number=r"(?:\d{1,3}(?:,\d)?|" + alternation(list(numbers) + ["anderhalf", "anderhalve"])[3:],
        re_ordinal=r"(?:\d{1,2}(?:e|ste|de)|" + alternation(ordinals)[3:],
        re_unit=alternation(TIME_UNITS),
        re_day_part=alternation(DAY_PARTS),
        re_season=alternation(SEASONS),
        re_holiday=alternation(holidays),
        re_ref=alternation(refs),
        re_point_mod=alternation(point_mods),
        re_quantity_mod=alternation(quantity_mods),
        re_approx_mod=alternation(approx_mods),
        re_vague=alternation(VAGUE_QUANTITIES),
        re_set_adverb=alternation(set_adverbs),
    )
