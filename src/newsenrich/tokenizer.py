"""Tokenizer fixes for Dutch news text, applied to any Dutch spaCy pipeline.

spaCy's Dutch tokenizer exceptions include about 4,500 period-final forms from
Belgian legal abbreviation lists. Many are ordinary words (``top.``, ``VS.``,
``bet.``), so a sentence ending in one of them is glued to the next. We keep
spaCy's forms that contain an inner period (``o.a.``, ``a.s.``), which are
unambiguous, drop every other period-final form, and add our own news
abbreviations (:mod:`newsenrich.lang.nl.abbreviations`). The apostrophe of
``'s-Hertogenbosch`` / ``'s-Gravenhage`` is kept on the name, and a period
after a word ending in a capital (``PvdA.``) is split off like any other.

Punctuation that lost its space is split where it cannot be part of a word
(:data:`GLUED_PUNCTUATION`): a sentence end before a capitalised word
(``Amsterdam.De``, ``nu?Niemand``), the Dutch opening quote ``,,`` before a
word (``mee;,,Ze``, ``hij.,,Ik``) and a semicolon after a word. Copied and
scraped news often has these; left whole, the glued token hid a name from the
NER or made one of a non-name. Abbreviations (``bijv.``, ``St.``), initials
(``J.Smit``), numbers (``2,5``), ``ASP.NET`` and web addresses stay whole.

Two guards keep tokenization linear in the length of the text (spaCy's affix
loop re-slices, re-hashes and re-searches the remaining string once per
prefix or suffix it strips, so one long run of punctuation, ``!?!?!?...``
without spaces, took minutes for 20,000 characters):

- a run of non-white-space characters longer than :data:`MAX_SPLIT_RUN` is one
  token (a ``token_match``): no real word or URL is that long;
- the suffix search looks at the last few characters instead of searching the
  whole remaining string for a ``...$`` match (:class:`TailSearch`);
- the ``like_url`` attribute of such a long token is decided by its start
  (``http://``, ``https://``, ``www.``): spaCy's URL regex backtracks
  quadratically on long strings with colons and periods.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import LIKE_URL, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from newsenrich.lang.nl.abbreviations import ABBREVIATIONS

_INNER_PERIOD = re.compile(r"\.\w")

MAX_SPLIT_RUN = 200
"""Longest run of non-white-space characters that spaCy's affix rules split; longer runs stay one token."""
_LONG_RUN = re.compile(rf"(?s:.{{{MAX_SPLIT_RUN + 1},}})")
SUFFIX_WINDOW = 8
"""Characters at the end of a string where :class:`TailSearch` looks for a suffix (spaCy's longest bounded suffix has 5)."""


GLUED_PUNCTUATION = (
    r"(?<=[^\W\d_]{2})[.!?](?=[^\W\d_a-z][^\W\d_A-Z])",  # end of a sentence glued to the next: Amsterdam.De
    r"(?<=[^\W\d_])[.!?](?=,,)",  # and to a quote: hij.,,Ik
    r",,(?=[^\W\d_])",  # the Dutch opening quote glued to the word before: mee;,,Ze
    r"(?<=[^\W\d_]);(?=\S)",  # a semicolon glued to the word after
)
"""Infixes for punctuation that lost the space after it, added to the pipeline's own."""


class TailSearch:
    """A tokenizer ``suffix_search`` that searches only the last ``window`` characters.

    spaCy calls ``suffix_search`` with the rest of a run after each prefix or
    suffix it strips; its suffix regex (all alternatives end in ``$``) is then
    tried at every position of that rest, so a run of n punctuation marks cost
    n**2 regex steps. Suffix matches are short, so searching from
    ``len - window`` finds the same match. A match that starts right at the
    window edge may be longer (``\\.\\.+$``, a run of periods): then the whole
    string is searched, as before. This is exact for patterns whose alternatives
    are at most ``window - 1`` characters long or also match every shorter tail
    of their match (true of spaCy's suffix rules; ``tests/unit/test_tokenizer.py``
    compares it with the plain search).

    ``__self__`` is the compiled pattern, as for the bound ``Pattern.search``
    spaCy normally holds, so the tokenizer still serialises.
    """

    def __init__(self, search: Any, window: int = SUFFIX_WINDOW) -> None:
        self.__self__ = search.__self__
        self.search = search
        self.window = window

    def __call__(self, string: str) -> Any:
        start = len(string) - self.window
        if start <= 0:
            return self.search(string)
        match = self.search(string, start)
        if match is not None and match.start() == start:
            return self.search(string)  # it may reach further left
        return match

    def __reduce__(self) -> tuple[Any, ...]:
        return (TailSearch, (self.search, self.window))


class BoundedLikeUrl:
    """The ``LIKE_URL`` lexeme attribute, with spaCy's regex check only for strings up to ``limit``."""

    def __init__(self, like_url: Any, limit: int = MAX_SPLIT_RUN) -> None:
        self.like_url = like_url
        self.limit = limit

    def __call__(self, text: str) -> bool:
        if len(text) > self.limit:
            return text.startswith(("http://", "https://", "www."))
        return bool(self.like_url(text))


def _with_long_run_limit(token_match: Any) -> Any:
    """``token_match`` that also matches runs longer than :data:`MAX_SPLIT_RUN`."""
    if token_match is None:
        return _LONG_RUN.match
    pattern = getattr(token_match, "__self__", None)
    if not isinstance(pattern, re.Pattern) or _LONG_RUN.pattern in str(pattern.pattern):
        return token_match  # a custom callable we cannot extend, or already extended
    combined = re.compile(f"(?:{pattern.pattern})|{_LONG_RUN.pattern}", pattern.flags)
    return getattr(combined, token_match.__name__)


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
    """Apply newsenrich's Dutch news tokenizer fixes to ``nlp`` in place and return it.

    The fixed tokenizer is built in one go: every assignment to a spaCy
    tokenizer's rules or affix functions reloads all of its special cases (about
    1,000 for Dutch), which made this step cost more than a second of start-up.
    """
    old: Any = nlp.tokenizer  # spacy.tokenizer.Tokenizer (typed as a plain callable)
    prefixes = [r"'(?![st]-\w)" if p == r"\'" else p for p in nlp.Defaults.prefixes or []]
    # a sentence-final period after any two letters is its own token (spaCy's Dutch suffixes
    # only split it after lower case or two capitals, leaving ``PvdA.`` and ``GroenLinks-PvdA.``),
    # and so is one after an ampersand name (``H&M.``, ``AT&T.``), which spaCy keeps whole
    suffixes = [*(nlp.Defaults.suffixes or []), r"(?<=[^\W\d_][^\W\d_])\.", r"(?<=&[^\W\d_])\."]
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=news_tokenizer_rules(old.rules or {}),
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=TailSearch(compile_suffix_regex(suffixes).search),
        infix_finditer=compile_infix_regex([*(nlp.Defaults.infixes or []), *GLUED_PUNCTUATION]).finditer,
        token_match=_with_long_run_limit(old.token_match),
        url_match=old.url_match,
        faster_heuristics=old.faster_heuristics,
    )
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    if LIKE_URL in getters and not isinstance(getters[LIKE_URL], BoundedLikeUrl):
        getters[LIKE_URL] = BoundedLikeUrl(getters[LIKE_URL])
    return nlp
