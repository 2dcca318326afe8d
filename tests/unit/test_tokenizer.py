from __future__ import annotations

import functools
import pickle
import time

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from newsenrich.tokenizer import MAX_SPLIT_RUN, TailSearch, customize_tokenizer


@pytest.fixture(scope="module")
def nlp():
    return customize_tokenizer(spacy.blank("nl"))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        pytest.param("voor de top. Wel", ["voor", "de", "top", ".", "Wel"], id="top"),
        pytest.param("de VS. Daar", ["de", "VS", ".", "Daar"], id="VS"),
        pytest.param("dr. Jansen o.a. hier", ["dr.", "Jansen", "o.a.", "hier"], id="abbreviations-kept"),
        pytest.param("'s-Hertogenbosch, zei", ["'s-Hertogenbosch", ",", "zei"], id="s-hertogenbosch"),
        pytest.param("de-escalatie al-Qaida 20ste", ["de-escalatie", "al-Qaida", "20ste"], id="hyphens-ordinals"),
        pytest.param('"plotselinge"', ['"', "plotselinge", '"'], id="quotes"),
        pytest.param("kleren van H&M. Bij AT&T.", ["kleren", "van", "H&M", ".", "Bij", "AT&T", "."], id="ampersand"),
        pytest.param("verdachte Nabil B. zweeg", ["verdachte", "Nabil", "B.", "zweeg"], id="initial-kept"),
        pytest.param("in Zwolle.De raad", ["in", "Zwolle", ".", "De", "raad"], id="glued-sentence-end"),
        pytest.param("bij de NOS.Het nieuws", ["bij", "de", "NOS", ".", "Het", "nieuws"], id="glued-after-acronym"),
        pytest.param("Waarom?Omdat", ["Waarom", "?", "Omdat"], id="glued-question"),
        pytest.param("ging mee;,,Wij blijven", ["ging", "mee", ";", ",,", "Wij", "blijven"], id="glued-quote"),
        pytest.param("zei ze.,,Nooit", ["zei", "ze", ".", ",,", "Nooit"], id="glued-period-quote"),
        pytest.param("bijv.Utrecht en St.Maarten", ["bijv.", "Utrecht", "en", "St.", "Maarten"], id="abbreviation-glued"),
        pytest.param("ASP.NET J.Smit 2,5 nu.nl", ["ASP.NET", "J.Smit", "2,5", "nu.nl"], id="glue-kept"),
        pytest.param("mail info@ad.nl.Daarna", ["mail", "info@ad.nl", ".", "Daarna"], id="address-then-sentence"),
    ],
)
def test_news_tokenization(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp(text)] == tokens


# -- linear time on hostile runs (see the module docstring) ----------------------------------

_SUFFIXY = st.text(alphabet=st.sampled_from("ab1.…,!?)]\"'’%°CkmF$€-:/ "), max_size=40)


@functools.lru_cache(maxsize=1)
def _plain_suffix_search():
    return spacy.blank("nl").tokenizer.suffix_search


@settings(max_examples=500, deadline=None)
@given(string=_SUFFIXY)
def test_tail_search_finds_what_the_full_search_finds(string: str) -> None:
    search = _plain_suffix_search()
    plain = search(string)
    tail = TailSearch(search)(string)
    assert (plain is None) == (tail is None)
    if plain is not None:
        assert (plain.start(), plain.end()) == (tail.start(), tail.end())


def test_tail_search_keeps_a_long_run_of_periods(nlp) -> None:
    assert [t.text for t in nlp("wacht" + "." * 50)] == ["wacht", "." * 50]


def test_a_run_longer_than_the_limit_is_one_token(nlp) -> None:
    run = "!?" * MAX_SPLIT_RUN
    doc = nlp(f"Begin {run} eind.")
    assert [t.text for t in doc] == ["Begin", run, "eind", "."]
    assert doc.text == f"Begin {run} eind."


def test_punctuation_runs_tokenize_fast(nlp) -> None:
    start = time.perf_counter()
    nlp("!?" * 100_000)  # minutes before the guards
    nlp(" ".join(["!?(" * 60] * 500))  # runs just under the limit
    assert time.perf_counter() - start < 10


def test_customized_tokenizer_still_serialises(nlp) -> None:
    data = nlp.tokenizer.to_bytes()
    assert spacy.blank("nl").tokenizer.from_bytes(data)("de VS. Daar")
    assert [t.text for t in pickle.loads(pickle.dumps(nlp.tokenizer))("de top. Wel")] == ["de", "top", ".", "Wel"]
