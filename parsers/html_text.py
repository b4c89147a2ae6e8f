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
        self.pre_depth = 0
        self.cell_pending = False
        self.cell_depth = 0  # inside a table cell, paragraphs stay on the row's line
        self.cell_blocks: list[int] = []  # paragraphs opened in each open cell

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
        self.count_cell_block(tag)
        if (tag == "br" or tag in _BLOCK_TAGS) and self.in_cell_block(tag):
            self.add_text(" ")
        elif tag == "br":
            self.end_line(force=True)
        elif tag in _CELL_TAGS:
            if self.cell_pending:  # the cell before was empty: keep its place in the row
                self.line = self.line.rstrip(" ") + " |"
            self.cell_pending = bool(self.line.strip())
            self.cell_depth += 1
            self.cell_blocks.append(0)
        elif tag in _BLOCK_TAGS:
            if tag == "tr":
                self.cell_depth, self.cell_blocks = 0, []
            self.end_line()
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
        elif tag in _CELL_TAGS:
            self.cell_depth = max(0, self.cell_depth - 1)
            if self.cell_blocks:
                self.cell_blocks.pop()
        elif tag in _BLOCK_TAGS and self.in_cell_block(tag):
            self.add_text(" ")
        elif tag in _BLOCK_TAGS:
            if tag in ("tr", "table"):
                self.cell_depth, self.cell_blocks = 0, []
            self.end_line()
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
            self.pre_depth = max(0, self.pre_depth - (tag == "pre"))
            if tag in ("p", "table", "blockquote", "h1", "h2", "h3"):
                self.lines.append(("> " * self.quote_depth).rstrip())

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
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
        if self.cell_pending and text.strip():
            self.line = self.line.rstrip(" ") + " | "
            self.cell_pending = False
            text = text.lstrip(" ")
        self.line += text

    def end_line(self, force: bool = False) -> None:
        """Close the current line; `force` keeps empty lines (from <br>)."""
        self.cell_pending = False
        if self.line.strip() or force:
            depth = self.line_depth if self.line.strip() else self.quote_depth
            self.lines.append("> " * depth + self.line.strip())
        self.line = ""


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
