from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsenrich.entities.repeated_names import found_names, unmarked_repeats


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("nl")


def tagged(nlp, text: str, *ents: tuple[str, str]) -> Doc:
    """``text`` with the first occurrence of each (name, label) marked, as an NER would."""
    doc = nlp(text)
    spans = []
    for name, label in ents:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None, name
        spans.append(span)
    doc.ents = spans
    return doc


def repeats(doc: Doc) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in unmarked_repeats(doc)]


def test_repeated_names_surname_and_genitive_of_a_full_name_are_marked(nlp) -> None:
    doc = tagged(nlp, "Femke Halsema sprak. Halsema zweeg. Halsemas plan viel.", ("Femke Halsema", "PER"))
    assert repeats(doc) == [("Halsema", "PER"), ("Halsemas", "PER")]


def test_repeated_names_keep_the_backend_label_and_take_the_most_frequent(nlp) -> None:
    doc = tagged(nlp, "Ahold en Ahold en Ahold. Ahold won.", ("Ahold", "ORG"))
    doc.ents = [*doc.ents, Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="ORG")]
    assert repeats(doc) == [("Ahold", "ORG")]
    doc = tagged(nlp, "Rutte sprak. Daarna zweeg Rutte.", ("Rutte", "PERSON"))
    assert repeats(doc) == [("Rutte", "PERSON")]


def test_repeated_names_a_name_inside_a_longer_name_is_left_alone(nlp) -> None:
    text = "In Utrecht zei Sophie Hermans iets. Lotte Hermans en de Universiteit Utrecht zwegen. Utrecht ook."
    doc = tagged(nlp, text, ("Utrecht", "GPE"), ("Sophie Hermans", "PERSON"))
    assert repeats(doc) == [("Utrecht", "GPE")]
    assert unmarked_repeats(doc)[0].start_char == text.rindex("Utrecht")


def test_repeated_names_only_exact_spelling_and_only_person_place_organisation(nlp) -> None:
    doc = tagged(nlp, "Zaterdag kwam Shell. zaterdag ging shell weg.", ("Zaterdag", "DATE"), ("Shell", "ORG"))
    assert repeats(doc) == []


def test_repeated_names_function_words_and_single_letters_are_not_spread(nlp) -> None:
    doc = tagged(nlp, "De man kwam. De vrouw ging. Jan B. en Piet B. spraken.", ("De", "PER"), ("Jan B.", "PER"))
    assert repeats(doc) == []


def test_repeated_names_an_existing_entity_is_never_overlapped(nlp) -> None:
    doc = tagged(nlp, "Mark van der Berg sprak. Van der Berg en van der Berg.", ("Mark van der Berg", "PER"))
    assert found_names(doc, {"PER": "PER"}) == {
        ("Mark", "van", "der", "Berg"): "PER", ("van", "der", "Berg"): "PER", ("van", "der", "Bergs"): "PER",
    }
    assert repeats(doc) == [("van der Berg", "PER")]


def test_repeated_names_component_in_a_pipeline_round_trips(tmp_path) -> None:
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "NAAM", "pattern": "Emmanuel Macron"}])
    nlp.add_pipe("newsenrich_repeated_names", config={"label_map": {"NAAM": "PER"}})  # added to the default map
    text = "Emmanuel Macron belde. Macron wil praten."
    assert [(e.text, e.label_) for e in nlp(text).ents] == [("Emmanuel Macron", "NAAM"), ("Macron", "NAAM")]
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.get_pipe("newsenrich_repeated_names").label_map["NAAM"] == "PER"
    assert [e.text for e in reloaded(text).ents] == ["Emmanuel Macron", "Macron"]


def test_repeated_names_are_not_spread_into_a_title_or_after_a_no_name_noun(nlp) -> None:
    text = "De top in Laken begint. Daar komt de 'Verklaring van Laken'. Het festival Lowlands en Lowlands."
    doc = tagged(nlp, text, ("Laken", "LOC"), ("Lowlands", "LOC"))
    doc.ents = [doc.ents[0], Span(doc, len(doc) - 2, len(doc) - 1, label="LOC")]
    assert repeats(doc) == []  # ``Verklaring van Laken`` is a title; ``festival Lowlands`` says no name
