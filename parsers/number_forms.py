"""Extensions written in the forms of a switchboard's own lists, read as plain numbers.

Writers copy how the customer's system shows a user: initials in brackets beside the
number ("Ib Vinkel (IV) 301", "Kim Ravn Søndergaard (KRS, lok. 17)"), square brackets
("[214]", "[x702]"), digits typed apart after a cue ("x 4 12"), a site code joined by a
dash ("VEJ-0 1 9"), or a range for a list of names in order ("extensions 610-613 in this
order"). The text is rewritten so the usual extension rules read each number; a ticket's
tag ("[#8930]") or an employee number ("(KP-0771)") stays as written. Pure text rules,
no I/O.
"""

from __future__ import annotations

import re

INITIALS = r"[A-ZÆØÅ](?:[a-zæøå]{0,2}[A-ZÆØÅ]){1,4}"  # "IV", "KRS", "HCvdB", "MLdA"
INITIALS_BEFORE_NUMBER = re.compile(  # "(IV) 301", "(FAS) [214]", "(RKL) 1O9"
    rf"\({INITIALS}\)[ \t]*(?=[\[(#]|(?i:x|ext|lok)|\d)"
)
INITIALS_OPENING_BRACKET = re.compile(  # "(AØ / 2-118)", "(KRS, lok. 17)", "(JLI – Aalborg/118)";
    # not an employee number's "(KP-0771)"
    rf"\({INITIALS}(?:[ \t]*[/,;][ \t]*|[ \t]+[–—-][ \t]+)(?=[^()\n]{{0,20}}\d[^()\n]*\))"
)
SQUARE_NUMBER = re.compile(  # "[214]", "[x702]", "[x 7 01]"; not a ticket's "[#8930]" or
    r"\[((?:[xX]|(?i:ext\.?|lok\.?))?[ \t]*\d[\dO \t]{0,6})\]"  # "[CCP-20931]"
)
SPACED_AFTER_CUE = re.compile(  # "x 4 12", "[x 7 01]", "lokal 1 2 0 6": digits typed apart
    r"(?i:\b(x|ext\.?|lok\.?|lokal))[ \t]*(\d(?:[ \t]\d{1,3}){1,5})(?![\d])"
)
CODE_DASH_SPACED = re.compile(  # "VEJ-0 1 9", "SK-3 21": a site code, then digits typed apart
    r"(?<![\w-])([A-ZÆØÅ]{2,4})-(\d(?:[ \t]?\d){1,5})(?![\d])"
)
X_LOOK_ALIKE = re.compile(r"(?<![\w])([xX])(?=[\dO]*\d)(?=[\dO]*O)([\dO]{2,6})(?!\w)")  # "x7O3"
RANGE_AFTER_CUE = re.compile(  # "extensions 610-613 in this order", "lokal 210–214 i den
    # rækkefølge": a range for names listed in order (not "lok. 210-215 virker ikke")
    r"(?i:\b(?:lokalnumre(?:ne)?|lokalnr\.?|lokal|lok\.?|extensions?|ext\.?|numre(?:ne)?"
    r"|numbers))[ \t]*[:.]?[ \t]*(\d{2,6})[ \t]*[-–][ \t]*(\d{2,6})(?![\d])"
    r"(?=[^\n]{0,40}?(?i:in this order|in that order|in the same order|i denne rækkefølge"
    r"|i den rækkefølge|i samme rækkefølge|i rækkefølge|respectively|henholdsvis))"
)
MAX_DIGITS = 6  # an extension's longest
MAX_RANGE = 10  # a longer range is a block of numbers, not a list to pair with names


def with_plain_number_forms(text: str) -> str:
    """`text` with each extension in a switchboard list's form written plainly."""
    if not isinstance(text, str) or not any(char.isdigit() for char in text):
        return text if isinstance(text, str) else ""
    text = INITIALS_BEFORE_NUMBER.sub("", text)
    text = INITIALS_OPENING_BRACKET.sub("(", text)
    text = SQUARE_NUMBER.sub(r"(\1)", text)
    text = X_LOOK_ALIKE.sub(lambda m: m.group(1) + m.group(2).replace("O", "0"), text)
    text = SPACED_AFTER_CUE.sub(spaced_number, text)
    text = CODE_DASH_SPACED.sub(lambda m: m.group(1) + "-" + "".join(m.group(2).split()), text)
    return RANGE_AFTER_CUE.sub(listed_range, text)


def spaced_number(match: re.Match[str]) -> str:
    """The digits after a cue typed apart, closed up when they make one extension ("x 4 12"
    -> "x412"; "x" is read as a cue only right before its digits); as written when more."""
    digits = "".join(match.group(2).split())
    if len(digits) > MAX_DIGITS:
        return match.group()
    return match.group(1) + ("" if match.group(1) in "xX" else " ") + digits


def listed_range(match: re.Match[str]) -> str:
    """The numbers of a short range written out ("610, 611, 612 og 613"), as wide as
    its ends; a range too long, or backwards, as written."""
    first, last = match.group(1), match.group(2)
    low, high = int(first), int(last)
    if len(first) != len(last) or not 1 <= high - low < MAX_RANGE:
        return match.group()
    numbers = [str(n).zfill(len(first)) for n in range(low, high + 1)]
    written = ", ".join(numbers[:-1]) + f" og {numbers[-1]}"
    return match.group()[: match.start(1) - match.start()] + written
