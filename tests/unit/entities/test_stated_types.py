from __future__ import annotations

import pytest

from newsenrich.entities.stated_types import (
    NOT_A_NAME,
    names_an_organisation,
    plural_stated_type,
    stated_type,
)


def test_stated_types_type_nouns_are_read_in_compounds_and_after_a_hyphen() -> None:
    assert stated_type("supermarktconcern") == "ORG"
    assert stated_type("vakblad") == "ORG"
    assert stated_type("havenstad") == "LOC"
    assert stated_type("SP-kamerlid") == "PER"
    assert stated_type("docente") == "PER"
    assert stated_type("Concern") is None  # capitalised inside a sentence: part of a name
    assert stated_type("Docente", opens_sentence=True) == "PER"
    assert stated_type("titelverdediger") is None and stated_type("aartsrivaal") is None  # teams too
    assert stated_type("staat") is None and stated_type("kabinet") is None


def test_stated_types_nouns_may_state_that_no_name_follows() -> None:
    assert stated_type("festival") == NOT_A_NAME and stated_type("muziekfestival") == NOT_A_NAME
    assert stated_type("subsidieregeling") == NOT_A_NAME and stated_type("roman") == NOT_A_NAME
    assert stated_type("festivalorganisatie") == "ORG"  # the longest noun a compound ends in decides
    assert stated_type("merk") is None and stated_type("fotomodel") is None  # a brand may be its firm


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Heijmerink Holding B.V.", True),
        ("Van Wijk Kaas B.V.", True),
        ("Keenfield Ventures", True),
        ("Kempense Spaarbank", True),
        ("Brandt Gebäudetechnik GmbH", True),
        ("James Bond", False),
        ("Hamid Karzai International", False),
        ("Holding", False),  # one word: nothing to read
        ("Jan van der Bank", False),  # not every word capitalised: a person's particles
    ],
)
def test_stated_types_a_name_may_state_that_it_is_an_organisation(nlp, text: str, organisation: bool) -> None:
    doc = nlp("Zie " + text + " hier")
    assert names_an_organisation(doc[1 : len(doc) - 1]) is organisation


def test_stated_types_plural_nouns_are_read_from_their_singular() -> None:
    assert plural_stated_type("bedrijven") == "ORG" and plural_stated_type("clubs") == "ORG"
    assert plural_stated_type("steden") == "LOC" and plural_stated_type("dorpen") == "LOC"
    assert plural_stated_type("festivals") == NOT_A_NAME
    assert plural_stated_type("spelers") is None and plural_stated_type("jaren") is None
