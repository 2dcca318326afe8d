from __future__ import annotations

import pytest

from newsenrich.segment import segment_text


def texts(text: str, spans) -> list[str]:
    return [text[a:b] for a, b in spans]


# -- the seed article -------------------------------------------------------------------


def test_seed_header_and_published(seed_text: str) -> None:
    result = segment_text(seed_text)
    assert result.header is not None
    assert seed_text[result.header[0] : result.header[1]] == "date 2021-04"
    assert result.published is not None
    assert (result.published.value, result.published.precision, result.published.source) == ("2021-04", "month", "header")


def test_seed_has_three_stories(seed_text: str) -> None:
    stories = segment_text(seed_text).stories
    assert len(stories) == 3
    first, second, third = stories
    assert seed_text[first.start :].startswith("De Amerikaanse president Joe Biden heeft")
    assert seed_text[: first.end].endswith("een initiatief was van Washington.")
    assert len(first.paragraphs) == 4
    assert first.headline is None
    assert first.duplicate_of is None
    assert second.duplicate_of is None
    assert third.duplicate_of == 0
    assert len(third.paragraphs) == 1
    assert seed_text[third.start :].startswith("Oekraïne is een van die onderwerpen.")
    assert third.end == len(seed_text.rstrip())


def test_seed_fused_headline(seed_text: str) -> None:
    story = segment_text(seed_text).stories[1]
    assert story.headline is not None
    assert seed_text[story.headline[0] : story.headline[1]] == (
        "Biden wil troepen tegen 11 september uit Afghanistan terugtrekken"
    )
    first_sentence = seed_text[story.sentences[0][0] : story.sentences[0][1]]
    assert first_sentence.startswith("De Amerikaanse president Joe Biden wil volgens mediaberichten")
    assert story.sentences[0][0] > story.headline[1]
    assert story.paragraphs[0][0] == story.sentences[0][0]


def test_seed_top_and_wel_are_two_sentences(seed_text: str) -> None:
    all_sentences = [seed_text[a:b] for s in segment_text(seed_text).stories for a, b in s.sentences]
    assert "Het is niet bekendgemaakt of Poetin is ingegaan op het voorstel voor de top." in all_sentences
    assert "Wel wordt gemeld dat het telefoongesprek een initiatief was van Washington." in all_sentences


# -- other layouts ----------------------------------------------------------------------

BODY_A = (
    "Het kabinet wil de belasting op vliegtickets verhogen. Dat heeft minister Jansen van Financiën "
    "dinsdag laten weten. De opbrengst moet naar het openbaar vervoer gaan."
)
BODY_A2 = "Reisorganisaties reageren boos. Zij vrezen dat reizigers uitwijken naar vliegvelden in België en Duitsland."
BODY_B = (
    "De brandweer heeft in Zwolle een grote brand in een loods geblust. Niemand raakte gewond. "
    "De oorzaak van de brand wordt nog onderzocht door de politie."
)


def test_headlines_on_their_own_lines_with_blank_lines() -> None:
    text = f"Vliegtaks gaat omhoog\n\n{BODY_A}\n\n{BODY_A2}\n\nGrote brand in Zwolle\n\n{BODY_B}\n"
    stories = segment_text(text).stories
    assert len(stories) == 2
    assert texts(text, [stories[0].headline, stories[1].headline]) == ["Vliegtaks gaat omhoog", "Grote brand in Zwolle"]
    assert len(stories[0].paragraphs) == 2


def test_single_newlines_only() -> None:
    text = f"Vliegtaks gaat omhoog\n{BODY_A}\n{BODY_A2}\nGrote brand in Zwolle\n{BODY_B}"
    stories = segment_text(text).stories
    assert len(stories) == 2
    assert text[stories[1].start : stories[1].end].startswith("Grote brand in Zwolle")


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_windows_and_old_mac_line_ends(newline: str) -> None:
    text = newline.join(["Vliegtaks gaat omhoog", BODY_A, "", "Grote brand in Zwolle", BODY_B])
    stories = segment_text(text).stories
    assert len(stories) == 2
    assert all(newline not in text[a:b] for s in stories for a, b in s.sentences)


def test_datelines_start_stories() -> None:
    text = f"AMSTERDAM - {BODY_A}\n\nZWOLLE (ANP) - {BODY_B}"
    stories = segment_text(text).stories
    assert len(stories) == 2
    assert stories[1].dateline is not None
    assert text[stories[1].dateline[0] : stories[1].dateline[1]] == "ZWOLLE (ANP)"


def test_date_line_after_headline_belongs_to_that_story() -> None:
    text = f"Vliegtaks gaat omhoog\n01-Mar-08\n{BODY_A}\nGrote brand in Zwolle\n02-Mar-08\n{BODY_B}"
    stories = segment_text(text).stories
    assert len(stories) == 2
    assert text[stories[0].dateline[0] : stories[0].dateline[1]] == "01-Mar-08"
    assert all("01-Mar-08" not in text[a:b] for a, b in stories[0].paragraphs)


def test_repeat_with_other_paragraphing_and_changed_words_is_a_duplicate() -> None:
    repeat = (BODY_A + " " + BODY_A2).replace("dinsdag", "gisteren").replace("boos", "woedend")
    text = f"Vliegtaks gaat omhoog\n\n{BODY_A}\n\n{BODY_A2}\n\nGrote brand in Zwolle\n\n{BODY_B}\n\nVliegtaks omhoog\n\n{repeat}"
    stories = segment_text(text).stories
    assert [s.duplicate_of for s in stories] == [None, None, 0]


def test_same_topic_different_story_is_not_a_duplicate() -> None:
    other = (
        "Ook de oppositie is kritisch over de hogere vliegtaks. Volgens de partij treft de maatregel vooral "
        "gezinnen met een klein budget, en levert hij voor het klimaat weinig op."
    )
    text = f"Vliegtaks gaat omhoog\n\n{BODY_A}\n\nOppositie kritisch over vliegtaks\n\n{other}"
    stories = segment_text(text).stories
    assert len(stories) == 2
    assert stories[1].duplicate_of is None


@pytest.mark.parametrize("text", ["", "   \n\n  ", "...", "date 2021-04"], ids=["empty", "blank", "punct", "header-only"])
def test_degenerate_inputs(text: str) -> None:
    result = segment_text(text)
    for story in result.stories:
        assert 0 <= story.start <= story.end <= len(text)


def test_hard_wrapped_paragraph_is_one_paragraph() -> None:
    text = "Het kabinet wil de belasting op vliegtickets\nverhogen, zo heeft de minister laten weten.\n\nNieuwe alinea hier."
    story = segment_text(text).stories[0]
    assert len(story.paragraphs) == 2
    assert text[story.sentences[0][0] : story.sentences[0][1]].endswith("laten weten.")
