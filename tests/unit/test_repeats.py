"""Archive-level repeat detection: recall on re-paragraphed repeats, precision on same-topic stories."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

from newsenrich.article import Article, PipelineInfo, Story, TextSpan
from newsenrich.repeats import StorySignature, find_repeats, signature, story_signatures
from newsenrich.segment.duplicates import shingles

# Sentences on one topic (a storm), so that different stories share names and phrases.
STORM = [
    "Het KNMI heeft voor zaterdag code oranje afgegeven voor Zeeland, Noord-Holland en de Waddeneilanden.",
    "Volgens het KNMI kunnen er windstoten van meer dan honderd kilometer per uur voorkomen.",
    "Rijkswaterstaat raadt automobilisten aan om niet de weg op te gaan als het niet nodig is.",
    "In Vlissingen zijn de kades afgesloten en de veerdienst naar Breskens vaart niet.",
    "De NS laat minder treinen rijden in het noorden van het land.",
    "Op Schiphol zijn ruim tweehonderd vluchten geschrapt vanwege de harde wind.",
    "Burgemeester Van den Berg vraagt inwoners om losse spullen in de tuin vast te zetten.",
    "Bij Den Helder is een boom op een rijdende auto gevallen, de bestuurder raakte licht gewond.",
    "De brandweer rukte in Amsterdam meer dan honderd keer uit voor stormschade.",
    "Meteorologen verwachten dat de storm zondagochtend afneemt.",
    "Het KNMI waarschuwt dat het in de nacht naar zondag opnieuw flink kan gaan waaien.",
    "Op Texel zijn de campings uit voorzorg ontruimd.",
    "De veerdienst tussen Den Helder en Texel ligt de hele dag stil.",
    "Volgens Rijkswaterstaat staan er file op de A7 door omgewaaide vrachtwagens.",
    "In Rotterdam is het dak van een sporthal gedeeltelijk weggewaaid.",
    "Verzekeraars verwachten honderden schademeldingen na het weekend.",
    "De storm is de eerste van het seizoen die een naam krijgt.",
    "Code oranje betekent dat er gevaar is voor mens en dier.",
]


def _story(sentences: list[str], paragraph_size: int) -> str:
    paragraphs = [" ".join(sentences[i : i + paragraph_size]) for i in range(0, len(sentences), paragraph_size)]
    return "\n\n".join(paragraphs)


def _change_words(text: str, count: int, rng: random.Random) -> str:
    tokens = text.split(" ")
    for _ in range(count):
        tokens[rng.randrange(len(tokens))] = rng.choice(["ook", "zeker", "volgens", "bijna"])
    return " ".join(tokens)


def _article(text: str, paragraphs: list[tuple[int, int]]) -> Article:
    story = Story(
        start=paragraphs[0][0],
        end=paragraphs[-1][1],
        headline=None,
        paragraphs=tuple(TextSpan(a, b) for a, b in paragraphs),
        sentences=(),
    )
    return Article(text, None, (story,), (), (), PipelineInfo("test", "0"))


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda s, rng: _story(s, 2), id="re-paragraphed"),
        pytest.param(lambda s, rng: _story(s, 1).upper(), id="one-sentence-paragraphs-upper-case"),
        pytest.param(lambda s, rng: _change_words(_story(s, 3), 3, rng), id="three-words-changed"),
        pytest.param(lambda s, rng: "Storm raast over het land\n" + _story(s, 4), id="headline-added"),
        pytest.param(lambda s, rng: _story(s[:-2], 3), id="last-paragraph-cut"),
    ],
)
def test_repeats_finds_a_rewritten_copy(variant) -> None:
    original = _story(STORM[:8], 3)
    copy = variant(STORM[:8], random.Random(1))
    other = _story(STORM[8:], 3)
    result = find_repeats([("a", original), ("b", other), ("c", copy)])
    assert [(p.first, p.second) for p in result.pairs] == [("a", "c")]
    assert result.groups == (("a", "c"),)
    assert result.original_of() == {"c": "a"}


def test_repeats_recall_on_many_reparagraphed_repeats() -> None:
    rng = random.Random(7)
    vocab = [f"{a}{b}" for a in ("de", "het", "een", "van", "op", "met", "voor", "in") for b in range(300)]
    originals = [[rng.choice(vocab) for _ in range(rng.randint(60, 250))] for _ in range(300)]
    items: list[tuple[object, str]] = [(("orig", i), " ".join(w)) for i, w in enumerate(originals)]
    for i in range(0, 300, 2):  # half the stories are repeated elsewhere in the archive
        words = list(originals[i])
        for _ in range(rng.randint(0, 4)):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        cut = rng.randrange(10, len(words) - 10)
        items.append((("copy", i), " ".join(words[:cut]) + "\n\n" + " ".join(words[cut:])))
    rng.shuffle(items)
    result = find_repeats(items)
    found = {frozenset((p.first, p.second)) for p in result.pairs}
    expected = {frozenset((("orig", i), ("copy", i))) for i in range(0, 300, 2)}
    assert len(found & expected) >= 0.98 * len(expected)
    assert found <= expected  # random stories never pair up


def test_repeats_precision_on_same_topic_stories() -> None:
    # Different stories on the same storm: same names, same phrases (KNMI, code oranje,
    # Den Helder, veerdienst), no sentence in common.
    items = []
    for k, start in enumerate((0, 6, 12)):
        for size in (1, 2, 3):
            items.append(((k, size), _story(STORM[start : start + 6], size)))
    result = find_repeats(items)
    assert {(p.first[0], p.second[0]) for p in result.pairs} == {(0, 0), (1, 1), (2, 2)}
    assert result.groups == tuple(tuple((k, size) for size in (1, 2, 3)) for k in range(3))


def test_repeats_estimates_agree_with_exact_shingle_overlap() -> None:
    # Stories made of 6 of the 18 storm sentences, so pairs overlap anywhere from 0 to 6 sentences.
    rng = random.Random(3)
    texts = [_story(rng.sample(STORM, 6), 2) for _ in range(60)]
    exact = [shingles(t) for t in texts]
    found = {(p.first, p.second) for p in find_repeats(list(enumerate(texts))).pairs}
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            containment = len(exact[i] & exact[j]) / min(len(exact[i]), len(exact[j]))
            if containment < 0.35:
                assert (i, j) not in found, containment
            if containment >= 0.7:
                assert (i, j) in found, containment


def test_repeats_ignores_one_shared_quote() -> None:
    quote = "Het KNMI waarschuwt dat het in de nacht naar zondag opnieuw flink kan gaan waaien."
    a = _story(STORM[:6] + [quote], 3)
    b = _story(STORM[11:17] + [quote], 3)
    assert find_repeats([("a", a), ("b", b)]).pairs == ()


def test_repeats_of_articles_use_story_bodies_with_ids() -> None:
    body = _story(STORM[:6], 2)
    text1 = "Storm\n" + body
    text2 = body.replace("\n\n", "\n")
    first = _article(text1, [(6, len(text1))])
    second = _article(text2, [(0, len(text2))])
    result = find_repeats([first, ("krant-2", second)])
    assert [(p.first, p.second) for p in result.pairs] == [((0, 0), ("krant-2", 0))]
    assert len(story_signatures(first)) == 1


def test_repeats_skips_short_stories_and_says_so() -> None:
    result = find_repeats([("a", "Kort bericht."), ("b", "Kort bericht."), ("c", _story(STORM[:5], 2))])
    assert result.skipped == ("a", "b")
    assert result.compared == 1
    assert result.pairs == ()


def test_repeats_accepts_signatures_computed_elsewhere() -> None:
    text = _story(STORM[:6], 2)
    sig = signature(text)
    assert isinstance(sig, StorySignature) and sig.num_perm == 128 and sig.words > 50
    result = find_repeats([("x", sig), ("y", text)])
    assert [(p.first, p.second) for p in result.pairs] == [("x", "y")]
    assert result.pairs[0].containment == 1.0


def test_repeats_signature_is_the_same_in_another_process() -> None:
    text = _story(STORM[:6], 2)
    code = "import sys; from newsenrich.repeats import signature; sys.stdout.write(signature(sys.argv[1]).minhash.hex())"
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True, text=True, check=True)
    assert bytes.fromhex(out.stdout) == signature(text).minhash


@pytest.mark.parametrize(
    ("items", "error"),
    [
        pytest.param([("a", "tekst"), ("a", "tekst")], ValueError, id="duplicate-id"),
        pytest.param([("a", 3)], TypeError, id="bad-value"),
        pytest.param([3], TypeError, id="bad-item"),
        pytest.param([("a", signature("een twee drie vier vijf zes", num_perm=64))], ValueError, id="num-perm"),
    ],
)
def test_repeats_bad_input_is_a_clear_error(items, error) -> None:
    with pytest.raises(error):
        find_repeats(items)


def test_repeats_groups_chain_in_input_order() -> None:
    base = _story(STORM[:9], 3)
    result = find_repeats([("c", base.upper()), ("a", base), ("b", base.replace("\n\n", " "))])
    assert result.groups == (("c", "a", "b"),)
    assert result.original_of() == {"a": "c", "b": "c"}
