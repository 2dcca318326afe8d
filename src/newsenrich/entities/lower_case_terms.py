"""Capitalised terms: a "name" of several words that the same text also writes in lower case.

Reports and policy texts capitalise their own terms (``het Basistakenpakket
Jeugdgezondheidszorg``, ``het Integraal Dossier``) while writing the same words in
lower case elsewhere (``het basistakenpakket``, ``de jeugdgezondheidszorg``). A
name is not written so: ``Tweede Kamer``, ``Rode Kruis`` and ``Openbaar
Ministerie`` keep their capitals. An entity of two or more words is taken for such
a term when each of its words is written in lower case elsewhere in the text (or is
an abbreviation the text defines as ordinary words, ``JGZ``), none is shorter than
four letters, a particle of a person's name or a noun for an institution
(``Kamer``, ``Ministerie``, ``Bank``), and it is not a known place nor a person's
surname.

One-word entities are not judged so: too many names are ordinary words too
(``Oranje``, ``Normaal``, ``Voeren``, ``Margriet``, ``Markt``), which a text may
also write in lower case.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from newsenrich.lang.nl.name_particles import NAME_PARTICLES
from newsenrich.lang.nl.places import is_place_name
from newsenrich.lang.nl.type_nouns import INSTITUTION_WORDS, ORGANISATION_NOUNS

_MIN_WORD_LENGTH = 4
# adjectives and numerals make the names of squares, buildings and units (``Grote Markt``,
# ``Oude Garde``, ``Hoofdstedelijk Gewest``) from words a text also uses in lower case
_ADJECTIVE_ENDINGS = ("e", "lijk", "isch")
_INSTITUTION_NOUNS = ORGANISATION_NOUNS | INSTITUTION_WORDS
# compounds ending in one of them name institutions too (``Reken|kamer``, ``Plan|bureau``)
_INSTITUTION_HEADS = tuple(word for word in _INSTITUTION_NOUNS if len(word) >= _MIN_WORD_LENGTH)


def lower_case_terms(doc: Doc, ents: list[Span], ordinary_abbreviations: set[str], surnames: set[tuple[str, ...]]) -> set[int]:
    """Start indices of the entities of ``ents`` that are capitalised terms of this text."""
    candidates = [ent for ent in ents if len(ent) > 1]
    if not candidates:
        return set()
    lower_case = _lower_case_orths(doc)
    found = set()
    for ent in candidates:
        words = [token for token in ent if not token.is_punct]
        if len(words) < 2 or is_place_name(ent.text) or tuple(token.text for token in ent) in surnames:
            continue
        if all(_ordinary(token, lower_case, ordinary_abbreviations) for token in words):
            found.add(ent.start)
    return found


def _lower_case_orths(doc: Doc) -> set[int]:
    """The orth ids of the text's tokens written in lower case."""
    table = doc.to_array([ORTH, IS_LOWER])
    return {int(orth) for orth in numpy.unique(table[table[:, 1] == 1, 0])}


def _ordinary(token: Token, lower_case: set[int], ordinary_abbreviations: set[str]) -> bool:
    """The capitalised word is written in lower case elsewhere (``lower_case``: the orth ids of
    the text's lower-case tokens), or is an abbreviation of ordinary words."""
    text = token.text
    if text in ordinary_abbreviations:
        return True
    if len(text) < _MIN_WORD_LENGTH or not text.isalpha() or text.islower():
        return False
    lower = text.lower()
    if lower in NAME_PARTICLES or lower in _INSTITUTION_NOUNS or lower.endswith(_INSTITUTION_HEADS):
        return False
    if lower.endswith(_ADJECTIVE_ENDINGS):
        return False
    return token.lower in lower_case
