"""Compact lists written with unusual separators, read as one employee a line.

Writers in a hurry join a name to its number with whatever key is near: "Jens Holm/214;
Mette Berg/215", "Anna Bak => 217", "Bo Ravn:218", "Niels Lauridsen -> 900 | Trine Øster
-> 901", "kasper holm:318 , nanna friis:319". Such a line is rewritten as "Jens Holm –
214" lines, the form the extension rules read; a line with no such join (a table row,
a CSV line, a time "kl. 10:30") stays as written. Pure text rules, no I/O.
"""

from __future__ import annotations

import re

__all__ = ["with_plain_separators"]

# a name's last letter, then an arrow, a slash, a colon or "=" and a number of 2 to 6
# digits (not a date's "28/2", a time's "10:30" or a CVR number's eight digits)
JOINED_NUMBER = re.compile(  # (a colon or a pipe only with no space after it: "Pris: 450" is
    # a field, "Navn | Lokal" a table)
    r"(?<=[^\W\d_])(?:[ \t]*(?:=>|->|-->|→|⇒|➔|➜|/|=)[ \t]*|:|\|)"  # ("Jonas Lind|301")
    r"(?=\d{2,6}(?![\d/.:,]\d|[\w/-]))"
)
# where one item ends and the next begins, after an item's number: "214; Mette",
# "900 | Trine", "318 , nanna", "220) + Lis"
ITEM_BREAK = re.compile(r"(?<=\d)(\)?)[ \t]*(?:[;|+]|,(?=[ \t]*[^\W\d_]))[ \t]*(?=\S)")
ARROW = re.compile(r"(?<=\S)[ \t]*(?:=>|-->|->|→|⇒|➔|➜)[ \t]*(?=\S)")
# the words leading up to the list on its line: "slet venligst: kasper holm:318 , ..."
LEAD_IN = re.compile(r"^([^\d:\n]{1,40}:)[ \t]+(?=[^\W\d_])")
JOINS_MIN = 1  # names joined to their numbers on the line


def with_plain_separators(text: str) -> str:
    """`text` with each line that joins names to numbers compactly written one employee
    a line, each as "Name – number"."""
    if not isinstance(text, str):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if len(JOINED_NUMBER.findall(line)) < JOINS_MIN or "http" in line:
            continue
        line = LEAD_IN.sub(r"\1\n", JOINED_NUMBER.sub(" – ", line), count=1)
        line = ITEM_BREAK.sub(lambda m: f"{m.group(1)}\n", line)
        lines[index] = ARROW.sub(" – ", line)  # ("Ib Lund → ?": a number still to come)
    return "\n".join(lines)
