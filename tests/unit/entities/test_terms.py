from __future__ import annotations

import pytest

from newsenrich.entities.terms import is_inside_title, is_term


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Omgevingswet", True),
        ("Wet maatschappelijke ondersteuning", True),
        ("Kaderrichtlijn Water", True),
        ("Gemeenschappelijk Landbouwbeleid", True),
        ("Klimaatakkoord", True),
        ("Wereldvoedselprogramma", False),  # a UN organisation
        ("Wetenschappelijke Raad voor het Regeringsbeleid", False),  # an organisation: not all words capitalised
        ("Minnesota", False),
        ("Kaplan", False),
        ("Eredivisie CV", False),
        ("Van der Zwet", False),
        ("Zwet", False),
        ("Gay Parade", True),  # events, prizes, registers by their last word or compound head
        ("Roze Zaterdag", True),
        ("Australian Open", True),
        ("KNVB Beker", True),
        ("Nobelprijs", True),
        ("Handelsregister", True),
        ("Parade", False),  # a square in Den Bosch: an event word alone or first is no evidence
        ("Open VLD", False),
        ("Dag Hammarskjöld", False),
        ("Bondsdag", False),
        ("Congres", False),
        ("Stichting Holland Festival", False),  # says it is an organisation
        ("Europees Handvest voor Regionale en Minderheidstalen", True),  # the head before the first lower-case word
        ("Europees Verdrag tot Bescherming van de Rechten van de Mens", True),
        ("Raad van State", False),
        ("Van Wiechenonderzoek", True),  # studies and examinations
        ("Vierde Landelijke Groeistudie", True),
        ("Nederlandse Organisatie voor Wetenschappelijk Onderzoek", False),
    ],
)
def test_terms_terms_are_read_from_their_head_noun(nlp, text: str, term: bool) -> None:
    doc = nlp("Zie " + text + " hier.")
    assert is_term(doc[1 : len(doc) - 2]) is term


def _inside_title(nlp, text: str, name: str) -> bool:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return is_inside_title(span)


@pytest.mark.parametrize(
    ("text", "name", "inside"),
    [
        ("De Ieren wezen het Verdrag van Nice af.", "Nice", True),  # a treaty or declaration and van
        ("Zo staat het in de 'Verklaring van Laken'.", "Laken", True),
        ("Het Klimaatakkoord van Parijs is getekend.", "Parijs", True),
        ("Het akkoord van Parijs met Berlijn is getekend.", "Parijs", False),  # a lower-case noun: no title
        ("De top in Nice begint.", "Nice", False),
        ("Zij kreeg de Staatsprijs van België.", "België", True),
        ("Zij speelde op het WTA-toernooi van Hasselt.", "Hasselt", False),  # an event takes place there
        ("Zij liepen mee op Roze Zaterdag in Groningen.", "Roze", True),  # before a capitalised event word
        ("Het Holland Festival begint.", "Holland", True),
        ("Hij kreeg de Ton Lutz prijs.", "Ton Lutz", True),  # before a lower-case prize word
        ("Ton Lutz prijst het stuk.", "Ton Lutz", False),
        ("Hij reist op zaterdag naar Groningen.", "Groningen", False),
    ],
)
def test_terms_a_name_inside_a_title_is_read_from_its_context(nlp, text: str, name: str, inside: bool) -> None:
    assert _inside_title(nlp, text, name) is inside
