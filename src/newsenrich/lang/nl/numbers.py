"""Dutch cardinal number words that name a count of time units.

Written for newsenrich from Dutch grammar. Only the base words are listed;
compounds such as ``vijfentwintig`` (unit + ``en`` + tens) are built by the
tagger from ``units`` and ``tens`` so the list stays short.
"""

NUMBERS: dict[str, dict[str, int]] = {
    "units": {
        "een": 1,
        "één": 1,
        "twee": 2,
        "drie": 3,
        "vier": 4,
        "vijf": 5,
        "zes": 6,
        "zeven": 7,
        "acht": 8,
        "negen": 9,
    },
    "teens": {
        "tien": 10,
        "elf": 11,
        "twaalf": 12,
        "dertien": 13,
        "veertien": 14,
        "vijftien": 15,
        "zestien": 16,
        "zeventien": 17,
        "achttien": 18,
        "negentien": 19,
    },
    "tens": {
        "twintig": 20,
        "dertig": 30,
        "veertig": 40,
        "vijftig": 50,
        "zestig": 60,
        "zeventig": 70,
        "tachtig": 80,
        "negentig": 90,
    },
    "large": {
        "honderd": 100,
        "duizend": 1000,
    },
}
