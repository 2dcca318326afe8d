import pytest

from newsenrich.lang.nl.places import is_demonym, is_place_name, place_names


def test_bundled_place_names_cover_countries_cities_and_dutch_exonyms() -> None:
    for name in ("Nederland", "Oekraïne", "Verenigde Staten", "Moskou", "Keulen", "New York", "Zeist", "Kaboel"):
        assert is_place_name(name), name
    assert is_place_name("  new   YORK ")


def test_surnames_and_common_words_are_not_places() -> None:
    for name in ("Rijkaard", "Jansen", "Biden", "Poetin", "taliban", "de", "Kremlin"):
        assert not is_place_name(name), name


def test_the_list_is_read_once() -> None:
    assert place_names() is place_names()
    assert all(name == name.lower() for name in place_names())


@pytest.mark.parametrize(
    "word", ["Surinamers", "Oekraïners", "Enschedeër", "Marokkanen", "Servisch", "Amsterdamse", "Amsterdammers", "Turken"]
)
def test_demonyms_of_known_places_are_recognised(word: str) -> None:
    assert is_demonym(word)


@pytest.mark.parametrize(
    "word", ["Polen", "Nederlanden", "Bakker", "Koster", "Dekker", "Jetten", "Peters", "Jansen", "Bidens", "Parijs", "Laurus"]
)
def test_places_and_surnames_are_no_demonyms(word: str) -> None:
    assert not is_demonym(word)
