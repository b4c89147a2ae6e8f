"""Requests the writer changes, numbers corrected in the same mail, firms named after
people and owners who pass a request on: the rules six blind sets (PD to PI: firms with
person names, changed requests, mail without Danish letters, many handles, letters citing
law, reasons for leaving) brought, each with cases of its own."""

from __future__ import annotations

import pytest

from parsers.changed_requests import changed_kind, changes_request
from parsers.corrections import with_self_corrections
from parsers.model import DataSubject
from parsers.subjects import find_data_subjects


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, "", sender, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "before", "after"), [
    ("Change of plan: the customer no longer wants the data export. Instead they want Mikkel "
     "Juhl erased. Please cancel the access request.", "access", "erasure"),
    ("De bad først om indsigt, men nu vil de have ham slettet i stedet.", "access", "erasure"),
    ("Please erase him instead of giving access to his data.", "access", "erasure"),
    ("I stedet for sletning vil kunden have en kopi af hans data (indsigt).", "erasure", "access"),
])
def test_the_request_asked_last_stands_when_the_writer_changes_it(
    text: str, before: str, after: str
) -> None:
    assert changes_request(text)
    assert changed_kind(text, before) == after  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Slet venligst Ida Lund, lokal 12. Hun har også bedt om indsigt i sine data.",
    "Please erase Tom Berg (ext 12) and give Eva Holm access to her data.",
])
def test_two_requests_without_a_change_keep_the_kind_found(text: str) -> None:
    assert changed_kind(text, "erasure") == "erasure"


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("Kunden skrev først lokalnr. 3320 på deres skema, men har rettet det til 3302.", "3302",
     "3320"),
    ("Lone Bech står med lokalnummer 4102. Det er forkert – hendes lokalnummer er 4120.",
     "4120", "4102"),
    ("Jette Kristiansen, lokalnummer 181\nRettelse inden I går i gang: lokalnummeret er 118 – "
     "181 er receptionen.", "Kristiansen, lokalnummer 118", "Kristiansen, lokalnummer 181"),
    ("Erasure - ext. 9001 and 9002\nNB: disregard 9002 in the subject line, a typo.", "9001",
     "9002"),
])
def test_a_number_the_writer_corrects_is_read_as_the_right_one(
    text: str, right: str, wrong: str
) -> None:
    corrected = with_self_corrections(text)
    assert right in corrected
    assert wrong not in corrected


def test_a_number_changed_on_purpose_is_no_correction() -> None:
    text = "Jens Holm har fået nyt lokalnummer: det er ændret fra 214 til 215."
    assert with_self_corrections(text) == text


def test_an_unchanged_extension_is_still_the_employees() -> None:
    body = ("Camilla Sørensen er blevet gift. Hun hedder nu Camilla Sørensen Ipsen. "
            "Lokalnummeret er uændret 605.")
    assert subjects(body, "rectification") == (DataSubject("Camilla Sørensen Ipsen", "605"),)


def test_the_number_in_a_clause_about_the_person_is_theirs() -> None:
    body = ("We represent Ms Fatima Al-Sayed, who until recently was employed as a receptionist "
            "at Dr. Hansen Tandklinik (extension 2204). We request a copy of all her data.")
    assert subjects(body, "access") == (DataSubject("Fatima Al-Sayed", "2204"),)


@pytest.mark.parametrize("customer", [
    "Sankt Nikolaj Sogns kirkekontor", "Vesthimmerlands Frikirke", "Aarhus Valgmenighed",
])
def test_a_church_or_parish_is_the_customer_not_an_employee(customer: str) -> None:
    body = f"{customer} har bedt os slette Birthe Kirkegaard, lokal 312."
    assert subjects(body) == (DataSubject("Birthe Kirkegaard", "312"),)


def test_the_owner_who_passes_the_request_on_is_no_employee() -> None:
    body = ("Ole Kristensen, der ejer Tømrerfirmaet Ole Kristensen & Sønner ApS, har bedt os om "
            "hjælp. Hans medarbejder Peter Kristensen (lokal 22) ønsker indsigt.")
    assert subjects(body, "access") == (DataSubject("Peter Kristensen", "22"),)
