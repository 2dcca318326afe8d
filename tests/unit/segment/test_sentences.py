from __future__ import annotations

import pytest

from newsenrich.segment.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Het is niet bekend of Poetin is ingegaan op het voorstel voor de top. Wel wordt gemeld dat het klopt.",
            ["Het is niet bekend of Poetin is ingegaan op het voorstel voor de top.", "Wel wordt gemeld dat het klopt."],
            id="top-ends-sentence",
        ),
        pytest.param(
            "Het geld gaat naar de VS. Daar is men blij.",
            ["Het geld gaat naar de VS.", "Daar is men blij."],
            id="VS-ends-sentence",
        ),
        pytest.param(
            "Dat zei dr. J. Balkenende o.a. tegen Shell N.V. in Den Haag. Hij ging weg.",
            ["Dat zei dr. J. Balkenende o.a. tegen Shell N.V. in Den Haag.", "Hij ging weg."],
            id="abbreviations-and-initials",
        ),
        pytest.param(
            'Hij zei: "Ik kom niet." Daarna vertrok hij.',
            ['Hij zei: "Ik kom niet."', "Daarna vertrok hij."],
            id="closing-quote",
        ),
        pytest.param("Het kost 3.5 miljoen. Echt?", ["Het kost 3.5 miljoen.", "Echt?"], id="decimal"),
        pytest.param("Wat nu? ,,Niets'', zegt hij.", ["Wat nu?", ",,Niets'', zegt hij."], id="question-then-quote"),
        pytest.param("Geen punt aan het eind", ["Geen punt aan het eind"], id="no-final-period"),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_split_sentences_offsets_are_stripped_and_inside() -> None:
    text = "  Een zin.   Nog een zin.  "
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["Een zin.", "Nog een zin."]
