"""Dutch names of holidays and memorial days with the rule that gives their date.

Written for newsenrich from the Dutch calendar (public holidays, the days news
refers to by name). Rules: ``MM-DD`` a fixed date, ``easter+N`` N days after
Easter Sunday, ``nth:M:W:N`` the N-th ISO weekday W of month M, ``kingsday`` /
``queensday`` the Dutch royal day (moved off Sundays); an optional ``T..`` part
of day follows after ``@`` (``12-24@EV``). ``Sinterklaas`` alone is left out: in
news it is mostly the saint himself (``Sinterklaas komt aan``), not the date.
"""

HOLIDAYS: dict[str, str] = {
    "kerstmis": "12-25",
    "kerst": "12-25",
    "eerste kerstdag": "12-25",
    "tweede kerstdag": "12-26",
    "kerstavond": "12-24@EV",
    "kerstnacht": "12-24@NI",
    "oudjaar": "12-31",
    "oudejaarsdag": "12-31",
    "oudejaarsavond": "12-31@EV",
    "oudejaarsnacht": "12-31@NI",
    "nieuwjaarsdag": "01-01",
    "nieuwjaar": "01-01",
    "driekoningen": "01-06",
    "valentijnsdag": "02-14",
    "pasen": "easter+0",
    "eerste paasdag": "easter+0",
    "paaszondag": "easter+0",
    "tweede paasdag": "easter+1",
    "paasmaandag": "easter+1",
    "goede vrijdag": "easter-2",
    "witte donderdag": "easter-3",
    "aswoensdag": "easter-46",
    "hemelvaartsdag": "easter+39",
    "hemelvaart": "easter+39",
    "pinksteren": "easter+49",
    "eerste pinksterdag": "easter+49",
    "tweede pinksterdag": "easter+50",
    "pinkstermaandag": "easter+50",
    "koningsdag": "kingsday",
    "koninginnedag": "queensday",
    "dodenherdenking": "05-04",
    "bevrijdingsdag": "05-05",
    "prinsjesdag": "nth:9:2:3",
    "moederdag": "nth:5:7:2",
    "vaderdag": "nth:6:7:3",
    "dierendag": "10-04",
    "halloween": "10-31",
    "allerheiligen": "11-01",
    "allerzielen": "11-02",
    "sint-maarten": "11-11",
    "sinterklaasavond": "12-05@EV",
    "pakjesavond": "12-05@EV",
    "thanksgiving": "nth:11:4:4",
}
