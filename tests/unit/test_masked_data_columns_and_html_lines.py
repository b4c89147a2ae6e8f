"""Masked names and numbers, sensitive data told by a table's column, plain versions that
ran their lines together, and surnames that are also words: each read as a support agent
reads it, on cases written beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.mail import parse_mail
from parsers.mime import lost_line_breaks
from tests.reading import employees, found


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet Jens Hansen, lokal 2**, tak.", [("Jens Hansen", None)]),
    ("Please erase Oliver Brandt on ext. 21x.", [("Oliver Brandt", None)]),
    ("Kan I slå optagelse fra for Susanne Bak på lokal 88#?", [("Susanne Bak", "88")]),
    ("Slet Sanne M. på lokal 22.", [(None, "22")]),
    ("Slet Karen J Holm, lok 12.", [("Karen J Holm", "12")]),
])
def test_masked_parts_are_not_given(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert employees(body) == expected


@pytest.mark.parametrize(("table", "expected"), [
    ("Navn | Lokal | Fagforening\n-----+-------+------------\nAhmad Al-Sayed | 2201 | 3F\n"
     "Ida Holm | 2202 | n/a\nJens Møller | 2215 | HK Privat\n",
     [("trade_union", "3F"), ("trade_union", "HK Privat")]),
    ("Name;Ext;Criminal record\nLars Thorup;120;Dømt for bedrageri 2019\nMie Ahlmann;121;-\n",
     [("criminal", "Dømt for bedrageri 2019")]),
    ("Navn\tLokal\tVoicemail-kode\nAsger Holmboe\t1201\t4821\n", [("credential", "4821")]),
])
def test_a_cell_under_a_sensitive_header_is_sensitive(
    table: str, expected: list[tuple[str, str]]
) -> None:
    header = table.split("\n")[0]
    cells = [(category, text) for category, text in found(table) if text not in header]
    assert [item for item in cells if item in expected] == expected


def test_a_column_of_no_values_flags_no_cell() -> None:
    table = "Navn | Lokal | Fagforening\nIda Holm | 2202 | n/a\nBo Lund | 2203 | -\n"
    assert [text for _, text in found(table) if text in ("n/a", "-")] == []


def test_a_plain_version_without_line_breaks_is_read_from_the_html() -> None:
    plain = ("Hej Flexfone Vores kunde Bager Nørgaard ApS har bedt os om at få slettet en "
             "medarbejder, der er fratrådt: Navn: Jens HansenLokal: 214Afdeling: Lager På forhånd "
             "tak. Med venlig hilsenLene BakSupporter | NordTel IT ApS")
    html = ("<html><body><p>Hej Flexfone</p><p>Vores kunde Bager Nørgaard ApS har bedt os om at få "
            "slettet en medarbejder, der er fratrådt:</p><p>Navn: Jens Hansen<br>Lokal: 214<br>"
            "Afdeling: Lager</p><p>På forhånd tak.</p><p>Med venlig hilsen<br>Lene Bak<br>"
            "Supporter | NordTel IT ApS</p></body></html>")
    raw = ("From: Lene Bak <lene@nordtel.dk>\r\nTo: gdpr@flexfone.dk\r\nSubject: Sletning\r\n"
           'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n'
           f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n"
           f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n").encode()
    assert lost_line_breaks(plain)
    parsed = parse_mail(raw)
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Jens Hansen", "214")]


def test_a_short_plain_version_has_lost_nothing() -> None:
    assert not lost_line_breaks("Slet venligst Jens Hansen, lokal 214. Tak!")


@pytest.mark.parametrize(("body", "expected"), [
    ("Kan I slette Per Sletting, lokal 214?", [("Per Sletting", "214")]),
    ("Ret venligst navnet på Anne Ret (lok. 3301).", [("Anne Ret", "3301")]),
    ("Slet Jens Hansen Lokal 214", [("Jens Hansen", "214")]),  # the cue, no surname
])
def test_a_capitalised_word_after_a_first_name_before_the_number_is_a_surname(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert employees(body) == expected


def test_a_noun_after_its_article_is_no_lower_case_name() -> None:
    body = ("The directory shows ext. 4415 as \"Jon Eriksen\". The correct spelling is Jón "
            "Eiríksson.\n")
    assert employees(body, "Name spelling") == [("Jón Eiríksson", "4415")]


def test_a_name_and_its_title_after_a_comma_are_not_turned_round() -> None:
    body = ("Please correct the display name: it should be \"Hannah-Lee McKenzie, Senior "
            "Consultant\".")
    assert employees(body, "Display name") == [("Hannah-Lee McKenzie", None)]


@pytest.mark.parametrize(("text", "category"), [
    ("She is Nigerian-born and was treated badly by a caller.", "ethnicity"),
    ("Vi har kørt en diagnose på omstillingen.", None),
])
def test_origins_and_line_diagnoses(text: str, category: str | None) -> None:
    assert {c for c, _ in found(text)} == ({category} if category else set())


def test_a_public_mail_service_is_no_name() -> None:
    body = ("Kunden har modtaget to indsigtsanmodninger i deres Digital Post-postkasse:\n\n"
            "1. Lars Bøgh, lokal 2101\n2. Mia Thorsen-Lind, lokal 2105\n")
    assert employees(body, "Indsigt") == [("Lars Bøgh", "2101"), ("Mia Thorsen-Lind", "2105")]
