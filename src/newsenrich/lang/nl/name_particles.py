"""Dutch and other surname particles (tussenvoegsels) and leading articles of names.

From Dutch naming conventions (``Jan van der Berg``, ``De Telegraaf``). Used to
find a person's surname (everything from the first particle on) and to compare
names without their article (``The Washington Post`` = ``Washington Post``).
"""

NAME_PARTICLES: frozenset[str] = frozenset(
    "van de der den het ten ter te in 't 'op op von zu la le du des di da dos del bin ibn al el".split()
)
