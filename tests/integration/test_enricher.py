"""End to end through newsenrich.load() with a stand-in spaCy pipeline (see conftest)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsenrich
from newsenrich import Article, InputTooLargeError, InputTypeError, InvalidPublishedError, ModelNotFoundError


def test_seed_article_end_to_end(enricher, seed_text: str) -> None:
    article = enricher.enrich(seed_text)
    assert article.published is not None
    assert article.published.to_dict() == {"value": "2021-04", "precision": "month", "source": "header"}
    assert article.header is not None and seed_text[article.header.start : article.header.end] == "date 2021-04"
    assert len(article.stories) == 3
    assert [s.duplicate_of for s in article.stories] == [None, None, 0]
    assert article.stories[1].headline is not None
    assert article.stories[1].headline.text == "Biden wil troepen tegen 11 september uit Afghanistan terugtrekken"


def test_stand_in_labels_are_mapped_and_clustered(enricher, seed_text: str) -> None:
    article = enricher.enrich(seed_text)
    by_name = {e.name: e for e in article.entities}
    assert by_name["Joe Biden"].label == "PER"  # PERSON -> PER
    assert {m.text for m in by_name["Joe Biden"].mentions} == {"Joe Biden", "Biden", "Bidens"}
    assert by_name["Vladimir Poetin"].label == "PER"
    assert by_name["Oekraïne"].label == "LOC"  # GPE -> LOC
    assert by_name["Krim"].label == "LOC"  # FAC -> LOC
    assert by_name["Kremlin"].label == "ORG"
    assert "Verenigde Staten" in by_name and {m.text for m in by_name["Verenigde Staten"].mentions} >= {"VS"}
    assert "Amerikaanse" not in by_name  # NORP is dropped
    assert "dinsdag" not in by_name  # DATE is dropped
    assert set(article.pipeline.ner.split()[0:1]) == {"nl_stand_in_ner"}


def test_offsets_point_into_the_input(enricher, seed_text: str) -> None:
    article = enricher.enrich(seed_text)
    for entity in article.entities:
        for m in entity.mentions:
            assert seed_text[m.start : m.end] == m.text
            story = article.stories[m.story]
            assert story.start <= m.start <= m.end <= story.end
    for t in article.timexes:
        assert seed_text[t.start : t.end] == t.text
        story = article.stories[t.story]
        assert story.start <= t.start <= t.end <= story.end


def test_json_round_trip_of_a_real_article(enricher, seed_text: str) -> None:
    article = enricher.enrich(seed_text)
    assert Article.from_json(article.to_json()) == article
    assert Article.from_dict(article.to_dict()) == article


def test_published_argument_wins_over_header(enricher, seed_text: str) -> None:
    article = enricher.enrich(seed_text, published="2021-04-14")
    assert article.published is not None
    assert (article.published.value, article.published.precision, article.published.source) == (
        "2021-04-14",
        "day",
        "argument",
    )
    assert enricher.enrich(seed_text, published=dt.date(2021, 4, 14)).published == article.published


def test_enrich_many_keeps_order_and_takes_per_article_dates(enricher) -> None:
    texts = [f"Bericht {i}. Biden sprak met Poetin." for i in range(7)]
    items = [texts[0], (texts[1], "2020-01-02"), *texts[2:]]
    articles = list(enricher.enrich_many(iter(items), published="2021-04", batch_size=2))
    assert [a.text for a in articles] == texts
    assert articles[0].published.value == "2021-04"
    assert articles[1].published.value == "2020-01-02"


def test_enrich_many_is_lazy(enricher) -> None:
    consumed = []

    def source():
        for i in range(1000):
            consumed.append(i)
            yield f"Tekst {i}."

    stream = enricher.enrich_many(source(), batch_size=4)
    next(stream)
    assert len(consumed) < 100


@pytest.mark.parametrize(
    ("value", "message"),
    [(None, "text must be str"), (b"Tekst", "decode"), (12, "text must be str")],
)
def test_wrong_types_name_the_argument(enricher, value, message: str) -> None:
    with pytest.raises(InputTypeError, match=message):
        enricher.enrich(value)
    with pytest.raises(TypeError):
        enricher.enrich(value)


def test_non_string_in_enrich_many_names_its_index(enricher) -> None:
    with pytest.raises(InputTypeError, match=r"texts\[2\]"):
        list(enricher.enrich_many(["a", "b", 3]))


def test_invalid_published_lists_accepted_forms(enricher) -> None:
    with pytest.raises(InvalidPublishedError, match="2021-04-14"):
        enricher.enrich("Tekst.", published="volgende week")


def test_size_limit(stand_in_model) -> None:
    small = newsenrich.load(stand_in_model, max_chars=10)
    with pytest.raises(InputTooLargeError):
        small.enrich("x" * 11)


def test_missing_named_pipeline_says_how_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="spacy download nl_core_news_xx"):
        newsenrich.load("nl_core_news_xx")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "!!!", "date 2021-13 Tekst.", "1 1 1 1 1", "mei mei mei"])
def test_odd_inputs_give_an_article(enricher, text: str) -> None:
    article = enricher.enrich(text)
    assert article.text == text
    assert Article.from_dict(article.to_dict()) == article
