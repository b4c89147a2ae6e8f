"""Extensions written in words or as spaced digits: "lokal to hundrede og fjorten",
"lokal fireogtyve", "lokal fyrre tolv", "ext. twenty-two", "extension four oh seven",
"lokalnummer er 2-1-9", "lokal 6 6 1". Dictated mail and people who spell numbers out
write them so; the understanding stages read the digits they mean. Only the words
right after an extension cue are read, and only when they make 2 to 6 digits, so "to"
and "en" elsewhere stay words.

Numbers are read the way people say them: digit by digit ("nul tre et seks" = 0316),
in pairs ("fyrre tolv" = 4012, "fourteen oh eight" = 1408), or as one number with
hundreds ("otte hundrede og ti" = 810, "one hundred and three" = 103).
"""

from __future__ import annotations

import re

from parsers.extensions import CUE

UNITS = {
    "nul": 0, "en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "syv": 7, "otte": 8, "ni": 9,
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
DANISH_TENS = {  # said after the unit: "syv og halvfjerds" = 77
    "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70,
    "firs": 80, "halvfems": 90,
}
TENS = {
    **DANISH_TENS,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
HUNDRED = {"hundrede", "hundred"}
TWO_DIGITS = re.compile(r"\d{1,2}")  # the rest after a spoken hundred: "2 hundrede 14"
AND = {"og", "and"}
DANISH_COMPOUND = re.compile(  # "fireogtyve" = 24
    rf"({'|'.join(sorted(UNITS, key=len, reverse=True))})og({'|'.join(DANISH_TENS)})"
)
LEAD = re.compile(
    rf"(?<![\w-])(?i:{CUE})(?![^\W\d_])[ \t]*[:.]?[ \t]*(?:(?i:er|is|was|var|nr\.?|no\.?)[ \t]+)?"
    # or its owner named between: "lokal nummeret på anne-marie fog-larsen er to nul syv"
    rf"(?:(?:(?i:nummer|nummeret|number)[ \t]+)?(?i:på|paa|of|for|til)[ \t]+[^\d\n.,;:]{{2,40}}?"
    rf"[ \t]+(?i:er|is|was|var)[ \t]+)?"
)
TOKEN = re.compile(r"[ \t]*(?:[-–][ \t]*)?([^\W_]+)")
MAX_TOKENS = 8


def value_of(word: str) -> int | None:
    """The number one word says (a Danish compound "fireogtyve" too), else None."""
    word = word.lower()
    if word.isdigit() and len(word) == 1:
        return int(word)
    for table in (UNITS, TEENS, TENS):
        if word in table:
            return table[word]
    compound = DANISH_COMPOUND.fullmatch(word)
    if compound:
        return UNITS[compound.group(1)] + TENS[compound.group(2)]
    return None


def digits_of(words: list[str]) -> str | None:
    """The digits a run of number words says, or None when it is no number."""
    chunks: list[str] = []
    index = 0
    while index < len(words):
        word = words[index].lower()
        if word in HUNDRED:
            if not chunks or len(chunks[-1]) != 1:
                return None
            total = int(chunks.pop()) * 100
            index += 1
            if index < len(words) and words[index].lower() in AND:
                index += 1
            rest = value_of(words[index]) if index < len(words) else None
            if rest is None and index < len(words) and TWO_DIGITS.fullmatch(words[index]):
                rest = int(words[index])  # "2 hundrede 14"
            if rest is not None and rest < 100:
                total += rest
                index += 1
                following = value_of(words[index]) if index < len(words) else None
                if rest in TENS.values() and following is not None and following < 10:
                    total += following  # "one hundred and twenty three"
                    index += 1
            chunks.append(str(total))
            continue
        value = value_of(word)
        if value is None:
            return None
        if (0 < value < 10 and index + 2 < len(words) and words[index + 1].lower() == "og"
                and words[index + 2].lower() in DANISH_TENS):
            chunks.append(str(TENS[words[index + 2].lower()] + value))  # "syv og halvfjerds"
            index += 3
            continue
        following = value_of(words[index + 1]) if index + 1 < len(words) else None
        if value in TENS.values() and word in TENS and following is not None and 0 < following < 10:
            chunks.append(str(value + following))  # "twenty-two"
            index += 2
            continue
        chunks.append(str(value))
        index += 1
    digits = "".join(chunks)
    return digits if 2 <= len(digits) <= 6 else None


def number_run(text: str, start: int) -> tuple[int, list[str]]:
    """The number words from `start` on: where the run ends and its words, an "og" or
    "and" kept only between two number words."""
    words: list[str] = []
    end = start
    position = start
    while len(words) < MAX_TOKENS:
        match = TOKEN.match(text, position)
        if match is None:
            break
        word = match.group(1)
        lowered = word.lower()
        if lowered in AND and words:
            after = TOKEN.match(text, match.end())
            if after is None or value_of(after.group(1)) is None:
                break
        elif value_of(word) is None and lowered not in HUNDRED and not (
            TWO_DIGITS.fullmatch(word) and words and words[-1].lower() in HUNDRED
        ):
            break
        words.append(word)
        position = match.end()
        if lowered not in AND:
            end = position
    while words and words[-1].lower() in AND:
        words.pop()
    return end, words


def with_spoken_numbers(text: str) -> str:
    """`text` with each extension written in words or spaced digits after its cue put
    as digits ("lokal to hundrede og fjorten" -> "lokal 214"); other text unchanged."""
    if not isinstance(text, str):
        return text
    pieces: list[str] = []
    done = 0
    for lead in LEAD.finditer(text):
        if lead.start() < done:
            continue
        end, words = number_run(text, lead.end())
        if len(words) < 2 and not (words and not words[0].isdigit()):
            continue  # a lone digit is read by the extension patterns themselves
        digits = digits_of(words)
        if digits is None or (len(words) == 1 and words[0].isdigit()):
            continue
        pieces += [text[done : lead.end()], digits]
        done = end
    return "".join(pieces) + text[done:] if pieces else text
