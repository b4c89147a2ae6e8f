"""Lists whose request covers only the rows marked ("Please anonymise the ones marked
with *:" above "Jens Ulrik Frost 410 *" and "Maria Fernández López 411"), read as the
marked rows alone: an unmarked row is a person the request leaves alone. The marks are
taken off the rows kept, so "410 *" reads as an extension.
"""

from __future__ import annotations

import re

MARKED_WITH = re.compile(  # the sentence that says which rows count
    r"(?i:\b(?:marked|markeret|markerede|mærket|mærkede|merket|flagged|tagged)[ \t]+"
    r"(?:with|med)[ \t]+(?:(?:an?|en|et|the)[ \t]+)?"
    r"(?P<marker>\*|\(x\)|x|✓|✔|stjerne|asterisk|star|kryds|flueben|tick|check[ -]?mark)"
    r"(?![\w*]))"
)
MARKERS = {  # the mark a word names, as rows carry it
    "stjerne": "*", "asterisk": "*", "star": "*", "kryds": "x", "(x)": "x",
    "flueben": "✓", "tick": "✓", "checkmark": "✓", "check mark": "✓", "check-mark": "✓",
    "✔": "✓",
}
MARK_OF = {"*": r"\*", "x": r"\(?[xX]\)?", "✓": r"[✓✔]"}
HAS_NUMBER = re.compile(r"\d{2,6}")


def mark_pattern(marker: str) -> re.Pattern[str]:
    """A row's mark, at its end ("410 *", "411*") or opening it ("* Jens Frost 410")."""
    mark = MARK_OF[marker]
    return re.compile(rf"(?:[ \t]*{mark}[ \t]*$|^[ \t]*{mark}[ \t]+)")


def block_after(lines: list[str], index: int) -> range:
    """The run of non-empty lines after line `index`, past blank lines."""
    start = index + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return range(start, end)


def marked_rows_only(text: str) -> str:
    """`text` without the unmarked rows of a list and with the marked rows' marks taken
    off, when a sentence says only the marked rows count and the list carries both."""
    said = MARKED_WITH.search(text)
    if said is None:
        return text
    marker = MARKERS.get(said.group("marker").lower(), said.group("marker").lower())
    if marker not in MARK_OF:
        return text
    mark = mark_pattern(marker)
    lines = text.split("\n")
    said_on = text.count("\n", 0, said.start())
    rows = [i for i in block_after(lines, said_on) if HAS_NUMBER.search(lines[i])]
    marked = {i for i in rows if mark.search(lines[i])}
    if not marked or len(marked) == len(rows) or (
        marker == "*" and all(re.match(r"[ \t]*\*", lines[i]) for i in rows)
    ):  # (every row opening with "*" is a bulleted list, not a marked one)
        return text
    kept = [
        mark.sub("", line) if index in marked else line
        for index, line in enumerate(lines) if index not in rows or index in marked
    ]
    return "\n".join(kept)
