"""Readable views of an Article: plain-text summary (CLI) and HTML (notebooks)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsenrich.article import Article

_COLOURS = {"PER": "#fde2a8", "LOC": "#bfe3c4", "ORG": "#c7d7f5", "TIMEX": "#f3c4e3"}


def article_summary(article: Article) -> str:
    """A few lines per story, then entities by type and dates with their values."""
    lines: list[str] = []
    pub = article.published
    lines.append(f"published: {pub.value} ({pub.precision}, from {pub.source})" if pub else "published: unknown")
    for warning in article.warnings:
        lines.append(f"warning: {warning}")
    for i, story in enumerate(article.stories):
        head = f'"{story.headline.text}"' if story.headline else "(no headline)"
        repeat = f", repeats story {story.duplicate_of}" if story.duplicate_of is not None else ""
        lines.append(
            f"story {i} [{story.start}:{story.end}] {head}: "
            f"{len(story.paragraphs)} paragraphs, {len(story.sentences)} sentences{repeat}"
        )
    for label in ("PER", "LOC", "ORG"):
        ents = article.entities_by_label(label)  # type: ignore[arg-type]
        if ents:
            lines.append(f"{label}:")
            for e in ents:
                forms = sorted({m.text for m in e.mentions})
                lines.append(f"  {e.name} ({len(e.mentions)}x: {', '.join(forms)})")
    if article.timexes:
        lines.append("dates:")
        for t in article.timexes:
            extra = "".join(f" {k}={v}" for k, v in (("signal", t.signal), ("mod", t.mod)) if v)
            lines.append(f'  "{t.text}" -> {t.value} ({t.type}{extra}) [story {t.story}]')
    return "\n".join(lines)


def article_html(article: Article) -> str:
    """HTML with entity mentions and time expressions highlighted, one block per story."""
    marks: dict[int, list[tuple[int, int, str, str]]] = {}
    for entity in article.entities:
        for m in entity.mentions:
            marks.setdefault(m.story, []).append((m.start, m.end, f"{entity.label}: {entity.name}", entity.label))
    for t in article.timexes:
        marks.setdefault(t.story, []).append((t.start, t.end, f"{t.type} {t.value}", "TIMEX"))
    parts = ['<div class="newsenrich-article" style="font-family:sans-serif;line-height:1.6">']
    pub = article.published
    parts.append(f"<div><b>published</b>: {html.escape(pub.value) if pub else 'unknown'}</div>")
    for i, story in enumerate(article.stories):
        title = f"story {i}" + (f" (repeats story {story.duplicate_of})" if story.duplicate_of is not None else "")
        parts.append(f'<div style="border-left:3px solid #999;margin:8px 0;padding-left:8px"><i>{title}</i>')
        if story.headline:
            parts.append(f"<h4 style='margin:4px 0'>{html.escape(story.headline.text)}</h4>")
        for para in story.paragraphs:
            parts.append(f"<p>{_highlight(article.text, para.start, para.end, marks.get(i, []))}</p>")
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)


def _highlight(text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    out: list[str] = []
    pos = start
    for s, e, tip, kind in sorted(x for x in spans if x[0] >= start and x[1] <= end):
        if s < pos:
            continue  # overlapping marks: keep the first
        out.append(html.escape(text[pos:s]))
        out.append(
            f'<mark title="{html.escape(tip)}" style="background:{_COLOURS[kind]};padding:0 2px">'
            f"{html.escape(text[s:e])}<sup style='font-size:60%'>{kind}</sup></mark>"
        )
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)
