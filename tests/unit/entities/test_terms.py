from __future__ import annotations

import pytest

from newsenrich.entities.terms import is_term


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
    ],
)
def test_terms_terms_are_read_from_their_head_noun(nlp, text: str, term: bool) -> None:
    doc = nlp("Zie " + text + " hier.")
    assert is_term(doc[1 : len(doc) - 2]) is term
