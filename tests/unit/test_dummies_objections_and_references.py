"""Batches under one subject, test and demo accounts, objections of every kind, numbers
that are not extensions, requests by ticket reference and an ordinary autumn Monday: the
rules six blind sets (RR to RW) brought, each with cases of its own."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.corrections import with_self_corrections
from parsers.dummies import without_dummy_accounts
from parsers.mail import parse_mail
from parsers.mime import decode_mail
from parsers.model import DataSubject
from parsers.names import find_names
from parsers.subjects import find_data_subjects
from tests.reading import plain_mail


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


# --- test, demo and example accounts ---------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Slet venligst Henrik Vestergaard Poulsen, lokal 214.\nTestbrugeren \"Test Testesen\" på "
     "lokal 299 skal blive liggende - den bruger vi til demo.", [("Henrik Vestergaard Poulsen",
                                                                 "214")]),
    ("We need all data on Zofia Wiśniewska (ext. 3307). Please ignore the \"John Doe\" user on "
     "ext. 3399 - that is our training account.", [("Zofia Wiśniewska", "3307")]),
    ("Test Testesen (lokal 900) og Demo Bruger (lokal 901) er vores egne testkonti og skal "
     "blive.\n\nNguyen Thi Lan - 902\nJens-Ole Bach - 903", [("Nguyen Thi Lan", "902"),
                                                            ("Jens-Ole Bach", "903")]),
    ("Slet Camilla Hjort Abdi, lokal 2231. (I jeres vejledning står der \"fx Jens Jensen, lokal "
     "123\" som eksempel.)", [("Camilla Hjort Abdi", "2231")]),
])
def test_test_and_demo_accounts_are_no_employees(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.full_name, s.extension) for s in subjects(body)] == expected


def test_a_test_account_said_to_be_a_real_person_stays() -> None:
    text = "Det er ikke vores testbruger - lokal 10 er en rigtig medarbejder."
    assert without_dummy_accounts(text) == text


# --- numbers -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("Emma Louise Kjær is registered with extension 5104 in your system, but her extension is "
     "5140.", "5140", "5104"),
    ("I GDPR-2026-000288 har I registreret lokalnummer 6012 for Mikkel Kjær-Nissen. Det "
     "korrekte er 6021.", "6021", "6012"),
])
def test_a_number_said_to_be_registered_wrongly_is_read_as_the_right_one(
    text: str, right: str, wrong: str
) -> None:
    assert wrong not in with_self_corrections(text) and right in with_self_corrections(text)


# --- names ---------------------------------------------------------------------------------

def test_an_association_named_before_union_is_no_person() -> None:
    text = "the customer, a member of the Funen Hauliers' Union, objects on behalf of Ewa Holm."
    assert [m.name for m in find_names(text, "")] == ["Ewa Holm"]


def test_a_name_after_a_ticket_reference_and_before_its_number_is_a_person() -> None:
    body = "Til jeres sag 2026-000315: Kristian Møller Dahl, lok 93, har bedt om at blive slettet."
    assert subjects(body) == (DataSubject("Kristian Møller Dahl", "93"),)


# --- what the mail asks ----------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("PIN", "Hvordan nulstiller vi PIN-koden til voicemail for en bruger? Kunden har glemt den.",
     "other"),
    ("Spørgsmål", "Kundens DPO spørger, om optagede samtaler og voicemails opbevares i EU, og "
     "hvilket datacenter I bruger.", "other"),
    ("My calls", "I'm Sarah O'Connor, extension 2215. I would like to see which of my calls have "
     "been recorded and who has listened to them.", "access"),
])
def test_what_the_mail_asks(subject: str, body: str, kind: str) -> None:
    assert parse_mail(plain_mail(subject, body)).kind == kind


def test_a_swedish_leave_text_without_headers_is_automated() -> None:
    raw = plain_mail("Re: Indsigt opkaldslog - lokal 58",
                     "Hej,\n\nJag är tjänstledig och på resa i Sverige till och med den 27 "
                     "februari. Mejl läses inte under denna period.\n\nJakob Rask\n")
    automation = detect_automation(decode_mail(raw))
    assert automation is not None and automation.kind == "auto_reply"
