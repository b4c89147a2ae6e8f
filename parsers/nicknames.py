"""Nicknames set in brackets inside a full name, left out of it.

Colleagues write the name people go by between the given name and the surname. In
brackets it is a remark beside the name ("Katrine (Kat) Lund", "Henriette (Jette)
Sommer"), and the name is the one without it; in quotes it is written as part of the
name ('Bo "Dækkongen" Riis', see `subjects.with_nicknames_as_words`) and stays. The
text that is stored keeps both as written.
"""

from __future__ import annotations

import re

from parsers.names import NAME_WORD

# one capitalised word in brackets, in Latin letters: "(Сергій)" beside "Serhiy" is the
# name in its own script, not a nickname
NICKNAME = r"\([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)?\)"
INSIDE_NAME = re.compile(rf"(?<![\w-])({NAME_WORD})[ \t]+{NICKNAME}[ \t]+(?={NAME_WORD})")


def without_nicknames(text: str) -> str:
    """`text` with a bracketed nickname between the words of a name left out."""
    return INSIDE_NAME.sub(r"\1 ", text)
