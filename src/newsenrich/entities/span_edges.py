"""Mending the edges of a name's span where the words around it show them.

A capitalised article inside a sentence belongs to the name after it (``meldt Het
Financieele Dagblad``), so does a legal form after it (``Van Ommeren Wonen B.V.``),
and a compound noun for an organisation or a person that opens the sentence does
not (``Muzikantenvakbond Ntb``), though it gives the name its type.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsenrich.entities.sentence_starts import opens_sentence
from newsenrich.entities.stated_types import stated_type
from newsenrich.lang.nl.places import is_place_name
from newsenrich.lang.nl.type_nouns import LEGAL_FORMS, TYPE_NOUNS

_ARTICLES = frozenset({"De", "Het", "Den", "The"})


def mended_span(doc: Doc, ent: Span, label: str, label_map: dict[str, str]) -> tuple[int, int, str]:
    """Start, end and label of ``ent`` (labelled ``label`` so far) with its edges mended;
    ``label_map`` maps the backend's upper-cased labels to PER, LOC and ORG."""
    start, end = ent.start, ent.end
    if article_of_the_name(doc, ent):
        start -= 1
    elif (opening_type := opening_type_noun(doc, ent)) is not None:
        start += 1
        label = label_spelling(opening_type, label, label_map)
    if legal_form_after(doc, ent):
        end += 1
        label = label_spelling("ORG", label, label_map)
    return start, end, label


def article_of_the_name(doc: Doc, ent: Span) -> bool:
    """``meldt Het Financieele Dagblad``: a capitalised article between a lower-case word and a
    name belongs to the name (``volgens De Telegraaf``, ``in The Economist``). After anything else
    it may open a sentence the segmenter missed (``DEN HAAG - De Eerste Kamer``, ``4.1 De
    Belastingdienst``)."""
    if ent.start < 2:
        return False
    before = doc[ent.start - 1]
    word = doc[ent.start - 2]
    return before.text in _ARTICLES and before.ent_iob_ == "O" and word.is_lower and word.is_alpha


def opening_type_noun(doc: Doc, ent: Span) -> str | None:
    """``Muzikantenvakbond Ntb wil ...``: a name whose first word opens the sentence and is a
    compound ending in a noun for an organisation or a person starts after it, with that type
    (``Oud-minister Hoekstra``). A single type noun (``Stichting Vrienden van het RPhO``) is part
    of the name, and so is one before a known place (``Rijksuniversiteit Groningen``,
    ``Havenbedrijf Rotterdam``)."""
    first = ent[0]
    if len(ent) < 2 or not opens_sentence(first) or not first.text[1:].islower():
        return None
    stated = stated_type(first.text, True)
    if stated not in ("ORG", "PER") or first.lower_ in TYPE_NOUNS[stated] or is_place_name(ent[1:].text):
        return None  # (place nouns end too many names: ``Lode|wijk``, ``Hol|land``)
    return stated


def legal_form_after(doc: Doc, ent: Span) -> bool:
    """``Kernwerk N.V.``, ``Akkerland U.A.``: a legal form right after a name belongs to it."""
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    written_so = not after.is_lower or after.lower_ in ("plc", "vzw", "inc.", "ltd.")
    return after.lower_ in LEGAL_FORMS and written_so and after.ent_iob_ not in ("B", "I")


def label_spelling(mapped: str, current: str, label_map: dict[str, str]) -> str:
    """The backend's label for PER, LOC or ORG (the current label when the map has none for it)."""
    if label_map.get(current.upper()) == mapped:
        return current
    return next((label for label, target in label_map.items() if target == mapped), current)
