"""The rule table: every extraction rule's core regex, left-context regex and handler.

The regexes are built from the word lists in ``newsenrich.lang.nl`` (through
:mod:`newsenrich.timex.lexicon`) once, by :func:`get_rules` (cached), never at
import time. The tagger runs every rule over the text and keeps the longest
non-overlapping candidates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsenrich.timex.handlers import (
    handle_ago,
    handle_anaphoric_count,
    handle_anaphoric_unit,
    handle_bare_plural,
    handle_century,
    handle_clock_any,
    handle_count_range,
    handle_date_dm,
    handle_date_numeric_any,
    handle_decade,
    handle_duration,
    handle_holiday,
    handle_in_future,
    handle_month,
    handle_plural_lang,
    handle_quarter,
    handle_range_day,
    handle_range_year,
    handle_ref,
    handle_relative_day,
    handle_relative_day_part,
    handle_season,
    handle_set_adverb,
    handle_set_every,
    handle_set_per,
    handle_shift_the_unit,
    handle_shift_unit,
    handle_vague_ref,
    handle_week_number,
    handle_weekday,
    handle_weekday_set,
    handle_whole_unit,
    handle_year,
)
from newsenrich.timex.lexicon import Lexicon, get_lexicon
from newsenrich.timex.rules import FISCAL, LN, LN_RANGE, PART_SUFFIX, RN, YEAR4, Handler, L, R, Rule


def _build(lex: Lexicon) -> list[Rule]:
    month = f"(?:{lex.re_month}|{lex.re_month_abbr}\\.?)"
    pmod = f"(?:{lex.re_point_mod}|{lex.re_approx_mod})"
    qmod = f"(?:{lex.re_quantity_mod}|{lex.re_approx_mod})"
    wd = lex.re_weekday
    dp = lex.re_day_part
    rel_words = "deze|dit|vorige|vorig|verleden|afgelopen|voorbije|komende|komend|volgende|volgend|aanstaande|huidige|lopende"
    yrel = r"(?P<yrel>dit|vorig|verleden|volgend|komend|afgelopen)\s+jaar"
    quant = rf"(?P<n>{lex.re_vague}|een\s+hal(?:f|ve)|een\s+kwart|{lex.re_number})"
    unit = rf"(?P<unit>{lex.re_unit}|kwartier|halfjaar)"
    hour_words = (
        "(?:"
        + "|".join(sorted((w for w, v in lex.numbers.items() if 1 <= v <= 24), key=len, reverse=True))
        + ")"
    )
    hour = rf"(?:[01]?\d|2[0-4]|{hour_words})"
    part = rf"(?:\s+{PART_SUFFIX})?"
    count_sep = r"(?:,|tot|à|--?|–|—|of|en)"
    decades = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
    mod_prefix = rf"(?:(?:rond|omstreeks)\s+)?(?P<mod>{pmod})\s+"
    part_of = r"(?:de|het)\s+(?P<partof>eerste|laatste)\s+(?:week|weken|dagen|maanden|helft)\s+van\s+"

    # (name, core regex, left-context regex or None, handler)
    specs: list[tuple[str, str, str | None, Handler]] = [
        (
            "date_dm",
            (
                rf"{LN_RANGE}(?P<day>(?P<dn>[0-3]?\d)(?:e|ste|de)?)\s+(?P<mon>{month})"
                rf"(?:\s+(?P<year>{YEAR4})(?!\d)|\s+['’](?P<yy>\d\d)(?!\d)|\s+(?:van\s+)?{yrel})?"
                rf"(?:\s+(?P<cue>jl\.|j\.l\.|jongstleden|a\.s\.|aanstaande))?{part}{R}"
            ),
            rf"(?:(?P<mod>{lex.re_approx_mod})\s+)?(?:(?P<wd>{wd})(?P<wdp>{dp})?,?\s+(?:de\s+)?)?",
            handle_date_dm,
        ),
        (
            "date_numeric",
            (
                rf"{LN}(?:(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
                rf"|(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)){RN}"
            ),
            None,
            handle_date_numeric_any,
        ),
        (
            "month",
            (
                rf"{L}(?P<mon>{month})"
                rf"(?:\s+(?P<year>{YEAR4})(?!\d)|\s+['’](?P<yy>\d\d)(?!\d)|\s+(?:van\s+)?{yrel})?"
                rf"(?:\s+(?P<cue>jl\.|jongstleden|a\.s\.|aanstaande))?{R}"
            ),
            rf"(?:{mod_prefix}|{part_of})?(?:(?P<rel>afgelopen|vorige|komende|volgende|aanstaande)\s+)?",
            handle_month,
        ),
        (
            "year",
            rf"{LN}(?:(?P<year>{YEAR4})|['’](?P<yy>\d\d)){RN}",
            rf"(?:{mod_prefix}|{part_of})?(?:(?P<jaar>(?:het\s+)?(?:boek)?jaar)\s+)?",
            handle_year,
        ),
        (
            "decade",
            (
                rf"{L}(?:jaren\s+"
                rf"(?:(?P<dddd>(?:1[0-9]|20)\d0)|['’]?(?P<dd>\d0)|(?P<dw>nul|tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))"
                rf"|(?P<dw2>{decades})er\s+jaren"
                rf"|(?P<dwh>{decades})er(?=\s+(?:en|of|tot)\s+(?:{decades})er\s+jaren)"
                rf"|(?P<dwt>nul|tien|{decades}|['’]?\d0))"
                rf"(?:\s+van\s+de\s+(?P<cent>vorige|{lex.re_ordinal})\s+eeuw)?{RN}"
            ),
            rf"(?:{mod_prefix})?(?:de\s+)?",
            handle_decade,
        ),
        (
            "century",
            rf"{L}eeuw{R}",
            rf"(?:{mod_prefix})?(?:(?:de|het)\s+)?(?:(?P<ord>{lex.re_ordinal})|(?P<rel>deze|vorige|volgende|afgelopen|komende))\s+",
            handle_century,
        ),
        (
            "season",
            (
                rf"{L}(?P<season>{lex.re_season})"
                rf"(?:\s+(?:van\s+)?(?P<year>{YEAR4})(?!\d)|\s+(?:van\s+)?['’](?P<yy>\d\d)(?!\d)|\s+(?:van\s+)?(?:het\s+)?{yrel})?{R}"
            ),
            (
                rf"(?:{mod_prefix})?"
                rf"(?:(?P<det>de|het|deze|dit|die|vorige|vorig|afgelopen|voorbije|komende|komend|volgende|volgend|aanstaande)\s+)?"
            ),
            handle_season,
        ),
        (
            "quarter",
            (
                rf"{L}(?:(?P<unit>kwartaal|halfjaar|jaarhelft|helft)"
                rf"(?:\s+(?:van\s+)?(?:(?P<year>{YEAR4})(?!\d)|(?:het\s+)?(?P<yrel>dit|vorig|verleden|volgend|komend|afgelopen|het|huidige)\s+{FISCAL}(?:boek)?jaar))?"
                rf"|(?P<q>q[1-4])(?:\s+(?P<qy>{YEAR4}))?){RN}"
            ),
            (
                rf"(?:{mod_prefix})?"
                rf"(?:(?P<det>het|de|dit|deze|vorig|vorige|afgelopen|voorbije|komend|komende|volgend|volgende|lopende|huidige)\s+)?"
                rf"(?:(?P<ord>eerste|tweede|derde|vierde|laatste|[1-4](?:e|ste|de))\s+)?{FISCAL}"
            ),
            handle_quarter,
        ),
        (
            "week_number",
            rf"{L}week\s+(?P<wk>[1-5]?\d)(?:\s+(?:van\s+)?(?P<year>{YEAR4}))?{RN}",
            None,
            handle_week_number,
        ),
        (
            "shift_unit",
            (
                rf"{L}(?P<rel>{rel_words})\s+"
                rf"{FISCAL}(?P<unit>week|maand|jaar|weekend|eeuw|decennium|kwartaal)"
                rf"(?:\s+(?P<wd>{wd})(?P<wdp>{dp})?)?{R}"
            ),
            rf"(?:(?P<el>eerder|later)\s+)?(?:{mod_prefix})?(?:(?:de|het)\s+)?",
            handle_shift_unit,
        ),
        (
            "shift_the_unit",
            (
                rf"{L}(?:het|de)\s+(?P<unit>jaar|maand|week|eeuw|decennium|dag)"
                rf"(?!\s+(?:\d|daar|er|waarin|waarop|van))"
                rf"{R}"
            ),
            rf"(?:(?:rond|omstreeks)\s+)?(?P<mod>{lex.re_point_mod})\s+(?:van\s+)?",
            handle_shift_the_unit,
        ),
        (
            "count_range",
            rf"{L}(?P<unit>{lex.re_unit}){R}",
            rf"(?P<heads>(?:{lex.re_number}\s*{count_sep}\s*)+){lex.re_number}\s+",
            handle_count_range,
        ),
        (
            "anaphoric_count",
            rf"{L}{unit}\s+(?P<dir>later|eerder|daarna|daarvoor|erna|ervoor|nadien|tevoren|voordien){R}",
            rf"(?:(?P<qmod>{qmod})\s+)?{quant}\s+",
            handle_anaphoric_count,
        ),
        (
            "anaphoric_unit",
            (
                rf"{L}(?:(?:het|de)\s+(?P<unit>jaar|maand|week|dag)\s+(?P<dir>daarna|daarvoor|erna|ervoor|daarop|nadien)"
                rf"|(?:die|diezelfde|dezelfde)\s+dag"
                rf"|(?P<bare>de)\s+(?:(?P<dp>ochtend|middag|avond)|dag(?!\s+(?:daarna|daarvoor|erna|ervoor|nadat|van|na))))"
                rf"{R}"
            ),
            None,
            handle_anaphoric_unit,
        ),
        ("ago", rf"{L}{unit}\s+geleden{R}", rf"(?:(?P<qmod>{qmod})\s+)?(?:{quant}\s+)?", handle_ago),
        ("in_future", rf"{L}over\s+(?:(?P<qmod>{qmod})\s+)?{quant}\s+{unit}{R}", None, handle_in_future),
        (
            "duration",
            rf"{L}{unit}(?:\s+of\s+(?:(?P<n2>{lex.re_number})|(?P<ormore>meer|langer|minder|korter)))?{R}",
            (
                rf"(?:(?P<det>de)\s+)?(?:(?P<qmod>{qmod})\s+)?(?:(?:de|het)\s+(?:afgelopen|komende|laatste|voorbije|volgende|eerste|eerstvolgende|eerstkomende)\s+)?"
                rf"{quant}\s+"
            ),
            handle_duration,
        ),
        (
            "vague_ref",
            (
                rf"{L}(?:(?:de|het)\s+)?(?P<rel>komende|afgelopen|laatste|voorbije|volgende|eerstkomende|recente)\s+"
                rf"(?:jaren|maanden|weken|dagen|decennia|eeuwen|uren|tijd|periode){R}"
            ),
            None,
            handle_vague_ref,
        ),
        (
            "weekday",
            (
                rf"{L}(?P<wd>{wd})(?P<wdp>{dp})?"
                rf"(?:\s+(?P<cue>jl\.|j\.l\.|jongstleden|a\.s\.|aanstaande))?"
                rf"(?:\s+(?P<wrel>vorige|volgende|deze)\s+week)?{part}{R}"
            ),
            r"(?P<rel>afgelopen|vorige|voorbije|komende|volgende|aanstaande|eerstvolgende|eerstkomende)\s+",
            handle_weekday,
        ),
        ("weekday_set", rf"{L}(?P<apos>['’]s\s+)?(?P<wd>{wd})(?P<pl>s|en){R}", None, handle_weekday_set),
        (
            "relative_day_part",
            rf"{L}(?P<pre>overmorgen|eergisteren|eergister|gisteren|gister|morgen|van)(?P<dp>{dp}|vroeg){R}",
            None,
            handle_relative_day_part,
        ),
        (
            "relative_day",
            rf"{L}(?P<w>vandaag|gisteren|eergisteren|overmorgen|morgen){R}",
            r"(?:eerder|later)\s+",
            handle_relative_day,
        ),
        (
            "clock",
            (
                rf"{LN}(?:"
                rf"(?P<h>[01]?\d|2[0-4])(?P<sep>\.|:\s?)(?P<m>[0-5]\d)(?P<uur>\s*uur|u\b)?"
                rf"|(?P<hw>{hour})\s+uur"
                rf"|(?P<frac>half|kwart\s+over|kwart\s+voor)\s+(?P<hh>{hour})(?:\s+uur)?"
                rf"|(?P<cw>middernacht|het\s+middaguur|middaguur)"
                rf"){part}{RN}"
            ),
            r"(?P<amod>rond|omstreeks|circa|ca\.)\s+",
            handle_clock_any,
        ),
        (
            "holiday",
            rf"{L}(?P<h>{lex.re_holiday})(?:\s+(?P<year>{YEAR4}))?{R}",
            rf"(?:{mod_prefix})?(?:(?P<rel>afgelopen|vorige|komende|volgende|aanstaande)\s+)?(?:de\s+)?",
            handle_holiday,
        ),
        ("ref", rf"{L}(?P<r>{lex.re_ref}){R}", r"(?:zeer|heel)\s+", handle_ref),
        ("set_adverb", rf"{L}(?P<a>{lex.re_set_adverb})(?P<adj>e)?{R}", None, handle_set_adverb),
        (
            "set_every",
            (
                rf"{L}(?:elke|iedere|ieder|elk|om\s+de|om\s+het)\s+(?:(?P<n>{lex.re_number})\s+)?"
                rf"(?P<u>{lex.re_unit}|{wd}|{lex.re_season}|{dp}|weekend){R}"
            ),
            None,
            handle_set_every,
        ),
        (
            "set_per",
            rf"{L}per\s+(?P<u>dag|week|maand|jaar|uur|minuut|seconde|kwartaal|etmaal|decennium|eeuw){R}",
            None,
            handle_set_per,
        ),
        (
            "whole_unit",
            rf"{L}(?:de|het)\s+(?:gehele|hele)\s+(?P<unit>dag|week|maand|jaar|eeuw|decennium|weekend){R}",
            None,
            handle_whole_unit,
        ),
        (
            "plural_lang",
            rf"{L}(?P<u>jaren|maanden|weken|dagen|uren|eeuwen|decennia|minuten)lang{R}",
            None,
            handle_plural_lang,
        ),
        ("bare_plural", rf"{L}(?P<u>jaren|maanden|weken|decennia|eeuwen){R}", None, handle_bare_plural),
        (
            "range_day",
            (
                rf"{LN}(?P<d1s>(?P<d1>[0-3]?\d)(?:e|ste|de)?)\s*(?:-|–|tot\s+en\s+met|tot|t/m|en)\s*"
                rf"(?P<d2>[0-3]?\d)(?:e|ste|de)?\s+(?P<mon>{month}){R}"
            ),
            None,
            handle_range_day,
        ),
        (
            "range_year",
            rf"{LN}(?P<y1>{YEAR4})\s*(?:-|–|/)\s*(?P<y2>{YEAR4}|\d\d){RN}",
            None,
            handle_range_year,
        ),
    ]
    return [
        Rule(
            name,
            re.compile(core),
            handler,
            re.compile(rf"(?:{prefix})") if prefix else None,
        )
        for name, core, prefix, handler in specs
    ]


@lru_cache(maxsize=1)
def get_rules() -> tuple[Rule, ...]:
    """All extraction rules, compiled on first use."""
    return tuple(_build(get_lexicon()))
