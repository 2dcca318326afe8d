"""What each extraction rule's match means: the handlers of :mod:`newsenrich.timex.patterns`.

A handler gets the match (:class:`~newsenrich.timex.rules.Groups`), the original
text and the lexicon; it checks what a regex cannot (``Mei`` as a name, a round
number that is an amount, an age) and returns a
:class:`~newsenrich.timex.rules.Candidate` with its meaning, or None.
"""

from __future__ import annotations

import re

from newsenrich.lang.nl.context_words import CONTEXT_WORDS
from newsenrich.timex.calendar import holiday_part, valid_date
from newsenrich.timex.lexicon import Lexicon, normalise_space
from newsenrich.timex.rules import YEAR4, Candidate, Groups, at_sentence_start, next_word, prev_word
from newsenrich.timex.semantics import Anaphor, Cue, Fixed, Point, Shift

PARTS_OF_SUFFIX = {"ochtends": "MO", "morgens": "MO", "middags": "AF", "avonds": "EV", "nachts": "NI"}

REL_OFFSETS = {
    "deze": 0,
    "dit": 0,
    "huidige": 0,
    "lopende": 0,
    "vorige": -1,
    "vorig": -1,
    "verleden": -1,
    "afgelopen": -1,
    "voorbije": -1,
    "komende": 1,
    "komend": 1,
    "volgende": 1,
    "volgend": 1,
    "aanstaande": 1,
    "eerstvolgende": 1,
    "eerstkomende": 1,
    "het": 0,
}

PAST_STRICT = Cue("past", "strict")

FUTURE_STRICT = Cue("future", "strict")

YEAR_PREPOSITIONS = CONTEXT_WORDS["year_prepositions"]

YEAR_COPULAS = CONTEXT_WORDS["year_copulas"]

YEAR_OPENING_VERBS = CONTEXT_WORDS["year_opening_verbs"]

CLOCK_PREPOSITIONS = CONTEXT_WORDS["clock_prepositions"]

NOT_CLOCK_AFTER = re.compile(r"\s*(?:euro|dollar|pond|frank|procent|%|cent|uur\s+per)\b", re.IGNORECASE)

ROUND_YEAR_VERBS = CONTEXT_WORDS["round_year_verbs"]

_BETWEEN_AND = re.compile(r"tussen\s+\S+\s+en\s+$", re.IGNORECASE)

AGE_VERBS = CONTEXT_WORDS["age_verbs"]

MORNING_BLOCKERS = CONTEXT_WORDS["morning_blockers"]

_DET_ADJECTIVE = re.compile(r"(?<!\w)(?:een|de|die|deze|elke|iedere|ieder)\s+\w+e\s+$", re.IGNORECASE)

PLURAL_DURATION_BEFORE = CONTEXT_WORDS["plural_duration_before"]

PLURAL_DURATION_AFTER = CONTEXT_WORDS["plural_duration_after"]

DURATION_DET_PREPOSITIONS = CONTEXT_WORDS["duration_det_prepositions"]
"""A ``de`` before a duration belongs to it after these (``in de 6 weken sinds``); else to a longer phrase."""
ONE_UNIT_NOT_DURATION = CONTEXT_WORDS["one_unit_not_duration"]
NU_CONJUNCTION_NEXT = CONTEXT_WORDS["nu_conjunction_next"]
"""Words after ``nu`` that make it the conjunction ``now that`` (``Nu het programma stopt``), not a time."""
_BARE_DAY_CONTEXT = re.compile(r"(?:(?:eerder|later)\s+op|\bin|\bop)\s+$")
_COUNT_BEFORE = re.compile(r"(\S+)\s+\d+\s+(?:tot|en)\s+$")
"""``8 tot`` before a clock-like ``10 uur``: what stands before the first number decides."""
_COUNT = re.compile(r"\d+(?:,\d+)?|[^\W\d_]+", re.IGNORECASE)
"""A count inside a list of counts: digits or a number word (separators are filtered by the lexicon)."""
_PART_OF_MODS = {"eerste": "START", "laatste": "END"}
"""``de laatste week van maart``: the month with mod END."""
AGE_AFTER = re.compile(r"\s+(?:oud|oude|ouder|oudere|jong|jonge|jonger|jongere)\b", re.IGNORECASE)


def _g(m: Groups, name: str) -> str | None:
    value = m.group(name)
    return value.lower() if value is not None else None


def _mod(lex: Lexicon, word: str | None) -> str | None:
    if word is None:
        return None
    key = normalise_space(word)
    return lex.point_mods.get(key) or lex.approx_mods.get(key) or lex.quantity_mods.get(key)


def _two_digit_year(yy: str) -> int:
    """``'08`` -> 2008, ``'95`` -> 1995 (a 20-year window ahead of today's news)."""
    value = int(yy)
    return 2000 + value if value < 40 else 1900 + value


def _year_of(m: Groups, group: str = "year", short: str = "yy") -> int | None:
    year = m.group(group)
    if year:
        return int(year)
    yy = m.group(short)
    return _two_digit_year(yy) if yy else None


def _year_offset(m: Groups, group: str = "yrel") -> int | None:
    word = m.group(group)
    return REL_OFFSETS.get(word.lower(), 0) if word else None


def _rel_cue(word: str | None) -> Cue | None:
    if word is None:
        return None
    offset = REL_OFFSETS.get(word.lower())
    if offset is None or offset == 0:
        return None
    return PAST_STRICT if offset < 0 else FUTURE_STRICT


def _suffix_cue(word: str | None) -> Cue | None:
    if word is None:
        return None
    w = word.lower().replace(".", "")
    if w in ("jl", "jongstleden"):
        return PAST_STRICT
    if w in ("as", "aanstaande"):
        return FUTURE_STRICT
    return None


def handle_date_dm(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    day = int(m.group("dn"))  # type: ignore[arg-type]
    month = lex.month(m.req("mon"))
    if month is None or not 1 <= day <= 31 or valid_date(2000, month, day) is None:
        return None
    mon = m.req("mon")
    if mon.lower().rstrip(".") in lex.month_abbreviations and not mon.endswith(".") and not m.group("year"):
        if next_word(text, m.end("mon"))[:1].isalpha():
            return None  # "5 jan Janssen": not an abbreviation
    year = _year_of(m)
    if year is not None and valid_date(year, month, day) is None:
        return None
    weekday = lex.weekdays.get(_g(m, "wd") or "")
    part = PARTS_OF_SUFFIX.get(_g(m, "part") or "") or lex.day_parts.get(_g(m, "wdp") or "")
    cue = _suffix_cue(m.group("cue"))
    point = Point(year=year, month=month, day=day, weekday=weekday, part=part, year_offset=_year_offset(m))
    kind = "absolute" if year is not None else "relative"
    return Candidate(
        m.start(),
        m.end(),
        "TIME" if part else "DATE",
        point,
        kind,
        mod=_mod(lex, m.group("mod")),
        cue=cue,
        priority=10,
    )


def handle_month(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    mon = m.req("mon")
    month = lex.month(mon)
    if month is None:
        return None
    year = _year_of(m)
    year_offset = _year_offset(m)
    mod = _mod(lex, m.group("mod")) or _PART_OF_MODS.get(m.group("partof") or "")
    rel = _g(m, "rel")
    cue = _rel_cue(rel) or _suffix_cue(m.group("cue"))
    bare = year is None and year_offset is None and mod is None and rel is None
    is_abbr = mon.lower().rstrip(".") in lex.month_abbreviations
    if is_abbr and (year is None and year_offset is None) and (mod is None or not mon.endswith(".")):
        return None
    if bare:
        mon = m.raw("mon")
        if mon.isupper() and len(mon) > 1:
            return None
        if mon[0].isupper():
            # Dutch writes months in lower case: a capitalised bare month is a name (Mei, Augustus),
            # also at the start of a sentence ("Mei is een naam"); with a day, year or mod it is a date
            return None
    point = Point(year=year, month=month, year_offset=year_offset)
    kind = "absolute" if year is not None else "relative"
    return Candidate(m.start(), m.end(), "DATE", point, kind, mod=mod, cue=cue, priority=20)


def handle_year(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    year = _year_of(m)
    if year is None:
        return None
    mod = _mod(lex, m.group("mod")) or _PART_OF_MODS.get(m.group("partof") or "")
    if mod is None and not m.group("jaar"):
        prev = prev_word(text, m.start())
        before = text[max(0, m.start() - 30) : m.start()]
        ok = prev in YEAR_PREPOSITIONS or (prev.endswith("jaar") and prev.isalpha())  # modeljaar 2008
        if not ok and prev in YEAR_COPULAS:
            ok = next_word(text, m.end()).lower() in ("een", "het", "de")  # "was 2009 een belangrijk jaar"
        if not ok and prev in ("en", "of", "&", "-", "–", "/"):
            ok = re.search(YEAR4 + r"\s*(?:en|of|&|-|–|/)\s*$", before) is not None
        if not ok and prev == "met":
            ok = re.search(r"(?:tot\s+en\s+met|t/m)\s*$", before, re.IGNORECASE) is not None
        if not ok and prev.startswith("(") and text[m.end() : m.end() + 1] == ")":
            ok = True
        if not ok and m.group("yy") is None and at_sentence_start(text, m.start()):
            following = next_word(text, m.end())
            ok = following.lower() in YEAR_OPENING_VERBS or following == ","
        if not ok:
            return None
        if m.group("yy") is not None and prev not in YEAR_PREPOSITIONS:
            return None
        if year % 100 == 0:
            # "in 2000 gevallen": a round number followed by a noun is an amount
            following = next_word(text, m.end()).rstrip(".,;:!?")
            plural = following.endswith(("en", "s")) and following[:1].islower()
            if plural and following not in ROUND_YEAR_VERBS:
                return None
    return Candidate(m.start(), m.end(), "DATE", Point(year=year), "absolute", mod=mod, priority=30)


_DECADE_LIST_BEFORE = re.compile(r"jaren\s+\S+\s+(?:en|of|tot)\s+$", re.IGNORECASE)
_DECADE_WORDS = {
    "nul": 0,
    "tien": 1,
    "twintig": 2,
    "dertig": 3,
    "veertig": 4,
    "vijftig": 5,
    "zestig": 6,
    "zeventig": 7,
    "tachtig": 8,
    "negentig": 9,
}


def handle_decade(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    tail = m.group("dwt")
    if tail is not None:
        # the second decade of "de jaren zestig en zeventig", "de jaren '80 en '90"
        if not _DECADE_LIST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None
        digits = tail.lstrip("'’")
        decade: int = int(digits) // 10 if digits.isdigit() else _DECADE_WORDS[digits]
    elif m.group("dddd"):
        decade = int(m.req("dddd")) // 10
    elif m.group("dd"):
        decade = int(m.req("dd")) // 10
    else:
        decade = _DECADE_WORDS[(m.group("dw") or m.group("dw2") or m.group("dwh") or "").lower()]
    century_word = _g(m, "cent")
    if century_word is not None and decade < 10:
        n = lex.ordinal(century_word)
        if n is not None and n > 0:
            decade = (n - 1) * 10 + decade
    kind = "absolute"
    return Candidate(
        m.start(), m.end(), "DATE", Point(decade=decade), kind, mod=_mod(lex, m.group("mod")), priority=15
    )


def handle_century(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    mod = _mod(lex, m.group("mod"))
    if m.group("ord") is None and m.group("rel") is None:
        return None
    if m.group("rel"):
        offset = REL_OFFSETS[m.req("rel").lower()]
        return Candidate(m.start(), m.end(), "DATE", Shift("CE", offset), "relative", mod=mod, priority=20)
    n = lex.ordinal(m.req("ord"))
    if n is None or n < 1 or n > 21:
        return None
    return Candidate(m.start(), m.end(), "DATE", Point(century=n - 1), "absolute", mod=mod, priority=20)


def handle_season(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    season = lex.seasons[m.req("season").lower()]
    det = _g(m, "det")
    year = _year_of(m)
    year_offset = _year_offset(m)
    mod = _mod(lex, m.group("mod"))
    if det == "die":
        return None
    if det is None and year is None and year_offset is None and mod is None:
        if prev_word(text, m.start()) not in (
            "in",
            "sinds",
            "tot",
            "na",
            "voor",
            "tijdens",
            "vanaf",
            "gedurende",
            "tegen",
        ):
            return None
    cue = _rel_cue(det)
    kind = "absolute" if year is not None else "relative"
    point = Point(year=year, season=season, year_offset=year_offset)
    return Candidate(m.start(), m.end(), "DATE", point, kind, mod=mod, cue=cue, priority=20)


_QUARTER_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": -1}


def handle_quarter(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    mod = _mod(lex, m.group("mod"))
    if m.group("q"):
        quarter = int(m.req("q")[1])
        year = int(m.req("qy")) if m.group("qy") else None
        kind = "absolute" if year else "relative"
        return Candidate(
            m.start(), m.end(), "DATE", Point(year=year, quarter=quarter), kind, mod=mod, priority=15
        )
    unit = m.req("unit").lower()
    ordinal_word = _g(m, "ord")
    det = _g(m, "det")
    year = _year_of(m)
    year_offset = _year_offset(m)
    is_half = unit != "kwartaal"
    if ordinal_word is not None:
        n = _QUARTER_ORDINALS.get(ordinal_word)
        if n is None:
            n = lex.ordinal(ordinal_word)
        if n is None:
            return None
        if n == -1:
            n = 2 if is_half else 4
        if n > (2 if is_half else 4) or n < 1:
            return None
        if unit == "helft" and year is None and year_offset is None:
            return None
        point = Point(year=year, half=n) if is_half else Point(year=year, quarter=n)
        point = Point(year=point.year, half=point.half, quarter=point.quarter, year_offset=year_offset)
        kind = "absolute" if year is not None else "relative"
        cue = _rel_cue(det)
        return Candidate(m.start(), m.end(), "DATE", point, kind, mod=mod, cue=cue, priority=15)
    if unit == "helft" or det is None or det in ("het", "de") or year is not None or year_offset is not None:
        return None
    offset = REL_OFFSETS.get(det)
    if offset is None:
        return None
    return Candidate(
        m.start(), m.end(), "DATE", Shift("H" if is_half else "Q", offset), "relative", mod=mod, priority=15
    )


def handle_week_number(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    week = int(m.req("wk"))
    if not 1 <= week <= 53:
        return None
    year = _year_of(m)
    kind = "absolute" if year is not None else "relative"
    return Candidate(m.start(), m.end(), "DATE", Point(year=year, week=week), kind, priority=15)


_SHIFT_UNITS = {
    "week": "W",
    "maand": "M",
    "jaar": "Y",
    "weekend": "WE",
    "eeuw": "CE",
    "decennium": "DE",
    "kwartaal": "Q",
}


def handle_shift_unit(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    rel = m.req("rel").lower()
    offset = REL_OFFSETS[rel]
    unit = _SHIFT_UNITS[m.req("unit").lower()]
    mod = _mod(lex, m.group("mod"))
    weekday = lex.weekdays.get(_g(m, "wd") or "")
    part = lex.day_parts.get(_g(m, "wdp") or "")
    if weekday is not None and unit != "W":
        return None
    kind = "weekday" if weekday is not None else "relative"
    typ = "TIME" if part else "DATE"
    if unit == "WE" and offset == 0:  # "dit weekend": the one just past or the coming one, by tense
        return Candidate(m.start(), m.end(), typ, Point(weekend=True), "relative", mod=mod, priority=20)
    return Candidate(
        m.start(), m.end(), typ, Shift(unit, offset, weekday=weekday, part=part), kind, mod=mod, priority=20
    )


def handle_shift_the_unit(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    """``eind van het jaar``, ``begin van de week``: the current unit with a mod."""
    word = m.req("unit").lower()
    mod = _mod(lex, m.group("mod"))
    if mod not in ("START", "MID", "END"):  # also when there is no mod at all
        return None
    if word == "dag":  # "het begin van de dag": the day the text is about
        return Candidate(m.start(), m.end(), "DATE", Anaphor("D", 0), "relative", mod=mod, priority=25)
    return Candidate(
        m.start(), m.end(), "DATE", Shift(_SHIFT_UNITS[word], 0), "relative", mod=mod, priority=25
    )


def _quantity(lex: Lexicon, n_text: str | None, unit_word: str) -> tuple[float | None, str, bool]:
    """(count or None for vague, unit code, is_fractional) of ``drie weken``, ``een half jaar``, ``enkele dagen``."""
    unit_key = unit_word.lower()
    if unit_key == "kwartier":
        unit = "MIN"
        scale = 15.0
    elif unit_key == "halfjaar":
        unit = "M"
        scale = 6.0
    else:
        unit = lex.units[unit_key]
        scale = 1.0
    if n_text is None:
        return None, unit, False
    key = normalise_space(n_text)
    if key in lex.vague:
        return None, unit, False
    if key in ("een half", "een halve", "half", "halve"):
        count: float | None = 0.5
    elif key == "een kwart":
        count = 0.25
    else:
        count = lex.number(key)
    if count is None:
        return None, unit, False
    return count * scale, unit, False


_SMALLER = {
    "Y": ("M", 12),
    "M": ("W", 4),
    "W": ("D", 7),
    "D": ("H", 24),
    "H": ("MIN", 60),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
    "Q": ("M", 3),
}


def _whole(count: float, unit: str) -> tuple[float, str]:
    """Express a fractional count in a smaller unit when that makes it whole (0.5 Y -> 6 M)."""
    while count != int(count) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        if (count * factor) != int(count * factor) and smaller not in _SMALLER:
            break
        count, unit = count * factor, smaller
        if count == int(count):
            break
    if unit == "Q":
        count, unit = count * 3, "M"
    return count, unit


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P2W``, ``PT1.5H``, ``PXM``, ``P6M`` for half a year."""
    if unit == "Q":
        unit = "M"
        count = None if count is None else count * 3
    if count is not None and unit in ("Y", "DE", "CE", "M", "W", "D") and count != int(count):
        # "een half jaar" -> P6M (the guide's form); "anderhalf jaar" stays P1.5Y
        if count < 1:
            count, unit = _whole(count, unit)
    if count is not None and unit in ("H", "MIN", "S") and count < 1:
        count, unit = _whole(count, unit)
    if count is not None and unit in ("DE", "CE"):
        count, unit = count * (10 if unit == "DE" else 100), "Y"  # "twee decennia" -> P20Y
    if count is None:
        number = "X"
    elif count == int(count):
        number = str(int(count))
    else:
        number = f"{count:g}"
    if unit in ("H", "MIN", "S"):
        letter = {"H": "H", "MIN": "M", "S": "S"}[unit]
        return f"PT{number}{letter}"
    return f"P{number}{unit}"


def handle_duration(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    if m.group("n") is None:
        return None
    count, unit, _ = _quantity(lex, m.req("n"), m.req("unit"))
    n_text = normalise_space(m.req("n"))
    if AGE_AFTER.match(text, m.end()):
        return None
    start = m.start()
    if m.group("det") is not None and prev_word(text, start) not in DURATION_DET_PREPOSITIONS:
        start = m.start("qmod") if m.group("qmod") is not None else m.start("n")  # "de" of a longer phrase
    following = next_word(text, m.end()).lower().rstrip(".,;:!?")
    if m.group("unit") == "jaar" and prev_word(text, start) in AGE_VERBS and n_text not in ("een", "één"):
        if not following[:1].isalpha() or following in ("en", "op", "in", "oud"):
            return None  # "hij werd 80 jaar": an age
    if n_text in ("een", "één"):
        if prev_word(text, start) == "op" and m.start("n") == start:
            return None  # "op een dag": once upon a time
        if following in ONE_UNIT_NOT_DURATION or prev_word(text, start) == "ooit":
            return None  # "een dag waarop", "ooit een dag": a day, not a length
    if m.req("unit").lower() in ("jaren", "maanden", "weken", "dagen", "uren") and n_text in ("een", "één"):
        return None
    mod = _mod(lex, m.group("qmod"))
    end = m.end()
    if m.group("n2") is not None and n_text not in ("een", "één"):
        end = m.end("unit")  # "60 dagen of 1,5 jaar": two durations, not "een jaar of tien"
    elif m.group("n2") is not None:
        approx = lex.number(m.req("n2"))
        if approx is None:
            return None
        count = approx
        mod = mod or "APPROX"
    elif m.group("ormore") is not None:
        mod = "EQUAL_OR_LESS" if m.req("ormore") in ("minder", "korter") else "EQUAL_OR_MORE"
    if count is not None and count == 0:
        return None
    return Candidate(
        start, end, "DURATION", Fixed(duration_value(count, unit)), "duration", mod=mod, priority=40
    )


def handle_count_range(m: Groups, text: str, lex: Lexicon) -> list[Candidate] | None:
    """The first counts of ``30 tot 60 dagen``, ``vijf, zes of zeven jaar``: durations in the unit at the end."""
    if m.group("heads") is None:
        return None
    unit = lex.units.get(m.req("unit").lower())
    if unit is None:
        return None
    start = m.start("heads")
    if unit == "H" and prev_word(text, start) in CLOCK_PREPOSITIONS | {"van"}:
        return None  # "tussen 8 en 9 uur": clock times
    out = []
    for head in _COUNT.finditer(text, start, m.end("heads")):
        count = lex.number(head.group())
        if count is None or count == 0:
            continue
        out.append(
            Candidate(
                head.start(),
                head.end(),
                "DURATION",
                Fixed(duration_value(count, unit)),
                "duration",
                priority=40,
            )
        )
    return out or None


def handle_anaphoric_count(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    """``drie jaar later``, ``een maand eerder``: counted from the date the text spoke of just before."""
    if m.group("n") is None:
        return None
    count, unit, _ = _quantity(lex, m.req("n"), m.req("unit"))
    if count is None or unit not in ("Y", "M", "W", "D"):
        return None
    if next_word(text, m.end()).lower() == "dan":
        return None  # "drie dagen later dan gepland": a comparison, not a date
    sign = -1 if m.req("dir") in ("eerder", "daarvoor", "ervoor", "tevoren", "voordien") else 1
    value, unit = _whole(count, unit)
    if unit not in ("Y", "M", "W", "D") or value != int(value):
        return None
    mod = _mod(lex, m.group("qmod"))
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        mod = "BEFORE" if sign < 0 else "AFTER"
    elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        mod = "AFTER" if sign < 0 else "BEFORE"
    return Candidate(
        m.start(), m.end(), "DATE", Anaphor(unit, sign * int(value)), "relative", mod=mod, priority=20
    )


def handle_anaphoric_unit(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    """``het jaar daarna``, ``de dag ervoor``, ``diezelfde dag``, ``(later op) de dag``, ``(in) de ochtend``."""
    word = (m.group("unit") or "dag").lower()
    unit = {"jaar": "Y", "maand": "M", "week": "W", "dag": "D"}[word]
    direction = m.group("dir")
    part = lex.day_parts.get(m.group("dp") or "")
    if m.group("bare") is not None:
        # "de dag" / "de ochtend" only after "eerder op", "later op", "in", "op"
        before = text[max(0, m.start() - 20) : m.start()].lower()
        if not _BARE_DAY_CONTEXT.search(before):
            return None
    offset = 0
    if direction is not None:
        offset = -1 if direction in ("daarvoor", "ervoor", "tevoren", "voordien") else 1
    return Candidate(
        m.start(),
        m.end(),
        "TIME" if part else "DATE",
        Anaphor(unit, offset, part=part),
        "relative",
        priority=25,
    )


def _shift_count(m: Groups, text: str, lex: Lexicon, sign: int, start: int) -> Candidate | None:
    n_text = m.group("n")
    unit_word = m.req("unit")
    if n_text is None and unit_word.lower() not in (
        "jaren",
        "maanden",
        "weken",
        "dagen",
        "decennia",
        "eeuwen",
        "uren",
    ):
        return None
    count, unit, _ = _quantity(lex, n_text, unit_word)
    qmod = _mod(lex, m.group("qmod"))
    mod: str | None = None
    if qmod == "APPROX":
        mod = "APPROX"
    elif qmod in ("MORE_THAN", "EQUAL_OR_MORE"):
        mod = "BEFORE" if sign < 0 else "AFTER"
    elif qmod in ("LESS_THAN", "EQUAL_OR_LESS"):
        mod = "AFTER" if sign < 0 else "BEFORE"
    cue = PAST_STRICT if sign < 0 else FUTURE_STRICT
    if count is None:
        return Candidate(
            start,
            m.end(),
            "DATE",
            Fixed("PAST_REF" if sign < 0 else "FUTURE_REF"),
            "generic",
            mod=mod,
            cue=cue,
            priority=25,
        )
    value, unit = _whole(count, unit)
    if unit in ("H", "MIN", "S"):
        unit = "T"
    if value != int(value):
        value = round(value)
    return Candidate(
        start, m.end(), "DATE", Shift(unit, int(sign * value)), "relative", mod=mod, cue=cue, priority=25
    )


def handle_ago(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    return _shift_count(m, text, lex, -1, m.start())


def handle_in_future(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    if AGE_AFTER.match(text, m.end()):
        return None
    start = m.start("qmod") if m.group("qmod") else m.start("n")
    return _shift_count(m, text, lex, 1, start)


def handle_vague_ref(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    rel = m.req("rel").lower()
    value = "FUTURE_REF" if REL_OFFSETS.get(rel, -1) > 0 else "PAST_REF"
    return Candidate(m.start(), m.end(), "DATE", Fixed(value), "generic", priority=35)


def handle_weekday(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    weekday = lex.weekdays[m.req("wd").lower()]
    if m.group("rel") is None and prev_word(text, m.start()) in ("een", "elke", "iedere", "ieder"):
        return None  # "valt op een maandag": any Monday
    part = lex.day_parts.get(_g(m, "wdp") or "") or PARTS_OF_SUFFIX.get(_g(m, "part") or "")
    typ = "TIME" if part else "DATE"
    if m.group("wrel"):
        offset = REL_OFFSETS[m.req("wrel").lower()]
        return Candidate(
            m.start(), m.end(), typ, Shift("W", offset, weekday=weekday, part=part), "weekday", priority=20
        )
    cue = _rel_cue(m.group("rel")) or _suffix_cue(m.group("cue"))
    return Candidate(
        m.start(), m.end(), typ, Point(weekday=weekday, part=part), "weekday", cue=cue, priority=30
    )


def handle_weekday_set(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    weekday = lex.weekdays[m.req("wd").lower()]
    return Candidate(m.start(), m.end(), "SET", Fixed(f"XXXX-WXX-{weekday}"), "set", priority=30)


def handle_relative_day_part(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    prefix = m.req("pre").lower()
    offset = lex.day_prefixes.get(prefix)
    if offset is None:
        return None
    dp = m.req("dp").lower()
    part = "MO" if dp == "vroeg" else lex.day_parts[dp]
    return Candidate(m.start(), m.end(), "TIME", Shift("D", offset, part=part), "relative", priority=20)


def handle_relative_day(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    word = m.req("w").lower()
    at = m.start("w")
    if word == "morgen":
        if prev_word(text, at) in MORNING_BLOCKERS:
            return None
        if _DET_ADJECTIVE.search(text, max(0, at - 40), at):
            return None  # "een zonnige morgen": the noun morning
        if m.raw("w") == "Morgen" and not at_sentence_start(text, at):
            return None  # De Morgen (a newspaper)
    return Candidate(m.start(), m.end(), "DATE", Shift("D", lex.relative_days[word]), "relative", priority=25)


def _hour_of(lex: Lexicon, word: str) -> int | None:
    value = lex.number(word)
    if value is None or value != int(value) or not 0 <= value <= 24:
        return None
    return int(value)


def _clock_hour(hour: int, part_word: str | None) -> tuple[int, str | None]:
    part = PARTS_OF_SUFFIX.get(part_word or "")
    if part == "MO" and hour == 12:
        hour = 0
    elif part in ("AF", "EV") and hour < 12 or part == "NI" and 6 <= hour < 12:
        hour += 12
    elif part == "NI" and hour == 12:
        hour = 0
    return hour, part


def _clock(m: Groups, text: str, lex: Lexicon, form: str) -> Candidate | None:
    amod = _g(m, "amod")
    prev = prev_word(text, m.start())
    part_word = _g(m, "part")
    has_uur = bool(m.group("uur"))
    colon = form == "hm" and (m.group("sep") or "").startswith(":")
    trigger = prev in CLOCK_PREPOSITIONS or amod is not None or part_word is not None
    if prev in ("tot", "en") and form == "h":
        counts = _COUNT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if counts and counts.group(1).lower() not in ("van", "tussen", "om", "vanaf", "rond"):
            return None  # "8 tot 10 uur per dag": a range of durations
    if not trigger and prev == "en":  # "tussen 8 en 9 uur"
        trigger = _BETWEEN_AND.search(text, max(0, m.start() - 24), m.start()) is not None
    if form == "hm":
        if not (has_uur or colon or trigger):
            return None
        hour, minute = int(m.req("h")), int(m.req("m"))
    elif form == "h":
        if not trigger:
            return None
        h = _hour_of(lex, m.req("hw"))
        if h is None:
            return None
        hour, minute = h, 0
    elif form == "half":
        if not trigger:
            return None
        h = _hour_of(lex, m.req("hh"))
        if h is None or h == 0:
            return None
        kind = normalise_space(m.req("frac"))
        if kind == "half":
            hour, minute = h - 1, 30
        elif kind == "kwart over":
            hour, minute = h, 15
        else:
            hour, minute = h - 1, 45
        if hour == 0 and kind != "kwart over":
            hour = 12
    else:  # words
        word = normalise_space(m.req("cw"))
        hour, minute = (24, 0) if word == "middernacht" else (12, 0)
    if hour > 24 or minute > 59:
        return None
    if NOT_CLOCK_AFTER.match(text, m.end()):
        return None
    hour, part = _clock_hour(hour, part_word)
    mod = lex.approx_mods.get(amod) if amod else None
    return Candidate(
        m.start(),
        m.end(),
        "TIME",
        Point(hour=hour, minute=minute, part=part),
        "time",
        mod=mod,
        priority=15,
        clock=True,
    )


def handle_holiday(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    name = normalise_space(m.req("h"))
    rule = lex.holidays.get(name)
    if rule is None:
        return None
    if m.raw("h").isupper() and len(name) > 4:
        return None
    year = _year_of(m)
    cue = _rel_cue(m.group("rel"))
    part = holiday_part(rule)
    kind = "absolute" if year is not None else "holiday"
    point = Point(year=year, holiday=rule, part=part)
    return Candidate(
        m.start(),
        m.end(),
        "TIME" if part else "DATE",
        point,
        kind,
        mod=_mod(lex, m.group("mod")),
        cue=cue,
        priority=20,
    )


_NU_BLOCK = re.compile(r"(?:\.nl|\s+eenmaal|\s+en\s+dan|\s+en\s+toen)\b", re.IGNORECASE)


def handle_ref(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    key = normalise_space(m.req("r"))
    value = lex.refs.get(key)
    if value is None:
        return None
    if key == "nu":
        if _NU_BLOCK.match(text, m.end()) or m.raw("r") == "NU":
            return None
        opens_clause = at_sentence_start(text, m.start()) or prev_word(text, m.start()).endswith(",")
        if opens_clause and next_word(text, m.end()).lower() in NU_CONJUNCTION_NEXT:
            return None  # "Nu het programma stopt, ...": the conjunction "now that"
    if key == "op het moment" and next_word(text, m.end()).lower().rstrip(".,;:!?") in (
        "dat",
        "waarop",
        "van",
        "waarin",
        "suprême",
    ):
        return None
    if key == "kort" and prev_word(text, m.start()) != "sinds":
        return None
    if key in ("vroeger", "straks") and next_word(text, m.end()).lower() == "dan":
        return None
    return Candidate(m.start(), m.end(), "DATE", Fixed(value), "generic", priority=40)


def handle_set_adverb(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    """``jaarlijks`` and the adjective ``jaarlijkse`` (not ``dagelijkse``: mostly "day-to-day", not a recurrence)."""
    word = m.req("a").lower()
    if m.group("adj") is not None and word == "dagelijks":
        return None
    value = lex.set_adverbs.get(word)
    if value is None:
        return None
    return Candidate(m.start(), m.end(), "SET", Fixed(value), "set", priority=30)


def _set_value(lex: Lexicon, n_text: str | None, unit_word: str) -> str | None:
    word = unit_word.lower()
    if word in lex.weekdays:
        return f"XXXX-WXX-{lex.weekdays[word]}"
    if word in lex.seasons:
        return f"XXXX-{lex.seasons[word]}"
    if word in lex.day_parts:
        return f"XXXX-XX-XXT{lex.day_parts[word]}"
    if word == "weekend":
        return "XXXX-WXX-WE"
    count = 1.0
    if n_text is not None:
        number = lex.number(n_text)
        if number is None:
            return None
        count = number
    if word not in lex.units:
        return None
    return duration_value(count, lex.units[word])


def handle_set_every(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    value = _set_value(lex, m.group("n"), m.req("u"))
    if value is None:
        return None
    return Candidate(m.start(), m.end(), "SET", Fixed(value), "set", priority=30)


def handle_set_per(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    value = _set_value(lex, None, m.req("u"))
    if value is None:
        return None
    return Candidate(m.start("u"), m.end(), "SET", Fixed(value), "set", priority=30)


def handle_whole_unit(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    """``de hele dag``, ``het hele jaar``: one unit long."""
    word = (m.group("unit") or "").lower()
    value = "P2D" if word == "weekend" else duration_value(1, lex.units[word])
    return Candidate(m.start(), m.end(), "DURATION", Fixed(value), "duration", priority=40)


def handle_plural_lang(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    unit = lex.units[m.req("u").lower()]
    return Candidate(
        m.start(), m.end(), "DURATION", Fixed(duration_value(None, unit)), "duration", priority=40
    )


def handle_bare_plural(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    prev = prev_word(text, m.start())
    following = next_word(text, m.end()).lower().rstrip(".,;:!?")
    if prev not in PLURAL_DURATION_BEFORE and following not in PLURAL_DURATION_AFTER:
        return None
    unit = lex.units[m.req("u").lower()]
    return Candidate(
        m.start(), m.end(), "DURATION", Fixed(duration_value(None, unit)), "duration", priority=45
    )


def handle_range_day(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    d1 = int(m.req("d1"))
    d2 = int(m.req("d2"))
    month = lex.month(m.req("mon"))
    if month is None or not 1 <= d1 < d2 <= 31:
        return None
    return Candidate(
        m.start("d1"),
        m.end("d1s"),
        "DATE",
        Point(month=month, day=d1),
        "relative",
        priority=10,
        range_head=True,
    )


def handle_range_year(m: Groups, text: str, lex: Lexicon) -> list[Candidate] | None:
    y1 = int(m.req("y1"))
    y2_text = m.req("y2")
    if len(y2_text) == 2:
        if int(y2_text) != (y1 + 1) % 100:
            return None
        y2 = y1 + 1
    else:
        y2 = int(y2_text)
    if not y1 < y2 <= y1 + 100:
        return None
    return [
        Candidate(m.start("y1"), m.end("y1"), "DATE", Point(year=y1), "absolute", priority=10),
        Candidate(m.start("y2"), m.end("y2"), "DATE", Point(year=y2), "absolute", priority=10),
    ]


def handle_date_numeric_any(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    if m.group("y2"):
        year, month, day = int(m.req("y2")), int(m.req("m2")), int(m.req("d2"))
    else:
        year, month, day = int(m.req("y")), int(m.req("m")), int(m.req("d"))
    if valid_date(year, month, day) is None:
        return None
    return Candidate(
        m.start(), m.end(), "DATE", Point(year=year, month=month, day=day), "absolute", priority=10
    )


def handle_clock_any(m: Groups, text: str, lex: Lexicon) -> Candidate | None:
    """Tell the clock alternatives apart (``15.30``, ``acht uur``, ``half acht``, ``middernacht``)."""
    if m.group("h") is not None:
        form = "hm"
    elif m.group("hw") is not None:
        form = "h"
    elif m.group("frac") is not None:
        form = "half"
    else:
        form = "words"
    return _clock(m, text, lex, form)
