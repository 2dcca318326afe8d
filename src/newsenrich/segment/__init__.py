"""Story segmentation: the date header, paragraphs, sentences, stories, headlines, repeats.

Everything here works on the raw string, so offsets always refer to the
caller's text; the spaCy component in :mod:`newsenrich.segment.component`
copies the result onto a ``Doc``.
"""

from newsenrich.segment.layout import Segmentation, StoryLayout
from newsenrich.segment.stories import segment_text

__all__ = ["Segmentation", "StoryLayout", "segment_text"]
