"""newsenrich's components in anyone's spaCy pipeline: factories, extensions, save/load."""

from __future__ import annotations

from importlib.metadata import entry_points

import spacy

from newsenrich.article import Published

FACTORIES = ("newsenrich_segmenter", "newsenrich_name_checks", "newsenrich_repeated_names", "newsenrich_timex", "newsenrich_entity_clusters")


def test_factories_are_declared_as_entry_points() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(FACTORIES) <= names


def test_components_in_a_blank_pipeline_round_trip(tmp_path, seed_text: str) -> None:
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Vladimir Poetin"}])
    nlp.add_pipe("newsenrich_segmenter", first=True)
    nlp.add_pipe("newsenrich_name_checks")
    nlp.add_pipe("newsenrich_repeated_names")
    nlp.add_pipe("newsenrich_timex")
    nlp.add_pipe("newsenrich_entity_clusters")
    doc = nlp(seed_text)
    assert len(doc._.stories) == 3
    assert doc._.published == Published("2021-04", "month", "header")
    poetin = [m for c, m in doc._.entity_clusters if c.name == "Vladimir Poetin"]
    assert len(poetin) == 1 and {m.text for m in poetin[0]} == {"Vladimir Poetin", "Poetin"}
    assert isinstance(doc._.timexes, list)
    sents = [s.text for s in doc.sents]
    assert "Wel wordt gemeld dat het telefoongesprek een initiatief was van Washington." in sents

    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    doc2 = reloaded(seed_text)
    assert [(s.start, s.end) for s in doc2._.stories] == [(s.start, s.end) for s in doc._.stories]
    assert [(c.name, len(m)) for c, m in doc2._.entity_clusters] == [(c.name, len(m)) for c, m in doc._.entity_clusters]
