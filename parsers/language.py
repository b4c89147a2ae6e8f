"""Which language a request is written in: Danish or English (the languages replies
are written in; German text is answered in English, Swedish and Norwegian in Danish).

Replies go out in the language the sender wrote the request in, so this looks
only at the text the caller hands in (subject and the sender's new text). It
scores function words from two word lists and counts the Danish letters æ, ø, å
in lower-case words (not in names, which are Danish in English mails too). When
no function word tells them apart (a reply that is only a name), request words
("remove", "fjern") decide.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from parsers.headers import REPLY_PREFIX
from parsers.lexicon import DANISH_LETTERS, read_lexicon, read_word_set, read_word_sets
from parsers.model import Language

__all__ = [
    "client_language", "detect_language", "read_lexicon", "score_languages",
    "score_request_words",
]

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
DANISH_LETTER_WEIGHT = 0.5
SWEDISH_LINES = 2  # a mail written in Swedish (answered in Danish), with English words
ENGLISH_SENTENCE = 2  # only one at a time, as its names and phrases give them ("spela in")
MAX_TEXT = 20_000  # plenty to tell the languages apart


SENTENCE_BREAK = re.compile(r"(?<=[.!?])[ \t]+(?=[^\W\d_])")


def score_languages(text: str) -> tuple[float, float]:
    """(Danish score, English score) of `text`: evidence counts, not probabilities.

    Swedish lines count for neither: a Swedish reader is answered in Danish unless
    the mail also has English. German lines count for English, the language a German
    writer is answered in, unless the rest of the mail reads as Danish: a writer who
    adds Danish to German ("Ich bin nicht im Büro ... Jeg er fraværende") reads it."""
    danish_words = read_word_set("language_da")
    english_words = read_word_set("language_en")
    danish = english = german = 0.0
    swedish = 0  # lines
    lines = []
    boilerplate = list_boilerplate()
    for whole_line in text.splitlines():
        if boilerplate.fullmatch(whole_line.strip()):
            continue  # the list program's words, not the writer's
        if other_language(whole_line) is None:  # (most lines: no sentence of it can be)
            lines.append(whole_line)
            continue
        for line in SENTENCE_BREAK.split(whole_line):  # (one German sentence after Danish
            other = other_language(line)  # ones: "Er der nyt? Gibt es schon eine ...?")
            if other == "de" and danish_borrowing_german(line, danish_words):
                other = None  # "venligst Löschung af Herr Jörg Maaß, NSt. 3301 ... hos"
            if other == "de":
                german += german_markers(line)
            elif other is None:
                lines.append(line)
            else:
                swedish += 1
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
    if swedish >= SWEDISH_LINES and not german and not any(
        sum(word.lower() in english_words for word in WORD.findall(line)) >= ENGLISH_SENTENCE
        for line in lines
    ):  # a Swedish mail's "spela in" and "Support" are no English text; a Swedish and
        english = 0  # English auto-reply's "I am on annual leave until ..." is
    return (danish, english) if danish > english else (danish, english + german)


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


BORROWING_DANISH_WORDS = 3  # Danish function words that make a line Danish


def danish_borrowing_german(line: str, danish_words: frozenset[str]) -> bool:
    """Whether a line that reads as German is Danish with German words and names in it
    ("Hej, venligst Löschung af Herr Jörg Maaß ... hos Krämer"): its Danish function
    words are at least three and at least as many as its German markers."""
    danish = sum(1 for match in WORD.finditer(line) if match.group().lower() in danish_words)
    return danish >= BORROWING_DANISH_WORDS and danish >= german_markers(line)


def german_markers(line: str) -> int:
    """How many words of `line` are German function words or spelt with ß or ü."""
    german_words = read_word_set("language_de")
    return sum(
        1
        for match in WORD.finditer(line)
        if (match.group().lower() in german_words and not match.group().isupper())
        or GERMAN_LETTERS & set(match.group())  # (not a firm's "AB")
    )


def detect_language(text: str) -> Language:
    """Return "da" or "en" for the request text; "da" when nothing tells them apart."""
    if not isinstance(text, str):
        return "da"
    danish, english = score_languages(text[:MAX_TEXT])
    if not danish and not english:
        danish, english = score_request_words(text[:MAX_TEXT])
    return "en" if english > danish else "da"


def score_request_words(text: str) -> tuple[float, float]:
    """(Danish, English) counts of request words ("fjern", "remove", "bruger", "user"):
    the last resort when no function word tells the languages apart, as in a reply
    whose new text is only a name below "Re: Remove user". Only then, since a Danish
    writer often borrows them ("Hej, please delete him")."""
    danish_words = read_word_set("language_request_da")
    english_words = read_word_set("language_request_en")
    words = [match.group().lower() for match in WORD.finditer(text)]
    return (
        float(sum(word in danish_words for word in words)),
        float(sum(word in english_words for word in words)),
    )


HEADER_LINE = re.compile(r"^[ \t>]*([^\W\d_][^:\n]{0,30}?)[ \t]*:(?:[ \t]|$)")
SEPARATOR_LINE = re.compile(r"^[ \t>]*(?:-{2,}[^\n]{3,60}?-{2,}|[^\W\d_][^:\n]{3,60}:)[ \t]*$")


def client_words(subject: str, quoted: str) -> list[str]:
    """The words the sender's mail program wrote above a forwarded mail: the subject's
    prefix ("VS:", "Fwd:"), the separator line and the labels of the header block that
    open the quoted text (not the header values, which are the original sender's).
    Empty when the quoted text opens with no header block: a subject's "Re:" alone
    tells nothing."""
    words: list[str] = []
    prefix = REPLY_PREFIX.match(subject) if isinstance(subject, str) else None
    if prefix:
        words += WORD.findall(prefix.group())
    seen_header = False
    for line in quoted.splitlines()[:20] if isinstance(quoted, str) else ():
        stripped = line.strip(" \t>")
        if not stripped:
            if seen_header:
                break
            continue
        header = HEADER_LINE.match(line)
        if header and is_client_label(header.group(1)):
            seen_header = True
            words += WORD.findall(header.group(1))
        elif not seen_header and SEPARATOR_LINE.match(line):
            words += WORD.findall(line)
        else:
            break
    return words if seen_header else []


def is_client_label(label: str) -> bool:
    """Whether a "Label:" is a mail program's header label ("Fra", "Sent"), not a
    field of the forwarded notice ("Offboarding: Lars Holm")."""
    words = read_word_sets("language_client_da", "language_client_en")
    found = [word.lower() for word in WORD.findall(label)]
    return bool(found) and all(word in words for word in found)


def client_language(subject: str, quoted: str) -> Language | None:
    """The language of a bare forward (no word of the sender's own): that of the
    sender's mail program ("VS:" and "Fra:/Sendt:/Emne:" in a Danish Outlook), since
    the forwarded notice is in its system's language, not the sender's. None when the
    program's words do not tell (then the forwarded text decides)."""
    danish_words = read_word_set("language_client_da")
    english_words = read_word_set("language_client_en")
    words = [word.lower() for word in client_words(subject, quoted)]
    danish = sum(word in danish_words for word in words)
    english = sum(word in english_words for word in words)
    if danish == english:
        return None
    return "da" if danish > english else "en"
