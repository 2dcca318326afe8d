"""The exceptions newsenrich raises.

Hierarchy::

    NewsEnrichError                      every error raised on purpose by newsenrich
    ├── InputTypeError(TypeError)        an argument of the wrong type (names the argument)
    ├── InvalidPublishedError(ValueError) a publication date newsenrich cannot read
    ├── InputTooLargeError(ValueError)   a text above the configured size limit
    └── ModelNotFoundError(OSError)      a spaCy pipeline that is not installed or not loadable
"""

from __future__ import annotations


class NewsEnrichError(Exception):
    """Base class of every error newsenrich raises on purpose."""


class InputTypeError(NewsEnrichError, TypeError):
    """An argument has the wrong type; the message names the argument."""


class InvalidPublishedError(NewsEnrichError, ValueError):
    """A publication date that cannot be read; the message lists the accepted forms."""


class InputTooLargeError(NewsEnrichError, ValueError):
    """A text longer than the enricher's ``max_chars`` limit."""


class ModelNotFoundError(NewsEnrichError, OSError):
    """A spaCy pipeline that is not installed; the message says how to install it."""
