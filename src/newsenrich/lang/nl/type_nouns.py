"""Dutch nouns that state what the name right after them is (``supermarktconcern Laurus``).

Written for newsenrich from Dutch news usage. News introduces an unfamiliar name
with a noun in apposition: ``reisorganisatie Arke``, ``vakblad Distrifood``,
``de Italiaanse club Parma``, ``de havenstad Antwerpen``, ``docente Mildred``.
The noun may be a compound, so a word counts when it ends in one of these heads
(``supermarkt|concern``, ``SP-kamer|lid``); heads shorter than four letters must be
the whole word. Person nouns are the titles of ``titles.py`` and a few more.

Left out on purpose: verbs that look like heads (``staat``), words that often
stand before a name without describing it (``kabinet Rutte`` is the cabinet led by
Rutte, ``dochter`` is also a subsidiary, ``man`` ends ``roman``), person nouns
that sport gives teams too (``rivaal``, ``tegenstander``, ``titel|verdediger``), and
nouns for persons and firms alike (``producent``, ``eigenaar``).
"""

from newsenrich.lang.nl.titles import TITLES

ORGANISATION_NOUNS: frozenset[str] = frozenset(
    """
    bank band beweging blad bond club concern coöperatie dagblad federatie firma fonds fractie
    fabrikant gigant hogeschool holding instituut keten koor krant label leverancier maatschappij
    magazine multinational omroep onderneming orkest organisatie partij persbureau platform ploeg
    retailer reus stichting supermarkt tijdschrift uitgeverij universiteit vakbond
    vereniging verzekeraar warenhuis webwinkel website zender ziekenhuis bedrijf nieuwssite
    """.split()
)

# Nouns for public institutions that are also ordinary words (``de Tweede Kamer`` and ``een
# kamer``, ``het Openbaar Ministerie`` and ``het ministerie van Financiën``): a name with one of
# them is not a capitalised term even when the text writes its words in lower case elsewhere
INSTITUTION_WORDS: frozenset[str] = frozenset(
    """
    kamer raad ministerie hof rechtbank unie commissie dienst inspectie politie marine leger
    bureau parlement senaat regering kabinet gemeente provincie staten kerk school academie
    agentschap autoriteit centrum college tribunaal
    """.split()
)

PLACE_NOUNS: frozenset[str] = frozenset(
    """
    stad hoofdstad dorp gemeente provincie deelstaat eiland regio wijk stadsdeel buurt rivier
    streek district plaats land
    """.split()
)

# titles that are abbreviations, or that sport and politics also give teams, parties and countries
# (``aartsrivaal Manchester United``, ``titelverdediger Frankrijk``), are no evidence
_NOT_ONLY_PERSONS = {"dr.", "prof.", "mr.", "ir.", "drs.", "dhr.", "mevr.", "leider", "chef", "rivaal", "tegenstander"}

PERSON_NOUNS: frozenset[str] = (TITLES - _NOT_ONLY_PERSONS) | frozenset(
    """
    docent docente leraar lerares filosoof dichter dichteres componist dirigent schilder fotograaf
    columnist verslaggever presentatrice spits middenvelder doelman keeper speler speelster
    wielrenner renner schaatser schaatsster tennisser atleet zwemmer bokser oprichter
    """.split()
)

# Nouns that say the name after them is none of the three: a scheme, programme, project
# or method, an event, a work (film, book, album, show), a product or a ship (``de
# subsidieregeling Stimulering ...``, ``het festival Lowlands``, ``de film Soldaat van
# Oranje``, ``het keurmerk Gouda Holland``). Left out: ``merk`` (a brand may stand for its
# firm), ``model`` (``fotomodel``), ``beurs`` (the stock exchange is a firm), ``wedstrijd``
# (``de wedstrijd Ajax-PSV`` names the clubs), ``systeem`` (``het betalingssysteem SWIFT`` is
# also the cooperative that runs it), and nouns that often name what a person or firm made
# (``het plan Marshall``, ``de campagne Obama``, ``het vaccin AstraZeneca``).
NOT_NAME_NOUNS: frozenset[str] = frozenset(
    """
    regeling subsidieregeling programma project methode werkwijze keurmerk
    festival conferentie congres toernooi vakbeurs evenement manifestatie concours
    film documentaire serie boek roman bundel album single lied musical opera voorstelling
    tentoonstelling expositie talkshow show podcast rubriek werktitel game schip
    polis verzekering app
    """.split()
)

# People who work for a firm or body, not for a place: ``een woordvoerder van Harcourt``,
# ``analisten van Kepler Cheuvreux``, ``de directeur van Altavec`` name an organisation.
# Titles of office that a place gives (``burgemeester``, ``gouverneur``, ``premier``,
# ``bisschop``) and sport roles that national teams share (``trainer``, ``speler``) are
# left out; a ``bondscoach`` coaches a national team, which is an organisation when it is
# not called by its country's name (``de bondscoach van Oranje``).
STAFF_NOUNS: frozenset[str] = frozenset(
    """
    woordvoerder woordvoerster directeur directrice topman topvrouw bestuursvoorzitter ceo cfo
    analist analisten medewerker medewerkers werknemer werknemers personeel aandeelhouder
    aandeelhouders oprichter oprichters bestuurder bestuurders klanten bondscoach
    """.split()
)
# staff that persons have too (``een woordvoerder van Biden``, ``medewerkers van Trump``): the
# name after them is read as an organisation only when the NER did not take it for a person
PERSONAL_STAFF_NOUNS: frozenset[str] = frozenset("woordvoerder woordvoerster medewerker medewerkers".split())

TYPE_NOUNS: dict[str, frozenset[str]] = {
    "ORG": ORGANISATION_NOUNS,
    "LOC": PLACE_NOUNS,
    "PER": PERSON_NOUNS,
    "": NOT_NAME_NOUNS,  # not a name at all
}

# Heads of the names of laws, treaties, declarations, programmes, policies, reports and
# studies, which the annotation guideline leaves out (``Omgevingswet``, ``Kaderrichtlijn
# Water``, ``Gemeenschappelijk Landbouwbeleid``, ``Wet op de jeugdzorg``, ``Kyotoprotocol``,
# ``Van Wiechenonderzoek``). A head may also end a
# compound (``Participatie|wet``) when at least three letters come before it; the heads
# are long or distinctive enough not to end names of places and people (``nota`` would
# end ``Minnesota``, ``plan`` ``Kaplan``, ``visie`` ``Eredivisie``: those are matched
# only as whole words or not at all).
TERM_HEADS: frozenset[str] = frozenset(
    """
    wet wetboek wetsvoorstel richtlijn verordening verdrag akkoord besluit regeling programma
    beleid rapportage verklaring protocol conventie handvest onderzoek studie
    """.split()
)
# Words for a prize written after the name it honours (``de Ton Lutz prijs``)
PRIZE_WORDS: frozenset[str] = frozenset("prijs award trofee bokaal penning".split())
# Heads of the names of events, prizes, registers and codes, which the guideline leaves out
# too. They count as the last word of a name of several capitalised words (``Gay Parade``,
# ``Holland Festival``, ``KNVB Beker``, ``Australian Open``, ``Roze Zaterdag``) or, the
# longer ones, as the end of a compound (``Nobelprijs``, ``Handelsregister``,
# ``Boekenweek``), never as a name's first or only word (``de Parade`` is a square in Den
# Bosch, ``Open VLD`` a party). Left out: ``congres`` and ``conferentie`` (the ``Congres``
# in Washington and the ``Bisschoppenconferentie`` are organisations) and ``dag``, which ends
# the ``Bondsdag`` and surnames (``Sondag``).
EVENT_HEADS: frozenset[str] = frozenset(
    """
    festival parade marathon toernooi kampioenschap kampioenschappen spelen concours enquête
    prijs trofee register keurmerk week
    """.split()
)
LAST_WORD_EVENT_WORDS: frozenset[str] = EVENT_HEADS | frozenset(
    """
    open cup day tour race beker classic summit award awards code
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    """.split()
)
TERM_WORDS: frozenset[str] = TERM_HEADS | frozenset("rapport nota".split())
# term words that are surnames too (``Christiaan De Wet``): a term as the last word of a
# name only inside a compound
SURNAME_TERM_WORDS: frozenset[str] = frozenset("wet nota".split())

# United Nations programmes are organisations (the World Food Programme, UNDP, UNEP)
ORGANISATION_PROGRAMMES: frozenset[str] = frozenset(
    "wereldvoedselprogramma ontwikkelingsprogramma milieuprogramma".split()
)

# Words that end the name of an organisation (``Heijmerink Holding``, ``Kempense Spaarbank``,
# ``Keenfield Ventures``), and legal forms anywhere in it (``Van Wijk Kaas B.V.``). The
# Dutch heads may end a compound (``Spaar|bank``); short words that end people's names
# too (``Bond``, ``Band``), and ``International``, which ends airports' names as well
# (``Hamid Karzai International``), are left out.
ORGANISATION_LAST_WORDS: frozenset[str] = frozenset(
    """
    holding holdings groep group bank stichting vereniging coöperatie maatschappij uitgeverij
    federatie omroep partij universiteit hogeschool ziekenhuis instituut ventures capital partners
    airlines airways foods systems technologies pharma logistics concerts records studios
    entertainment investments insurance motors solutions services productions
    """.split()
)
ORGANISATION_COMPOUND_HEADS: frozenset[str] = frozenset(
    "bank stichting vereniging coöperatie maatschappij uitgeverij federatie omroep partij ziekenhuis".split()
)
LEGAL_FORMS: frozenset[str] = frozenset(
    "b.v. bv n.v. nv gmbh ag s.a. ltd ltd. inc inc. plc llc vzw u.a. sa".split()
)


def ends_in_head(word: str, heads: frozenset[str]) -> bool:
    """Whether the lower-case ``word`` is a compound ending in one of ``heads``, with at least
    three letters before it (``Participatie|wet``, ``Spaar|bank``; not ``wet`` or ``Zwet``)."""
    return any(word.endswith(head) and len(word) - len(head) >= 3 for head in heads)
