"""Dutch verb forms that mark the tense of a clause, for dating relative expressions.

Written for newsenrich from Dutch grammar: ``future`` auxiliaries;
``perfect_have`` auxiliaries (with a participle: a clear past, ``heeft getekend``);
``perfect_weak`` auxiliaries (pluperfect, or ``is`` + participle, also a state: a
weak past); frequent ``past`` forms (strong verbs and common weak verbs of news
reporting: a weak cue); ``not_past``: nouns and adjectives that have the shape of
a weak past (``waarde``, ``ziekte``).
"""

TENSE_MARKERS: dict[str, frozenset[str]] = {
    "future": frozenset("zal zullen zult zul".split()),
    "perfect_have": frozenset("heeft hebben heb hebt".split()),
    "perfect_weak": frozenset("had hadden was waren is zijn ben bent".split()),
    "not_past": frozenset(
        """
        bekende bepaalde verwachte gewenste geplande geschatte gemiddelde beperkte gezamenlijke geleden
        waarde orde aarde verkeerde sterkte ziekte grootte diepte hoogte lengte breedte ruimte gedachte
        harde zachte lichte rechte slechte echte halfharde worden aarden orden
        """.split()
    ),
    "past": frozenset(
        """
        was waren werd werden had hadden zei zeiden kwam kwamen ging gingen stond stonden lag lagen
        bleef bleven kreeg kregen nam namen gaf gaven liet lieten vond vonden deed deden zag zagen
        sprak spraken schreef schreven bracht brachten dacht dachten wist wisten kon konden moest
        moesten wilde wilden mocht mochten begon begonnen verloor verloren won wonnen viel vielen
        trok trokken sloot sloten koos kozen steeg stegen daalde daalden kocht kochten verkocht
        verkochten meldde meldden maakte maakten zette zetten legde legden werkte werkten speelde
        speelden opende opende toonde toonden noemde noemden leidde leidden vroeg vroegen
        kondigde kondigden verklaarde verklaarden besloot besloten overleed stierf stierven
        ontstond vertrok vertrokken arriveerde arriveerden presenteerde presenteerden
        publiceerde publiceerden introduceerde introduceerden lanceerde lanceerden
        bevestigde bevestigden ontkende ontkenden stelde stelden liet lieten
        """.split()
    ),
}
