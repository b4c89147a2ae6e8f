"""Compact lists written with unusual separators, read as one employee a line.

Writers in a hurry join a name to its number with whatever key is near: "Jens Holm/214;
Mette Berg/215", "Anna Bak => 217", "Bo Ravn:218", "Niels Lauridsen -> 900 | Trine Øster
-> 901", "kasper holm:318 , nanna friis:319". Such a line is rewritten as "Jens Holm –
214" lines, the form the extension rules read; a line with no such join (a table row,
a CSV line, a time "kl. 10:30") stays as written. Pure text rules, no I/O.
"""

from __future__ import annotations

import re

from parsers.names import towns

__all__ = ["with_plain_separators"]

# a name's last letter, then an arrow, a slash, a colon or "=" and a number of 2 to 6
# digits (not a date's "28/2", a time's "10:30" or a CVR number's eight digits)
JOINED_NUMBER = re.compile(  # (a colon or a pipe only with no space after it: "Pris: 450" is
    # a field, "Navn | Lokal" a table)
    r"(?<=[^\W\d_])(?:[ \t]*(?:=>|->|-->|→|⇒|➔|➜|/|=)[ \t]*|:|\|)"  # ("Jonas Lind|301")
    r"(?=\d{2,6}(?![\d/.:,]\d|[\w/-]|[ \t]+\d))"  # (not a phone's "86 12 40 55")
)
# where one item ends and the next begins, after an item's number: "214; Mette",
# "900 | Trine", "318 , nanna", "220) + Lis"
ITEM_BREAK = re.compile(r"(?<=\d)(\)?)[ \t]*(?:[;|+]|,(?=[ \t]*[^\W\d_]))[ \t]*(?=\S)")
ARROW = re.compile(r"(?<=\S)[ \t]*(?:=>|-->|->|→|⇒|➔|➜)[ \t]*(?=\S)")
# the words leading up to the list on its line: "slet venligst: kasper holm:318 , ..."
LEAD_IN = re.compile(r"^([^\d:\n]{1,40}:)[ \t]+(?=[^\W\d_])")
JOINS_MIN = 1  # names joined to their numbers on the line


WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]*$")
# words whose number is theirs, not a name's: a cue ("lok:509", "ext:4471"), a label
# ("tlf/86", "ordre:4471")
LABEL_WORDS = frozenset({
    "lok", "lokal", "lokalnr", "lokalnummer", "ext", "extension", "intern", "nr", "no", "tlf",
    "tel", "telefon", "phone", "mobil", "mobile", "fax", "kundenr", "kunde", "ordre",
    "ordrenr", "order", "faktura", "invoice", "ref", "sag", "sagsnr", "case", "id", "pin",
    "kode", "code", "cvr", "konto", "account", "afd", "dept", "kl",
})


def joins_a_name(line: str, match: re.Match[str]) -> bool:
    """Whether the join at `match` sets a number after a name: not after a cue or a label,
    nor after a town ("Aalborg/118": a site and its extension) or inside brackets."""
    before = WORD_BEFORE.search(line, 0, match.start())
    if before is None:
        return False
    word = before.group(1).lower()
    if word in LABEL_WORDS or word in towns():
        return False
    return line.count("(", 0, match.start()) <= line.count(")", 0, match.start())


def with_plain_separators(text: str) -> str:
    """`text` with each line that joins names to numbers compactly written one employee
    a line, each as "Name – number"."""
    if not isinstance(text, str):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        joins = [m for m in JOINED_NUMBER.finditer(line) if joins_a_name(line, m)]
        if len(joins) < JOINS_MIN or "http" in line:
            continue
        for join in reversed(joins):
            line = f"{line[: join.start()]} – {line[join.end() :]}"
        line = LEAD_IN.sub(r"\1\n", line, count=1)
        line = ITEM_BREAK.sub(lambda m: f"{m.group(1)}\n", line)
        lines[index] = ARROW.sub(" – ", line)  # ("Ib Lund → ?": a number still to come)
    return "\n".join(lines)
