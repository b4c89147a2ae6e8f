"""Office and PDF attachments -> plain text, so that a list of leavers sent as a
spreadsheet, a Word letter or a PDF is read like the same list in the body.

A sheet row and a Word table row come out as cells joined by " | ", the form an
HTML table in the body takes, so the table readers (`parsers.tables`) and the
subject finders treat both alike. Paragraphs stay lines; a PDF gives its pages'
extracted text. Attachments are untrusted zip and PDF files: their size before
and after unzipping is capped, and so are the rows and characters read; whatever
cannot be read is reported as a problem and the attachment keeps no text (the
original stays in the mailbox for a person).
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.table import _Cell

MAX_FILE_BYTES = 10 * 1024 * 1024  # larger attachments are left for a person
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024  # guard against zip bombs in .xlsx/.docx
MAX_ROWS = 5_000  # per workbook
MAX_PDF_PAGES = 50
MAX_CHARS = 200_000
CELL_SEPARATOR = " | "
NOT_READ = "attachment not read"  # starts every problem this module reports

XLSX_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel.sheet.macroenabled.12",
})
DOCX_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
GENERIC_TYPES = frozenset({
    "application/octet-stream", "application/zip", "application/x-zip-compressed",
})
_ZERO_FORMAT = re.compile(r"0+")  # Excel's "0000" format: a number shown with leading zeros


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The text read from one attachment, or why none could be read."""

    text: str | None
    problem: str | None = None


def document_format(filename: str, content_type: str) -> str | None:
    """'xlsx', 'docx' or 'pdf' when the attachment is one we read, else None.
    The file name decides when the content type is a generic one, as many
    clients send Office files as application/octet-stream."""
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    content_type = content_type.lower()
    if content_type in XLSX_TYPES or (suffix in ("xlsx", "xlsm") and _generic(content_type)):
        return "xlsx"
    if content_type in DOCX_TYPES or (suffix == "docx" and _generic(content_type)):
        return "docx"
    if content_type in PDF_TYPES or (suffix == "pdf" and _generic(content_type)):
        return "pdf"
    return None


def _generic(content_type: str) -> bool:
    """True for content types that say nothing about the file's format."""
    return content_type in GENERIC_TYPES or content_type.startswith("application/vnd.ms-")


def document_text(filename: str, content_type: str, data: bytes) -> DocumentText | None:
    """The text of an .xlsx, .docx or .pdf attachment; None for other files.
    Never raises: an unreadable file gives a `DocumentText` with a problem."""
    kind = document_format(filename, content_type)
    if kind is None:
        return None
    label = filename or kind
    if len(data) > MAX_FILE_BYTES:
        megabytes = MAX_FILE_BYTES // 2**20
        return DocumentText(None, f"{NOT_READ}: {label} is larger than {megabytes} MB")
    try:
        if kind in ("xlsx", "docx"):
            _check_zip(data)
        reader = {"xlsx": _xlsx_lines, "docx": _docx_lines, "pdf": _pdf_lines}[kind]
        text = _bounded_join(reader(data))
    except Exception as error:  # noqa: BLE001 - any broken file is a problem to report, not a crash
        return DocumentText(None, f"{NOT_READ}: {label} ({type(error).__name__})")
    return DocumentText(text if text.strip() else None)


def _check_zip(data: bytes) -> None:
    """Refuse a zip whose members would unpack to more than MAX_UNZIPPED_BYTES."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(member.file_size for member in archive.infolist()) > MAX_UNZIPPED_BYTES:
            raise ValueError("unzips to too much data")


def _bounded_join(lines: Iterable[str]) -> str:
    """Lines joined, stopping once MAX_CHARS are reached."""
    kept: list[str] = []
    total = 0
    for line in lines:
        total += len(line) + 1
        if total > MAX_CHARS:
            break
        kept.append(line)
    return "\n".join(kept).strip("\n") + "\n"


# --- spreadsheets ----------------------------------------------------------


def _xlsx_lines(data: bytes) -> Iterator[str]:
    """Each non-empty row of each sheet as one " | " line; the sheet's name heads
    its rows when the workbook has more than one ("Fratrådte", "Leavers 2026")."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = workbook.worksheets
        rows_read = 0
        for sheet in sheets:
            if len(sheets) > 1:
                yield ""
                yield f"{sheet.title}:"
            for row in sheet.iter_rows():
                rows_read += 1
                if rows_read > MAX_ROWS:
                    return
                cells = [cell_text(getattr(c, "value", None), getattr(c, "number_format", ""))
                         for c in row]
                line = row_line(cells)
                if line:
                    yield line
    finally:
        workbook.close()


def cell_text(value: object, number_format: str = "") -> str:
    """A cell's value as a person sees it: 214.0 is "214", a number formatted
    "0000" keeps its leading zeros ("0412"), a date is written day.month.year."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        digits = str(value)
        if _ZERO_FORMAT.fullmatch(number_format or "") and len(digits) < len(number_format):
            digits = digits.zfill(len(number_format))
        return digits
    if isinstance(value, datetime):
        shown = "%d.%m.%Y" if value.time() == time(0) else "%d.%m.%Y %H:%M"
        return value.strftime(shown)
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def row_line(cells: list[str]) -> str:
    """The cells of one row joined with " | ", trailing empty cells dropped;
    "" for an empty row."""
    while cells and not cells[-1]:
        cells = cells[:-1]
    if not any(cells):
        return ""
    return CELL_SEPARATOR.join(cells)


# --- Word ------------------------------------------------------------------


def _docx_lines(data: bytes) -> Iterator[str]:
    """Paragraphs and tables in document order; a table row is one " | " line."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            yield ""
            for row in block.rows:
                line = row_line([" ".join(cell.text.split()) for cell in _unique_cells(row.cells)])
                if line:
                    yield line
            yield ""


def _unique_cells(cells: Iterable[_Cell]) -> list[_Cell]:
    """The cells of a row with merged cells counted once (python-docx repeats a
    merged cell once per grid column it spans, each wrapping the same element)."""
    unique: list[_Cell] = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in unique):
            unique.append(cell)
    return unique


# --- PDF -------------------------------------------------------------------


def _pdf_lines(data: bytes) -> Iterator[str]:
    """The extracted text of the first MAX_PDF_PAGES pages, page by page."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a broken file is reported as a problem
    reader = PdfReader(io.BytesIO(data))
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES:
            return
        yield from (page.extract_text() or "").split("\n")
        yield ""
