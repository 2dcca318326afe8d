"""Words that often open a Dutch news sentence, and rarely stand capitalised mid-sentence.

Written for newsenrich from Dutch grammar and news style: articles, pronouns,
prepositions, conjunctions, number words and time adverbs. A capitalised one
right after a lower-case word is a strong sign that a headline was fused into
the first sentence (``... terugtrekken De Amerikaanse president ...``).
"""

SENTENCE_OPENERS: frozenset[str] = frozenset(
    """
    de het een er hij zij ze we wij ik u men dit dat deze die wat wie waar hoe waarom
    in op bij na voor volgens tijdens sinds naar met om uit over onder door tot zonder tegen vanaf na
    ook maar en toen nadat omdat hoewel terwijl als zo nu al slechts pas dan daar hier
    twee drie vier vijf zes zeven acht negen tien honderd duizend
    vandaag gisteren morgen eerder later daarna inmiddels intussen afgelopen vorige komende
    """.split()
)
