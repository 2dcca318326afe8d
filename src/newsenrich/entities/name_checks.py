"""The ``newsenrich_name_checks`` spaCy component: the text itself says what is not a name.

A statistical NER judges a capitalised word from the few words around it. The
rest of the text often knows better, and this component removes the entities
it contradicts, before names are spread and clustered:

- **An ordinary word at the start of a sentence.** A one-word entity that opens
  a sentence (or a heading, or a list item) is dropped when the same word is
  written in lower case elsewhere in the text (``Gedrag`` opening a heading of a
  report that speaks of ``gedrag`` throughout). It is kept when the capitalised
  word also occurs inside a sentence, or is the surname of a person named in
  full elsewhere in the text (``Bakker zei`` after ``Anna Bakker``).
- **An abbreviation defined as something that is not a name.** Reports and news
  introduce abbreviations in parentheses: ``de jeugdgezondheidszorg (JGZ)``,
  ``de Wet maatschappelijke ondersteuning (Wmo)``. When the words before the
  parenthesis spell the abbreviation and the NER marked none of them, every
  entity that is just the abbreviation is dropped; when one entity covers them
  exactly, the abbreviation's entities take its label.
- **A section number.** An entity with a token shaped like a section or
  paragraph number (``U1.2.3``, ``3.2.1``) is dropped: numbering is not a name.

Only entities whose label maps to PER, LOC or ORG are judged; a backend's other
labels pass untouched.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsenrich.entities.labels import DEFAULT_LABEL_MAP, LabelMapComponent
from newsenrich.entities.repeated_names import surname_forms

SECTION_NUMBER = re.compile(r"^(?:[A-Z]{1,3}\d+(?:\.\d+)+|\d+(?:\.\d+){2,})\.?$")
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:'s)?$")
_MAX_EXTRA_WORDS = 5  # Schwartz and Hearst's window: a long form of an n-letter
# abbreviation has at most min(n + 5, 2n) words


def _opens_sentence(token: Token) -> bool:
    """The token is the first word of its sentence (quotes, dashes and list marks before it aside)."""
    i = token.i
    doc = token.doc
    while i > 0 and not doc[i].is_sent_start:
        previous = doc[i - 1]
        if not (previous.is_punct or previous.is_space or previous.like_num or SECTION_NUMBER.match(previous.text)):
            return False
        i -= 1
    return True


def _ordinary_initial_words(doc: Doc, ents: list[Span], persons: list[Span]) -> set[int]:
    """Token indices of one-word entities at a sentence start that the text writes in lower case elsewhere."""
    candidates = [
        ent[0]
        for ent in ents
        if len(ent) == 1 and ent[0].text[:1].isupper() and not ent[0].is_upper and _opens_sentence(ent[0])
    ]
    if not candidates:
        return set()
    orths = doc.to_array(ORTH)
    wanted = [token.lower for token in candidates] + [token.orth for token in candidates]
    present = orths[numpy.isin(orths, numpy.array(wanted, dtype=orths.dtype))]
    written = {int(orth) for orth in present}
    surnames = {form for ent in persons for form in surname_forms(tuple(token.text for token in ent))}
    dropped = set()
    for token in candidates:
        if token.lower not in written or (token.text,) in surnames:
            continue
        elsewhere = numpy.flatnonzero(orths == token.orth)
        if all(_opens_sentence(doc[int(i)]) for i in elsewhere):
            dropped.add(token.i)
    return dropped


def _initials_match(short: str, words: list[str]) -> bool:
    """Schwartz-Hearst match: the letters of ``short`` occur, right to left, in ``words``,
    the first of them at the start of the first word."""
    text = " ".join(words).lower()
    letters = [ch.lower() for ch in short if ch.isalnum()]
    position = len(text) - 1
    for k in range(len(letters) - 1, -1, -1):
        letter = letters[k]
        while position >= 0 and (text[position] != letter or (k == 0 and position > 0 and text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def defined_abbreviations(doc: Doc) -> dict[str, tuple[int, int]]:
    """Abbreviations written in parentheses after their long form, each with the token span of that long form."""
    found: dict[str, tuple[int, int]] = {}
    orths = doc.to_array(ORTH)
    for i in numpy.flatnonzero(orths == doc.vocab.strings["("]).tolist():
        if not 0 < i < len(doc) - 2 or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        if not _ABBREVIATION.match(short):
            continue
        short = short.removesuffix("'s")
        n = len(short)
        limit = max(i - min(n + _MAX_EXTRA_WORDS, 2 * n), 0)
        start = i  # the long form lies in doc[start:i]: no punctuation, no sentence start inside
        while start > limit and not doc[start - 1].is_punct and not doc[start].is_sent_start:
            start -= 1
        # the shortest run of words ending at the parenthesis that spells the abbreviation
        for first in range(i - 1, start - 1, -1):
            words = [token.text for token in doc[first:i]]
            if _initials_match(short, words):
                found.setdefault(short, (first, i))
                break
    return found


def _abbreviation_verdicts(doc: Doc, ents: list[Span]) -> dict[str, str | None]:
    """For each defined abbreviation, None (its long form is not a name) or the label of its long form."""
    verdicts: dict[str, str | None] = {}
    for short, (start, end) in defined_abbreviations(doc).items():
        inside = [ent for ent in ents if ent.start < end and start < ent.end]
        if inside:
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
                verdicts[short] = inside[0].label_
            continue
        capitalised = [t for t in doc[start:end] if t.text[:1].isupper() and not _opens_sentence(t)]
        if len(capitalised) <= 1:  # a phrase of ordinary words (the NER missing a real name's long form proves nothing)
            verdicts[short] = None
    return verdicts


def checked_entities(doc: Doc, label_map: dict[str, str] = DEFAULT_LABEL_MAP) -> list[Span]:
    """``doc.ents`` without the entities the text contradicts, and abbreviations relabelled like their long form."""
    upper_map = {k.upper(): v for k, v in label_map.items()}
    judged = [ent for ent in doc.ents if ent.label_.upper() in upper_map]
    persons = [ent for ent in judged if upper_map[ent.label_.upper()] == "PER"]
    drop = _ordinary_initial_words(doc, judged, persons)
    verdicts = _abbreviation_verdicts(doc, judged)
    kept: list[Span] = []
    for ent in doc.ents:
        if ent.label_.upper() not in upper_map:
            kept.append(ent)
            continue
        if ent.start in drop and len(ent) == 1:
            continue
        if any(SECTION_NUMBER.match(token.text) for token in ent):
            continue
        key = ent.text.removesuffix("'s")
        if key in verdicts and len(ent) == 1:
            label = verdicts[key]
            if label is None:
                continue
            if label != ent.label_:
                ent = Span(doc, ent.start, ent.end, label=label)
        kept.append(ent)
    return kept


class NameChecker(LabelMapComponent):
    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        kept = checked_entities(doc, self.label_map)
        if len(kept) != len(doc.ents) or any(a.label != b.label for a, b in zip(kept, doc.ents)):
            doc.set_ents(kept, default="outside")
        return doc


@Language.factory(
    "newsenrich_name_checks",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"label_map": DEFAULT_LABEL_MAP},
)
def make_name_checks(nlp: Language, name: str, label_map: dict[str, str]) -> NameChecker:
    return NameChecker(nlp, name, label_map=label_map)
