from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsenrich.entities.abbreviations import defined_abbreviations
from newsenrich.entities.name_checks import checked_entities
from newsenrich.entities.sentence_starts import SECTION_NUMBER
from newsenrich.entities.stated_types import (
    NOT_A_NAME,
    plural_stated_type,
)


def tagged(nlp, text: str, *ents: tuple[str, str, int]) -> Doc:
    """``text`` with the given occurrence (0 = first) of each name marked, as an NER would."""
    doc = nlp(text)
    spans = []
    for name, label, occurrence in ents:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(name, start + 1)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None, name
        spans.append(span)
    doc.ents = sorted(spans, key=lambda span: span.start)
    return doc


def kept(doc: Doc) -> list[tuple[str, str, int]]:
    return [(span.text, span.label_, span.start_char) for span in checked_entities(doc)]


def test_name_checks_a_sentence_initial_word_written_in_lower_case_elsewhere_is_dropped(nlp) -> None:
    text = "Gedrag telt mee. Het gedrag van Jan de Vries is goed."
    doc = tagged(nlp, text, ("Gedrag", "PER", 0), ("Jan de Vries", "PER", 0))
    assert kept(doc) == [("Jan de Vries", "PER", text.index("Jan"))]


def test_name_checks_quotes_and_list_marks_before_the_word_still_open_the_sentence(nlp) -> None:
    text = "- Voorlichting is nodig. ,,Voorlichting helpt,'' zei Fatima El Amrani. De voorlichting faalt."
    doc = tagged(nlp, text, ("Voorlichting", "ORG", 0), ("Voorlichting", "PER", 1), ("Fatima El Amrani", "PER", 0))
    assert [name for name, _, _ in kept(doc)] == ["Fatima El Amrani"]


def test_name_checks_a_name_also_written_inside_a_sentence_is_kept(nlp) -> None:
    text = "Kant schreef veel. Over Kant is aan de andere kant gesproken."
    doc = tagged(nlp, text, ("Kant", "PER", 0), ("Kant", "PER", 1))
    assert [start for _, _, start in kept(doc)] == [0, text.index("Kant", 1)]


def test_name_checks_the_surname_of_a_person_named_in_full_is_kept(nlp) -> None:
    text = "Anna Bakker opende de zaak. Bakker zei dat de bakker later kwam."
    doc = tagged(nlp, text, ("Anna Bakker", "PER", 0), ("Bakker", "PER", 1))
    assert [name for name, _, _ in kept(doc)] == ["Anna Bakker", "Bakker"]


def test_name_checks_a_common_dutch_word_opening_a_sentence_is_dropped(nlp) -> None:
    doc = tagged(nlp, "Jaarlijkse rapportage volgt. Rotterdam wacht.", ("Jaarlijkse", "PER", 0), ("Rotterdam", "LOC", 0))
    assert [name for name, _, _ in kept(doc)] == ["Rotterdam"]
    doc = tagged(nlp, "PerspectieF groeit. Trouw meldt het.", ("PerspectieF", "ORG", 0), ("Trouw", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["PerspectieF", "Trouw"]


def test_name_checks_without_evidence_the_ner_decides(nlp) -> None:
    doc = tagged(nlp, "Wolkenkrabbers verrijzen.", ("Wolkenkrabbers", "PER", 0))
    assert [name for name, _, _ in kept(doc)] == ["Wolkenkrabbers"]


def test_name_checks_an_inflected_adjective_alone_is_no_name(nlp) -> None:
    text = "Zorggerichte voorlichting volgt, met Visuele en Erfelijke gegevens van Balkenende."
    doc = tagged(
        nlp, text, ("Zorggerichte", "PER", 0), ("Visuele", "PER", 0), ("Erfelijke", "LOC", 0), ("Balkenende", "PER", 0)
    )
    assert [name for name, _, _ in kept(doc)] == ["Balkenende"]
    doc = tagged(nlp, "De Koninklijke Landmacht oefent.", ("Koninklijke Landmacht", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["Koninklijke Landmacht"]  # one word of a longer name


def test_name_checks_an_abbreviation_of_ordinary_words_is_no_name(nlp) -> None:
    text = "De jeugdgezondheidszorg (JGZ) groeit. Daarom werkt de JGZ samen met het Rode Kruis."
    doc = tagged(nlp, text, ("JGZ", "ORG", 0), ("JGZ", "ORG", 1), ("Rode Kruis", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["Rode Kruis"]
    doc = tagged(nlp, "Volgens de Wet maatschappelijke ondersteuning (Wmo) en de Wmo's regels.", ("Wmo's", "ORG", 0))
    assert kept(doc) == []  # the abbreviation of a law
    doc = tagged(nlp, "Bij de gemeente Amsterdam (Adam) werkt Adam.", ("Adam", "PER", 1))
    assert [name for name, _, _ in kept(doc)] == ["Adam"]  # one capital: read only as a law's abbreviation


def test_name_checks_an_abbreviation_of_a_name_keeps_the_ner_label(nlp) -> None:
    text = "Het Centraal Bureau voor de Statistiek (CBS) meldt groei. Het CBS telt."
    doc = tagged(nlp, text, ("Centraal Bureau voor de Statistiek", "ORG", 0), ("CBS", "LOC", 0), ("CBS", "ORG", 1))
    assert [label for _, label, _ in kept(doc)] == ["ORG", "LOC", "ORG"]


def test_name_checks_an_abbreviation_of_a_name_the_ner_missed_is_kept(nlp) -> None:
    text = "Het Centraal Bureau voor de Statistiek (CBS) meldt groei."
    doc = tagged(nlp, text, ("CBS", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["CBS"]


def test_name_checks_long_forms_are_found_as_schwartz_and_hearst_find_them(nlp) -> None:
    doc = nlp("Dat staat in het Burgerlijk Wetboek (BW) en in de Wet op de Geneeskundige Behandelingsovereenkomst (WGBO).")
    forms = {short: doc[start:end].text for short, (start, end) in defined_abbreviations(doc).items()}
    assert forms == {"BW": "Burgerlijk Wetboek", "WGBO": "Wet op de Geneeskundige Behandelingsovereenkomst"}
    doc = nlp("Het was de partij van Geert Wilders (PVV) en de Provinciale Ent Administraties (PEA's).")
    forms = {short: doc[start:end].text for short, (start, end) in defined_abbreviations(doc).items()}
    assert forms == {"PEA": "Provinciale Ent Administraties"}


def test_name_checks_a_dateline_is_no_long_form(nlp) -> None:
    doc = nlp("PORT-AU-PRINCE (AP) - De regering viel.")
    assert defined_abbreviations(doc) == {}


def test_name_checks_a_name_after_a_noun_saying_it_is_none_is_dropped_there_only(nlp) -> None:
    text = "Het festival Lowlands trok publiek; Lowlands groeit. In de film Amsterdam speelt Amsterdam mee."
    doc = tagged(
        nlp, text, ("Lowlands", "ORG", 0), ("Lowlands", "ORG", 1), ("Amsterdam", "LOC", 0), ("Amsterdam", "LOC", 1)
    )
    # the statement is not spread to other mentions, and a known place's name is kept
    assert kept(doc) == [
        ("Lowlands", "ORG", text.index("Lowlands", text.index("Lowlands") + 1)),
        ("Amsterdam", "LOC", text.index("Amsterdam")),
        ("Amsterdam", "LOC", text.index("Amsterdam", text.index("Amsterdam") + 1)),
    ]


def test_name_checks_a_stated_type_retypes_every_mention_of_the_name(nlp) -> None:
    text = "Het supermarktconcern Laurus sluit winkels. De top van Laurus zwijgt. Laurus verloor geld."
    doc = tagged(nlp, text, ("Laurus", "LOC", 0), ("Laurus", "LOC", 1), ("Laurus", "ORG", 2))
    assert [label for _, label, _ in kept(doc)] == ["ORG", "ORG", "ORG"]


def test_name_checks_conflicting_statements_change_nothing_but_their_own_mention(nlp) -> None:
    text = "De club Lazio won in de regio Lazio. Daarna won Lazio weer."
    doc = tagged(nlp, text, ("Lazio", "LOC", 0), ("Lazio", "ORG", 1), ("Lazio", "PER", 2))
    assert [label for _, label, _ in kept(doc)] == ["ORG", "LOC", "PER"]


def test_name_checks_a_person_noun_before_a_known_place_is_headline_shorthand(nlp) -> None:
    text = "Arrestatie burgemeester Istanbul. Docente Mildred en docente Istanbul kwamen."
    doc = tagged(nlp, text, ("Istanbul", "LOC", 0), ("Mildred", "LOC", 0), ("Istanbul", "LOC", 1))
    assert [label for _, label, _ in kept(doc)] == ["LOC", "PER", "LOC"]


def test_name_checks_stated_types_use_the_backend_labels(nlp) -> None:
    text = "Het mediabedrijf Mediaset groeit. Mediaset wint."
    doc = tagged(nlp, text, ("Mediaset", "PERSON", 0), ("Mediaset", "GPE", 1))
    assert [label for _, label, _ in kept(doc)] == ["ORG", "ORG"]
    doc = tagged(nlp, "Filosoof Kant en filosoof Hegel.", ("Kant", "GPE", 0), ("Hegel", "PERSON", 0))
    assert [label for _, label, _ in kept(doc)] == ["PERSON", "PERSON"]


def test_name_checks_section_numbers_are_no_names(nlp) -> None:
    assert SECTION_NUMBER.match("U1.2.3") and SECTION_NUMBER.match("3.2.1") and SECTION_NUMBER.match("A2.1.")
    assert not any(SECTION_NUMBER.match(word) for word in ("G8", "1940", "3.2", "2.000", "U2"))
    text = "Zie U1.2.3 Biometrie en het Plein 1940 bij de G8."
    doc = tagged(nlp, text, ("U1.2.3 Biometrie", "PER", 0), ("Plein 1940", "LOC", 0), ("G8", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["Plein 1940", "G8"]


def test_name_checks_judge_only_persons_places_and_organisations(nlp) -> None:
    text = "Zaterdag kwam. Op zaterdag ging Shell weg."
    doc = tagged(nlp, text, ("Zaterdag", "DATE", 0), ("Shell", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["Zaterdag", "Shell"]


def test_name_checks_component_sets_the_checked_entities(nlp) -> None:
    pipeline = spacy.blank("nl")
    pipeline.add_pipe("sentencizer")
    checker = pipeline.add_pipe("newsenrich_name_checks")
    doc = pipeline.make_doc("Gedrag telt. Het gedrag van Ajax ook.")
    for _, component in pipeline.pipeline[:1]:
        doc = component(doc)
    doc.ents = [Span(doc, 0, 1, label="PER"), Span(doc, 6, 7, label="ORG")]
    doc = checker(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Ajax", "ORG")]


def test_name_checks_terms_are_dropped(nlp) -> None:
    text = "Volgens de Omgevingswet en de Kaderrichtlijn Water moet Rijkswaterstaat meer doen."
    doc = tagged(nlp, text, ("Omgevingswet", "ORG", 0), ("Kaderrichtlijn Water", "LOC", 0), ("Rijkswaterstaat", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["Rijkswaterstaat"]


def test_name_checks_an_organisation_named_so_is_retyped(nlp) -> None:
    text = "Het bod van Ridgeline Ventures kwam. Ridgeline Ventures wacht."
    doc = tagged(nlp, text, ("Ridgeline Ventures", "PER", 0), ("Ridgeline Ventures", "PER", 1))
    assert [label for _, label, _ in kept(doc)] == ["ORG", "ORG"]


def test_name_checks_inhabitants_and_adjectives_of_places_are_no_names(nlp) -> None:
    text = "Veel Surinamers en Oekraïners wonen hier, zei Anna Hamburgers. Hamburgers sprak Servisch."
    doc = tagged(
        nlp,
        text,
        ("Surinamers", "PER", 0),
        ("Oekraïners", "LOC", 0),
        ("Anna Hamburgers", "PER", 0),
        ("Hamburgers", "PER", 1),
        ("Servisch", "LOC", 0),
    )
    assert [name for name, _, _ in kept(doc)] == ["Anna Hamburgers", "Hamburgers"]  # a surname stays


def test_name_checks_a_person_van_a_name_works_there(nlp) -> None:
    text = "Premier Alexis Tsipras van Syriza en Rafael Grossi van het IAEA spraken met burgemeester Jaap Velema van Westerwolde."
    doc = tagged(
        nlp,
        text,
        ("Alexis Tsipras", "PER", 0),
        ("Syriza", "PER", 0),
        ("Rafael Grossi", "PER", 0),
        ("IAEA", "LOC", 0),
        ("Jaap Velema", "PER", 0),
        ("Westerwolde", "LOC", 0),
    )
    assert [label for _, label, _ in kept(doc)] == ["PER", "ORG", "PER", "ORG", "PER", "LOC"]
    text = "Burgemeester Femke Halsema van Amsterdam sprak."
    doc = tagged(nlp, text, ("Femke Halsema", "PER", 0), ("Amsterdam", "PER", 0))
    assert [label for _, label, _ in kept(doc)] == ["PER", "PER"]  # a known place is no employer


def test_name_checks_a_person_with_a_term_word_for_a_surname_is_kept(nlp) -> None:
    text = "Jan De Wet zei dat Christiaan De Wet vocht."
    doc = tagged(nlp, text, ("Jan De Wet", "PER", 0), ("Christiaan De Wet", "PER", 0))
    assert [name for name, _, _ in kept(doc)] == ["Jan De Wet", "Christiaan De Wet"]


def test_name_checks_a_label_map_without_the_stated_type_changes_nothing(nlp) -> None:
    doc = tagged(nlp, "Het concern Laurus en burgemeester Vos.", ("Laurus", "LOC", 0), ("Vos", "LOC", 0))
    assert [ent.label_ for ent in checked_entities(doc, {"LOC": "LOC"})] == ["LOC", "LOC"]


def test_name_checks_a_capitalised_article_inside_a_sentence_belongs_to_the_name(nlp) -> None:
    text = "Dat meldt Het Financieele Dagblad. DEN HAAG - De Eerste Kamer stemt in."
    doc = tagged(nlp, text, ("Financieele Dagblad", "ORG", 0), ("Eerste Kamer", "ORG", 0))
    assert [name for name, _, _ in kept(doc)] == ["Het Financieele Dagblad", "Eerste Kamer"]


def test_name_checks_a_compound_type_noun_opening_the_sentence_is_cut_off_and_gives_the_type(nlp) -> None:
    text = "Muzikantenvakbond Ntb wil meer. Rijksuniversiteit Groningen groeit. Lodewijk Asscher spreekt."
    doc = tagged(
        nlp,
        text,
        ("Muzikantenvakbond Ntb", "PER", 0),
        ("Rijksuniversiteit Groningen", "ORG", 0),
        ("Lodewijk Asscher", "PER", 0),
    )
    assert [(name, label) for name, label, _ in kept(doc)] == [
        ("Ntb", "ORG"),
        ("Rijksuniversiteit Groningen", "ORG"),  # a known place after it: the noun is part of the name
        ("Lodewijk Asscher", "PER"),  # place nouns end given names (``Lode|wijk``): not read so
    ]


def test_name_checks_a_legal_form_after_a_name_belongs_to_it(nlp) -> None:
    text = "Het bod van Van Ommeren Wonen B.V. kwam, zegt Jan de Vries bv morgen."
    doc = tagged(nlp, text, ("Van Ommeren Wonen", "PER", 0), ("Jan de Vries", "PER", 0))
    assert [(name, label) for name, label, _ in kept(doc)] == [("Van Ommeren Wonen B.V.", "ORG"), ("Jan de Vries", "PER")]


def test_name_checks_a_name_after_staff_van_is_an_organisation(nlp) -> None:
    text = "Volgens een woordvoerder van Harcourt stopt het. Harcourt zwijgt. Een woordvoerder van Amsterdam ook."
    doc = tagged(nlp, text, ("Harcourt", "LOC", 0), ("Harcourt", "LOC", 1), ("Amsterdam", "LOC", 0))
    assert [(name, label) for name, label, _ in kept(doc)] == [
        ("Harcourt", "ORG"),
        ("Harcourt", "ORG"),  # the stated type is spread to the other mention
        ("Amsterdam", "LOC"),  # a known place: the spokesperson speaks for the city
    ]


def test_name_checks_a_plural_noun_before_als_states_the_type_of_the_listed_names(nlp) -> None:
    text = "Het raakt bedrijven als Harcourt en de Vlakem, en steden zoals Gent. Ook spelers als TUI."
    doc = tagged(nlp, text, ("Harcourt", "PER", 0), ("Vlakem", "LOC", 0), ("Gent", "PER", 0), ("TUI", "ORG", 0))
    assert [(name, label) for name, label, _ in kept(doc)] == [
        ("Harcourt", "ORG"),
        ("Vlakem", "ORG"),
        ("Gent", "LOC"),
        ("TUI", "ORG"),  # plural person nouns say nothing: market players are firms
    ]
    assert plural_stated_type("bedrijven") == "ORG" and plural_stated_type("steden") == "LOC"
    assert plural_stated_type("festivals") == NOT_A_NAME and plural_stated_type("jaren") is None


def test_name_checks_a_term_whose_words_the_text_writes_in_lower_case_is_dropped(nlp) -> None:
    text = (
        "Het Basistakenpakket Jeugdgezondheidszorg is vastgesteld. Het basistakenpakket bepaalt wat de "
        "jeugdgezondheidszorg doet. De Tweede Kamer sprak erover in een kleine kamer, de tweede keer. "
        "Toen won Oranje in de oranje shirts. Anna de Groot is groot."
    )
    doc = tagged(
        nlp,
        text,
        ("Basistakenpakket Jeugdgezondheidszorg", "ORG", 0),
        ("Tweede Kamer", "ORG", 0),
        ("Oranje", "ORG", 0),
        ("Anna de Groot", "PER", 0),
    )
    assert [name for name, _, _ in kept(doc)] == [
        "Tweede Kamer",  # an institution's noun: a name even when the text writes its words in lower case
        "Oranje",  # one word is not judged so: too many names are also ordinary words
        "Anna de Groot",
    ]


def test_name_checks_staff_of_a_person_named_in_the_text_say_nothing(nlp) -> None:
    text = "Joe Biden reisde af. Een woordvoerder van Biden zei niets. Medewerkers van Harris zwegen."
    doc = tagged(nlp, text, ("Joe Biden", "PER", 0), ("Biden", "PER", 1), ("Harris", "PER", 0))
    assert [(name, label) for name, label, _ in kept(doc)] == [
        ("Joe Biden", "PER"),
        ("Biden", "PER"),  # the surname of a person named in full
        ("Harris", "PER"),  # staff persons have too: only a name the NER did not take for a person
    ]


def test_name_checks_a_known_place_of_several_words_is_no_person(nlp) -> None:
    text = "Zuid-Afrika speelde gelijk tegen Burkina Faso."
    doc = tagged(nlp, text, ("Zuid-Afrika", "LOC", 0), ("Burkina Faso", "PER", 0))
    assert [(name, label) for name, label, _ in kept(doc)] == [("Zuid-Afrika", "LOC"), ("Burkina Faso", "LOC")]


def test_name_checks_the_first_name_of_a_person_named_in_full_is_a_person(nlp) -> None:
    text = "Tessa de Vries groeit slecht. Ook in Tessa's wijk. Veronica de Mol werkt bij de zender Veronica. Veronica groeit."
    doc = tagged(
        nlp,
        text,
        ("Tessa de Vries", "PER", 0),
        ("Tessa's", "LOC", 0),
        ("Veronica de Mol", "PER", 0),
        ("Veronica", "ORG", 1),
        ("Veronica", "LOC", 2),
    )
    assert [(name, label) for name, label, _ in kept(doc)] == [
        ("Tessa de Vries", "PER"),
        ("Tessa's", "PER"),  # a genitive of the first name
        ("Veronica de Mol", "PER"),
        ("Veronica", "ORG"),  # the text states what this Veronica is: the first name gives way
        ("Veronica", "ORG"),
    ]


def test_name_checks_component_writes_back_a_mended_span_when_nothing_else_changes(nlp) -> None:
    from newsenrich.entities.labels import DEFAULT_LABEL_MAP
    from newsenrich.entities.name_checks import NameChecker

    doc = tagged(nlp, "Dat meldt Het Financieele Dagblad vandaag.", ("Financieele Dagblad", "ORG", 0))
    NameChecker(nlp, "checks", label_map=DEFAULT_LABEL_MAP)(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Het Financieele Dagblad", "ORG")]


def test_name_checks_names_listed_after_a_plural_no_name_noun_are_dropped(nlp) -> None:
    text = "Het raakt festivals als Lowlands en steden als Gent."
    doc = tagged(nlp, text, ("Lowlands", "ORG", 0), ("Gent", "LOC", 0))
    assert [name for name, _, _ in kept(doc)] == ["Gent"]
