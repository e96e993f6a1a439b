"""Code sets and word lists the extractor's rules share (kept apart from the rules)."""

from __future__ import annotations

from spacy.tokens import Token

# Event codes that react to someone else's act ("criticized the move", "welcomed the decision").
REACTIONS = {"05", "11"}
# Codes whose target is the target of the act claimed or denied ("claimed the attack").
CLAIMS = {"015", "016"}
# Codes whose coordinated subjects act on each other ("Turkey and Libya signed a deal").
SYMMETRIC = set(
    """
    030 031 0311 0312 0313 0314 036 037 050 054 057 085 087 0871
    """.split()
)
SYMMETRIC_ROOTS = ("04", "06")
UNRESOLVED = set(
    """
    i we us me our my you your they them their it its who he she him her his this that one someone
    everyone people
    """.split()
)


def depth(tok: Token) -> int:
    d, t = 0, tok
    while t.head.i != t.i and d < 50:
        t, d = t.head, d + 1
    return d
