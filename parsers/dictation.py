"""Mail dictated to a phone, with the spoken punctuation read as punctuation.

Speech-to-text on a phone writes what the writer says: "hej ny linje slet venligst
anne-marie fog-larsen komma lokal fire hundrede og tolv punktum". A dictated mail has
few marks of its own and names its punctuation in words; read as the marks they name,
the sentences, lines and lists of the mail come back, and the readers of names and
numbers see the text a typed mail would have been. Only a text that shows the habit
(two such words, or one in a text with hardly a mark of its own) is read this way, so
"a new line for reception" or "3 komma 5" in a typed mail stays as written.
"""

from __future__ import annotations

import re

from parsers.names import request_words

# the words and the marks they stand for; a new line is spoken, a new paragraph too
SPOKEN_MARKS: dict[str, str] = {
    "punktum": ".", "full stop": ".", "komma": ",", "comma": ",",
    "ny linje": "\n", "new line": "\n", "nyt afsnit": "\n\n", "new paragraph": "\n\n",
    "spørgsmålstegn": "?", "question mark": "?", "udråbstegn": "!",
    "exclamation mark": "!", "kolon": ":", "colon": ":",
}
# a spoken mark stands between words, never beside a mark of its own ("spørgsmålstegn,"
# names the sign) nor after an article ("en ny linje" is a new phone line)
SPOKEN_MARK = re.compile(
    r"(?i)(?<![,.:;!?])(?<![,.:;!?][ \t])(?<!\ben )(?<!\ba )(?<!\bthe )\b("
    + "|".join(sorted((re.escape(word).replace(r"\ ", r"[ \t]+") for word in SPOKEN_MARKS),
                      key=len, reverse=True))
    + r")\b(?![,.:;!?\w])[ \t]*"
)
SPACE_BEFORE_MARK = re.compile(r"[ \t]+(?=[,.:;!?\n])")
# a spoken slip taken back: the word before "nej undskyld" is the one the writer did not
# mean ("slet birthe nej undskyld berit jensen")
TAKEN_BACK = re.compile(
    r"(?i)\b[^\W\d_]+[ \t,]+(?:nej[ \t,]+undskyld|undskyld[ \t,]+jeg[ \t]+mener"
    r"|nej[ \t,]+jeg[ \t]+mener|nej[ \t,]+vent|no[ \t,]+sorry|sorry[ \t,]+i[ \t]+mean)"
    r"[ \t,]+(?=\w)"
)
SPLIT_PAIR = re.compile(r"\b([a-zæøå]{2,})[ \t]+([a-zæøå]{2,})\b")
OWN_MARK = re.compile(r"[.,:;!?]")
WORD = re.compile(r"\w+")
WORDS_PER_MARK = 40  # a typed text has a mark in every sentence or two


def is_dictated(text: str) -> bool:
    """Whether `text` names its punctuation in words, as dictation does."""
    spoken = len(SPOKEN_MARK.findall(text))
    if spoken >= 2:
        return True
    if spoken == 0:
        return False
    own = len(OWN_MARK.findall(text))
    return own * WORDS_PER_MARK < len(WORD.findall(text))


def plain_dictation(text: str) -> str:
    """`text` with its spoken punctuation written as marks, when it is dictated."""
    if "\n" in text:  # a signature typed below a dictated body keeps its own lines
        body, _, rest = text.partition("\n\n")
        if is_dictated(body) and not is_dictated(rest):
            return f"{_marked(body)}\n\n{rest}"
    return _marked(text) if is_dictated(text) else text


def _joined(match: re.Match[str]) -> str:
    """Two words heard apart that make one request word ("ano nymisere")."""
    first, second = match.group(1), match.group(2)
    book = request_words()
    if book.match_at([first + second], 0) is None or book.match_at([first], 0) is not None \
            or book.match_at([second], 0) is not None:
        return match.group()
    return first + second


def _marked(text: str) -> str:
    def mark(match: re.Match[str]) -> str:
        sign = SPOKEN_MARKS[" ".join(match.group(1).lower().split())]
        return sign if sign.startswith("\n") else f"{sign} "
    text = SPLIT_PAIR.sub(_joined, TAKEN_BACK.sub("", text))
    return SPACE_BEFORE_MARK.sub("", SPOKEN_MARK.sub(mark, text))
