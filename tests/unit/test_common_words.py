from __future__ import annotations

from newsenrich.lang.nl.common_words import common_words, is_common_word


def test_common_words_hold_ordinary_words_and_no_names() -> None:
    for word in ("Oorzaak", "verslag", "Jaarlijkse", "echter"):
        assert is_common_word(word), word
    for word in ("Kok", "Bos", "Trouw", "Oranje", "Amsterdam", "Rutte", "de"):
        assert not is_common_word(word), word


def test_common_words_are_read_once_and_lower_case() -> None:
    assert common_words() is common_words()
    assert all(word == word.lower() and len(word) >= 4 for word in common_words())
