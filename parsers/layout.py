"""Text copied out of a PDF, a scanned letter or a Word document, put back together.

Such text keeps the page's layout, not its sentences: words are hyphenated across
line ends ("lokal-" above "nummer"), a sentence breaks wherever the page did ("Kim
Nguyen, som" above "havde" above "4507"), and a table's columns come out one after
another ("Navn", three names, "Lokalnummer", three numbers). Each is read as the
writer meant it; a line ending a sentence, a list and a mail's own short lines are
left alone.
"""

from __future__ import annotations

import re

from parsers.letters import LOWER, UPPER

# "lokal-" above "nummer", "med-" above "arbejder": one word; "Anne-" above "Mette": a
# hyphenated name
HYPHENATED_LOWER = re.compile(rf"([{LOWER}])-\n[ \t]*(?=[{LOWER}])")
HYPHENATED_NAME = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)-\n[ \t]*(?=[{UPPER}][{LOWER}])")

# words that go on a sentence, never open a list line: a line that starts with one
# continues the line above ("Kim Nguyen, som" above "havde 4507")
CONTINUING_WORDS = (
    "havde|har|som|er|var|og|at|på|til|med|af|for|den|det|der|ikke|skal|blev|hans|hendes"
    "|had|has|was|is|and|that|who|the|to|of|on|for|with|his|her|not"
)
BROKEN_SENTENCE = re.compile(
    rf"(?<=[{LOWER},])[ \t]*\n[ \t]*(?=(?:{CONTINUING_WORDS})(?:[ \t]|$))", re.MULTILINE
)
# a number alone on its line, maybe a paragraph of its own, after a line its sentence
# leaves open: "Medarbejderen havde lokalnummer" above "4312" (not a column of numbers)
LONE_NUMBER = re.compile(
    rf"(?<=[{LOWER}])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\d{{2,6}}[ \t]*(?:\n(?![ \t]*\d)|\Z))"
)

NAME_LINE = re.compile(rf"[ \t]*[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+){{1,3}}[ \t]*")
NUMBER_LINE = re.compile(r"[ \t]*(\d{2,6})[ \t]*")
NUMBER_HEADER = re.compile(
    r"[ \t]*(?i:lokalnummer|lokalnumre|lokalnr\.?|lok\.?\s?nr\.?|lokal|ext\.?|extension"
    r"|extensions|internal|intern)[ \t]*:?[ \t]*"
)
PAGE_NOISE = re.compile(  # a page's header or footer between the columns: "FORTROLIGT",
    r"[ \t]*(?:[A-ZÆØÅ]{4,}|(?i:side|page)[ \t]+\d+(?:[ \t]+(?:af|of)[ \t]+\d+)?)?[ \t]*"
)  # "Side 2 af 3", or a blank line
MAX_NOISE = 3


def plain_layout(text: str) -> str:
    """`text` with a page's layout undone: hyphenated words joined, sentences broken by
    the page's line ends joined, and a column of names followed by a column of numbers
    read as one "name – number" line each."""
    text = HYPHENATED_NAME.sub(r"\1-", text)
    text = HYPHENATED_LOWER.sub(r"\1", text)
    text = BROKEN_SENTENCE.sub(" ", text)
    text = LONE_NUMBER.sub(" ", text)
    return rejoined_columns(text)


def rejoined_columns(text: str) -> str:
    """Two columns of a table that came out one after the other ("Karsten Holm", "Bente
    Iversen", then "lokalnr.", "310", "311") as rows: the first name with the first
    number, and so on; a name beyond the numbers stays alone (its number is missing)."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        names = run_of(lines, index, NAME_LINE)
        if len(names) < 2:
            index += 1
            continue
        after = index + len(names)
        header = after
        while header < len(lines) and header - after < MAX_NOISE and (
            PAGE_NOISE.fullmatch(lines[header]) and not NUMBER_HEADER.fullmatch(lines[header])
        ):
            header += 1
        if header >= len(lines) or not NUMBER_HEADER.fullmatch(lines[header]):
            index = after
            continue
        numbers = run_of(lines, header + 1, NUMBER_LINE)
        if not numbers or len(numbers) > len(names):
            index = after
            continue
        for offset, number in enumerate(numbers):
            lines[index + offset] = f"{lines[index + offset].strip()} – {number.strip()}"
        del lines[header : header + 1 + len(numbers)]
        index = after
    return "\n".join(lines)


def run_of(lines: list[str], start: int, pattern: re.Pattern[str]) -> list[str]:
    """The lines from `start` on that each match `pattern` whole."""
    run: list[str] = []
    for line in lines[start:]:
        if not pattern.fullmatch(line):
            break
        run.append(line)
    return run
