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
  ``Rafael Grossi van het IAEA``): where that person works; and a name after a
  firm's staff and ``van`` (``een woordvoerder van Harcourt``; not the surname of a
  person named in full, nor, after staff that persons have too, a name the NER took for
  a person: ``een woordvoerder van Biden``). Names listed after a plural type noun and
  ``als`` take its type (``bedrijven als Shell en Unilever``). A known place of several
  words that the NER took for a person (``Burkina Faso``) is a place, and the first name
  of a person named in full is a person (``Tessa's wijk`` after ``Tessa de Vries``) when
  the text states nothing else of it.
- **A word for the inhabitants of a place, or its adjective.** A one-word
  entity that is a known place name with a demonym ending (``Surinamers``,
  ``Oekraïners``, ``Enschedeër``, ``Servisch``; ``lang/nl/places.is_demonym``) is
  dropped, unless it is the surname of a person named in full in the text. (A
  surname shaped so, ``Schilders`` after the Belgian town Schilde, is dropped too
  when it stands alone in a text.)
- **A law, programme or policy, a study, an event, prize or register.** An entity headed
  by a noun such as ``wet``, ``richtlijn``, ``verdrag``, ``akkoord``, ``programma``,
  ``beleid`` or ``onderzoek`` (``Omgevingswet``, ``Kaderrichtlijn Water``,
  ``Gemeenschappelijk Landbouwbeleid``, ``Europees Handvest voor ...``, ``Van
  Wiechenonderzoek``), or ending in an event, prize or register word (``Gay Parade``,
  ``KNVB Beker``, ``Australian Open``, ``Nobelprijs``, ``Handelsregister``; the heads are
  in ``lang/nl/type_nouns.py``) names something the guideline leaves out, and is
  dropped; the United Nations programmes that are organisations
  (``Wereldvoedselprogramma``) and names with a word such as ``Stichting`` in them
  are kept.
- **A title around the name.** A place after a capitalised treaty, declaration or prize
  and ``van`` (``het Verdrag van Nice``, ``de Verklaring van Laken``), a name before a
  capitalised event word (``Roze Zaterdag``, ``Holland Festival``) or a lower-case
  prize word (``de Ton Lutz prijs``) is part of a title the guideline leaves out.
- **A capitalised term of the text.** An entity of several words each of which the
  text also writes in lower case (``het Basistakenpakket Jeugdgezondheidszorg`` beside
  ``het basistakenpakket`` and ``de jeugdgezondheidszorg``) is the text's own term,
  unless a word names an institution (``Tweede Kamer``); see ``lower_case_terms``.
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

The checks live in small modules: ``sentence_starts`` (where a capital says nothing),
``stated_types`` (type nouns, names that say they are organisations, employers),
``terms`` (laws, programmes, events by their head noun, titles around a name),
``lower_case_terms`` and ``span_edges``; this module drops and relabels with what they
find. ``newsenrich_repeated_names`` does not spread a name back into a title or after a
noun that says no name follows.

Only entities whose label maps to PER, LOC or ORG are judged; a backend's other
labels pass untouched.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsenrich.entities.abbreviations import ACRONYM, defined_abbreviations
from newsenrich.entities.labels import DEFAULT_LABEL_MAP, LabelMapComponent
from newsenrich.entities.lower_case_terms import lower_case_terms
from newsenrich.entities.person_names import surname_forms
from newsenrich.entities.sentence_starts import SECTION_NUMBER, opens_sentence
from newsenrich.entities.span_edges import mended_span
from newsenrich.entities.stated_types import NOT_A_NAME, stated_labels
from newsenrich.entities.terms import is_inside_title, is_term
from newsenrich.lang.nl.common_words import is_common_word, is_inflected_adjective
from newsenrich.lang.nl.places import is_demonym


def _ordinary_initial_words(doc: Doc, ents: list[Span], surnames: set[tuple[str, ...]]) -> set[int]:
    """Token indices of one-word entities at a sentence start that are ordinary words: written in
    lower case elsewhere in the text, or common Dutch words (and never inside a sentence here)."""
    candidates = [
        ent[0]
        for ent in ents
        if len(ent) == 1 and ent[0].text[:1].isupper() and not ent[0].is_upper and opens_sentence(ent[0])
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
        if all(opens_sentence(doc[int(i)]) for i in elsewhere):
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
        capitalised = [token for token in doc[start:end] if token.text[:1].isupper() and not opens_sentence(token)]
        if len(capitalised) <= 1:  # the NER missing a capitalised long form (a real name) proves nothing
            found.add(short)
    return found


def checked_entities(doc: Doc, label_map: dict[str, str] = DEFAULT_LABEL_MAP) -> list[Span]:
    """``doc.ents`` without the entities the text contradicts, and with the types it states."""
    ents = doc.ents  # (each read of ``doc.ents`` builds its spans anew)
    upper_map = {k.upper(): v for k, v in label_map.items()}
    judged = [ent for ent in ents if ent.label_.upper() in upper_map]
    persons = [ent for ent in judged if upper_map[ent.label_.upper()] == "PER"]
    surnames = {form for ent in persons for form in surname_forms(tuple(token.text for token in ent))}
    ordinary_words = _ordinary_initial_words(doc, judged, surnames)
    ordinary_abbreviations = _abbreviations_of_ordinary_words(doc, judged)
    relabelled = stated_labels(doc, judged, upper_map, surnames)
    capitalised_terms = lower_case_terms(doc, judged, ordinary_abbreviations, surnames)

    def contradicted(ent: Span) -> bool:
        if len(ent) == 1 and (ent.start in ordinary_words or ent.text.removesuffix("'s") in ordinary_abbreviations):
            return True
        if len(ent) == 1 and (ent.text,) not in surnames and is_demonym(ent.text):
            return True
        if len(ent) == 1 and is_inflected_adjective(ent.text):
            return True
        if ent.start in capitalised_terms:
            return True
        return is_term(ent) or is_inside_title(ent) or any(SECTION_NUMBER.match(token.text) for token in ent)

    kept: list[Span] = []
    for ent in ents:
        if ent.label_.upper() not in upper_map:
            kept.append(ent)
        elif contradicted(ent) or relabelled.get(ent.start) == NOT_A_NAME:
            continue
        else:
            start, end, label = mended_span(doc, ent, relabelled.get(ent.start, ent.label_), upper_map)
            same = (start, end, label) == (ent.start, ent.end, ent.label_)
            kept.append(ent if same else Span(doc, start, end, label=label))
    return kept


class NameChecker(LabelMapComponent):
    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        if not ents:
            return doc
        kept = checked_entities(doc, self.label_map)
        if len(kept) != len(ents) or any(a is not b for a, b in zip(kept, ents)):
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
