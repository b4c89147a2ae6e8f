"""Names as HR and payroll systems export them, turned round to be read.

An export writes the surname first, in capitals and set off by a comma: "GARCÍA LÓPEZ,
Juan Carlos | JCG | ext. 640", "PETERSEN, Birthe Lykke (BLP)". The surname is moved after
the given names ("Juan Carlos GARCÍA LÓPEZ"), capitals kept as written, as a name
turned round is reported; a word in capitals that is no surname ("CVR", "SLET, Jens")
stays. Without the comma ("KOWALSKI Tomasz") the name is read as written. Pure text
rules, no I/O.
"""

from __future__ import annotations

import re

from parsers.names import JOB_ACRONYMS, VOWELS, is_common_word, is_given_name

__all__ = ["with_surnames_last"]

CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+"
GIVEN = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
SURNAME_FIRST = re.compile(  # "GARCÍA LÓPEZ, Juan Carlos", "PETERSEN, Birthe Lykke" (spaces only:
    # a tab is a column's edge; one in quotes is a name as written: '"THOMSEN, Kasper Juul"')
    rf"(?<![\w'’\"“„-])((?:{CAPS} ){{0,2}}{CAPS}),[ ]?({GIVEN}(?: {GIVEN}){{0,2}})(?![\w'’-])"
)


def is_surname_in_capitals(words: str) -> bool:
    """Whether capitals are a surname: each word has a vowel, none is an acronym for a
    role or a common word ("SLET", "GDPR", "CFO")."""
    return all(
        VOWELS & set(word) and word not in JOB_ACRONYMS and not is_common_word(word)
        for word in words.split()
    )


def with_surnames_last(text: str) -> str:
    """`text` with each surname-first name in capitals turned round: the given names
    first, the surname after them as written."""
    if not isinstance(text, str) or not re.search(r"[A-ZÆØÅ]{2}", text):
        return text if isinstance(text, str) else ""

    def turned(match: re.Match[str]) -> str:
        surname, given = match.groups()
        if not is_given_name(given.split()[0].split("-")[0].lower()):
            return match.group()
        if not is_surname_in_capitals(surname):
            return match.group()
        return f"{given} {surname}"

    return SURNAME_FIRST.sub(turned, text)
