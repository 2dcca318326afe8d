"""The ``newsenrich_name_checks`` spaCy component: the text itself says what is (not) a name.

A statistical NER judges a capitalised word from the few words around it. The
rest of the text often knows better, and this component removes the entities
it contradicts and retypes those whose type it states, before names are spread
and clustered:

- **An ordinary word at the start of a sentence.** A one-word entity that opens
  a sentence (or a heading, or a list item) is dropped when the same word is
  written in lower case elsewhere in the text (``Gedrag`` opening a heading of a
  report that speaks of ``gedrag`` throughout), or is a Dutch word that the NER's
  training text never uses as a name (``Oorzaak``, ``Jaarlijkse``;
  ``lang/nl/common_words.txt``, written by ``training/build_common_words.py``;
  a word with an inner capital, ``PerspectieF``, is not read so). It is kept when the capitalised
  word also occurs inside a sentence, or is the surname of a person named in
  full elsewhere in the text (``Bakker zei`` after ``Anna Bakker``).
- **An abbreviation defined as something that is not a name.** Reports and news
  introduce abbreviations in parentheses: ``de jeugdgezondheidszorg (JGZ)``,
  ``de Wet maatschappelijke ondersteuning (Wmo)``. When the words before the
  parenthesis spell the abbreviation (found as Schwartz and Hearst find them)
  and either name a law, programme or policy (below; ``Wtp``, ``APV``) or, for an
  acronym of two or more capitals, are ordinary words (no entity, at most one
  capitalised word not opening the sentence), every entity that is just the
  abbreviation is dropped. A short word such as ``Wmo`` counts as an abbreviation
  only when its long form is a law, programme or policy. (Giving an abbreviation the label of its
  long form was tried and dropped: it copies the NER's mistakes on long forms.)
- **A type the text states.** A noun right before a name that says what it is
  (``supermarktconcern Laurus``, ``de havenstad Antwerpen``, ``SP-kamerlid Kant``;
  the nouns are in ``lang/nl/type_nouns.py``) gives that mention its type,
  whatever the NER guessed from its looks, and so every other mention of the
  name (the type stated most often wins; a tie changes nothing). A person noun
  before a known place (``burgemeester Istanbul``, headline shorthand) is no
  evidence. A name also states its own type when it ends in a word such as
  ``Holding``, ``Ventures`` or ``Spaarbank`` or holds a legal form (``B.V.``,
  ``GmbH``): it is an organisation. So is a name the NER took for a person, or an
  acronym, right after a person and ``van`` (``Alexis Tsipras van Syriza``,
  ``Rafael Grossi van het IAEA``): where that person works.
- **A word for the inhabitants of a place, or its adjective.** A one-word
  entity that is a known place name with a demonym ending (``Surinamers``,
  ``Oekraïners``, ``Enschedeër``, ``Servisch``; ``lang/nl/places.is_demonym``) is
  dropped, unless it is the surname of a person named in full in the text. (A
  surname shaped so, ``Schilders`` after the Belgian town Schilde, is dropped too
  when it stands alone in a text.)
- **A law, programme or policy, an event, prize or register.** An entity headed by a
  noun such as ``wet``, ``richtlijn``, ``verdrag``, ``akkoord``, ``programma`` or
  ``beleid`` (``Omgevingswet``, ``Kaderrichtlijn Water``, ``Gemeenschappelijk
  Landbouwbeleid``), or ending in an event, prize or register word (``Gay Parade``,
  ``KNVB Beker``, ``Australian Open``, ``Nobelprijs``, ``Handelsregister``; the heads are
  in ``lang/nl/type_nouns.py``) names something the guideline leaves out, and is
  dropped; the United Nations programmes that are organisations
  (``Wereldvoedselprogramma``) and names with a word such as ``Stichting`` in them
  are kept.
- **A noun saying that no name follows.** After ``festival``, ``subsidieregeling``,
  ``film``, ``album``, ``methode`` and the like (``NOT_NAME_NOUNS``) the capitalised
  words are the title of an event, work, scheme or product, and that mention is
  dropped (not the name's other mentions, nor a known place's name).
- **An inflected adjective alone** (``Erfelijke``, ``Zorggerichte``, ``Betrouwbare``:
  ``lang/nl/common_words.is_inflected_adjective``) is no name.
- **A section number.** An entity with a token shaped like a section or
  paragraph number (``U1.2.3``, ``3.2.1``) is dropped: numbering is not a name.

Spans are mended where the text shows their edges: a capitalised article between a
lower-case word and a name joins it (``meldt Het Financieele Dagblad``), a legal
form after a name joins it (``Van Ommeren Wonen B.V.``), and a compound noun for an
organisation or person that opens the sentence is cut off and gives its type
(``Muzikantenvakbond Ntb``).

Only entities whose label maps to PER, LOC or ORG are judged; a backend's other
labels pass untouched.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsenrich.entities.abbreviations import ACRONYM, defined_abbreviations
from newsenrich.entities.labels import DEFAULT_LABEL_MAP, LabelMapComponent
from newsenrich.entities.repeated_names import surname_forms
from newsenrich.lang.nl.common_words import is_common_word, is_inflected_adjective
from newsenrich.lang.nl.places import is_demonym, is_place_name
from newsenrich.lang.nl.type_nouns import (
    EVENT_HEADS,
    LAST_WORD_EVENT_WORDS,
    LEGAL_FORMS,
    ORGANISATION_COMPOUND_HEADS,
    ORGANISATION_LAST_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_PROGRAMMES,
    STAFF_NOUNS,
    SURNAME_TERM_WORDS,
    TERM_HEADS,
    TERM_WORDS,
    TYPE_NOUNS,
)

NOT_A_NAME = ""  # the type a noun such as ``festival`` or ``subsidieregeling`` states
SECTION_NUMBER = re.compile(r"^(?:[A-Z]{1,3}\d+(?:\.\d+)+|\d+(?:\.\d+){2,})\.?$")


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


def _ordinary_initial_words(doc: Doc, ents: list[Span], surnames: set[tuple[str, ...]]) -> set[int]:
    """Token indices of one-word entities at a sentence start that are ordinary words: written in
    lower case elsewhere in the text, or common Dutch words (and never inside a sentence here)."""
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
    dropped = set()
    for token in candidates:
        ordinary = token.lower in written or (token.text[1:].islower() and is_common_word(token.text))
        if not ordinary or (token.text,) in surnames:
            continue
        elsewhere = numpy.flatnonzero(orths == token.orth)
        if all(_opens_sentence(doc[int(i)]) for i in elsewhere):
            dropped.add(token.i)
    return dropped


def _abbreviations_of_ordinary_words(doc: Doc, ents: list[Span]) -> set[str]:
    """Defined abbreviations of what is not a name: of a law, programme or policy (``de Wet
    toekomst pensioenen (Wtp)``), or of ordinary words, a long form with no entity in it and at
    most one capitalised word (``de jeugdgezondheidszorg (JGZ)``)."""
    found = set()
    for short, (start, end) in defined_abbreviations(doc).items():
        if is_term(doc[start:end]):
            found.add(short)
            continue
        if not ACRONYM.match(short) or any(ent.start < end and start < ent.end for ent in ents):
            continue
        capitalised = [token for token in doc[start:end] if token.text[:1].isupper() and not _opens_sentence(token)]
        if len(capitalised) <= 1:  # the NER missing a capitalised long form (a real name) proves nothing
            found.add(short)
    return found


@lru_cache(maxsize=8192)
def stated_type(word: str, opens_sentence: bool = False) -> str | None:
    """PER, LOC or ORG when ``word`` is (or ends in) a noun that says so, ``NOT_A_NAME`` when it
    says that what follows is no name (``festival``, ``subsidieregeling``), else None. The noun is
    written in lower case (after a hyphen: ``SP-kamerlid``), or capitalised as a sentence opener.
    Of the nouns a compound ends in, the longest decides (``festival|organisatie`` is ORG)."""
    word = word.rsplit("-", 1)[-1]
    if opens_sentence:
        word = word[:1].lower() + word[1:]
    if not word.islower():
        return None
    for label, nouns in TYPE_NOUNS.items():
        if word in nouns:
            return label
    best: tuple[int, str] | None = None
    for label, nouns in TYPE_NOUNS.items():
        for noun in nouns:
            if len(noun) >= 4 and word.endswith(noun) and (best is None or len(noun) > best[0]):
                best = (len(noun), label)
    return best[1] if best is not None else None


def names_an_organisation(ent: Span) -> bool:
    """The name says it is an organisation: a legal form in it (``B.V.``, ``GmbH``), or a last word
    such as ``Holding``, ``Ventures`` or ``Spaarbank``."""
    words = [token.text for token in ent]
    if len(words) < 2 or not all(word[:1].isupper() or not word[:1].isalpha() for word in words):
        return False
    if any(word.lower() in LEGAL_FORMS for word in words[1:]):
        return True
    last = words[-1].lower()
    return last in ORGANISATION_LAST_WORDS or any(
        last.endswith(head) and len(last) - len(head) >= 3 for head in ORGANISATION_COMPOUND_HEADS
    )


def _affiliation(doc: Doc, ent: Span, label_map: dict[str, str]) -> bool:
    """``Alexis Tsipras van Syriza``, ``Rafael Grossi van het IAEA``: a name after a person and
    ``van`` (``de``, ``het``) is where the person works. Only a name the NER took for a person, or an
    acronym, is read so: a place name there is the person's municipality, province or diocese
    (``burgemeester Jaap Velema van Westerwolde``), and many of those are on no list."""
    if label_map[ent.label_.upper()] != "PER" and not (len(ent) == 1 and ent.text.isupper() and len(ent.text) > 1):
        return False
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ("de", "het"):
        i -= 1
    if i < 1 or doc[i].lower_ != "van" or is_place_name(ent.text):
        return False
    before = doc[i - 1]
    person = before.ent_iob_ in ("I", "B") and label_map.get(before.ent_type_.upper()) == "PER"
    return person and before.text[:1].isupper()


def _employer(doc: Doc, ent: Span) -> bool:
    """``een woordvoerder van Harcourt``, ``analisten van Kepler Cheuvreux``: a name after a noun for
    a firm's staff and ``van`` (``de``, ``het``) is an organisation, unless it is a known place
    (``een woordvoerder van Amsterdam`` speaks for the city)."""
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ("de", "het"):
        i -= 1
    if i < 1 or doc[i].lower_ != "van" or is_place_name(ent.text):
        return False
    noun = doc[i - 1].lower_.rsplit("-", 1)[-1]
    return noun in STAFF_NOUNS


def _stated_labels(doc: Doc, ents: list[Span], label_map: dict[str, str]) -> dict[int, str]:
    """New labels (as the backend spells them), by start token, for mentions of names whose type
    the text states: a mention with a type noun before it takes that type, and the other mentions
    of the same name take the type stated most often for it. A mention after a noun that says it
    is no name (``het festival Lowlands``) gets ``NOT_A_NAME``; that statement is not spread (``de
    film Oppenheimer`` says nothing of the physicist), nor made of a known place's name."""
    statements: dict[int, str] = {}
    distrusted: set[int] = set()
    not_names: dict[int, str] = {}
    for ent in ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        stated = stated_type(before.text, _opens_sentence(before)) if before is not None else None
        if stated == NOT_A_NAME:
            if not is_place_name(ent.text):
                not_names[ent.start] = NOT_A_NAME
            continue
        if stated is None and names_an_organisation(ent):
            stated = "ORG"
        if stated is None and (_affiliation(doc, ent, label_map) or _employer(doc, ent)):
            stated = "ORG"
        if stated is None:
            continue
        if stated == "PER" and label_map[ent.label_.upper()] == "LOC" and is_place_name(ent.text):
            distrusted.add(ent.start)  # ``burgemeester Istanbul``: headline shorthand for the mayor of a known place
        else:
            statements[ent.start] = stated
    if not statements:
        return not_names
    votes: dict[str, Counter[str]] = {}
    for ent in ents:
        if ent.start in statements:
            votes.setdefault(ent.text, Counter())[statements[ent.start]] += 1
    by_name = {}
    for text, counts in votes.items():
        (stated, n), *rest = counts.most_common()
        if not rest or rest[0][1] < n:  # a tie: the text says two things
            by_name[text] = stated
    own_spelling = {label_map[ent.label_.upper()]: ent.label_ for ent in ents}
    for label, mapped in label_map.items():
        own_spelling.setdefault(mapped, label)
    relabelled = {}
    for ent in ents:
        if ent.start in distrusted:
            continue
        stated = statements.get(ent.start) or by_name.get(ent.text)
        if stated is not None and stated in own_spelling and stated != label_map[ent.label_.upper()]:
            relabelled[ent.start] = own_spelling[stated]  # (a map with no label for the type cannot retype)
    return relabelled | not_names


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


@lru_cache(maxsize=8192)
def _names_an_organisation_type(word: str) -> bool:
    return word.lower() in ORGANISATION_NOUNS

def is_term(ent: Span) -> bool:
    """The entity names a law, programme, plan, report, event, prize or the like by its head noun:
    the first word (``Wet``, ``Omgevingswet``, ``Kaderrichtlijn Water``, ``Nobelprijs``), or the
    last of a run of capitalised words (``Gemeenschappelijk Landbouwbeleid``, ``Burgerlijk
    Wetboek``, ``Gay Parade``; not ``Raad voor het Regeringsbeleid``, nor the person ``Christiaan
    De Wet``: a last word that is also a surname, ``Wet`` or ``Nota``, counts only inside a
    compound). A name with a word such as ``Stichting`` in it is an organisation whatever it ends
    in (``Stichting Holland Festival``)."""
    words = [token.text for token in ent]
    if any(_names_an_organisation_type(word) for word in words):
        return False
    if words[0][:1].isupper() and _names_a_term(words[0]):
        return True
    capitalised = len(words) > 1 and all(word[:1].isupper() for word in words)
    return capitalised and _names_a_term(words[-1], last=True)


def _article_of_the_name(doc: Doc, ent: Span) -> bool:
    """``meldt Het Financieele Dagblad``: a capitalised article between a lower-case word and a
    name belongs to the name (``volgens De Telegraaf``, ``in The Economist``). After anything else
    it may open a sentence the segmenter missed (``DEN HAAG - De Eerste Kamer``, ``4.1 De
    Belastingdienst``)."""
    if ent.start < 2:
        return False
    before = doc[ent.start - 1]
    word = doc[ent.start - 2]
    return before.text in _ARTICLES and before.ent_iob_ == "O" and word.is_lower and word.is_alpha


_ARTICLES = frozenset({"De", "Het", "Den", "The"})


def checked_entities(doc: Doc, label_map: dict[str, str] = DEFAULT_LABEL_MAP) -> list[Span]:
    """``doc.ents`` without the entities the text contradicts, and with the types it states."""
    upper_map = {k.upper(): v for k, v in label_map.items()}
    judged = [ent for ent in doc.ents if ent.label_.upper() in upper_map]
    persons = [ent for ent in judged if upper_map[ent.label_.upper()] == "PER"]
    surnames = {form for ent in persons for form in surname_forms(tuple(token.text for token in ent))}
    ordinary_words = _ordinary_initial_words(doc, judged, surnames)
    ordinary_abbreviations = _abbreviations_of_ordinary_words(doc, judged)
    relabelled = _stated_labels(doc, judged, upper_map)

    def contradicted(ent: Span) -> bool:
        if len(ent) == 1 and (ent.start in ordinary_words or ent.text.removesuffix("'s") in ordinary_abbreviations):
            return True
        if len(ent) == 1 and (ent.text,) not in surnames and is_demonym(ent.text):
            return True
        if len(ent) == 1 and is_inflected_adjective(ent.text):
            return True
        return is_term(ent) or any(SECTION_NUMBER.match(token.text) for token in ent)

    kept: list[Span] = []
    for ent in doc.ents:
        if ent.label_.upper() not in upper_map:
            kept.append(ent)
        elif contradicted(ent) or relabelled.get(ent.start) == NOT_A_NAME:
            continue
        else:
            start, end, label = ent.start, ent.end, relabelled.get(ent.start, ent.label_)
            if _article_of_the_name(doc, ent):
                start -= 1
            elif (opening_type := _opening_type_noun(doc, ent)) is not None:
                start += 1
                label = _spelling(opening_type, ent.label_, upper_map)
            if _legal_form_after(doc, ent):
                end += 1
                label = _spelling("ORG", label, upper_map)
            same = (start, end, label) == (ent.start, ent.end, ent.label_)
            kept.append(ent if same else Span(doc, start, end, label=label))
    return kept


def _spelling(mapped: str, current: str, label_map: dict[str, str]) -> str:
    """The backend's label for PER, LOC or ORG (the current label when the map has none for it)."""
    if label_map.get(current.upper()) == mapped:
        return current
    return next((label for label, target in label_map.items() if target == mapped), current)


def _opening_type_noun(doc: Doc, ent: Span) -> str | None:
    """``Muzikantenvakbond Ntb wil ...``: a name whose first word opens the sentence and is a
    compound ending in a noun for an organisation or a person starts after it, with that type
    (``Oud-minister Hoekstra``). A single type noun (``Stichting
    Vrienden van het RPhO``) is part of the name, and so is one before a known place
    (``Rijksuniversiteit Groningen``, ``Havenbedrijf Rotterdam``)."""
    first = ent[0]
    if len(ent) < 2 or not _opens_sentence(first) or not first.text[1:].islower():
        return None
    stated = stated_type(first.text, True)
    if stated not in ("ORG", "PER") or first.lower_ in TYPE_NOUNS[stated] or is_place_name(ent[1:].text):
        return None  # (place nouns end too many names: ``Lode|wijk``, ``Hol|land``)
    return stated


def _legal_form_after(doc: Doc, ent: Span) -> bool:
    """``Kernwerk N.V.``, ``Akkerland U.A.``: a legal form right after a name belongs to it."""
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    written_so = not after.is_lower or after.lower_ in ("plc", "vzw", "inc.", "ltd.")
    return after.lower_ in LEGAL_FORMS and written_so and after.ent_iob_ != "I" and after.ent_iob_ != "B"


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
