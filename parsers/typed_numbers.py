"""Extension numbers typed with stray characters, read as the digits the writer meant.

Fast typing and old habits put letters and signs into numbers: a lower-case l or a
capital I for a one ("lokal 2l4"), a capital O for a zero ("O412", "lok.5O2"), a star
before the number or a hash after it ("*640", "119#"), a hyphen after the word
("EXT-3307"). A number-shaped word holding two digits or more with such letters is
only ever a number; words without digits are left alone.
"""

from __future__ import annotations

import re

# a word of two to six digits and look-alike letters, with two digits at least: "2l4",
# "O412", "19O", "5O2"; not "IO", "lO" or "H2O"
LOOK_ALIKE_NUMBER = re.compile(r"(?<![\w])(?=(?:[lIO]*\d){2})(?=[\dlIO]*[lIO])[\dlIO]{2,6}(?!\w)")
LOOK_ALIKE_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0"})
# a star before the number ("*640", "ext. *2290"); a hash before it is read as a cue
# already ("on #2218", "Joy Nnamdi, #2219") and stays
SIGN_BEFORE = re.compile(r"(?<=[ \t:,(–—-])\*(?=\d{2,6}(?!\d))")
SIGN_AFTER = re.compile(r"(?<=\d)#(?=[ \t]*(?:$|[,.;)]))", re.MULTILINE)  # "119#", "88#"
HYPHEN_AFTER_CUE = re.compile(r"(?i)\b(ext\.?|lok\.?|lokal)-(?=\d{2,6}\b)")  # "EXT-3307"


def mended_numbers(text: str) -> str:
    """`text` with extension numbers typed with look-alike letters or stray signs
    written as digits only."""
    text = LOOK_ALIKE_NUMBER.sub(lambda match: match.group().translate(LOOK_ALIKE_DIGITS), text)
    text = SIGN_AFTER.sub("", SIGN_BEFORE.sub("", text))
    return HYPHEN_AFTER_CUE.sub(r"\1 ", text)
