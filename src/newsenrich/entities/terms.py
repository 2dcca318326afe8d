"""Names of things the annotation guideline leaves out, read from their head noun.

Laws, treaties, programmes, policies and reports (``Omgevingswet``, ``Kaderrichtlijn
Water``, ``Gemeenschappelijk Landbouwbeleid``), and events, prizes, registers and
codes (``Gay Parade``, ``KNVB Beker``, ``Nobelprijs``, ``Handelsregister``) are not
persons, places or organisations. The heads are in ``lang/nl/type_nouns.py``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from newsenrich.lang.nl.type_nouns import (
    EVENT_HEADS,
    LAST_WORD_EVENT_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_PROGRAMMES,
    SURNAME_TERM_WORDS,
    TERM_HEADS,
    TERM_WORDS,
)

_TERM_COMPOUND_HEADS = TERM_HEADS | EVENT_HEADS


@lru_cache(maxsize=8192)
def _names_a_term(word: str, last: bool = False) -> bool:
    word = word.lower()
    if word in TERM_WORDS and not (last and word in SURNAME_TERM_WORDS):
        return True
    if last and word in LAST_WORD_EVENT_WORDS:
        return True
    return word not in ORGANISATION_PROGRAMMES and any(
        word.endswith(head) and len(word) - len(head) >= 3 for head in _TERM_COMPOUND_HEADS
    )


def is_term(ent: Span) -> bool:
    """The entity names a law, programme, plan, report, event, prize or the like by its head noun:
    the first word (``Wet``, ``Omgevingswet``, ``Kaderrichtlijn Water``, ``Nobelprijs``), or the
    last of a run of capitalised words (``Gemeenschappelijk Landbouwbeleid``, ``Burgerlijk
    Wetboek``, ``Gay Parade``; not ``Raad voor het Regeringsbeleid``, nor the person ``Christiaan
    De Wet``: a last word that is also a surname, ``Wet`` or ``Nota``, counts only inside a
    compound). A name with a word such as ``Stichting`` in it is an organisation whatever it ends
    in (``Stichting Holland Festival``)."""
    words = [token.text for token in ent]
    if any(word.lower() in ORGANISATION_NOUNS for word in words):
        return False
    if words[0][:1].isupper() and _names_a_term(words[0]):
        return True
    capitalised = len(words) > 1 and all(word[:1].isupper() for word in words)
    return capitalised and _names_a_term(words[-1], last=True)
