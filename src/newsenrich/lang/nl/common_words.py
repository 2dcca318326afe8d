"""Dutch words that are never names (``common_words.txt``, lower case).

Written by ``training/build_common_words.py``: the words the NER's training text
writes in lower case and never with a capital inside a sentence. A one-word
entity opening a sentence that is one of these (``Oorzaak``, ``Jaarlijkse``) is an
ordinary word with a capital, not a name.
"""

from __future__ import annotations

from functools import lru_cache

from newsenrich.lang.nl.word_list_files import read_word_list


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The bundled common words, lower-cased (read once per process)."""
    return read_word_list("common_words.txt")


def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case) is a Dutch word the training text never uses as a name."""
    return word.lower() in common_words()


# Endings of inflected Dutch adjectives and participles that no name in the NER's training
# text, the bundled place names or the name pools ends in (checked against all of them):
# ``Erfelijke``, ``Betrouwbare``, ``Tropische``, ``Creatieve``, ``Visuele``,
# ``Zorggerichte``, ``Risicoreducerende``, ``Geïnteresseerde``. Endings that do end names
# are left out: ``-lijk`` (``Stedelijk``), ``-ende`` (``Balkenende``, ``Oostende``), ``-ele``
# (``Borssele``), ``-ale`` (``Pascale``).
_ADJECTIVE_ENDINGS = ("lijke", "bare", "ische", "ieve", "uele", "erende", "gerichte", "eerde")


def is_inflected_adjective(word: str) -> bool:
    """Whether ``word`` ends like an inflected adjective or participle (``Erfelijke``,
    ``Zorggerichte``): one word so shaped is never a name on its own."""
    lower = word.lower()
    return lower.isalpha() and any(lower.endswith(ending) and len(lower) > len(ending) + 2 for ending in _ADJECTIVE_ENDINGS)
