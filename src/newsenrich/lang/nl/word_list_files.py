"""Reading the word lists bundled as text files beside this module (one entry a line, ``#`` comments)."""

from __future__ import annotations

from importlib.resources import files


def read_word_list(filename: str) -> frozenset[str]:
    """The non-empty, non-comment lines of the bundled ``filename``."""
    text = files(__package__).joinpath(filename).read_text(encoding="utf8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
