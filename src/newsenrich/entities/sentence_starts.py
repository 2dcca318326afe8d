"""Where sentences start, as the name checks read them.

A capitalised word tells nothing at the start of a sentence, a heading or a list
item. The segmenter marks sentence starts; quotes, dashes, list marks and section
numbers (``U1.2.3``, ``3.2.1``) before a word do not stop it opening the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

SECTION_NUMBER = re.compile(r"^(?:[A-Z]{1,3}\d+(?:\.\d+)+|\d+(?:\.\d+){2,})\.?$")


def opens_sentence(token: Token) -> bool:
    """The token is the first word of its sentence (quotes, dashes and list marks before it aside)."""
    i = token.i
    doc = token.doc
    while i > 0 and not doc[i].is_sent_start:
        previous = doc[i - 1]
        if not (previous.is_punct or previous.is_space or previous.like_num or SECTION_NUMBER.match(previous.text)):
            return False
        i -= 1
    return True
