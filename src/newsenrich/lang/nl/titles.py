"""Dutch titles and roles that stand before a person's name in news text.

Written for newsenrich from Dutch news usage. A word from this list never ends
a headline that is fused into the first sentence (``... premier Mark Rutte``).
"""

TITLES: frozenset[str] = frozenset(
    """
    president premier minister staatssecretaris burgemeester wethouder gouverneur koning koningin
    prins prinses keizer paus kardinaal bisschop dominee pater imam rabbijn generaal kolonel majoor
    kapitein commandant commissaris voorzitter directeur topman topvrouw bestuursvoorzitter
    woordvoerder woordvoerster ambassadeur kanselier senator kamerlid europarlementariër fractieleider
    partijleider lijsttrekker oppositieleider leider chef coach trainer bondscoach aanvoerder
    rechter officier advocaat professor hoogleraar dokter dr. prof. mr. ir. drs. dhr. mevr. meneer mevrouw
    collega ambtgenoot opvolger voorganger tegenstander rivaal zanger zangeres schrijver schrijfster
    acteur actrice regisseur kunstenaar journalist correspondent presentator premier-elect
    """.split()
)
