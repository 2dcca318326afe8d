"""Checking an :class:`~newsenrich.article.Article` against the guarantees newsenrich makes.

>>> from newsenrich.validate import check_article
>>> check_article(article)            # raises InvalidArticleError naming every broken invariant
>>> article_problems(article)         # the same, as a list of messages ([] when all hold)

Every Article that :func:`newsenrich.enrich` returns passes, whatever the input
string (the property-based tests and ``benchmarks/fuzz.py`` check this). It is
useful for Articles read back with :meth:`Article.from_dict` from JSON made
elsewhere, which ``from_dict`` does not validate. The invariants:

1. Every span (header, story, headline, paragraph, sentence, mention, timex) has
   integer offsets with ``0 <= start <= end <= len(text)``; stories, headlines,
   paragraphs, sentences, mentions and timexes are non-empty.
2. ``text[start:end]`` equals the span's ``text`` (headline, mention, timex).
3. The header comes first; stories are ordered and do not overlap; every
   non-white-space character is in the header or in exactly one story (nothing
   is lost). Stories, headlines, paragraphs and sentences neither start nor end
   with white space.
4. A story's headline, paragraphs and sentences lie inside it; paragraphs are
   ordered and do not overlap; each sentence lies inside one paragraph, in
   order; the headline overlaps no paragraph.
5. ``duplicate_of`` points at an earlier story that is itself no repeat.
6. Each mention and timex names an existing story and lies inside it; mentions
   of different entities do not overlap; labels and timex types are the
   documented ones.
7. ``published`` is well-formed (``value`` at its ``precision``, a real date),
   and a ``header`` source means there is a header.
8. ``Article.from_dict(a.to_dict()) == a`` and ``Article.from_json(a.to_json()) == a``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from newsenrich.article import Article
from newsenrich.errors import InvalidArticleError

_LABELS = frozenset({"PER", "LOC", "ORG"})
_TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
_PUBLISHED_FORM = {
    "year": re.compile(r"\d{4}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
}
_MAX_REPORTED = 20  # problems listed in one error message


def _is_offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Checker:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.problems: list[str] = []

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def span(self, what: str, span: Any, *, non_empty: bool = True, stripped: bool = False) -> bool:
        """Offsets in range (and, optionally, non-empty and without white space at the edges)."""
        start: Any = getattr(span, "start", None)
        end: Any = getattr(span, "end", None)
        if not (_is_offset(start) and _is_offset(end)):
            self.fail(f"{what}: offsets {start!r}, {end!r} are not integers")
            return False
        if not 0 <= start <= end <= len(self.text):
            self.fail(f"{what}: [{start}:{end}] not within 0..{len(self.text)}")
            return False
        if non_empty and start == end:
            self.fail(f"{what}: empty span at {start}")
            return False
        if stripped and start < end and (self.text[start].isspace() or self.text[end - 1].isspace()):
            self.fail(f"{what}: [{start}:{end}] starts or ends with white space")
        return True

    def same_text(self, what: str, span: Any) -> None:
        if self.text[span.start : span.end] != span.text:
            self.fail(f"{what}: text {span.text!r} != text[{span.start}:{span.end}] {self.text[span.start : span.end]!r}")

    def inside(self, what: str, inner: Any, outer: Any, outer_name: str) -> None:
        if not (outer.start <= inner.start and inner.end <= outer.end):
            self.fail(f"{what}: [{inner.start}:{inner.end}] not inside {outer_name} [{outer.start}:{outer.end}]")

    def ordered(self, what: str, spans: Iterable[Any]) -> None:
        previous = None
        for i, span in enumerate(spans):
            if previous is not None and span.start < previous.end:
                self.fail(f"{what} {i}: [{span.start}:{span.end}] overlaps or precedes [{previous.start}:{previous.end}]")
            previous = span

    def gap(self, start: int, end: int) -> None:
        """Nothing but white space in text[start:end]."""
        if start < end:
            chunk = self.text[start:end]
            if chunk.strip():
                offset = start + (len(chunk) - len(chunk.lstrip()))
                self.fail(f"character {offset} ({self.text[offset]!r}) is in no story and not in the header")

    # -- the invariants ----------------------------------------------------------------
    def run(self) -> list[str]:
        a = self.article
        if not isinstance(a.text, str):
            return [f"text is {type(a.text).__name__}, not str"]
        self.published()
        header_ok = a.header is None or self.span("header", a.header)
        stories_ok = all(
            self.span(f"story {i}", s, stripped=True) for i, s in enumerate(a.stories)
        )
        if header_ok and stories_ok:
            self.coverage()
        for i, story in enumerate(a.stories):
            if stories_ok:
                self.story(i, story)
        self.entities(stories_ok)
        self.timexes(stories_ok)
        self.round_trip()
        return self.problems

    def published(self) -> None:
        pub = self.article.published
        if pub is None:
            return
        form = _PUBLISHED_FORM.get(pub.precision)
        if form is None:
            self.fail(f"published: unknown precision {pub.precision!r}")
        elif not (isinstance(pub.value, str) and form.fullmatch(pub.value)):
            self.fail(f"published: value {pub.value!r} is not of precision {pub.precision!r}")
        else:
            try:
                dt.date(pub.year, pub.month or 1, pub.day or 1)
            except ValueError:
                self.fail(f"published: {pub.value!r} is no real date")
        if pub.source not in ("header", "argument"):
            self.fail(f"published: unknown source {pub.source!r}")
        elif pub.source == "header" and self.article.header is None:
            self.fail("published: source is 'header' but the article has no header")

    def coverage(self) -> None:
        a = self.article
        pos = 0
        if a.header is not None:
            self.gap(0, a.header.start)
            pos = a.header.end
        self.ordered("story", a.stories)
        for story in a.stories:
            if story.start < pos:
                self.fail(f"story [{story.start}:{story.end}] overlaps the header or the story before it")
            self.gap(pos, story.start)
            pos = max(pos, story.end)
        self.gap(pos, len(self.text))

    def story(self, i: int, story: Any) -> None:
        name = f"story {i}"
        if story.headline is not None and self.span(f"{name} headline", story.headline, stripped=True):
            self.same_text(f"{name} headline", story.headline)
            self.inside(f"{name} headline", story.headline, story, name)
            for p in story.paragraphs:
                if p.start < story.headline.end and story.headline.start < p.end:
                    self.fail(f"{name} headline overlaps paragraph [{p.start}:{p.end}]")
        paragraphs_ok = all(
            self.span(f"{name} paragraph {k}", p, stripped=True) for k, p in enumerate(story.paragraphs)
        )
        sentences_ok = all(
            self.span(f"{name} sentence {k}", s, stripped=True) for k, s in enumerate(story.sentences)
        )
        if paragraphs_ok:
            for k, p in enumerate(story.paragraphs):
                self.inside(f"{name} paragraph {k}", p, story, name)
            self.ordered(f"{name} paragraph", story.paragraphs)
        if sentences_ok:
            self.ordered(f"{name} sentence", story.sentences)
        if paragraphs_ok and sentences_ok:
            k = 0
            for j, s in enumerate(story.sentences):
                while k < len(story.paragraphs) and story.paragraphs[k].end < s.end:
                    k += 1
                if k == len(story.paragraphs) or not story.paragraphs[k].start <= s.start:
                    self.fail(f"{name} sentence {j} [{s.start}:{s.end}] is inside no paragraph")
        d = story.duplicate_of
        if d is not None:
            if not (_is_offset(d) and 0 <= d < i):
                self.fail(f"{name}: duplicate_of {d!r} is not an earlier story")
            elif self.article.stories[d].duplicate_of is not None:
                self.fail(f"{name}: duplicate_of {d} is itself a repeat (should point at the earliest)")

    def _located(self, what: str, item: Any, stories_ok: bool) -> None:
        if not (self.span(what, item) and stories_ok):
            return
        self.same_text(what, item)
        if not (_is_offset(item.story) and 0 <= item.story < len(self.article.stories)):
            self.fail(f"{what}: story {item.story!r} does not exist")
            return
        self.inside(what, item, self.article.stories[item.story], f"story {item.story}")

    def entities(self, stories_ok: bool) -> None:
        all_mentions = []
        for e, entity in enumerate(self.article.entities):
            if entity.label not in _LABELS:
                self.fail(f"entity {e} ({entity.name!r}): unknown label {entity.label!r}")
            if not entity.mentions:
                self.fail(f"entity {e} ({entity.name!r}) has no mentions")
            for m, mention in enumerate(entity.mentions):
                self._located(f"entity {e} mention {m}", mention, stories_ok)
                if _is_offset(mention.start) and _is_offset(mention.end):
                    all_mentions.append(mention)
        all_mentions.sort(key=lambda m: (m.start, m.end))
        for before, after in pairwise(all_mentions):
            if after.start < before.end:
                self.fail(f"mentions [{before.start}:{before.end}] and [{after.start}:{after.end}] overlap")

    def timexes(self, stories_ok: bool) -> None:
        for t, timex in enumerate(self.article.timexes):
            if timex.type not in _TIMEX_TYPES:
                self.fail(f"timex {t} ({timex.text!r}): unknown type {timex.type!r}")
            if not isinstance(timex.value, str) or not timex.value:
                self.fail(f"timex {t} ({timex.text!r}): value {timex.value!r} is not a non-empty string")
            self._located(f"timex {t}", timex, stories_ok)

    def round_trip(self) -> None:
        a = self.article
        try:
            if Article.from_dict(a.to_dict()) != a:
                self.fail("Article.from_dict(a.to_dict()) != a")
            if Article.from_json(a.to_json()) != a:
                self.fail("Article.from_json(a.to_json()) != a")
        except (TypeError, ValueError, KeyError) as exc:
            self.fail(f"serialisation round trip failed: {type(exc).__name__}: {exc}")


def article_problems(article: Article) -> list[str]:
    """Every invariant ``article`` breaks, as messages; an empty list when it is sound."""
    if not isinstance(article, Article):
        return [f"expected an Article, got {type(article).__name__}"]
    return _Checker(article).run()


def check_article(article: Article) -> Article:
    """Return ``article`` when it keeps every invariant above, else raise :class:`InvalidArticleError`."""
    problems = article_problems(article)
    if problems:
        shown = problems[:_MAX_REPORTED]
        more = f"\n  ... and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
        raise InvalidArticleError(
            f"the article breaks {len(problems)} invariant(s):\n  " + "\n  ".join(shown) + more,
            problems=problems,
        )
    return article


__all__ = ["article_problems", "check_article"]
