"""Which language a request is written in: Danish or English.

Replies go out in the language the sender wrote the request in, so this looks
only at the text the caller hands in (subject and the sender's new text). It
scores function words from two word lists and counts the Danish letters æ, ø, å
in lower-case words (not in names, which are Danish in English mails too).
"""

from __future__ import annotations

import re

from parsers.lexicon import read_lexicon, read_word_set
from parsers.model import Language

__all__ = ["detect_language", "read_lexicon", "score_languages"]

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
DANISH_LETTERS = frozenset("æøå")
DANISH_LETTER_WEIGHT = 0.5
MAX_TEXT = 20_000  # plenty to tell the languages apart


def score_languages(text: str) -> tuple[float, float]:
    """(Danish score, English score) of `text`: evidence counts, not probabilities."""
    danish_words = read_word_set("language_da")
    english_words = read_word_set("language_en")
    danish = english = 0.0
    text = "\n".join(line for line in text.splitlines() if not is_other_language(line))
    for match in WORD.finditer(text):
        word = match.group()
        lowered = word.lower()
        if lowered in danish_words:
            danish += 1
        if lowered in english_words:
            english += 1
        if word.islower() and DANISH_LETTERS.intersection(word):
            danish += DANISH_LETTER_WEIGHT
    return danish, english


OTHER_LETTERS = frozenset("äö")


def is_other_language(line: str) -> bool:
    """Whether a line is Swedish or German (`language_other.txt`, or ä/ö spellings)."""
    other_words = read_word_set("language_other")
    markers = sum(
        1
        for match in WORD.finditer(line)
        if match.group().lower() in other_words or OTHER_LETTERS.intersection(match.group())
    )
    return markers >= 2


def detect_language(text: str) -> Language:
    """Return "da" or "en" for the request text; "da" when nothing tells them apart."""
    if not isinstance(text, str):
        return "da"
    danish, english = score_languages(text[:MAX_TEXT])
    return "en" if english > danish else "da"
