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
    PRIZE_WORDS,
    SURNAME_TERM_WORDS,
    TERM_HEADS,
    TERM_WORDS,
    ends_in_head,
)

_TERM_COMPOUND_HEADS = TERM_HEADS | EVENT_HEADS


@lru_cache(maxsize=8192)
def _names_a_term(word: str, last: bool = False) -> bool:
    word = word.lower()
    if word in TERM_WORDS and not (last and word in SURNAME_TERM_WORDS):
        return True
    if last and word in LAST_WORD_EVENT_WORDS:
        return True
    return word not in ORGANISATION_PROGRAMMES and ends_in_head(word, _TERM_COMPOUND_HEADS)


_DOCUMENT_OR_PRIZE_HEADS = TERM_HEADS | PRIZE_WORDS


@lru_cache(maxsize=8192)
def _names_a_document_or_prize(word: str) -> bool:
    """``Verdrag``, ``Klimaatakkoord``, ``Staatsprijs``: not events, which take place somewhere
    (``het WTA-toernooi van Hasselt`` is held in Hasselt)."""
    word = word.lower()
    return word in TERM_WORDS or ends_in_head(word, _DOCUMENT_OR_PRIZE_HEADS)


def is_term(ent: Span) -> bool:
    """The entity names a law, programme, plan, report, event, prize or the like by its head noun:
    the first word (``Wet``, ``Omgevingswet``, ``Kaderrichtlijn Water``, ``Nobelprijs``), or the
    last of the run of capitalised words it opens with (``Gemeenschappelijk Landbouwbeleid``,
    ``Burgerlijk Wetboek``, ``Gay Parade``, ``Europees Handvest voor ...``; not ``Raad voor het
    Regeringsbeleid``, nor the person ``Christiaan De Wet``: a last word that is also a surname,
    ``Wet`` or ``Nota``, counts only inside a compound). A name with a word such as ``Stichting``
    in it is an organisation whatever it ends in (``Stichting Holland Festival``)."""
    words = [token.text for token in ent]
    if any(word.lower() in ORGANISATION_NOUNS for word in words):
        return False
    if words[0][:1].isupper() and _names_a_term(words[0]):
        return True
    head = _capitalised_head(words)
    return len(head) > 1 and _names_a_term(head[-1], last=True)


def _capitalised_head(words: list[str]) -> list[str]:
    """The capitalised words a name opens with, up to its first word in lower case (``Europese
    Handvest`` of ``Europese Handvest voor Regionale en Minderheidstalen``)."""
    head = []
    for word in words:
        if not word[:1].isupper():
            break
        head.append(word)
    return head


def is_inside_title(ent: Span) -> bool:
    """The entity is part of a longer title the guideline leaves out, as its context shows: a
    place after a capitalised treaty, declaration or prize and ``van`` (``Verdrag van Nice``,
    ``Verklaring van Laken``, ``Staatsprijs van België``; not after an event, ``het
    WTA-toernooi van Hasselt``), a name before a capitalised event word (``Roze Zaterdag``,
    ``Holland Festival``), or before a lower-case prize word (``de Ton Lutz prijs``)."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "van":
        title = doc[ent.start - 2].text
        if title[:1].isupper() and _names_a_document_or_prize(title):
            return True
    if ent.end < len(doc):
        following = doc[ent.end]
        if following.lower_ in PRIZE_WORDS and following.is_lower:
            return True
        if following.text[:1].isupper() and following.lower_ in LAST_WORD_EVENT_WORDS and not following.is_sent_start:
            return True
    return False
