"""Letter classes of one case for regular expressions: names come as "Łukasz",
"Şahin", "Nguyễn", "Олена", so `[A-Z]` is not enough."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable


def letter_class(is_case: Callable[[str], bool]) -> str:
    """The letters of one case in the Latin, Greek and Cyrillic blocks and Latin Extended
    Additional, as regex class ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x41, 0x1F00):
        char = chr(code)
        if not (char.isalpha() and is_case(char)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


UPPER = letter_class(str.isupper)
LOWER = letter_class(str.islower)
# the small words inside a name ("Karoline Sophie af Rosenborg", "Jean-Luc de la Fontaine")
PARTICLE = (
    r"(?:von|van|der|den|de|da|di|du|la|le|af|zu|ten|ter|del|dela|della|dello|degli|delos|los|las|dos|do|das|des|el|al|bin"
    r"|binti|bint|binte|ibn"  # (Malay and Arabic: "Siti Nurhaliza binti Ahmad")
    r"|y"  # (Spanish: "María José García y López")
    r"|Ó|Ní|Ua|við|á|í|úr)"  # (the last four Faroese: "Rúni við Stein", "Sigrid í Dali")
)


RING_ABOVE = "\u030a"  # the ring of å, which is a letter of its own


def without_accents(word: str) -> str:
    """The word with accents taken off its letters; æ, ø and å are letters of their own."""
    decomposed = unicodedata.normalize("NFD", word)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == RING_ABOVE)
    return unicodedata.normalize("NFC", kept)
