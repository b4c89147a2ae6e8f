"""What ordinary days of stand-ins, one-person firms and end-of-quarter lists hold: a
customer's words quoted on a line of their own, a colleague the writer covers for, an
association named with its definite form, a customer that is a union, a PIN after a
colon, a shop's partner deal, removed extensions still on the bill. Cases written
beside the held-out sets, each read as a support agent reads it."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import employees, found


def test_a_lower_case_name_in_a_quoted_line_is_read() -> None:
    body = ('Hej Flexfone\n\nSag oprettet af kunden Ikast Skilte:\n\n"jonas mikkelsen lokal 88 '
            'vil gerne se hvad i har gemt om ham"\n\nVi videresender hermed anmodningen om '
            "indsigt.\n\n--\nNordlys IT Support\n")
    assert employees(body, "Indsigt") == [("jonas mikkelsen", "88")]


def test_the_colleague_the_writer_stands_in_for_is_no_employee() -> None:
    body = ("Hej\n\nJeg er vikar for Bente i denne og næste uge.\n\nKunden Brabrand Bageri har "
            "bedt os slette en tidligere medarbejder:\n\nAbdullahi Hassan Farah\nLokal 2290\n\n"
            "Mvh\nHelle Bundgaard\n")
    assert employees(body, "Sletning", "Helle Bundgaard <hb@tk.dk>") == [
        ("Abdullahi Hassan Farah", "2290")
    ]


def test_an_association_in_its_definite_form_is_no_name() -> None:
    body = ("Hej\n\nKunden Ringkøbing Fysioterapi (medlem af Sammenslutningen af Vestjyske "
            "Klinikker) ønsker ikke længere, at samtalerne på lokal 12 og 14 bliver optaget.\n")
    assert employees(body, "Indsigelse") == [(None, "12"), (None, "14")]


@pytest.mark.parametrize(("text", "categories"), [
    ("Vores kunde, en lokalafdeling af en fagforening i Næstved, spørger hvor længe I "
     "opbevarer optagede samtaler.", []),
    ("Hun er medlem af en fagforening i Næstved.", ["trade_union"]),
    ("Chefen er syg irriteret over det.", []),
    ("Kunden har skrevet hendes gamle voicemail-PIN ind i sagen hos os: 4471 – den skal vel "
     "også ryge.", ["credential"]),
    ("Kan I nulstille voicemail-PIN for lokalnummer: 4410?", []),
    ("PIN til lok 214: 4471", ["credential"]),
    ("Up to 20% on multicell systems until 31 May. Order via your distributor with code "
     "SPRING26.", []),
])
def test_unions_pins_and_codes_read_as_meant(text: str, categories: list[str]) -> None:
    assert [category for category, _ in found(text)] == categories


def test_removed_extensions_still_on_the_bill_are_no_erasure() -> None:
    assert classify_kind(
        "Invoice", "Invoice 2026-11873 lists 14 extensions, but after the Q1 clean-up they only "
        "have 12. Could you check whether the two removed extensions are still being billed "
        "and credit them if so?", "",
    ) == "other"


def test_asking_to_stop_sending_offers_is_an_opt_out() -> None:
    assert classify_kind(
        "Stop tilbud", "Stop venligst med at sende mig jeres tilbud på mobilabonnementer. Jeg er "
        "forhandler, ikke slutkunde :)", "",
    ) == "marketing_optout"
