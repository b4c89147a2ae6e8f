"""The words that ask for erasure, mended where a hurried sender misspells them
("anonymicere", "anynomise", "slettte", "delet"): the request is read from what the
word means, and a reader knows it at once. Chat shorthand is read out the same way
("can u send all data u have", "pls"). Only these few words are mended, only for
reading the kind; names and the stored text keep their spelling."""

from __future__ import annotations

import re
from functools import cache

REQUEST_WORDS = (
    "anonymiser", "anonymisere", "anonymiseres", "anonymiseret", "anonymisering",
    "anonymise", "anonymised", "anonymize", "anonymized", "anonymisation",
    "anonymization", "slette", "slettes", "sletning", "slettet", "delete", "deleted",
    "deletion", "erase", "erased", "erasure",
)
REAL_WORDS = frozenset({  # real words one edit from a request word ("den delte mappe")
    "delte", "deltes", "delta", "dealt",
})
WORD = re.compile(r"(?<![\w-])([^\W\d_]{5,})(?![\w-])")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
CHAT_SHORTHAND = {"u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks",
                  "abt": "about"}
SHORTHAND = re.compile(r"(?<![\w.'’-])(u|ur|pls|plz|thx|abt)(?![\w.'’-]|\.\w)")


def with_request_words_mended(text: str) -> str:
    """`text` with misspelt request words written right; a capitalised word inside a
    sentence is a name ("Jens Sletten") and stays."""
    if not isinstance(text, str):
        return ""
    text = SHORTHAND.sub(lambda match: CHAT_SHORTHAND[match.group(1)], text)
    return WORD.sub(lambda match: mended(text, match), text)


def mended(text: str, match: re.Match[str]) -> str:
    """The request word a misspelt word stands for, else the word as written."""
    word = match.group(1)
    lower = word.lower()
    if lower.startswith(REQUEST_WORDS) or lower[0] not in "asde" or lower in REAL_WORDS:
        return word
    if word[0].isupper() and not SENTENCE_START.search(text, max(0, match.start() - 3),
                                                         match.start()):
        return word
    right = closest_request_word(lower)
    return right if right is not None else word


@cache
def closest_request_word(word: str) -> str | None:
    """The request word `word` misspells, the nearest: one edit away (two for long
    words), the same first letter."""
    allowed = 1 if len(word) < 8 else 2
    near = [
        (edits(word, right), right) for right in REQUEST_WORDS
        if right[0] == word[0] and abs(len(right) - len(word)) <= allowed
    ]
    best = min(near, default=None)
    return best[1] if best is not None and best[0] <= allowed else None


def edits(one: str, other: str) -> int:
    """Letters to insert, delete, change or swap with the next to turn one word into
    the other (optimal string alignment distance)."""
    rows = [list(range(len(other) + 1))]
    for i, a in enumerate(one, 1):
        row = [i]
        for j, b in enumerate(other, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]
