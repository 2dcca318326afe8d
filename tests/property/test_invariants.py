"""Property-based tests: the invariants of docs/robustness.md hold for any ``str``.

Example counts are modest so the suite stays fast; ``benchmarks/fuzz.py`` runs
the same checks on 100,000+ inputs. All tests use the stand-in pipeline
(``enricher`` in conftest), so no trained model is needed.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import any_text, news_texts

from newsenrich import Article
from newsenrich.segment import segment_text
from newsenrich.validate import article_problems, check_article

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text=any_text)
def test_enrich_keeps_every_invariant_on_any_text(enricher, text: str) -> None:
    article = enricher.enrich(text)
    assert article.text is text or article.text == text
    check_article(article)


@FAST
@given(text=news_texts())
def test_enrich_keeps_every_invariant_on_news_like_text(enricher, text: str) -> None:
    check_article(enricher.enrich(text))


@settings(max_examples=300, deadline=None)
@given(text=news_texts())
def test_segmentation_spans_are_ordered_and_lose_nothing(text: str) -> None:
    """The segmenter alone, on more examples (it is the part with the most branches)."""
    result = segment_text(text)
    pos = result.header[1] if result.header else 0
    assert not text[: result.header[0]].strip() if result.header else True
    for story in result.stories:
        assert pos <= story.start < story.end <= len(text)
        assert not text[pos : story.start].strip(), "characters between stories were lost"
        parts = [p for p in (story.headline, story.dateline) if p] + story.paragraphs + story.sentences
        assert all(story.start <= a < b <= story.end for a, b in parts)
        pos = story.end
    assert not text[pos:].strip()


@settings(max_examples=40, deadline=None)
@given(text=any_text)
def test_same_input_gives_the_same_article(enricher, text: str) -> None:
    assert enricher.enrich(text) == enricher.enrich(text)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(texts=st.lists(any_text, min_size=2, max_size=12))
def test_two_processes_give_the_same_articles(enricher, texts: list[str]) -> None:
    one = list(enricher.enrich_many(texts, batch_size=3))
    two = list(enricher.enrich_many(texts, batch_size=3, n_process=2))
    assert two == one
    assert all(not article_problems(a) for a in two)


# Years 1 and 9999 are left out: the timex anchoring steps off the calendar there
# (tests/integration/test_robustness.py::test_calendar_edge_anchors, reported to timex/).
@settings(max_examples=60, deadline=None)
@given(text=news_texts(), date=st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9998, 12, 31)))
def test_a_published_argument_is_kept_and_anchors(enricher, text: str, date: dt.date) -> None:
    article = enricher.enrich(text, published=date)
    assert article.published is not None
    assert (article.published.value, article.published.source) == (date.isoformat(), "argument")
    check_article(article)


@settings(max_examples=100, deadline=None)
@given(text=any_text)
def test_json_round_trip(enricher, text: str) -> None:
    article = enricher.enrich(text)
    assert Article.from_json(article.to_json()) == article
    assert Article.from_json(article.to_json(ensure_ascii=True)) == article
