"""Sensitive data told by a table's column rather than by its own words: the cells under
a "Fagforening", "Religion" or "Helbred" header ("3F", "HK Privat", "Muslim") and under
a PIN or password header ("Voicemail-kode" above "4821"). The header names the category
(`sensitive_columns.txt`); an empty cell or "n/a" says nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import get_args

from parsers.lexicon import read_lexicon
from parsers.model import SensitiveCategory, SensitiveSpan
from parsers.tables import RULE_LINE

SECRET_HEADER = re.compile(  # a table column of secrets: "Voicemail-kode", "PIN", "Password"
    r"(?i:(?:voicemail|vm|telefon|sim)?[ -]?(?:pin|pin-?kode|pinkode|kode|adgangskode"
    r"|password|kodeord|passcode|access code|pin code))"
)
TABLE_SEPARATORS = ("\t", "|", ";")
LONGEST_SECRET = 24  # characters of a cell that can be a PIN or a password
LONGEST_VALUE = 60  # characters of a cell that can be a union, a faith or a diagnosis
NO_VALUE = frozenset({"", "-", "–", "n/a", "na", "x", "nej", "no", "ingen", "none", "ukendt",
                      "unknown", "?", "ikke oplyst", "not stated"})


CATEGORIES: dict[str, SensitiveCategory] = {category: category for category in get_args(
    SensitiveCategory
)}


@cache
def column_categories() -> dict[str, SensitiveCategory]:
    """The headers of `sensitive_columns.txt` and the category of their cells; a line
    naming no known category is left out rather than trusted."""
    found: dict[str, SensitiveCategory] = {}
    for entry in read_lexicon("sensitive_columns"):
        header, _, name = entry.partition("=")
        category = CATEGORIES.get(name.strip())
        if category is not None:
            found[" ".join(header.split()).lower()] = category
    return found


def header_category(cell: str) -> SensitiveCategory | None:
    """The category a header cell names, if any."""
    label = " ".join(cell.strip().rstrip(":").split()).lower()
    if SECRET_HEADER.fullmatch(label):
        return "credential"
    return column_categories().get(label)


def find_sensitive_columns(text: str) -> list[SensitiveSpan]:
    """The cells under sensitive headers of the tables in `text`, each a span of the
    header's category."""
    spans: list[SensitiveSpan] = []
    if not any(separator in text for separator in TABLE_SEPARATORS):
        return spans
    columns: tuple[str, dict[int, SensitiveCategory]] | None = None
    position = 0
    for line in text.split("\n"):
        at = position
        position += len(line) + 1
        if RULE_LINE.fullmatch(line):
            continue  # ("-----+------" under the header)
        separator = next((s for s in TABLE_SEPARATORS if s in line), None)
        if separator is None:
            columns = None
            continue
        cells = line.split(separator)
        headers = {i: category for i, cell in enumerate(cells)
                   if (category := header_category(cell)) is not None}
        if headers:
            columns = (separator, headers)
            continue
        if columns is None or columns[0] != separator:
            continue
        for index, category in columns[1].items():
            if index >= len(cells):
                continue
            cell = cells[index]
            value = cell.strip()
            longest = LONGEST_SECRET if category == "credential" else LONGEST_VALUE
            if value.lower() in NO_VALUE or len(value) > longest:
                continue
            start = at + sum(len(c) + 1 for c in cells[:index]) + cell.index(value)
            spans.append(SensitiveSpan(category, start, start + len(value)))
    return spans
