"""Which language a request is written in: Danish or English.

Replies go out in the language the sender wrote the request in, so this looks
only at the text the caller hands in (subject and the sender's new text). It
scores function words from two word lists and counts the Danish letters æ, ø, å
in lower-case words (not in names, which are Danish in English mails too).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from parsers.model import Language

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
DANISH_LETTERS = frozenset("æøå")
DANISH_LETTER_WEIGHT = 0.5
MAX_TEXT = 20_000  # plenty to tell the languages apart


@cache
def read_lexicon(name: str) -> tuple[str, ...]:
    """Entries of `parsers/lexicons/<name>.txt`: one a line, `#` starts a comment.

    Loaded once per process; a missing file reads as empty, so a parser never
    fails because a word list is absent.
    """
    try:
        text = resources.files("parsers").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    except (OSError, ValueError):
        return ()
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@cache
def _word_set(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in read_lexicon(name))


def score_languages(text: str) -> tuple[float, float]:
    """(Danish score, English score) of `text`: evidence counts, not probabilities."""
    danish_words = _word_set("language_da")
    english_words = _word_set("language_en")
    danish = english = 0.0
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


def detect_language(text: str) -> Language:
    """Return "da" or "en" for the request text; "da" when nothing tells them apart."""
    if not isinstance(text, str):
        return "da"
    danish, english = score_languages(text[:MAX_TEXT])
    return "en" if english > danish else "da"
