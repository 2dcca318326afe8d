"""training/build_corpus.py: sentences joined into passages keep their entities and text."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
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


def _written_article(vocab, article: int, paragraphs: list[list[str]]) -> list[Doc]:
    docs = []
    for number, sentences in enumerate(paragraphs):
        for text in sentences:
            doc = _sentence(vocab, text.split(), [], None)
            doc.user_data["text_key"] = f"written:batch:{article}"
            doc.user_data["paragraph_key"] = f"written:batch:{article}:{number}"
            docs.append(doc)
    return docs


def test_written_articles_are_joined_only_within_one_article_with_their_paragraphs() -> None:
    vocab = spacy.blank("nl").vocab
    first = _written_article(vocab, 1, [["Kop een ."], ["Zin een .", "Zin twee ."], ["Zin drie ."]])
    second = _written_article(vocab, 2, [["Kop twee ."], ["Andere zin ."]])
    joined = build_corpus.join_sentences(first, None)
    assert joined.text == "Kop een.\n\nZin een. Zin twee.\n\nZin drie."
    passages = build_corpus.join_passages(first + second, 6, random.Random(0))
    assert not any("Kop een" in p.text and "Andere" in p.text for p in passages)
    assert "".join(p.text for p in passages).count("Zin") == 3


def test_mention_replacement_copies_stay_in_their_article() -> None:
    vocab = spacy.blank("nl").vocab
    doc = _written_article(vocab, 7, [["Rutte lachte ."]])[0]
    doc.ents = [Span(doc, 0, 1, label="PER")]
    copy = build_corpus.replace_mentions([doc], 1, random.Random(0))[0]
    assert build_corpus._document_key(copy) == "written:batch:7"
    assert build_corpus._paragraph_key(copy) == "written:batch:7:0"


def test_article_markup_gives_article_and_paragraph_numbers(tmp_path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "written"))
    import markup_to_jsonl

    source = tmp_path / "sentences_batch9.txt"
    source.write_text(
        "# --- written by the project (batch: regio)\n"
        "## article\n[Almere|LOC] krijgt nieuw station\n\n"
        "[ALMERE|LOC] - Het station opent in mei.\nDe [NS|ORG] is blij.\n\nEinde.\n"
        "## article\nKop\n\n[Jan Smit|PER] zingt.\n",
        encoding="utf8",
    )
    records = markup_to_jsonl.read_markup(source)
    assert [(r["article"], r["paragraph"]) for r in records] == [(1, 0), (1, 1), (1, 1), (1, 2), (2, 0), (2, 1)]
    assert records[1]["text"] == "ALMERE - Het station opent in mei."
    assert records[1]["entities"] == [[0, 6, "LOC"]]
    assert {r["topic"] for r in records} == {"regio"}


def test_markup_errors_name_file_and_line(tmp_path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "written"))
    import markup_to_jsonl

    source = tmp_path / "sentences_bad.txt"
    source.write_text("Goed.\n[Den Haag|LOC besluit.\n", encoding="utf8")
    with pytest.raises(ValueError, match="sentences_bad.txt:2"):
        markup_to_jsonl.read_markup(source)


def test_dev_name_check_leaves_out_dev_only_names_except_in_exempt_batches() -> None:
    vocab = spacy.blank("nl").vocab
    dev = [_sentence(vocab, ["Albert", "Heijn", "groeit", "."], [(0, 2, "ORG")], "WR-P-P-H-9.p.1.s.1")]
    known = [_sentence(vocab, ["Jumbo", "groeit", "."], [(0, 1, "ORG")], "WR-P-P-H-8.p.1.s.1")]
    pattern = build_corpus.dev_only_names(dev, known)
    written = []
    for batch, words in (("sentences_batch3", ["Albert", "Heijn", "wint", "."]),
                         ("sentences_batch4", ["Albert", "Heijn", "wint", "."]),
                         ("sentences_batch3", ["Jumbo", "wint", "."])):
        doc = _sentence(vocab, words, [], None)
        doc.user_data["batch"] = batch
        written.append(doc)
    kept = build_corpus.without_dev_names(written, pattern, {"sentences_batch4"})
    assert [(d.user_data["batch"], d[0].text) for d in kept] == [("sentences_batch4", "Albert"), ("sentences_batch3", "Jumbo")]
    assert build_corpus.without_dev_names(written, None, set()) == written
