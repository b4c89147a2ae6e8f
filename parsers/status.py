"""The finished points of a status report, which ask for nothing more.

A reseller's status mail lists old matters beside new ones ("1) Jens Hansen (214) –
klaret, tak", "- NY: Ole Bak, lok 12"); only the new ones are requests, so both the
kind and the data subjects are read from the text without the finished points.
"""

from __future__ import annotations

import re

DONE_ITEM = re.compile(  # a status report's finished point: "1) Jens Hansen (214) – klaret,
    # tak", "- Erasure for Linnea Sjöberg (5512): done, confirmed by you", "* Voicemails for
    # Erik Johansson, ext 731 – received, thanks" (a point marked new stays: "NY: Ole Bak")
    r"^[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]+(?!(?i:ny|new|nyt)\b)[^\n]{3,120}?[ \t]*[–—:-][ \t]*"
    r"(?i:klaret|done|slettet|anonymiseret|afsluttet|udført|received|modtaget|completed"
    r"|handled|ordnet|lukket|closed|ok)\b[^\n]*$",
    re.MULTILINE,
)


def without_done_items(text: str) -> str:
    """`text` without the lines of a status report that say a matter is finished."""
    return DONE_ITEM.sub("", text)
