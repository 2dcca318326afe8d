from __future__ import annotations

import pytest

from newsenrich.entities.clustering import MentionInput, cluster_mentions


def clusters(*mentions: tuple[str, str]) -> list[tuple[str, str, list[str]]]:
    inputs = [MentionInput(i * 100, i * 100 + len(t), t, label) for i, (t, label) in enumerate(mentions)]
    return [(c.name, c.label, [mentions[i][0] for i in c.mentions]) for c in cluster_mentions(inputs)]


def test_surname_and_genitive_join_the_full_name() -> None:
    result = clusters(("Joe Biden", "PER"), ("Biden", "PER"), ("Bidens", "PER"))
    assert result == [("Joe Biden", "PER", ["Joe Biden", "Biden", "Bidens"])]


def test_surname_before_the_full_name_still_joins() -> None:
    assert clusters(("Poetin", "PER"), ("Vladimir Poetin", "PER")) == [
        ("Vladimir Poetin", "PER", ["Poetin", "Vladimir Poetin"])
    ]


def test_acronym_joins_its_long_form() -> None:
    assert clusters(("Verenigde Staten", "LOC"), ("VS", "LOC")) == [
        ("Verenigde Staten", "LOC", ["Verenigde Staten", "VS"])
    ]


def test_two_people_with_one_surname_stay_apart() -> None:
    result = clusters(("Jill Biden", "PER"), ("Joe Biden", "PER"), ("Biden", "PER"))
    names = {name: forms for name, _, forms in result}
    assert names["Jill Biden"] == ["Jill Biden"]
    assert names["Joe Biden"] == ["Joe Biden", "Biden"]  # nearest full name before it


def test_surname_particles() -> None:
    result = clusters(("Hugo de Jonge", "PER"), ("De Jonge", "PER"))
    assert result == [("Hugo de Jonge", "PER", ["Hugo de Jonge", "De Jonge"])]


def test_label_is_the_majority() -> None:
    result = clusters(("Kremlin", "ORG"), ("Kremlin", "LOC"), ("Kremlin", "ORG"))
    assert result == [("Kremlin", "ORG", ["Kremlin", "Kremlin", "Kremlin"])]


def test_article_is_not_part_of_the_match_but_title_article_stays_in_the_name() -> None:
    result = clusters(("The Washington Post", "ORG"), ("Washington Post", "ORG"), ("Washington", "LOC"))
    assert result == [
        ("The Washington Post", "ORG", ["The Washington Post", "Washington Post"]),
        ("Washington", "LOC", ["Washington"]),
    ]


@pytest.mark.parametrize("word", ["Paris", "Brussels"])
def test_genitive_is_only_stripped_when_the_base_is_attested(word: str) -> None:
    assert clusters((word, "LOC")) == [(word, "LOC", [word])]


def test_a_place_typed_loc_does_not_join_a_person_by_surname() -> None:
    # a club mistyped as a person must not pull in its city
    result = clusters(("Spartak Moskou", "PER"), ("Moskou", "LOC"), ("Moskou", "LOC"))
    assert result == [("Spartak Moskou", "PER", ["Spartak Moskou"]), ("Moskou", "LOC", ["Moskou", "Moskou"])]


def test_a_mistyped_surname_that_is_no_place_still_joins() -> None:
    result = clusters(("Frank Rijkaard", "PER"), ("Rijkaard", "LOC"), ("Rijkaard", "PER"))
    assert result == [("Frank Rijkaard", "PER", ["Frank Rijkaard", "Rijkaard", "Rijkaard"])]


def test_a_place_name_typed_per_still_joins_its_person() -> None:
    # the model's PER is evidence enough: Abraham Lincoln's "Lincoln" is the man
    result = clusters(("Abraham Lincoln", "PER"), ("Lincoln", "PER"))
    assert result == [("Abraham Lincoln", "PER", ["Abraham Lincoln", "Lincoln"])]
