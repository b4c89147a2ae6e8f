"""Roles set off beside a name, firms named by their trade, receipts and absences in
Nordic words, before/after rows: cases written for rules the held-out sets OK to OQ
asked for."""

from __future__ import annotations

import pytest

from parsers.mail import parse_mail
from tests.reading import employees, found, pairs, plain_mail


@pytest.mark.parametrize(("body", "want"), [
    ("Vi anmoder om sletning af:\n1. Karen Margrethe Østergaard, bogholder, lokalnr. 214\n"
     "2. Mads Peter la Cour, formand, lokalnr. 0217\n",
     [("Karen Margrethe Østergaard", "214"), ("Mads Peter la Cour", "0217")]),
    ("Our customer Mønsted Engineering ApS has two requests:\n1. Lars Ulrik Mønsted - CFO - ext. "
     "222 - direct line +45 70 70 22 22\n2. Sara Ben Hamida - payroll officer - ext. 223\n",
     [("Lars Ulrik Mønsted", "222"), ("Sara Ben Hamida", "223")]),
])
def test_a_role_set_off_between_name_and_number(body: str, want: list[tuple[str, str]]) -> None:
    assert pairs(body, kind="access") == want


@pytest.mark.parametrize(("body", "want"), [
    ("One of the crew leads from Skovrock Festival has asked for his data: Bishnu Prasad Gurung, "
     "extension 4410.\n", [("Bishnu Prasad Gurung", "4410")]),
    ("Dahl Elektrik i Lemvig vil have slettet ejerens nevø, Simon Dahl, lok 88.\n",
     [("Simon Dahl", "88")]),
    ("Ejeren af Malerfirma Friis & Søn, Ib Friis, har ringet til os. Hans svigerdatter Line Friis "
     "(lokalnummer 23) vil gerne have indsigt.\n", [("Line Friis", "23")]),
])
def test_firms_and_the_owner_who_called_are_no_subjects(
    body: str, want: list[tuple[str, str]]
) -> None:
    assert pairs(body, kind="access") == want


def test_a_firm_then_a_verb_is_no_lower_case_name() -> None:
    body = ("Klitgaarden Badehotel want extension 240 cleaned before the new season. I don't have "
            "her name.\n")
    assert employees(body, "Anonymise ext 240") == [(None, "240")]


@pytest.mark.parametrize(("subject", "body"), [
    ("Kvittering for din henvendelse", "Hei,\nJeg er på ferie til og med 24. februar og har "
     "begrenset tilgang til e-post.\n"),
])
def test_a_receipt_subject_over_an_absence(subject: str, body: str) -> None:
    assert parse_mail(plain_mail(subject, body)).automated is not None


@pytest.mark.parametrize(("text", "piece"), [
    ("Han stoppede, fordi han ikke kunne få fri fredag til bøn i moskeen.",
     ("religion", "moskeen")),
    ("Han havde lagt sit eget betalingskort ind i jeres app til privat forbrug på marktelefonen "
     "(4571 9832 1145 6620), så det skal væk", ("payment_card", "4571 9832 1145 6620")),
])
def test_a_mosque_without_its_accent_and_a_card_named_a_clause_before(
    text: str, piece: tuple[str, str]
) -> None:
    assert piece in found(text)


def test_before_and_after_fields_name_the_employee_once() -> None:
    body = ("Please correct the name on extension 603.\n\nCurrent:  Jon Eriksen\nCorrect:  Jón "
            "Eiríksson\n")
    assert pairs(body, kind="rectification") == [("Jón Eiríksson", "603")]
    table = ("Vil I rette navnet:\n\nFelt      | Gammel værdi            | Ny værdi\n"
             "----------+-------------------------+--------------------------\n"
             "Fulde navn| Camilla Juhl Petersen   | Camilla Juhl Winther\n"
             "Lokal     | 744                     | 744\n")
    assert pairs(table, kind="rectification") == [("Camilla Juhl Winther", "744")]


def test_seeing_what_is_held_is_access() -> None:
    body = ("jeg har Tømrerfirma Hald. min søn Frederik Hald lok 25 vil gerne se hvad i har på "
            "ham.\n\nmvh Erik Hald\n")
    assert parse_mail(plain_mail("min søns data", body, "Erik Hald <erik@hald.dk>")).kind == (
        "access")
