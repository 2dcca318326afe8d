"""The ``newsenrich_repeated_names`` spaCy component: a name found once is found everywhere.

A statistical NER decides every occurrence of a name from a few words around it,
so it can find ``Biden`` in nine sentences of an article and miss him at the
start of the tenth. News repeats its names, and within one article a name
nearly always means the same thing each time. This component marks the
occurrences of names the NER found elsewhere in the same text, with the label
the NER gave them (the most frequent one), where the NER left them unmarked.

What counts as a found name:

- the words of each entity whose label maps to PER, LOC or ORG;
- for a person named with more than one word, the surname (``Joe Biden`` ->
  ``Biden``, ``Mark van der Berg`` -> ``van der Berg``) and its genitive
  (``Bidens``), which news uses on its own after the first mention.

An occurrence is marked only when it is written exactly so (case included), does
not overlap an entity, and stands on its own: not followed by a capitalised word,
nor preceded by one inside a sentence (``Hunter Biden`` is another person, and
``Washington`` in ``Washington Post`` is not the city). Names of one letter, and
one-word names that are Dutch function words (a sentence-initial ``De`` the NER
took for a name), are never spread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsenrich.entities.labels import DEFAULT_LABEL_MAP, LabelMapComponent
from newsenrich.entities.person_names import Words, surname_forms
from newsenrich.entities.stated_types import said_not_a_name
from newsenrich.entities.terms import is_inside_title


def _spreadable(words: Words) -> bool:
    if not any(ch.isupper() for word in words for ch in word):
        return False
    if len(words) == 1:
        word = words[0]
        return sum(ch.isalpha() for ch in word) >= 2 and word.lower() not in STOP_WORDS
    return True


def found_names(doc: Doc, label_map: dict[str, str], ents: Sequence[Span] | None = None) -> dict[Words, str]:
    """The names of ``doc.ents`` (or ``ents``, read from them) that may be spread, each with its
    most frequent label."""
    labels: dict[Words, Counter[str]] = {}
    for ent in doc.ents if ents is None else ents:
        mapped = label_map.get(ent.label_.upper())
        if mapped is None:
            continue
        words = tuple(token.text for token in ent)
        forms = [words, *surname_forms(words)] if mapped == "PER" else [words]
        for form in forms:
            if _spreadable(form):
                labels.setdefault(form, Counter())[ent.label_] += 1
    return {form: counts.most_common(1)[0][0] for form, counts in labels.items()}


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        return False
    if start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        return bool(doc[start].is_sent_start)
    return True


def unmarked_repeats(doc: Doc, label_map: dict[str, str] = DEFAULT_LABEL_MAP) -> list[Span]:
    """Spans for the occurrences of found names that no entity covers, in text order."""
    ents = doc.ents  # (each read of ``doc.ents`` builds its spans anew)
    names = found_names(doc, {k.upper(): v for k, v in label_map.items()}, ents)
    if not names:
        return []
    strings = doc.vocab.strings
    by_first: dict[int, list[tuple[list[int], Words]]] = {}
    for words in sorted(names, key=len, reverse=True):  # the longest name first
        orths = [strings[word] for word in words]  # the hash, without storing the string
        by_first.setdefault(orths[0], []).append((orths, words))
    orths = doc.to_array("ORTH").tolist()
    covered = [False] * len(doc)
    for ent in ents:
        covered[ent.start : ent.end] = [True] * (ent.end - ent.start)
    spans: list[Span] = []
    i = 0
    while i < len(orths):
        for name, words in by_first.get(orths[i], ()):
            end = i + len(name)
            if orths[i:end] == name and not any(covered[i:end]) and _stands_alone(doc, i, end):
                span = Span(doc, i, end, label=names[words])
                if is_inside_title(span) or said_not_a_name(span):  # the checks drop such a mention
                    break
                spans.append(span)
                i = end - 1
                break
        i += 1
    return spans


class RepeatedNameMarker(LabelMapComponent):
    def __call__(self, doc: Doc) -> Doc:
        spans = unmarked_repeats(doc, self.label_map)
        if spans:
            doc.set_ents(spans, default="unmodified")
        return doc


@Language.factory(
    "newsenrich_repeated_names",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"label_map": DEFAULT_LABEL_MAP},
)
def make_repeated_names(nlp: Language, name: str, label_map: dict[str, str]) -> RepeatedNameMarker:
    return RepeatedNameMarker(nlp, name, label_map=label_map)
