"""Types the text states for a name: the noun before it, its own last word, whom it employs.

News introduces an unfamiliar name with a noun in apposition (``supermarktconcern
Laurus``, ``de havenstad Antwerpen``, ``SP-kamerlid Kant``) or a plural noun before
a list (``bedrijven als Shell en Unilever``), or says what it is in
the name itself (``Heijmerink Holding``, ``Van Wijk Kaas B.V.``) or around it
(``Alexis Tsipras van Syriza``, ``een woordvoerder van Harcourt``). Some nouns say
that no name follows at all (``het festival Lowlands``, ``de subsidieregeling
...``). The nouns are in ``lang/nl/type_nouns.py``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsenrich.entities.sentence_starts import opens_sentence
from newsenrich.lang.nl.name_particles import NAME_PARTICLES
from newsenrich.lang.nl.places import is_place_name
from newsenrich.lang.nl.titles import TITLES
from newsenrich.lang.nl.type_nouns import (
    LEGAL_FORMS,
    ORGANISATION_COMPOUND_HEADS,
    ORGANISATION_LAST_WORDS,
    PERSONAL_STAFF_NOUNS,
    STAFF_NOUNS,
    TYPE_NOUNS,
    ends_in_head,
)

NOT_A_NAME = ""  # the type a noun such as ``festival`` or ``subsidieregeling`` states


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
    return last in ORGANISATION_LAST_WORDS or ends_in_head(last, ORGANISATION_COMPOUND_HEADS)


def _word_before_van(doc: Doc, ent: Span) -> int | None:
    """The index of the word before ``van`` (``de``, ``het``) right before the name, if so."""
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ("de", "het"):
        i -= 1
    return i - 1 if i >= 1 and doc[i].lower_ == "van" else None


def _affiliation(doc: Doc, ent: Span, label_map: dict[str, str]) -> bool:
    """``Alexis Tsipras van Syriza``, ``Rafael Grossi van het IAEA``: a name after a person and
    ``van`` (``de``, ``het``) is where the person works. Only a name the NER took for a person, or an
    acronym, is read so: a place name there is the person's municipality, province or diocese
    (``burgemeester Jaap Velema van Westerwolde``), and many of those are on no list."""
    if label_map[ent.label_.upper()] != "PER" and not (len(ent) == 1 and ent.text.isupper() and len(ent.text) > 1):
        return False
    i = _word_before_van(doc, ent)
    if i is None or is_place_name(ent.text):
        return False
    before = doc[i]
    person = before.ent_iob_ in ("I", "B") and label_map.get(before.ent_type_.upper()) == "PER"
    return person and before.text[:1].isupper()


def _known_place_as_person(ent: Span, label_map: dict[str, str]) -> bool:
    """A known place of several words that the NER took for a person (``Burkina Faso``, ``Sri
    Lanka``); one-word places are also given names and surnames (``Florence``, ``Lima``)."""
    return len(ent) > 1 and label_map[ent.label_.upper()] == "PER" and is_place_name(ent.text)


def _first_names(ents: list[Span], label_map: dict[str, str]) -> set[str]:
    """The first words of the persons named in full among ``ents`` (``Tessa`` of ``Tessa de
    Vries``), written as given names are (not ``ABVV``), but for titles and particles."""
    names: set[str] = set()
    for ent in ents:
        if len(ent) < 2 or label_map[ent.label_.upper()] != "PER":
            continue
        first = ent[0].text
        shaped = len(first) > 2 and first[0].isupper() and first[1:].isalpha() and first[1:].islower()
        if shaped and first.lower() not in NAME_PARTICLES and first.lower() not in TITLES:
            names.add(first)
    return names


def _first_name_of_a_person(ent: Span, first_names: set[str]) -> bool:
    """A one-word mention that is the first name of a person named in full in the text, or its
    genitive (``Tessa's wijk`` after ``Tessa de Vries``), and not a known place (``Paris``)."""
    if len(ent) != 1:
        return False
    name = ent.text.removesuffix("'s")
    return name in first_names and not is_place_name(name)


def _employer(doc: Doc, ent: Span, label_map: dict[str, str], surnames: set[tuple[str, ...]]) -> bool:
    """``een woordvoerder van Harcourt``, ``analisten van Kepler Cheuvreux``: a name after a noun for
    a firm's staff and ``van`` (``de``, ``het``) is an organisation, unless it is a known place
    (``een woordvoerder van Amsterdam`` speaks for the city) or the surname of a person named in
    full in this text (``Joe Biden`` ... ``een woordvoerder van Biden``); after staff that persons
    have too (``woordvoerder``), only when the NER did not take the name for a person."""
    i = _word_before_van(doc, ent)
    if i is None or is_place_name(ent.text) or tuple(token.text for token in ent) in surnames:
        return False
    noun = doc[i].lower_.rsplit("-", 1)[-1]
    if noun in PERSONAL_STAFF_NOUNS:
        return label_map[ent.label_.upper()] != "PER"
    return noun in STAFF_NOUNS


_LIST_WORDS = frozenset({",", "en", "of", "de", "het", "'t"})


def listed_type(doc: Doc, ent: Span) -> str | None:
    """``bedrijven als Shell en Unilever``, ``steden zoals Gent, Luik of Namen``, ``festivals als
    Lowlands en Mysteryland``: a name in a list after a plural noun and ``als`` or ``zoals`` has
    the type the noun states (or is no name). Between the two only other names of the list,
    commas, ``en``, ``of`` and articles may stand."""
    i = ent.start - 1
    while i > 0 and (doc[i].lower_ in _LIST_WORDS or doc[i].ent_iob_ in ("B", "I")) and ent.start - i < 40:
        i -= 1
    if i < 1 or doc[i].lower_ not in ("als", "zoals"):
        return None
    return plural_stated_type(doc[i - 1].text)


@lru_cache(maxsize=8192)
def plural_stated_type(word: str) -> str | None:
    """The type a plural noun states (``bedrijven``, ``clubs``, ``steden``, ``festivals``), read
    from its singular as ``stated_type`` reads it; None for a word that is no plural of a type
    noun, and for plural person nouns, which news also uses of firms (``spelers``)."""
    if not word.islower() or not word.endswith(("s", "en")):
        return None
    for singular in _singulars(word):
        stated = stated_type(singular)
        if stated is not None:
            return None if stated == "PER" else stated  # ``grote spelers als TUI``: market players are firms
    return None


def _singulars(plural: str) -> list[str]:
    """Candidate singulars of a Dutch plural: ``clubs``, ``organisaties`` (-s), ``banken``,
    ``partijen``, ``dorpen`` (-en), ``bedrijven`` (v -> f), ``huizen`` (z -> s), a doubled
    consonant (``bussen`` -> ``bus``) and the lengthened vowel of ``steden`` (``stad``)."""
    found = []
    if plural.endswith("s"):
        found.append(plural[:-1])
    if plural.endswith("en"):
        stem = plural[:-2]
        found.append(stem)
        if stem.endswith("v"):
            found.append(stem[:-1] + "f")
        if stem.endswith("z"):
            found.append(stem[:-1] + "s")
        if len(stem) > 2 and stem[-1] == stem[-2]:
            found.append(stem[:-1])
        if stem.endswith("ed"):
            found.append(stem[:-2] + "ad")  # st|ed|en -> stad
    return found


def said_not_a_name(span: Span) -> bool:
    """The word before the mention says that no name follows (``het festival Lowlands``), and it
    is not a known place's name."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return stated_type(before.text, opens_sentence(before)) == NOT_A_NAME and not is_place_name(span.text)


def stated_labels(doc: Doc, ents: list[Span], label_map: dict[str, str], surnames: set[tuple[str, ...]]) -> dict[int, str]:
    """New labels (as the backend spells them), by start token, for mentions of names whose type
    the text states: a mention with a type noun before it takes that type, and the other mentions
    of the same name take the type stated most often for it; a first name of a person named in
    full is a person when nothing else is stated of the name. A mention after a noun that says it
    is no name (``het festival Lowlands``) gets ``NOT_A_NAME``; that statement is not spread (``de
    film Oppenheimer`` says nothing of the physicist), nor made of a known place's name.
    ``surnames`` are those of the persons named in full (``surname_forms``): no staff noun makes
    them an organisation (``Joe Biden`` ... ``een woordvoerder van Biden``)."""
    first_names = _first_names(ents, label_map)
    statements: dict[int, str] = {}
    distrusted: set[int] = set()
    not_names: dict[int, str] = {}
    first_name_mentions: list[Span] = []
    for ent in ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        stated = stated_type(before.text, opens_sentence(before)) if before is not None else None
        if stated is None:
            stated = listed_type(doc, ent)
        if stated == NOT_A_NAME:  # (``said_not_a_name``, or listed after ``festivals als``)
            if not is_place_name(ent.text):
                not_names[ent.start] = NOT_A_NAME
            continue
        if stated is None and names_an_organisation(ent):
            stated = "ORG"
        if stated is None and (_affiliation(doc, ent, label_map) or _employer(doc, ent, label_map, surnames)):
            stated = "ORG"
        if stated is None and _known_place_as_person(ent, label_map):
            stated = "LOC"
        if stated is None and _first_name_of_a_person(ent, first_names):
            first_name_mentions.append(ent)
        if stated is None:
            continue
        if stated == "PER" and label_map[ent.label_.upper()] == "LOC" and is_place_name(ent.text):
            distrusted.add(ent.start)  # ``burgemeester Istanbul``: headline shorthand for the mayor of a known place
        else:
            statements[ent.start] = stated
    # a first name is the weakest evidence: only for a name the text states nothing else of
    # (``de piratenzender Veronica`` beside a ``Veronica de Mol``)
    stated_names = {ent.text for ent in ents if ent.start in statements}
    statements.update({ent.start: "PER" for ent in first_name_mentions if ent.text not in stated_names})
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
