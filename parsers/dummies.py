"""Test, demo and dummy accounts beside real employees: "Testbrugeren "Test Testesen" på
lokal 299 skal blive liggende", "Please ignore the "John Doe" user on ext. 3399 - that
is our training account", an example name copied from a guide ("fx Jens Jensen, lokal
123"). A clause that speaks of one, and asks nothing about a real person's data, is
blanked before the employees are read. Pure text rules; no I/O."""

from __future__ import annotations

import re

from parsers.clauses import without_clauses

DUMMY = re.compile(  # the words that make an account or a name a stand-in
    r"(?i:\b(?:test(?:bruger\w*|konto\w*|konti|[ \t]?users?|[ \t]?accounts?|[ \t]?agent)|demo\w*"
    r"|dummy\w*"
    r"|training[ \t]+(?:account|desk|user)\w*|træningskonto\w*|eksempel|example|placeholder"
    r"|fiktiv\w*|fictional|john[ \t]+doe|jane[ \t]+doe)\b)"
)
REAL_AFTER_ALL = re.compile(  # "det er en rigtig medarbejder": the account is someone real
    r"(?i:\b(?:rigtig|real|actual|faktisk)[ \t]+(?:medarbejder|employee|person|bruger|user)\b)"
)


def without_dummy_accounts(text: str) -> str:
    """`text` with each clause about a test, demo or example account blanked (offsets
    kept); a clause that also asks for a person's data stays, and so does a sentence
    that says the account is someone real."""
    if not isinstance(text, str) or not DUMMY.search(text):
        return text if isinstance(text, str) else ""
    return without_clauses(text, lambda clause, sentence: bool(
        DUMMY.search(clause) and not REAL_AFTER_ALL.search(sentence)
    ))
