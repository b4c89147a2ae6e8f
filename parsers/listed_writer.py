"""The writer listed among the employees they ask for ("vil jeg og mine to kolleger gerne
have indsigt ... Camilla Dybdahl (mig selv) - lok. 105", "The whole team, me included
... Priya Raghunathan (myself), ext. 3310"): the sender's own name is otherwise never a
data subject, so their line is read again when the mail says they are one of them.
Pure text rules; no I/O."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.model import DataSubject

SELF_INCLUDED = re.compile(  # the writer counting themselves in
    r"(?i:\b(?:mig selv|myself|me included|including me|inklusive mig|også mig|jeg og mine"
    r"|i and my|and i\b|og jeg\b|både mig|both me|me too|mig også)\b|\((?:me|mig|mig selv)\))"
)
LINE_NUMBER = re.compile(  # the line's extension: a number of 2 to 6 digits standing alone
    r"(?<![\d+.,/-])(\d{2,6})(?![\d.,/-]|[ \t]\d{2}\b)"
)


def with_listed_writer(text: str, sender: str, found: list[DataSubject]) -> list[DataSubject]:
    """`found` with the writer named on the list line that gives their number, when the
    text counts them in; the list's order is kept."""
    if not sender or len(sender.split()) < 2 or not SELF_INCLUDED.search(text):
        return found
    for line in text.splitlines():
        start = line.lower().find(sender.lower())
        numbers = LINE_NUMBER.findall(line[start + len(sender) :]) if start >= 0 else []
        if len(numbers) != 1 or any(s.full_name == sender for s in found):
            continue
        number = numbers[0]
        nameless = next((s for s in found if s.extension == number and not s.full_name), None)
        if nameless is not None:
            found = [replace(s, full_name=sender) if s is nameless else s for s in found]
        elif not any(s.extension == number for s in found):
            found = sorted([*found, DataSubject(sender, number)],
                           key=lambda s: text.find(s.extension or "\0"))
    return found
