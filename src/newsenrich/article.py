"""The data model: what :func:`newsenrich.enrich` returns.

Everything is a frozen dataclass; offsets are character offsets into
``Article.text``, end-exclusive. ``Article.to_dict()`` gives the documented JSON
shape (see ``docs/data-model.md``) and ``Article.from_dict`` reads it back, so
``Article.from_dict(a.to_dict()) == a`` for every article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["year", "month", "day"]
PublishedSource = Literal["header", "argument"]
EntityLabel = Literal["PER", "LOC", "ORG"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Published:
    """The publication date the article's relative dates are anchored on."""

    value: str
    """ISO form at its own precision: ``2021``, ``2021-04`` or ``2021-04-14``."""
    precision: Precision
    """How much of the date is known."""
    source: PublishedSource
    """``header`` when read from the text's ``date ...`` line, ``argument`` when given by the caller."""

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if self.precision != "year" else None

    @property
    def day(self) -> int | None:
        return int(self.value[8:10]) if self.precision == "day" else None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "source": self.source}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Published:
        return cls(value=data["value"], precision=data["precision"], source=data["source"])


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of the input: ``text[start:end]``."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextSpan:
        return cls(start=data["start"], end=data["end"])


@dataclass(frozen=True, slots=True)
class Headline:
    """A story's headline, on its own line or fused into the first sentence."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Headline:
        return cls(start=data["start"], end=data["end"], text=data["text"])


@dataclass(frozen=True, slots=True)
class Story:
    """One news story of the input; stories are ordered and do not overlap."""

    start: int
    end: int
    headline: Headline | None
    """The headline, or None when the story has none."""
    paragraphs: tuple[TextSpan, ...]
    """Body paragraphs (the headline is not part of any paragraph)."""
    sentences: tuple[TextSpan, ...]
    """Body sentences, in order, inside the paragraphs."""
    duplicate_of: int | None = None
    """Index of an earlier story this one repeats (other paragraphing or a few words changed)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "headline": self.headline.to_dict() if self.headline else None,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences],
            "duplicate_of": self.duplicate_of,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Story:
        headline = data.get("headline")
        return cls(
            start=data["start"],
            end=data["end"],
            headline=Headline.from_dict(headline) if headline else None,
            paragraphs=tuple(TextSpan.from_dict(p) for p in data["paragraphs"]),
            sentences=tuple(TextSpan.from_dict(s) for s in data["sentences"]),
            duplicate_of=data.get("duplicate_of"),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in the text."""

    start: int
    end: int
    text: str
    story: int
    """Index of the story the mention is in."""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "story": self.story}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        return cls(start=data["start"], end=data["end"], text=data["text"], story=data["story"])


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, place or organisation with all its mentions in the article."""

    name: str
    """The fullest form among the mentions (``Joe Biden`` for ``Biden``, ``Bidens``, ``Joe Biden``)."""
    label: EntityLabel
    """The majority label of the mentions."""
    mentions: tuple[Mention, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            name=data["name"],
            label=data["label"],
            mentions=tuple(Mention.from_dict(m) for m in data["mentions"]),
        )


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression with its TIMEX3 normalisation."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    """TIMEX3 value: ``2021-04-13``, ``2021-05``, ``P2W``, ``PAST_REF``, ``XXXX-WXX-2`` ..."""
    mod: str | None
    """TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER, ...) or None."""
    signal: str | None
    """The signal word before the expression (``sinds``, ``tegen``, ``vanaf`` ...) or None."""
    story: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "signal": self.signal,
            "story": self.story,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Timex:
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            type=data["type"],
            value=data["value"],
            mod=data.get("mod"),
            signal=data.get("signal"),
            story=data["story"],
        )


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """Which NER backend and which newsenrich version produced the article."""

    ner: str
    version: str

    def to_dict(self) -> dict[str, Any]:
        return {"ner": self.ner, "version": self.version}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PipelineInfo:
        return cls(ner=data["ner"], version=data["version"])


@dataclass(frozen=True, slots=True)
class Article:
    """The enriched form of one input text."""

    text: str
    """The input, unchanged."""
    published: Published | None
    stories: tuple[Story, ...]
    entities: tuple[Entity, ...]
    timexes: tuple[Timex, ...]
    pipeline: PipelineInfo
    header: TextSpan | None = None
    """The ``date ...`` header line, which belongs to no story."""
    warnings: tuple[str, ...] = field(default=())
    """What was read but could not be used (an unreadable header date, ...)."""

    # -- serialisation -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "published": self.published.to_dict() if self.published else None,
            "stories": [s.to_dict() for s in self.stories],
            "entities": [e.to_dict() for e in self.entities],
            "timexes": [t.to_dict() for t in self.timexes],
            "pipeline": self.pipeline.to_dict(),
            "header": self.header.to_dict() if self.header else None,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        published = data.get("published")
        header = data.get("header")
        return cls(
            text=data["text"],
            published=Published.from_dict(published) if published else None,
            stories=tuple(Story.from_dict(s) for s in data["stories"]),
            entities=tuple(Entity.from_dict(e) for e in data["entities"]),
            timexes=tuple(Timex.from_dict(t) for t in data["timexes"]),
            pipeline=PipelineInfo.from_dict(data["pipeline"]),
            header=TextSpan.from_dict(header) if header else None,
            warnings=tuple(data.get("warnings", ())),
        )

    def to_json(self, **kwargs: Any) -> str:
        """JSON text of :meth:`to_dict`; keyword arguments go to :func:`json.dumps`."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        return cls.from_dict(json.loads(data))

    # -- convenience -------------------------------------------------------------------
    def entities_by_label(self, label: EntityLabel) -> list[Entity]:
        return [e for e in self.entities if e.label == label]

    def story_text(self, index: int) -> str:
        story = self.stories[index]
        return self.text[story.start : story.end]

    def sentences(self) -> Iterator[str]:
        for story in self.stories:
            for sent in story.sentences:
                yield self.text[sent.start : sent.end]

    # -- display -----------------------------------------------------------------------
    def __repr__(self) -> str:
        pub = self.published.value if self.published else None
        counts = {label: len(self.entities_by_label(label)) for label in ("PER", "LOC", "ORG")}
        preview = " ".join(self.text[:400].split())[:60]  # not the whole text: it may be 50 MB
        return (
            f"<Article published={pub!r} stories={len(self.stories)} "
            f"entities=PER:{counts['PER']} LOC:{counts['LOC']} ORG:{counts['ORG']} "
            f"timexes={len(self.timexes)} text={preview!r}{'...' if len(self.text) > 60 else ''}>"
        )

    def _repr_html_(self) -> str:
        from newsenrich.display import article_html

        return article_html(self)


def spans_text(text: str, spans: Sequence[TextSpan]) -> list[str]:
    """The strings of ``spans`` in ``text`` (a small helper for tests and notebooks)."""
    return [text[s.start : s.end] for s in spans]


__all__ = [
    "Article",
    "Entity",
    "Headline",
    "Mention",
    "PipelineInfo",
    "Published",
    "Story",
    "TextSpan",
    "Timex",
]
