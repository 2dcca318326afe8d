"""Hypothesis strategies for newsenrich inputs, shared by tests/property and benchmarks/fuzz.py.

``news_texts()`` builds texts out of the pieces segmentation reacts to
(headers, headlines, datelines, date lines, sentences with names and dates,
repeated paragraphs, every kind of line break) mixed with arbitrary and
hostile characters (surrogates, NUL, combining marks, right-to-left marks),
so that a few hundred examples reach the story, headline and repeat logic
instead of only its first ``if``.
"""

from __future__ import annotations

from hypothesis import strategies as st

HOSTILE_CHARS = (
    "\x00\x01\x07\x1b\x1c\x1d\x1e\x1f\x7f\x85\xa0\xad\u200b\u200e\u200f\u202e\u2028\u2029\u3000"
    "\ufeff\ufffd\ufffe\uffff\ud800\udbff\udc00\udfff\u0301\u0308\u0327"
    "!?.,;:-–—\"'“”‘’„«»()[]{}…/\\@#&*%€$<>=|~^`_"
)
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\n \n", "\u2028", "\x0c", "\n\n\n\n"]

HEADERS = ["date 2021-04 ", "date 2021-04-14\n", "date 2021-13 ", "datum: 14 april 2021\n", "date 0000 ", "DATE 2021 ",
           "date 2021-02-30\n", "date mei 2021 ", "date 1000-01-01\n", "date 9998-12-31 "]
HEADLINES = [
    "Biden wil troepen tegen 11 september uit Afghanistan terugtrekken",
    "Poetin en Biden spreken over Oekraïne",
    "Kremlin reageert",
    "VS. Krim",
    "\"Biden belt Poetin\"",
    "GENUA - Ramp",
]
DATELINES = ["GENUA - ", "DEN HAAG (ANP) - ", "WASHINGTON – ", "MOSKOU (Reuters) — "]
DATE_LINES = ["01-Mar-08", "14-04-2021", "2021-04-14", "14 april 2021, 10.30"]
SENTENCES = [
    "De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin uitgenodigd.",
    "Biden sprak dinsdag met Poetin over de Krim en Oekraïne.",
    "Het Kremlin meldt dat de VS. stevig zullen reageren.",
    "Sinds september wordt er overlegd, zei dr. Jansen o.a. in 's-Hertogenbosch.",
    "Tegen 11 september 2021 moeten de troepen weg!",
    "Wat zei Biden?",
    "„Ik ben tevreden”, zegt de premier.",
    "In mei, mei of juni: 1 1 1 1.",
    "Joe Biden. Bidens plan. Biden.",
]


def _fragment() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(SENTENCES),
        st.sampled_from(HEADLINES),
        st.sampled_from(DATELINES).flatmap(lambda d: st.sampled_from(SENTENCES).map(lambda s: d + s)),
        st.sampled_from(DATE_LINES),
        st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=12),
        st.text(max_size=30),
    )


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """A text of paragraphs (some repeated, re-wrapped or edited) with a possible header."""
    paragraphs = draw(
        st.lists(
            st.lists(st.tuples(_fragment(), st.sampled_from([" ", " ", "\n", ""])), min_size=1, max_size=6).map(
                lambda pieces: "".join(f + sep for f, sep in pieces)
            ),
            min_size=1,
            max_size=6,
        )
    )
    order = draw(st.lists(st.integers(0, len(paragraphs) - 1), max_size=12))  # repeats
    parts: list[str] = []
    header = draw(st.one_of(st.just(""), st.sampled_from(HEADERS)))
    if header:
        parts.append(header)
    for i in order or range(len(paragraphs)):
        text = paragraphs[i]
        if draw(st.booleans()):  # hard-wrap or edit the repeat
            cut = draw(st.integers(0, len(text)))
            text = text[:cut] + draw(st.sampled_from(["\n", " ", "\n\n", "x", ""])) + text[cut:]
        parts.append(text)
        parts.append(draw(st.sampled_from(BREAKS)))
    return "".join(parts)


any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, exclude_categories=())),  # also lone surrogates
    st.text(alphabet=st.sampled_from(HOSTILE_CHARS + " \n\t\r")),
    news_texts(),
)
"""Everything: arbitrary strings, strings of hostile characters, and structured news-like texts."""
