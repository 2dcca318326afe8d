"""Separable verb particles that end Dutch headlines (``Apple kondigt nieuwe iPods aan``).

From Dutch grammar (separable compound verbs: aankondigen, uitstellen, opleveren ...).
"""

VERB_PARTICLES: frozenset[str] = frozenset(
    "aan af bij binnen door in mee na om op over terug toe tegen uit vast voor voort weg los neer".split()
)
