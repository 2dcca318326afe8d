"""Read and clean the Europeana Newspapers Dutch NER corpus (KB, 1811-1866 OCR, CC0).

The file is one `token TAG` pair per line with no sentence or document boundaries,
punctuation glued to words (`Rotterdam,` B-LOC) and some I- tags without a B-.
`read_europeana` returns sentences as (tokens, BIO tags) after three repairs:

1. punctuation glued to the front or back of a token is split off as its own token
   tagged O (the word keeps its tag); a final `.` stays on initials and common
   abbreviations (`J.`, `Mr.`, `geb.`, `enz.`);
2. BIO is repaired: an I-X that does not follow B-X/I-X becomes B-X;
3. the stream is cut into sentences after `.`, `!` or `?` when the next token starts
   with a capital, a digit or a quote, and any sentence longer than MAX_LEN tokens
   is cut at the next O token after MAX_LEN.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

EUROPEANA_FILE = "europeana-nl/enp_NL.kb.bio"
MAX_LEN = 80

# Lower-case abbreviations whose final dot belongs to the word (19th-century and modern).
ABBREVIATIONS = {
    "art", "bl", "blz", "d", "dr", "enz", "geb", "j", "jr", "jhr", "kol", "l", "ll", "mej", "mevr",
    "mr", "n", "no", "nov", "dec", "jan", "febr", "aug", "sept", "oct", "okt", "p", "pct", "pet",
    "prof", "st", "v", "vgl", "z", "zg", "ned", "gen", "lt", "kapt", "wed", "hr", "sr", "t", "ct",
}
_LEAD = re.compile(r"^([\"'«»„“”‘’(\[*/]+)(?=\w)")
_TRAIL = re.compile(r"(?<=\w)([.,;:!?\"'«»„“”’)\]*]+)$")


def split_token(tok: str) -> list[str]:
    """Split leading/trailing punctuation off one OCR token; keep `'s`, `'t` and abbreviations."""
    if len(tok) == 1 or tok.startswith(("'s", "'t")):
        lead, core = "", tok
    else:
        m = _LEAD.match(tok)
        lead, core = (m.group(1), tok[m.end():]) if m else ("", tok)
    m = _TRAIL.search(core)
    trail = ""
    if m:
        core, trail = core[: m.start()], m.group(1)
        abbreviation = re.fullmatch(r"[A-Za-z]{1,4}", core) and (
            (core[0].isupper() and len(core) <= 3) or core.lower() in ABBREVIATIONS
        )
        if trail.startswith(".") and abbreviation:
            core, trail = core + ".", trail[1:]
    parts = list(lead) + [core] + ([trail] if trail in ("...", "..") else list(trail))
    return [p for p in parts if p]


def _raw(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.open(encoding="utf8"):
        parts = line.split()
        if len(parts) == 2:
            yield parts[0], parts[1]


def clean_stream(pairs: Iterator[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for tok, tag in pairs:
        pieces = split_token(tok)
        core_i = max(range(len(pieces)), key=lambda i: sum(c.isalnum() for c in pieces[i]))
        for i, piece in enumerate(pieces):
            out.append((piece, tag if i == core_i else "O"))
    fixed: list[tuple[str, str]] = []
    prev = "O"
    for tok, tag in out:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append((tok, tag))
        prev = tag
    return fixed


def sentences(stream: list[tuple[str, str]]) -> Iterator[tuple[list[str], list[str]]]:
    toks: list[str] = []
    tags: list[str] = []
    for i, (tok, tag) in enumerate(stream):
        toks.append(tok)
        tags.append(tag)
        nxt = stream[i + 1][0] if i + 1 < len(stream) else ""
        nxt_tag = stream[i + 1][1] if i + 1 < len(stream) else "O"
        end = tok in {".", "!", "?"} and (not nxt or nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"'«„“")
        too_long = len(toks) >= MAX_LEN and not nxt_tag.startswith("I-")
        if end or too_long or not nxt:
            if sum(t[0].isalpha() for t in toks) >= 3:
                if tags[0].startswith("I-"):
                    tags[0] = "B-" + tags[0][2:]
                yield toks, tags
            toks, tags = [], []


def read_europeana(data_dir: Path | str) -> list[tuple[list[str], list[str]]]:
    path = Path(data_dir) / EUROPEANA_FILE
    if not path.exists():
        raise SystemExit(f"missing data file {path}: pass --data pointing at ../shared/data")
    return list(sentences(clean_stream(_raw(path))))
