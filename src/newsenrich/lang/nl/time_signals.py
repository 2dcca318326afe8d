"""Dutch prepositions recorded as the ``signal`` of the time expression they precede.

From the newsenrich TIMEX guide (docs/timex.md): only these count; ``in``,
``op``, ``om`` and others give no signal. ``tot en met`` and ``t/m`` count as
``tot``.
"""

TIME_SIGNALS: frozenset[str] = frozenset(
    "sinds tegen vanaf tot na voor uiterlijk binnen tijdens gedurende per".split()
)
