"""Dutch temporal tagger: finds DATE, TIME, DURATION and SET expressions and gives TIMEX3 values.

>>> from newsenrich.article import Published
>>> from newsenrich.timex import get_tagger
>>> [(t.text, t.value, t.signal) for t in get_tagger().tag("Sinds september is er overleg.",
...                                                      Published("2021-04", "month", "argument"))]
[('september', '2020-09', 'sinds')]

Layout: ``patterns`` (compiled regexes and what each match means), ``anchoring``
(past/future reasoning and values), ``context`` (sentences, clauses, tense),
``calendar`` (Easter, holidays, weeks), ``lexicon`` (the word lists of
``newsenrich.lang.nl`` as tables and regex fragments), ``component`` (the spaCy
pipe ``newsenrich_timex``). See ``docs/timex.md``.
"""

from __future__ import annotations

from newsenrich.timex.match import TimexMatch
from newsenrich.timex.tagger import TimexTagger, get_tagger

__all__ = ["TimexMatch", "TimexTagger", "get_tagger"]
