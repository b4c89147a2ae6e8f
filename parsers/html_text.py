"""HTML -> readable text: blocks as lines, table rows as " | " cells, quotes as "> "."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_SKIPPED_TAGS = frozenset({"style", "script", "head", "title", "template", "noscript"})
_BLOCK_WORDS = "p div h1 h2 h3 h4 h5 h6 ul ol li table tr section article header footer pre hr"
_BLOCK_TAGS = frozenset(
    (_BLOCK_WORDS + " address dl dt dd form fieldset center blockquote caption tbody thead").split()
)
_CELL_TAGS = frozenset({"td", "th"})
_STRUCK_TAGS = frozenset({"del", "s", "strike"})  # text the writer struck out: taken back
_ROW_TAGS = frozenset({"table", "tr", "tbody", "thead", "tfoot"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    """Collects readable lines from HTML; blockquote lines get a "> " prefix."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line = ""
        self.line_depth = 0
        self.quote_depth = 0
        self.skip_depth = 0
        self.struck_depth = 0
        self.pre_depth = 0
        self.cell_pending = False
        self.cell_depth = 0  # inside a table cell, paragraphs stay on the row's line
        self.cell_blocks: list[int] = []  # paragraphs opened in each open cell
        self.row_cells = 0  # cells opened in the current row
        self.row_filled = 0  # of them, cells with text
        self.cell_filled = False
        self.leading_empty = 0  # empty cells before the row's first text
        self.row_column = 0  # the column the next cell of the row stands in
        self.spans: list[dict[int, int]] = [{}]  # per open table: column -> rows still
        self.pending_columns = 0  # spanned by a cell above, or by the cell before's colspan

    def in_cell_block(self, tag: str) -> bool:
        """Whether a block or break tag sits inside a data cell (Outlook wraps every
        cell in one <p>): then it is a space, so the row stays one line. A cell with a
        second paragraph is a layout cell (a ticket system's letter), read as lines."""
        if self.cell_depth <= 0 or tag in _ROW_TAGS:
            return False
        return not self.cell_blocks or self.cell_blocks[-1] < 2

    def count_cell_block(self, tag: str) -> None:
        """Count a paragraph opened inside the innermost open cell."""
        if self.cell_blocks and tag in ("p", "div", "h1", "h2", "h3", "ul", "ol", "table"):
            self.cell_blocks[-1] += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth += 1
            return
        if tag in _STRUCK_TAGS:
            self.struck_depth += 1
            return
        self.count_cell_block(tag)
        if (tag == "br" or tag in _BLOCK_TAGS) and self.in_cell_block(tag):
            self.add_text(" ")
        elif tag == "br":
            self.end_line(force=True)
        elif tag in _CELL_TAGS:
            self.skip_spanned_columns()
            self.open_cell()
            self.cell_depth += 1
            self.cell_blocks.append(0)
            rows, columns = _span(attrs, "rowspan"), _span(attrs, "colspan")
            if rows > 1:
                for column in range(self.row_column, self.row_column + columns):
                    self.spans[-1][column] = rows - 1
            self.row_column += 1
            self.pending_columns = columns - 1
        elif tag in _BLOCK_TAGS:
            if tag in ("tr", "table"):
                self.end_row()
            self.end_line()
            if tag == "table":
                self.spans.append({})
            self.quote_depth += tag == "blockquote"
            self.pre_depth += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "p", "div"):
            if self.in_cell_block(tag):
                self.add_text(" ")
            else:
                self.end_line(force=tag == "br")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _STRUCK_TAGS:
            self.struck_depth = max(0, self.struck_depth - 1)
        elif tag in _CELL_TAGS:
            self.cell_depth = max(0, self.cell_depth - 1)
            if self.cell_blocks:
                self.cell_blocks.pop()
        elif tag in _BLOCK_TAGS and self.in_cell_block(tag):
            self.add_text(" ")
        elif tag in _BLOCK_TAGS:
            if tag in ("tr", "table"):
                self.end_row()
            self.end_line()
            if tag == "table" and len(self.spans) > 1:
                self.spans.pop()
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
            self.pre_depth = max(0, self.pre_depth - (tag == "pre"))
            if tag in ("p", "table", "blockquote", "h1", "h2", "h3"):
                self.lines.append(("> " * self.quote_depth).rstrip())

    def handle_data(self, data: str) -> None:
        if self.skip_depth or self.struck_depth:
            return
        if self.pre_depth:
            for index, piece in enumerate(data.replace("\r", "").split("\n")):
                if index:
                    self.end_line(force=True)
                self.add_text(piece)
            return
        text = _SPACES.sub(" ", data)
        if text.strip() or (self.line and not self.line.endswith(" ")):
            self.add_text(text)

    def add_text(self, text: str) -> None:
        """Append text to the current line, opening a cell or quote as needed."""
        if not self.line.strip():
            self.line_depth = self.quote_depth
            text = text.lstrip(" ")
        elif self.line.endswith(" "):  # (one space where a struck word stood between two)
            text = text.lstrip(" ")
        if self.cell_depth and text.strip() and not self.cell_filled:
            self.cell_filled = True
            self.row_filled += 1
        if self.cell_pending and text.strip():
            self.line = self.line.rstrip(" ") + " | "
            self.cell_pending = False
            text = text.lstrip(" ")
        self.line += text

    def open_cell(self) -> None:
        """Start a cell of the row; an empty cell before it keeps its place."""
        if self.cell_pending:  # the cell before was empty: keep its place in the row
            self.line = self.line.rstrip(" ") + " |"
        self.cell_pending = bool(self.line.strip())
        if not self.cell_pending:
            self.leading_empty = self.row_cells
        self.row_cells += 1
        self.cell_filled = False

    def skip_spanned_columns(self, shown: bool = True) -> None:
        """Open an empty cell for each column the cell before covers with its colspan,
        and for each column a cell of a row above covers with its rowspan ("1207 | |
        Mads" under "Lokalnr. | Afdeling | Navn" when "Kundeservice" spans two rows)."""
        spans = self.spans[-1]
        while self.pending_columns > 0 or spans.get(self.row_column, 0) > 0:
            if self.pending_columns > 0:
                self.pending_columns -= 1
            else:
                spans[self.row_column] -= 1
            if shown:
                self.open_cell()
            self.row_column += 1

    def end_row(self) -> None:
        """Close a table row. A data row keeps its empty first and last cells ("| Jonas |
        | Villadsen", "418 | 010190-4411 |"), so its cells stay under their headers; a
        row of fewer than three cells, or with one filled cell, is layout (a spacer
        beside a text) and stays as it reads."""
        data_row = self.row_cells >= 3 and self.row_filled >= 2
        if self.row_cells:
            self.skip_spanned_columns(shown=data_row)
        self.cell_depth, self.cell_blocks = 0, []
        if data_row:
            if self.leading_empty:
                self.line = "| " * self.leading_empty + self.line.lstrip(" ")
            if self.cell_pending:
                self.line = self.line.rstrip(" ") + " |"
        self.row_cells = self.row_filled = self.leading_empty = self.row_column = 0
        self.pending_columns = 0

    def end_line(self, force: bool = False) -> None:
        """Close the current line; `force` keeps empty lines (from <br>)."""
        self.cell_pending = False
        if self.line.strip() or force:
            depth = self.line_depth if self.line.strip() else self.quote_depth
            self.lines.append("> " * depth + self.line.strip())
        self.line = ""


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    """A cell's rowspan or colspan: 1 when absent or unreadable, at most 50."""
    value = dict(attrs).get(name) or ""
    digits = value.strip().rstrip(";")
    return min(int(digits), 50) if digits.isdigit() and int(digits) > 0 else 1


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: blocks as lines, rows as " | " cells, quotes as "> "."""
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except Exception:  # noqa: BLE001 - html.parser can trip on pathological markup
        extractor.lines.append(_SPACES.sub(" ", re.sub(r"<[^>]*>", " ", html)))
    extractor.end_line()
    text = "\n".join(line.rstrip() for line in extractor.lines)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"
