"""check_article: sound Articles pass, each kind of broken one is named."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsenrich import InvalidArticleError, NewsEnrichError
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
from newsenrich.validate import article_problems, check_article

TEXT = "date 2021-04 Kop van het bericht\n\nBiden belt Poetin. Poetin neemt op.\n\nTweede verhaal hier."


def _sound() -> Article:
    para1 = TextSpan(34, 69)
    return Article(
        text=TEXT,
        published=Published("2021-04", "month", "header"),
        stories=(
            Story(13, 69, Headline(13, 32, "Kop van het bericht"), (para1,), (TextSpan(34, 52), TextSpan(53, 69))),
            Story(71, 91, None, (TextSpan(71, 91),), (TextSpan(71, 91),)),
        ),
        entities=(Entity("Biden", "PER", (Mention(34, 39, "Biden", 0),)),),
        timexes=(),
        pipeline=PipelineInfo("stand-in", "0"),
        header=TextSpan(0, 12),
    )


def test_a_sound_article_passes() -> None:
    article = _sound()
    assert article_problems(article) == []
    assert check_article(article) is article


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(lambda a: replace(a, header=TextSpan(0, 200)), "not within", id="span-out-of-range"),
        pytest.param(
            lambda a: replace(a, entities=(Entity("Biden", "PER", (Mention(34, 39, "Bidem", 0),)),)),
            "text 'Bidem'",
            id="mention-text",
        ),
        pytest.param(
            lambda a: replace(a, entities=(Entity("Biden", "PER", (Mention(34, 39, "Biden", 1),)),)),
            "not inside story 1",
            id="mention-wrong-story",
        ),
        pytest.param(lambda a: replace(a, stories=a.stories[:1]), "in no story", id="text-lost"),
        pytest.param(lambda a: replace(a, stories=a.stories[::-1]), "overlaps", id="stories-unordered"),
        pytest.param(
            lambda a: replace(a, stories=(replace(a.stories[0], duplicate_of=1), a.stories[1])),
            "not an earlier story",
            id="duplicate-of-later",
        ),
        pytest.param(
            lambda a: replace(a, stories=(replace(a.stories[0], sentences=(TextSpan(32, 52),)), a.stories[1])),
            "inside no paragraph",
            id="sentence-outside-paragraph",
        ),
        pytest.param(
            lambda a: replace(a, stories=(replace(a.stories[0], headline=Headline(13, 33, TEXT[13:33])), a.stories[1])),
            "white space",
            id="headline-not-stripped",
        ),
        pytest.param(lambda a: replace(a, published=Published("2021-13", "month", "header")), "no real date", id="date"),
        pytest.param(lambda a: replace(a, header=None), "no header", id="header-source-without-header"),
        pytest.param(
            lambda a: replace(a, timexes=(Timex(71, 78, "Tweede", "DATE", "2021", None, None, 1),)),
            "text 'Tweede'",
            id="timex-text",
        ),
        pytest.param(
            lambda a: replace(a, timexes=(Timex(71, 77, "Tweede", "WHEN", "2021", None, None, 1),)),
            "unknown type",
            id="timex-type",
        ),
    ],
)
def test_each_broken_invariant_is_named(change, message: str) -> None:
    broken = change(_sound())
    problems = article_problems(broken)
    assert any(message in p for p in problems), problems
    with pytest.raises(InvalidArticleError) as info:
        check_article(broken)
    assert isinstance(info.value, NewsEnrichError) and isinstance(info.value, ValueError)
    assert info.value.problems == problems


def test_not_an_article() -> None:
    assert article_problems("tekst") == ["expected an Article, got str"]  # type: ignore[arg-type]
