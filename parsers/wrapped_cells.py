"""Plain-text tables whose cells wrapped onto the next line on the way ("Jonas  4410
Salg" above "Vestergaard"; "Pieter van der   5020" above "Berg"; a header's "Lokal-"
above "nummer"), read with each cell whole again: a line of a table that holds no
number and fewer cells than the row above it, each cell under one of that row's cells,
continues that row. Columns are told by where a cell starts, tabs counted to the next
multiple of eight as a mail program shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.lexicon import given_names

CELL = re.compile(r"[^\s]+(?: [^\s]+)*")  # a cell's words are one space apart
NUMBER_CELL = re.compile(r"\(?\d{2,6}\)?")  # an extension's cell, which never wraps
OWN_LINE = re.compile(r"[\d:@]")  # a number, a field label or an address: a line of its own
SENTENCE_END = re.compile(r"[.!?:;]$")
MAX_CELL_WORDS = 3  # a wrapped first cell is short; a sentence under a table is not
ALIGN = 1  # how far a continued cell may start from the cell above it
MAX_REMARK_WORDS = 8  # a wrapped remark further right may be longer


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a line: its text, its column as shown, and its end in the line."""

    text: str
    column: int
    end: int


def cells_of(line: str) -> list[Cell]:
    """The cells of a line, split at tabs and runs of two or more spaces."""
    return [
        Cell(match.group(), len(line[: match.start()].expandtabs(8)), match.end())
        for match in CELL.finditer(line)
    ]


def targets(row: list[Cell], rest: list[Cell], header: list[Cell]) -> list[int] | None:
    """For each cell of a continuation line, the index of the row's cell it continues:
    the first under a cell's start, the others under the nearest cell to their left;
    columns are the row's, or the header's when the row's tabs shifted its cells
    ("Jørgen Sorensen→Jørgen→→→418" above "→→→Sørensen", under "Korrekt"). None when the
    line does not continue the row."""
    if not rest or len(rest) >= len(row) or any(OWN_LINE.search(cell.text) for cell in rest):
        return None  # (a line with a number, a field label or an address of its own is a
        # row, not a wrapped rest: "UserPrincipal: lcr@…" under "Extension   : 110")
    first = rest[0].text
    words = MAX_CELL_WORDS if rest[0].column <= row[0].column + ALIGN else MAX_REMARK_WORDS
    if len(first.split()) > words or SENTENCE_END.search(first) or is_full_name(first):
        return None  # (a sentence under the table, or a row of its own with an empty cell:
        # "Hanne Lindgaard              langtidssygemeldt")
    for columns in (row, header if len(header) == len(row) else []):
        if columns and any(abs(cell.column - rest[0].column) <= ALIGN for cell in columns):
            found = [[i for i, above in enumerate(columns) if above.column <= cell.column + ALIGN]
                     for cell in rest]
            into = [left[-1] for left in found if left]
            if len(into) < len(rest) or any(NUMBER_CELL.fullmatch(row[i].text) for i in into):
                return None  # (an extension does not wrap: "Kim" under "3401" is a row of
            return into  # its own, "Rasmussen→Kim→→Lagermedarbejder")
    return None


def is_full_name(text: str) -> bool:
    """Whether a cell is a person's name of its own: two or more capitalised words,
    the first a known first name ("Hanne Lindgaard"); a wrapped surname is one word."""
    words = text.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words) and (
        words[0].lower().split("-")[0] in given_names()
    )


def joined(above: str, more: str) -> str:
    """A cell's text and its wrapped rest: a word broken at a hyphen is one word again
    ("Snedkerforret-" "ning"), a hyphenated name keeps its hyphen ("Schmidt-" "Pedersen")."""
    if above.endswith("-"):
        return above[:-1] + more if more[:1].islower() else above + more
    return f"{above} {more}"


def continued(line: str, row: list[Cell], rest: list[Cell], into: list[int]) -> str:
    """The row's line with the continuation's cells joined onto the cells above them."""
    additions: dict[int, list[str]] = {}
    for cell, index in zip(rest, into, strict=True):
        additions.setdefault(index, []).append(cell.text)
    for index in sorted(additions, reverse=True):  # (right to left: offsets stay valid)
        cell = row[index]
        text = cell.text
        for more in additions[index]:
            text = joined(text, more)
        start = cell.end - len(cell.text)
        line = line[:start] + text + line[cell.end :]
    return line


def with_wrapped_cells_joined(text: str) -> str:
    """`text` with the wrapped cells of its plain-text tables joined onto their rows."""
    if not isinstance(text, str) or ("  " not in text and "\t" not in text):
        return text
    out: list[str] = []
    row_at: int | None = None  # the index in `out` of the row being continued
    shown: list[Cell] = []  # its cells where they stood before anything was joined
    header: list[Cell] = []  # the first row of the table
    joins = 0
    for line in text.split("\n"):
        if BOX_DRAWING.search(line) or QUOTED.match(line):  # a box-drawn or pipe table
            # is read as one elsewhere; a quoted line keeps its quote marks
            out.append(line)
            row_at, shown, header = None, [], []
            continue
        cells = cells_of(line)
        if not line.strip():
            header = []
        into = targets(shown, cells, header) if row_at is not None and line.strip() else None
        if row_at is not None and into is not None:
            out[row_at] = continued(out[row_at], cells_of(out[row_at]), cells, into)
            joins += 1
            continue
        if header and in_table(line) and leads_with_empty_cells(line, cells, header):
            line = "-" + line[1:]  # ("               Lukas Schmidt-    7002": no customer)
            cells = cells_of(line)
            joins += 1
        out.append(line)
        row_at, shown = (len(out) - 1, cells) if in_table(line) else (None, [])
        header = header or shown
    return "\n".join(out) if joins else text


BOX_DRAWING = re.compile(r"[\u2500-\u257f|+]")
QUOTED = re.compile(r"[ \t]*>")


def leads_with_empty_cells(line: str, cells: list[Cell], header: list[Cell]) -> bool:
    """Whether a row aligned with spaces leaves its first columns empty: it opens with
    a run of spaces and its first cell stands under a later column of the header."""
    return (
        line.startswith("  ") and header[0].column == 0 and len(header) > len(cells)
        and any(abs(h.column - cells[0].column) <= ALIGN for h in header[1:])
    )


def in_table(line: str) -> bool:
    """Whether a line is a row of cells (two or more, split by a tab or wide gap)."""
    return len(cells_of(line)) >= 2 and ("\t" in line or "  " in line.strip())
