from __future__ import annotations

import pytest
import spacy

from newsenrich.tokenizer import customize_tokenizer


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
    ],
)
def test_news_tokenization(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp(text)] == tokens
