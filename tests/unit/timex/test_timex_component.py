"""The spaCy pipe newsenrich_timex in a blank Dutch pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from newsenrich.article import Published
from newsenrich.timex import TimexMatch
from newsenrich.timex.component import TimexComponent

TEXT = "Biden sprak dinsdag met Poetin. Hij zal het woensdag bekendmaken. Sinds september wordt er overlegd."


def _run(nlp: Language, text: str, published: Published | None) -> spacy.tokens.Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def test_component_sets_timexes_and_spans(nlp: Language, day_anchor: Published) -> None:
    doc = _run(nlp, TEXT, day_anchor)
    assert [(t.text, t.value) for t in doc._.timexes] == [
        ("dinsdag", "2021-04-13"),
        ("woensdag", "2021-04-14"),
        ("september", "2020-09"),
    ]
    assert all(isinstance(t, TimexMatch) for t in doc._.timexes)
    assert [(s.text, s.label_) for s in doc.spans["timex"]] == [
        ("dinsdag", "DATE"),
        ("woensdag", "DATE"),
        ("september", "DATE"),
    ]


def test_component_without_published_gives_x_values(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert [t.value for t in doc._.timexes] == ["XXXX-WXX-2", "XXXX-WXX-3", "XXXX-09"]


def test_component_uses_sentence_boundaries(nlp: Language, day_anchor: Published) -> None:
    nlp.add_pipe("sentencizer", first=True)
    doc = _run(nlp, TEXT, day_anchor)
    assert doc.has_annotation("SENT_START")
    assert [t.value for t in doc._.timexes] == ["2021-04-13", "2021-04-14", "2020-09"]


def test_component_skips_the_header_date(nlp: Language) -> None:
    text = "date 2021-04-14 Vorig jaar groeide de economie."
    doc = nlp.make_doc(text)
    doc._.header = (0, len("date 2021-04-14"))
    doc._.published = Published("2021-04-14", "day", "header")
    doc = nlp(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [("Vorig jaar", "2020")]


def test_component_expands_spans_inside_tokens(nlp: Language, day_anchor: Published) -> None:
    doc = _run(nlp, "De beurs was van 10-12 juli dicht.", day_anchor)
    assert [t.text for t in doc._.timexes] == ["10", "12 juli"]
    assert all(span.text for span in doc.spans["timex"])


def test_component_to_disk_from_disk_round_trip(nlp: Language, tmp_path: Path, day_anchor: Published) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["newsenrich_timex"]
    assert isinstance(loaded.get_pipe("newsenrich_timex"), TimexComponent)
    doc = _run(loaded, TEXT, day_anchor)
    assert [t.value for t in doc._.timexes] == ["2021-04-13", "2021-04-14", "2020-09"]


def test_component_to_bytes_from_bytes_round_trip(nlp: Language) -> None:
    component = nlp.get_pipe("newsenrich_timex")
    data = component.to_bytes()
    assert isinstance(component.from_bytes(data), TimexComponent)
    fresh = spacy.blank("nl")
    fresh.add_pipe("newsenrich_timex")
    fresh.from_bytes(nlp.to_bytes())
    assert [t.value for t in fresh("Vorig jaar.")._.timexes] == ["XXXX"]


def test_component_pipe_processes_a_stream(nlp: Language) -> None:
    docs = list(nlp.pipe(["In 2008 ging het mis.", "Geen datum hier.", "Elke week."]))
    assert [[t.value for t in d._.timexes] for d in docs] == [["2008"], [], ["P1W"]]
