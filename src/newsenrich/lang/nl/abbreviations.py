"""Dutch abbreviations that end in a period and do not end a sentence in news text.

Written for newsenrich from common Dutch usage (titles, Latin and Dutch
short forms, month and weekday abbreviations, units). It replaces spaCy's Dutch
tokenizer exception list for single-period forms, which is drawn from Belgian
legal abbreviations and contains ordinary words such as ``top.`` and ``VS.``;
with that list ``... voor de top. Wel wordt ...`` is one sentence.
Lower-case forms are listed; the capitalised variants are derived. Forms that are
also ordinary words or names at the end of a sentence (``zo.``, ``lid.``, ``Jan.``)
are left out on purpose.
"""

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    dhr. mevr. mw. mej. dr. drs. ir. ing. mr. prof. ds.  st. sr. jr. kol. gen. lt. kapt. mgr. ir.
    bijv. bv.  ca. cf. cq. dwz. e.a. e.d. e.v. enz. etc. evt. excl. incl. ivm. jl. a.s. m.a.w.
    m.b.t. m.i.v. mbt. n.a.v. nav. o.a. oa. o.i.d. p.p. resp. t.a.v. t.e.m. t.o.v. t.w. tel. vgl. vnl.
    z.g. zgn. zg. i.p.v. ipv. i.s.m. a.d. d.d. ong. max. nr. nrs. no. blz. pag. art. hfst.
    afb. fig. red. vert. verz. ed. inc. ltd. co. corp. bros. n.v. b.v. v.o.f. sp. ca. v.chr. n.chr.
    feb. febr. mrt. apr. jun. jul. aug. sep. sept. okt. nov. dec.
    km. cm. mm. kg. gr. ltr. sec. pct. mln. mld. mrd.
    """.split()
)
