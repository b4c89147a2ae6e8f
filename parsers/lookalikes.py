"""Cyrillic and Greek letters that look like Latin ones, typed or pasted inside a Latin
word ("Frеderiksen" with a Cyrillic е, "Mοreau" with a Greek ο): read as the Latin
letter, so the name is the one the writer meant. Words written wholly in another
script ("Анна Шевченко") are left as they are."""

from __future__ import annotations

import re

LATIN_FOR = str.maketrans(
    "аеорсухіјѕАВЕКМНОРСТУХІЈЅ" "οαειкνρτυχΟΑΒΕΖΗΙΚΜΝΡΤΥΧ",
    "aeopcyxijsABEKMHOPCTYXIJS" "oaeikvptuxOABEZHIKMNPTYX",
)
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")
LOOKALIKE = re.compile("[аеорсухіјѕАВЕКМНОРСТУХІЈЅοαειкνρτυχΟΑΒΕΖΗΙΚΜΝΡΤΥΧ]")
WORD = re.compile(r"[^\W\d_]+")


def with_latin_lookalikes(text: str) -> str:
    """`text` with look-alike Cyrillic and Greek letters inside Latin words made Latin."""
    if not isinstance(text, str) or LOOKALIKE.search(text) is None:
        return text if isinstance(text, str) else ""
    return WORD.sub(mended_word, text)


def mended_word(match: re.Match[str]) -> str:
    """One word, its look-alike letters made Latin when the rest of it is Latin."""
    word = match.group()
    if LOOKALIKE.search(word) is None:
        return word
    rest = LOOKALIKE.sub("", word)
    if not rest or not all(LATIN_LETTER.match(char) for char in rest):
        return word  # a word of another script, or of mixed letters that are not look-alikes
    return word.translate(LATIN_FOR)
