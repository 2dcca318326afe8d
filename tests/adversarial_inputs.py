"""Adversarial input classes, each a function of a target size in characters.

Shared by ``tests/integration/test_robustness.py`` (small sizes) and
``benchmarks/adversarial_timing.py`` / ``benchmarks/fuzz.py`` (1 MB and 10 MB).
Every generator is deterministic and returns a ``str`` of about ``size``
characters (``empty`` ignores the size).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_8bd9632aeaf2a08c.txt"

_DUTCH = (
    "De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin "
    "in een telefoongesprek uitgenodigd voor een top. Oekraïne is een van die onderwerpen, "
    "meldt het Kremlin dinsdag. "
)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def _numbered(template: str, size: int) -> str:
    """``template`` with ``{i}`` filled in by a running number, until ``size`` characters."""
    parts: list[str] = []
    total = i = 0
    while total < size:
        part = template.format(i=i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def _controls() -> str:
    chars = [chr(c) for c in range(0x20)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
    return "Biden\x00sprak\x00met Poetin." + "".join(chars) + "Een\x1c zin\x1d.\x1e\x1f\u200b\ufeff\ufffe\uffff "


_MULTILINGUAL = (
    "The quick brown fox jumps over the lazy dog. Der Bundestag hat am Dienstag beschlossen. "
    "Президент России Владимир Путин заявил. 美国总统拜登周二表示。 Le président a déclaré mardi. "
)
_RTL = "مرحبا بالعالم. الرئيس بايدن قال الثلاثاء. שלום עולם, הנשיא אמר. \u202eBiden\u202c \u200fPoetin\u200e. "
_HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nieuws</title></head><body>'
    "<h1>Biden belt Poetin</h1>\n<p>De Amerikaanse president <b>Joe Biden</b> sprak "
    "dinsdag met <a href=\"https://example.org/?a=1&amp;b=2\">Vladimir Poetin</a>.</p>\n"
    "<script>var x = {\"date\": \"2021-04-14\"}; if (a < b && c > d) { x(); }</script>\n</body></html>\n"
)


def _json_text(size: int) -> str:
    record = {"id": 1, "date": "2021-04-14", "text": _DUTCH, "tags": ["mei", "1", None, True, 3.5]}
    return _repeat(json.dumps(record, ensure_ascii=False, indent=2) + "\n", size)


def _seed(size: int) -> str:
    return _repeat(SEED.read_text(encoding="utf-8") + "\n\n", size)


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "empty": lambda size: "",
    "whitespace": lambda size: _repeat(" \t\n\u00a0\u2003\u3000\r\n\x0b\x0c\u2028", size),
    "punctuation": lambda size: _repeat("!?.,;:-\"'()[]{}…„“”«»", size),
    "dots": lambda size: "." * size,
    "one_line": lambda size: _repeat(_DUTCH, size),
    "one_word": lambda size: "a" * size,
    "blank_lines": lambda size: "\n" * size,
    "tiny_paragraphs": lambda size: _numbered("Regel {i} is kort.\n\n", size),
    "headline_lines": lambda size: _numbered("Kop nummer {i} over Biden\n", size),
    "capitals": lambda size: _repeat("GENUA DEN HAAG (ANP) WASHINGTON ", size),
    "control_chars": lambda size: _repeat(_controls(), size),
    "lone_surrogates": lambda size: _repeat("Biden\ud800 sprak\udfff met \udc00Poetin. \ud83d", size),
    "mixed_newlines": lambda size: _repeat("Kop van het bericht\r\nEen zin.\rNog een zin.\n\r\n\rslot\r\r\n\n", size),
    "combining_nfd": lambda size: _repeat(
        unicodedata.normalize("NFD", "Één café in Curaçao, naïeve coöperatie in Oekraïne. ")
        + "e\u0301\u0302\u0303\u0304 Z\u0335\u0336\u0337 ",
        size,
    ),
    "emoji": lambda size: _repeat("🇳🇱 Nieuws 👍🏽 over 👨\u200d👩\u200d👧 Biden 😀. ", size),
    "rtl": lambda size: _repeat(_RTL, size),
    "html": lambda size: _repeat(_HTML, size),
    "json": _json_text,
    "non_dutch": lambda size: _repeat(_MULTILINGUAL, size),
    "bad_header_date": lambda size: "date 2021-13 " + _repeat(_DUTCH, max(size - 13, 0)),
    "numbers": lambda size: _repeat("1 ", size),
    "mei": lambda size: _repeat("mei ", size),
    "dutch_news": _seed,
}
