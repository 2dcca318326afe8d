"""training/build_corpus.py: sentences joined into passages keep their entities and text."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
import build_corpus


def _sentence(vocab, words: list[str], ents: list[tuple[int, int, str]], sent_id: str | None) -> Doc:
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False])
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    doc.user_data["source"] = "alpino-dev" if sent_id else "written"
    if sent_id:
        doc.user_data["sent_id"] = sent_id
    return doc


def _ud_document(vocab) -> list[Doc]:
    return [
        _sentence(vocab, ["Joe", "Biden", "sprak", "."], [(0, 2, "PER")], "WR-P-P-H-1.p.1.s.1"),
        _sentence(vocab, ["Hij", "was", "in", "Kaboel", "."], [(3, 4, "LOC")], "WR-P-P-H-1.p.1.s.2"),
        _sentence(vocab, ["De", "taliban", "zwegen", "."], [(1, 2, "ORG")], "WR-P-P-H-1.p.2.s.1"),
    ]


def test_joined_sentences_keep_text_entities_and_paragraphs() -> None:
    vocab = spacy.blank("nl").vocab
    joined = build_corpus.join_sentences(_ud_document(vocab), None)
    assert joined.text == "Joe Biden sprak. Hij was in Kaboel.\n\nDe taliban zwegen."
    assert [(e.text, e.label_) for e in joined.ents] == [("Joe Biden", "PER"), ("Kaboel", "LOC"), ("taliban", "ORG")]
    # no sentence boundaries: spaCy's gold_preproc reader must keep the passage whole
    assert not joined.has_annotation("SENT_START")


def test_passages_never_mix_documents_and_keep_every_sentence() -> None:
    vocab = spacy.blank("nl").vocab
    other = _sentence(vocab, ["Ajax", "won", "."], [(0, 1, "ORG")], "WR-P-P-H-2.p.1.s.1")
    written = [_sentence(vocab, ["Rutte", "lachte", "."], [(0, 1, "PER")], None) for _ in range(4)]
    docs = [*_ud_document(vocab), other, *written]
    passages = build_corpus.join_passages(docs, 6, random.Random(0))
    assert sum(len(p.ents) for p in passages) == sum(len(d.ents) for d in docs)
    assert sum(len(p) for p in passages) == sum(len(d) for d in docs) + sum(p.text.count("\n\n") for p in passages)
    assert not any("Ajax" in p.text and ("Biden" in p.text or "Rutte" in p.text) for p in passages)


def test_dev_documents_join_each_source_document() -> None:
    vocab = spacy.blank("nl").vocab
    other = _sentence(vocab, ["Ajax", "won", "."], [(0, 1, "ORG")], "WR-P-P-H-2.p.1.s.1")
    docs = build_corpus.dev_documents([*_ud_document(vocab), other])
    assert [d.text for d in docs] == ["Joe Biden sprak. Hij was in Kaboel.\n\nDe taliban zwegen.", "Ajax won."]


def test_held_out_parts_by_stem_or_topic() -> None:
    rec = {"batch": "sentences_batch3", "topic": "world"}
    assert build_corpus.held_out(rec, {"sentences_batch3:world"})
    assert build_corpus.held_out(rec, {"sentences_batch3"})
    assert not build_corpus.held_out(rec, {"sentences_batch3:sport"})
