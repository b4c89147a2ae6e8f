"""The writer's own ways to be reached beside the employees they write about: "ring mig på
lokal 210, eller min direkte linje er 7020 3311", "You can reach me on ext. 118 ... ask
my colleague Mikkel on ext. 119", "Jeg er på lokal 100". Such a clause gives the
writer's number, not an employee's, so it is blanked before the employees are read (a
writer asking about their own data is read from the text as written). Pure text rules;
no I/O."""

from __future__ import annotations

import re

from parsers.clauses import without_clauses

CONTACT_ME = re.compile(
    r"(?i:\b(?:ring(?:[ \t]+til)?[ \t]+mig|ring[ \t]+til[ \t]+os|kontakt[ \t]+mig|fanger[ \t]+mig"
    r"|(?:jeg|vi)(?:[ \t]+kan)?[ \t]+træffes[ \t]+på|(?<![\w \t])træffes[ \t]+på"
    r"|få fat i mig|you can reach me|reach me|call me|contact me|get hold of me"
    r"|i'?m on ext|i am on ext|jeg er på lokal|jeg sidder på lokal|min direkte (?:linje|nummer)"
    r"|mit direkte nummer|my direct (?:line|number)|ask my colleague|spørg min kollega"
    r"|min kollega [^\W\d_]+ (?:på|sidder på) lokal|my colleague [^\W\d_]+ on ext"
    # the writer's own number to call ("Jeg sidder selv på lokal 0300", "Ring på min lokal
    # 305", "Ext. 2200 is me", "Min direkte er 3940 1031"); not "mit lokalnummer 2207" or
    # "my extension is 2231", which a writer asking about their own data gives; "Hun
    # træffes på ... lokal 5521" is the employee's
    r"|jeg sidder selv på|på min lokal|min direkte|is me|er mig|til mig på lokal"
    r"|to me on ext|tag fat i)\b)"
)


def without_contact_lines(text: str) -> str:
    """`text` with each clause giving the writer's own numbers to reach them blanked."""
    if not isinstance(text, str) or not CONTACT_ME.search(text):
        return text if isinstance(text, str) else ""
    return without_clauses(text, lambda clause, _sentence: CONTACT_ME.search(clause) is not None)
