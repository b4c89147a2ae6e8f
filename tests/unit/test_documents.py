"""Spreadsheets, Word documents and PDFs attached to request mail are read like the
body: their employees become data subjects, their sensitive data is found and kept
out of storage, and a file that cannot be read is a problem for a person."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from email.message import EmailMessage

import docx
from openpyxl import Workbook
from reportlab.pdfgen import canvas

from parsers.documents import (
    MAX_FILE_BYTES,
    NOT_READ,
    cell_text,
    document_format,
    document_text,
    row_line,
)
from parsers.mail import parse_mail

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def workbook_bytes(rows: list[list[object]], formats: dict[str, str] | None = None,
                   extra_sheet: list[list[object]] | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Fratrådte"
    for row in rows:
        sheet.append(row)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    if extra_sheet:
        other = book.create_sheet("Noter")
        for row in extra_sheet:
            other.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def word_bytes(paragraphs: list[str], table: list[list[str]]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    document.add_paragraph("Med venlig hilsen")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for number, line in enumerate(lines):
        page.drawString(72, 760 - 18 * number, line)
    page.save()
    return buffer.getvalue()


def mail_with(files: list[tuple[str, str, bytes]], body: str = "Hej\n\nSe vedhæftede og slet "
              "venligst medarbejderne.\n\nMvh\nLone Bak\nNetPartner ApS\n",
              subject: str = "Sletning af fratrådte") -> bytes:
    message = EmailMessage()
    message["From"] = "Lone Bak <lone@netpartner.dk>"
    message["To"] = "persondata@flexfone.dk"
    message["Subject"] = subject
    message["Message-ID"] = "<list-1@netpartner.dk>"
    message.set_content(body)
    for filename, content_type, data in files:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(message)


def subject_pairs(raw: bytes) -> list[tuple[str | None, str | None]]:
    return [(s.full_name, s.extension) for s in parse_mail(raw).data_subjects]


# --- pure helpers ----------------------------------------------------------


def test_cell_text_shows_values_as_a_person_sees_them() -> None:
    assert cell_text(214.0) == "214"
    assert cell_text(412, "0000") == "0412"
    assert cell_text(41234, "0000") == "41234"
    assert cell_text(17, "General") == "17"
    assert cell_text(date(2026, 10, 31)) == "31.10.2026"
    assert cell_text(datetime(2026, 10, 31, 14, 5)) == "31.10.2026 14:05"
    assert cell_text("  Mette   Kjær\nHansen ") == "Mette Kjær Hansen"
    assert cell_text(None) == ""


def test_row_line_drops_trailing_empty_cells_and_empty_rows() -> None:
    assert row_line(["Mette Hansen", "412", "", ""]) == "Mette Hansen | 412"
    assert row_line(["", "412"]) == " | 412"
    assert row_line(["", "", ""]) == ""


def test_format_comes_from_content_type_or_from_the_name_of_a_generic_file() -> None:
    assert document_format("liste.xlsx", XLSX) == "xlsx"
    assert document_format("liste.xlsx", "application/octet-stream") == "xlsx"
    assert document_format("brev.docx", "application/vnd.ms-word") == "docx"
    assert document_format("brev.PDF", "application/octet-stream") == "pdf"
    assert document_format("", "application/pdf") == "pdf"
    assert document_format("logo.png", "image/png") is None
    assert document_format("liste.xlsx", "image/png") is None  # the type says it is an image


# --- reading whole files ---------------------------------------------------


def test_a_spreadsheet_row_becomes_one_line_with_its_leading_zero() -> None:
    data = workbook_bytes([["Navn", "Lokalnummer"], ["Ole Bøgh", 17]], {"B2": "0000"})
    result = document_text("liste.xlsx", XLSX, data)
    assert result is not None and result.problem is None
    assert result.text == "Navn | Lokalnummer\nOle Bøgh | 0017\n"


def test_a_broken_or_oversized_file_is_a_problem_not_a_crash() -> None:
    broken = document_text("liste.xlsx", XLSX, b"PK\x03\x04 not a zip at all")
    assert broken is not None and broken.text is None
    assert broken.problem == f"{NOT_READ}: liste.xlsx (BadZipFile)"
    large = document_text("brev.pdf", "application/pdf", b"%PDF-1.4" + b" " * MAX_FILE_BYTES)
    assert large is not None and large.text is None and "larger than 10 MB" in str(large.problem)
    junk_pdf = document_text("brev.pdf", "application/pdf", b"%PDF-1.4 junk")
    assert junk_pdf is not None and junk_pdf.text is None and junk_pdf.problem


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    assert len(buffer.getvalue()) < MAX_FILE_BYTES  # small on the wire
    result = document_text("bomb.xlsx", XLSX, buffer.getvalue())
    assert result is not None and result.text is None
    assert result.problem == f"{NOT_READ}: bomb.xlsx (ValueError)"


# --- whole mails -------------------------------------------------------------


def test_employees_in_an_attached_sheet_are_the_requests_data_subjects() -> None:
    sheet = workbook_bytes([
        ["Medarb.nr", "Fornavn", "Efternavn", "Lokalnummer", "Afdeling", "Fratrådt"],
        [1042, "Mette", "Kjær Hansen", 412, "Salg", date(2026, 10, 31)],
        [1043, "Ole", "Bøgh", 17, "Lager", date(2026, 11, 30)],
    ], {"D3": "0000"})
    parsed = parse_mail(mail_with([("fratraadte.xlsx", XLSX, sheet)]))
    assert parsed.kind == "erasure"
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Mette Kjær Hansen", "412"), ("Ole Bøgh", "0017")]
    assert parsed.missing == ()
    assert parsed.problems == ()


def test_a_sheet_sent_as_octet_stream_is_read_by_its_name() -> None:
    sheet = workbook_bytes([["Navn", "Lokal"], ["Signe Lykke Dam", 305]])
    raw = mail_with([("Leavers.XLSX", "application/octet-stream", sheet)])
    assert subject_pairs(raw) == [("Signe Lykke Dam", "305")]


def test_a_word_letter_with_a_table_names_the_employee() -> None:
    letter = word_bytes(["Anmodning om indsigt efter GDPR art. 15",
                         "Vi beder om indsigt for nedenstående medarbejder."],
                        [["Navn", "Lokalnummer"], ["Jens Peter Holm", "231"]])
    raw = mail_with([("anmodning.docx", DOCX, letter)], body="Hej\n\nSe vedhæftede brev.\n\n"
                    "Mvh\nLone Bak\n", subject="Anmodning")
    parsed = parse_mail(raw)
    assert parsed.kind == "access"
    assert subject_pairs(raw) == [("Jens Peter Holm", "231")]


def test_a_pdf_letter_is_read() -> None:
    letter = pdf_bytes(["Anmodning om sletning", "Medarbejder: Søren Ågård, lokalnummer 318",
                        "Med venlig hilsen", "Kim Dal"])
    raw = mail_with([("brev.pdf", "application/pdf", letter)], body="Se vedhæftede.\n\nMvh Lone\n",
                    subject="Brev fra kunde")
    parsed = parse_mail(raw)
    assert parsed.kind == "erasure"
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Søren Ågård", "318")]


def test_a_cpr_number_in_a_sheet_is_reported_and_not_stored() -> None:
    sheet = workbook_bytes([["Navn", "Lokal", "CPR"], ["Mette Kjær Hansen", 412, "010190-1234"]])
    parsed = parse_mail(mail_with([("liste.xlsx", XLSX, sheet)]))
    assert {finding.category for finding in parsed.sensitive} == {"cpr"}
    stored = "\n".join(a.text or "" for a in parsed.attachments)
    assert "Mette Kjær Hansen" in stored and "010190-1234" not in stored


def test_an_unreadable_attachment_still_gives_a_ticket_with_a_problem() -> None:
    raw = mail_with([("liste.xlsx", XLSX, b"PK\x03\x04 broken")])
    parsed = parse_mail(raw)
    assert parsed.kind == "erasure"
    assert f"{NOT_READ}: liste.xlsx (BadZipFile)" in parsed.problems
    assert parsed.missing == ("extension", "full_name")
