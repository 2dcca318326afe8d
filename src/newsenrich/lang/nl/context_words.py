"""Dutch context words the time tagger looks at around a candidate, keyed by what they decide.

Written for newsenrich from Dutch grammar (closed word classes: prepositions,
determiners, pronouns, auxiliaries) and the errors seen while building the
tagger. Each key says what the words decide; the Python code only asks
``word in CONTEXT_WORDS[key]``.
"""

CONTEXT_WORDS: dict[str, frozenset[str]] = {
    # words after which a bare four-digit number is a year (``in 2008``, ``sinds 2004``)
    "year_prepositions": frozenset(
        """
        anno begin boekjaar ca. circa eind eind- einde half herfst in jaar kerst lente medio midden
        minstens na najaar omstreeks per rond sedert seizoen sinds t/m tegen tot tussen uit uiterlijk
        van vanaf voor voorjaar winter zeker zomer
        """.split()
    ),
    # ``was 2009 een belangrijk jaar``: a copula before a year followed by an article
    "year_copulas": frozenset("bleef blijft is was werd wordt".split()),
    # verbs after a sentence-initial year (``2008 was een rampjaar``)
    "year_opening_verbs": frozenset(
        "begon belooft bracht eindigde is kan moet was werd wordt zal zou".split()
    ),
    # verbs that may follow a round year (``in 2000 werd``); another plural word makes it an
    # amount (``2000 werknemers``)
    "round_year_verbs": frozenset(
        """
        begon begonnen bleef bleven ging gingen had hadden hebben is kon konden kreeg kregen kwam kwamen
        moest moesten stonden vond vonden waren was werd werden worden wordt zijn zou zouden
        """.split()
    ),
    # prepositions that make ``acht uur`` a clock time, not a duration
    "clock_prepositions": frozenset("om omstreeks rond sinds tegen tot tussen vanaf".split()),
    # ``hij werd 80 jaar``: an age, not a duration
    "age_verbs": frozenset("werd werden worden wordt".split()),
    # words before ``morgen`` that make it the noun *morning*, not *tomorrow*
    "morning_blockers": frozenset(
        """
        's ’s de deze dezelfde die een elke goede goeie hele ieder iedere volgende vorige vroege zekere
        """.split()
    ),
    # words before a bare plural (``al jaren``) that make it a vague duration
    "plural_duration_before": frozenset("al na nog pas reeds sedert sinds".split()),
    # words after a bare plural (``jaren later``) that make it a vague duration
    "plural_duration_after": frozenset("achtereen daarna daarvoor eerder erna ervoor lang later".split()),
    # prepositions after which ``de`` belongs to the duration (``in de 6 weken``)
    "duration_det_prepositions": frozenset("binnen gedurende in met na over sinds tijdens van voor".split()),
    # words after ``een dag`` that make it a day, not a length (``een dag waarop``)
    "one_unit_not_duration": frozenset("waarin waarna waarop".split()),
    # words after a clause-initial ``nu`` that make it the conjunction *now that*
    "nu_conjunction_next": frozenset(
        """
        alles dat de deze die dit een er haar het hij hun iedereen ik je jij men niemand u we wij ze zij
        zijn
        """.split()
    ),
    # a word after these is a noun or an adjective (``de waarde``), not a verb in the past tense
    "determiners": frozenset(
        "de het een deze die dit dat zijn haar hun onze mijn jouw uw welke elke iedere ieder geen veel meer".split()
    ),
    # conjunctions and relative pronouns that start a new clause (the tense of a clause is read
    # from its own verbs: ``meldde dinsdag dat hij het woensdag zal bekendmaken``)
    "clause_openers": frozenset(
        """
        dat die omdat want maar terwijl nadat voordat toen wanneer hoewel zodat waarin waarop waardoor
        waarmee waarna waarbij waarvan doordat zodra totdat als welke wat
        """.split()
    ),
}
