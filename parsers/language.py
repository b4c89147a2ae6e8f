"""Which language a request is written in: Danish or English (the languages replies
are written in; German text is answered in English, Swedish and Norwegian in Danish).

Replies go out in the language the sender wrote the request in, so this looks
only at the text the caller hands in (subject and the sender's new text). It
scores function words from two word lists and counts the Danish letters æ, ø, å
in lower-case words (not in names, which are Danish in English mails too).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from parsers.lexicon import DANISH_LETTERS, read_lexicon, read_word_set, read_word_sets
from parsers.model import Language

__all__ = ["detect_language", "read_lexicon", "score_languages"]

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
DANISH_LETTER_WEIGHT = 0.5
MAX_TEXT = 20_000  # plenty to tell the languages apart


def score_languages(text: str) -> tuple[float, float]:
    """(Danish score, English score) of `text`: evidence counts, not probabilities.

    Swedish lines count for neither: a Swedish reader is answered in Danish unless
    the mail also has English. German lines count for English, the language a German
    writer is answered in."""
    danish_words = read_word_set("language_da")
    english_words = read_word_set("language_en")
    danish = english = 0.0
    lines = []
    boilerplate = list_boilerplate()
    for line in text.splitlines():
        if boilerplate.fullmatch(line.strip()):
            continue  # the list program's words, not the writer's
        other = other_language(line)
        if other == "de":
            english += german_markers(line)
        elif other is None:
            lines.append(line)
    shouting = not any(ch.islower() for ch in "".join(lines))  # a mail all in capitals
    for match in WORD.finditer("\n".join(lines)):
        word = match.group()
        if len(word) > 1 and word.isupper() and not shouting:
            continue  # abbreviations: "IT-Service", "HR", "OK"
        lowered = word.lower()
        if lowered in danish_words:
            danish += 1
        if lowered in english_words:
            english += 1
        if word.islower() and DANISH_LETTERS.intersection(word):  # (lower case: æ, ø, å)
            danish += DANISH_LETTER_WEIGHT
    return danish, english


@cache
def list_boilerplate() -> re.Pattern[str]:
    """The lines a mailing-list program writes around a digest ("Send X mailing list
    submissions to", "Today's Topics:", "End of X Digest"): one pattern of the
    entries of `language_list_boilerplate.txt`. A digest's header is in the list
    software's language, while its topics and posts are in its writers'."""
    entries = read_lexicon("language_list_boilerplate")
    return re.compile("|".join(f"(?:{entry})" for entry in entries) or "(?!)", re.IGNORECASE)


OTHER_LETTERS = frozenset("äöü")
GERMAN_LETTERS = frozenset("ßü")


def other_language(line: str) -> Literal["sv", "de"] | None:
    """"sv" or "de" for a line written in Swedish or German: two or more of the words
    of `language_other.txt` or `language_de.txt`, or of words spelt with ä, ö or ü."""
    words = [match.group() for match in WORD.finditer(line)]
    swedish_words = read_word_set("language_other")
    known = read_word_sets("language_other", "language_de")
    if sum(1 for w in words if w.lower() in known or OTHER_LETTERS & set(w)) < 2:
        return None
    swedish = sum(1 for w in words if w.lower() in swedish_words)
    return "de" if german_markers(line) > swedish else "sv"


def german_markers(line: str) -> int:
    """How many words of `line` are German function words or spelt with ß or ü."""
    german_words = read_word_set("language_de")
    return sum(
        1
        for match in WORD.finditer(line)
        if match.group().lower() in german_words or GERMAN_LETTERS & set(match.group())
    )


def detect_language(text: str) -> Language:
    """Return "da" or "en" for the request text; "da" when nothing tells them apart."""
    if not isinstance(text, str):
        return "da"
    danish, english = score_languages(text[:MAX_TEXT])
    return "en" if english > danish else "da"
