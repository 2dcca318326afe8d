"""The exceptions newsenrich raises.

Hierarchy::

    NewsEnrichError                      every error raised on purpose by newsenrich
    ├── InputTypeError(TypeError)        an argument of the wrong type (names the argument)
    ├── InvalidPublishedError(ValueError) a publication date newsenrich cannot read
    ├── InvalidArgumentError(ValueError) an argument of the right type with a value newsenrich
    │                                    cannot use (``batch_size=0``, ``max_chars=-1``)
    ├── InputTooLargeError(ValueError)   a text above the configured size limit
    ├── ModelNotFoundError(OSError)      a spaCy pipeline that is not installed or not loadable
    └── InvalidArticleError(ValueError)  an Article that breaks an invariant
                                         (:func:`newsenrich.validate.check_article`)

Any ``str`` is valid text: newsenrich raises nothing for odd content (empty,
binary-looking, huge, not Dutch); only the wrong type, a value it cannot use or
a text above ``max_chars`` is an error. Catch ``NewsEnrichError`` for all of
them, or the standard base class (``TypeError``, ``ValueError``, ``OSError``).
"""

from __future__ import annotations


class NewsEnrichError(Exception):
    """Base class of every error newsenrich raises on purpose."""


class InputTypeError(NewsEnrichError, TypeError):
    """An argument has the wrong type; the message names the argument."""


class InvalidPublishedError(NewsEnrichError, ValueError):
    """A publication date that cannot be read; the message lists the accepted forms."""


class InvalidArgumentError(NewsEnrichError, ValueError):
    """An argument whose value cannot be used; the message names the argument and what is allowed."""


class InputTooLargeError(NewsEnrichError, ValueError):
    """A text longer than the enricher's ``max_chars`` limit."""


class ModelNotFoundError(NewsEnrichError, OSError):
    """A spaCy pipeline that is not installed; the message says how to install it."""


class InvalidArticleError(NewsEnrichError, ValueError):
    """An Article that breaks the invariants :func:`newsenrich.validate.check_article` checks.

    ``problems`` lists every broken invariant.
    """

    def __init__(self, message: str, *, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])
