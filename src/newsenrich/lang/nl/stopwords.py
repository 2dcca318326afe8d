"""Dutch function words: articles, pronouns, prepositions, conjunctions, auxiliaries.

Written for newsenrich from Dutch grammar (closed word classes). Used to tell
content words from function words when comparing a headline with its story,
and, capitalised, as likely sentence openers in a headline fused into the
first sentence.
"""

STOPWORDS: frozenset[str] = frozenset(
    """
    de het een der des den 't
    ik jij je u hij zij ze wij we jullie zich mij me hem haar ons hun hen men er
    mijn jouw zijn uw onze ons hun haar
    dit dat deze die wat wie welke welk waar wanneer waarom hoe
    en of maar want dus noch doch toch ook nog al alleen zelfs reeds
    als dan omdat doordat zodat terwijl hoewel nadat voordat totdat zodra sinds tenzij indien mits
    in op aan bij met van voor na naar uit over onder tegen tussen door om tot zonder
    binnen buiten achter naast langs rond volgens vanaf vanuit tijdens sedert per via
    is was zijn waren ben bent wordt worden werd werden heeft hebben had hadden
    zal zullen zou zouden kan kunnen kon konden moet moeten moest moesten mag mogen mocht
    wil willen wilde wilden gaat gaan ging gingen
    niet geen wel zo nu toen hier daar er erg heel zeer meer meest veel weinig
    elk elke ieder iedere alle allen enkele sommige andere ander beide slechts pas
    twee drie vier vijf zes zeven acht negen tien honderd duizend
    """.split()
)
