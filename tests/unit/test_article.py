from __future__ import annotations

import json

from newsenrich.article import (
    Article,
    Entity,
    Headline,
    Mention,
    PipelineInfo,
    Published,
    Story,
    TextSpan,
    Timex,
)

TEXT = "date 2021-04 Kop hier De tekst over Biden. Meer tekst."


def make_article() -> Article:
    return Article(
        text=TEXT,
        published=Published("2021-04", "month", "header"),
        stories=(
            Story(
                start=13,
                end=len(TEXT),
                headline=Headline(13, 21, TEXT[13:21]),
                paragraphs=(TextSpan(22, len(TEXT)),),
                sentences=(TextSpan(22, 42), TextSpan(43, len(TEXT))),
                duplicate_of=None,
            ),
        ),
        entities=(Entity("Biden", "PER", (Mention(36, 41, "Biden", 0),)),),
        timexes=(Timex(5, 12, "2021-04", "DATE", "2021-04", None, None, 0),),
        pipeline=PipelineInfo("stand-in 0.0.1", "0.1.0"),
        header=TextSpan(0, 12),
    )


def test_article_dict_has_the_documented_shape() -> None:
    data = make_article().to_dict()
    assert set(data) >= {"text", "published", "stories", "entities", "timexes", "pipeline"}
    assert data["published"] == {"value": "2021-04", "precision": "month", "source": "header"}
    story = data["stories"][0]
    assert set(story) == {"start", "end", "headline", "paragraphs", "sentences", "duplicate_of"}
    assert story["headline"] == {"start": 13, "end": 21, "text": "Kop hier"}
    assert data["entities"][0]["mentions"][0] == {"start": 36, "end": 41, "text": "Biden", "story": 0}
    assert set(data["timexes"][0]) == {"start", "end", "text", "type", "value", "mod", "signal", "story"}
    assert data["pipeline"] == {"ner": "stand-in 0.0.1", "version": "0.1.0"}


def test_article_round_trips_through_dict_and_json() -> None:
    article = make_article()
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
    assert json.loads(article.to_json()) == article.to_dict()


def test_article_without_published_round_trips() -> None:
    article = Article("", None, (), (), (), PipelineInfo("x", "y"))
    assert article.to_dict()["published"] is None
    assert Article.from_dict(article.to_dict()) == article


def test_article_repr_is_short_and_informative() -> None:
    text = repr(make_article())
    assert "published='2021-04'" in text
    assert "stories=1" in text
    assert "PER:1" in text
    assert len(text) < 250


def test_article_html_highlights_entities_and_dates() -> None:
    html = make_article()._repr_html_()
    assert "<mark" in html
    assert "Biden" in html
    assert "Kop hier" in html
