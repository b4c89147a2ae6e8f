"""Nicknames set in brackets inside a full name, left out of it.

Colleagues write the name people go by between the given name and the surname. In
brackets it is a remark beside the name ("Katrine (Kat) Lund", "Henriette (Jette)
Sommer"), and the name is the one without it; in quotes it is written as part of the
name ('Bo "Dækkongen" Riis', see `with_nicknames_as_words`) and stays. The
text that is stored keeps both as written.
"""

from __future__ import annotations

import re

from parsers.letters import UPPER
from parsers.names import NAME_WORD, is_given_name

# one capitalised word in brackets, in Latin letters: "(Сергій)" beside "Serhiy" is the
# name in its own script, not a nickname
NICKNAME = r"\([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)?\)"
INSIDE_NAME = re.compile(rf"(?<![\w-])({NAME_WORD})[ \t]+{NICKNAME}[ \t]+(?={NAME_WORD})")


def without_nicknames(text: str) -> str:
    """`text` with a bracketed nickname between the words of a name left out."""
    return INSIDE_NAME.sub(r"\1 ", text)


NICKNAME_INSIDE = re.compile(  # 'Bo "Dækkongen" Riis', 'Henrik “Hønse-Henrik” Ravnkilde',
    # "Bo 'Bobo' Hansen"
    rf"(?<![\w-])([{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?[ \t]+)"  # (also two words:
    # 'Mads "Store Mads" Kirk'; and after a hyphenated given name: 'Friedrich-Wilhelm
    # „Fritz“ Zöllner')
    rf"([\"“„«'‘][{UPPER}][\w-]{{1,24}}(?:[ \t][{UPPER}][\w-]{{1,24}})?[\"”“»'’])"
    rf"(?=[ \t]+[{UPPER}][^\W\d_]+)"
)
LOWER_NICKNAME_INSIDE = re.compile(  # 'kan I slette peter "pede" kragelund lok 609'
    r"(?<![\w-])([a-zæøå]+[ \t]+)([\"“„«'‘][A-Za-zæøåÆØÅ][\w-]{1,24}[\"”“»'’])"  # ('"Mus"')
    r"(?=[ \t]+[a-zæøå][^\W\d_]+)"
)
NICKNAME_WORD = re.compile(r"\b[Nn]icknamex[a-z]+\b")
NAME_ENDS_AFTER = re.compile(  # the surname, then the end of the line or a number's cue
    rf"[ \t]+[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?(?=[ \t]*(?:$|[,;(]|(?i:lok|ext)))",
    re.MULTILINE,
)


def with_nicknames_as_words(text: str) -> tuple[str, dict[str, str]]:
    """`text` with each quoted nickname between a given name and a surname written as
    one plain name word, and the nickname each such word stands for."""
    nicknames: dict[str, str] = {}

    def as_word(match: re.Match[str]) -> str:
        given = match.group(1).strip().lower().split("-")[0]  # ("Friedrich-Wilhelm")
        if not is_given_name(given) and not NAME_ENDS_AFTER.match(
            text, match.end()
        ):  # (an unknown first name when the name stands alone: 'ext 907 - Olumide "Ole"
            return match.group()  # Adebayo', not 'Firma "Nord" Holding ApS')
        word = "Nicknamex" + "".join(chr(ord("a") + int(d)) for d in str(len(nicknames)))
        if match.group(1).islower():  # 'peter "pede" kragelund lok 609': typed in lower case
            word = word.lower()
        nicknames[word] = match.group(2)
        return match.group(1) + word

    text = NICKNAME_INSIDE.sub(as_word, text)
    return LOWER_NICKNAME_INSIDE.sub(as_word, text), nicknames


QUOTED_NICKNAME = re.compile(r"(\S+)[ \t]+[\"“„«'‘]([^\"“”„«»'‘’]+)[\"”“»'’][ \t]+(\S.*)")


def nickname_form(whole: str | None, short: str | None) -> bool:
    """Whether `whole` is `short` with a quoted nickname inside ("Michael 'Mick'
    Sørensen-Dyhr" in the body, "Mick Sørensen-Dyhr" or "Michael Sørensen-Dyhr" in the
    subject line): one person."""
    match = QUOTED_NICKNAME.fullmatch(whole or "")
    if match is None or not short:
        return False
    given, nickname, rest = match.groups()
    return short in (f"{given} {rest}", f"{nickname} {rest}")
