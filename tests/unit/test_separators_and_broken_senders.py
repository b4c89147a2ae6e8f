"""Compact lists joined by slashes, arrows, colons and pipes; key=value fields of several
words; From headers a client quoted or encoded whole; and the words around them."""

from __future__ import annotations

import pytest

from parsers.headers import parse_addresses
from parsers.kinds import classify_kind
from parsers.mime import decode_mail
from parsers.sensitive import find_sensitive
from parsers.separators import with_plain_separators
from parsers.structured import plain_structured
from tests.reading import employees, pairs


@pytest.mark.parametrize(("line", "expected"), [
    ("Jens Holm/214; Mette Berg/215", "Jens Holm – 214\nMette Berg – 215"),
    ("Anna Bak => 217", "Anna Bak – 217"),
    ("Bo Ravn:218", "Bo Ravn – 218"),
    ("Niels Lauridsen -> 900 | Trine Øster -> 901", "Niels Lauridsen – 900\nTrine Øster – 901"),
    ("Jonas Lind|301 ; Sara Holt|302", "Jonas Lind – 301\nSara Holt – 302"),
    ("slet venligst: kasper holm:318 , nanna friis:319",
     "slet venligst:\nkasper holm – 318\nnanna friis – 319"),
])
def test_names_joined_to_numbers_become_one_a_line(line: str, expected: str) -> None:
    assert with_plain_separators(line) == expected


@pytest.mark.parametrize("line", [
    "Pris: 450 kr", "Tid: 10:30", "CVR:31456782", "fratrådt pr. 28/2", "Navn | Lokal",
    "Se https://portal.example.dk/user/214",
])
def test_fields_times_dates_and_tables_stay_as_written(line: str) -> None:
    assert with_plain_separators(line) == line


@pytest.mark.parametrize(("body", "expected"), [
    ("Følgende skal anonymiseres:\n\nJens Holm/214; Mette Berg/215\n",
     [("Jens Holm", "214"), ("Mette Berg", "215")]),
    ("Indsigt i alle data om Jørgen Lunde -> 17 hos Aakirkeby Maskinstation.",
     [("Jørgen Lunde", "17")]),
    ("hej\n\nslet venligst: kasper holm:318 , nanna friis:319 (kunde Middelfart Cykler)\n",
     [("kasper holm", "318"), ("nanna friis", "319")]),
])
def test_the_whole_pipeline_reads_compact_lists(body: str, expected: list[tuple[str, str]]) -> None:
    assert employees(body) == expected


def test_key_value_fields_of_several_words() -> None:
    text = "navn=Line Mogensen,lok=412,kunde=Svendborg Sejlmageri\n"
    assert plain_structured(text).startswith("navn: Line Mogensen,lok: 412,")
    assert employees(text, "Indsigt") == [("Line Mogensen", "412")]


@pytest.mark.parametrize("value", [
    '"Rune Kjær <rune@vejlenetdrift.dk>"',
    "=?utf-8?q?Rune_Kj=C3=A6r_=3Crune=40vejlenetdrift=2Edk=3E?=",
])
def test_a_from_header_quoted_or_encoded_whole_still_gives_the_address(value: str) -> None:
    assert parse_addresses([value]) == (("Rune Kjær", "rune@vejlenetdrift.dk"),)
    raw = f"From: {value}\r\nTo: gdpr@flexfone.dk\r\nSubject: Hej\r\n\r\nHej\r\n".encode()
    assert decode_mail(raw).from_address == "rune@vejlenetdrift.dk"


def test_an_encoded_display_name_alone_is_no_address() -> None:
    assert parse_addresses(["=?utf-8?q?Rune_Kj=C3=A6r?="]) == ()


def test_where_the_employee_can_be_reached_is_her_extension() -> None:
    body = ("Vi anmoder om indsigt på vegne af Ea Nørgaard Ravn, ansat hos Randers "
            "Boligservice. Hun træffes på +45 70 20 30 40 lokal 5521.")
    assert pairs(body, kind="access") == [("Ea Nørgaard Ravn", "5521")]
    assert pairs("Slet venligst Bo Holm, lokal 22.\n\nJeg træffes på lokal 100.") == [
        ("Bo Holm", "22")]


def test_a_former_role_is_a_person() -> None:
    body = ("Our customer Roskilde Shipping has asked for access to all data on their former "
            "CFO, Anders. Could you start on this?")
    assert classify_kind("Access request", body, "") == "access"


def test_busy_said_with_sick_is_no_health() -> None:
    assert find_sensitive("Hun har været syg travl og har først nu sendt den videre.") == ()
