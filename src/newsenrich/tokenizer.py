"""Tokenizer fixes for Dutch news text, applied to any Dutch spaCy pipeline.

spaCy's Dutch tokenizer exceptions include about 4,500 period-final forms from
Belgian legal abbreviation lists. Many are ordinary words (``top.``, ``VS.``,
``bet.``), so a sentence ending in one of them is glued to the next. We keep
spaCy's forms that contain an inner period (``o.a.``, ``a.s.``), which are
unambiguous, drop every other period-final form, and add our own news
abbreviations (:mod:`newsenrich.lang.nl.abbreviations`). The apostrophe of
``'s-Hertogenbosch`` / ``'s-Gravenhage`` is kept on the name.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_prefix_regex

from newsenrich.lang.nl.abbreviations import ABBREVIATIONS

_INNER_PERIOD = re.compile(r"\.\w")


def _variants(abbr: str) -> set[str]:
    return {abbr, abbr[:1].upper() + abbr[1:]}


def news_tokenizer_rules(rules: dict[str, list[dict[int, str]]]) -> dict[str, list[dict[int, str]]]:
    """The exception table with ambiguous single-period forms replaced by ours."""
    kept = {
        text: value
        for text, value in rules.items()
        if not text.endswith(".") or _INNER_PERIOD.search(text[:-1])
    }
    for abbr in ABBREVIATIONS:
        for form in _variants(abbr):
            kept[form] = [{ORTH: form}]
    return kept


def customize_tokenizer(nlp: Language) -> Language:
    """Apply newsenrich's Dutch news tokenizer fixes to ``nlp`` in place and return it."""
    tokenizer = nlp.tokenizer
    tokenizer.rules = news_tokenizer_rules(tokenizer.rules or {})
    prefixes = [r"'(?![st]-\w)" if p == r"\'" else p for p in nlp.Defaults.prefixes or []]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    return nlp
