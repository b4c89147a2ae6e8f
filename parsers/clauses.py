"""Blanking the clauses of a text that give no data subjects (provisioning orders, test
accounts), with offsets kept, so the names and numbers elsewhere keep their places.
Pure text rules; no I/O."""

from __future__ import annotations

import re
from collections.abc import Callable

SENTENCE = re.compile(r"[^\n]+?(?:(?<=[.!?])(?=[ \t]+[A-ZÆØÅ(])|$)", re.MULTILINE)
CLAUSE = re.compile(  # a sentence's clauses: "Please set up three new users on ext 16, 17 and
    # 18, and delete the former employee Ole Bak on ext 15"
    r".+?(?=,[ \t]*(?:and|og|samt)[ \t]+|;[ \t]|$)"
)
DATA_REQUEST = re.compile(  # a word of a GDPR request in a clause keeps it
    r"(?i:\b(?:slet\w*|anonymi\w*|indsigt\w*|udlever\w*|erase\w*|erasure|delete\w*|remov\w*|fjern\w*"
    r"|access|export\w*|voicemail(?![-‐ ]?(?:pin|kode|code|password))\w*|optag\w*|recording\w*"
    r"|gdpr|personoplysning\w*|personal data|indsigelse|object\w*)\b)"
)


REDACTION_MARKER = re.compile(r"\[[^\[\]\n]{1,60}(?:fjernet|removed)\]")  # asks nothing


def without_clauses(text: str, blanked: Callable[[str, str], bool]) -> str:
    """`text` with each clause `blanked(clause, its sentence)` holds for written as
    spaces; a clause that asks for a person's data (`DATA_REQUEST`) is always kept."""
    pieces = []
    last = 0
    for sentence in SENTENCE.finditer(text):
        for clause in CLAUSE.finditer(text, sentence.start(), sentence.end()):
            words = clause.group()
            asks = DATA_REQUEST.search(REDACTION_MARKER.sub(" ", words))
            if not asks and blanked(words, sentence.group()):
                pieces.append(text[last : clause.start()] + " " * len(words))
                last = clause.end()
    return "".join(pieces) + text[last:]
