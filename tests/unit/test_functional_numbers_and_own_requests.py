"""Shared and functional numbers beside people (a type column's "Funktion", "Receptionen
(700)", a number said to be fine), and employees writing about themselves: their number
in the text, their own request forwarded under a reseller's signed cover note."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import pairs


@pytest.mark.parametrize(("body", "expected"), [
    ("Navn;Lokalnr;Type;Slut\nJens Peter Mølgaard;2301;Bruger;31-01-2025\n"
     "Reception;2300;Funktion;\nLager;2399;Funktion;", [("Jens Peter Mølgaard", "2301")]),
    ("name,extension,type,end_date\nGreta Hansen,801,user,2025-03-31\nWarehouse 1,802,function,\n"
     "On-call,899,function,\nTove Marie Lassen,806,user,2025-03-31",
     [("Greta Hansen", "801"), ("Tove Marie Lassen", "806")]),
    ("Disse to skal anonymiseres:\nVibeke Dalsgaard – 701\nEwa Nowicka – 715\n"
     "Receptionen (700) og lageret (720) fortsætter.",
     [("Vibeke Dalsgaard", "701"), ("Ewa Nowicka", "715")]),
    ("Slet Jens Hansen, lageret, lok 45.", [("Jens Hansen", "45")]),  # where he works
    ("Slet Louise Brix (19) og Sanne (20).", [("Louise Brix", "19"), (None, "20")]),
])
def test_functional_numbers_are_no_one_s(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert pairs(body) == expected


def test_a_number_said_to_be_fine_is_left_alone() -> None:
    body = ("Hos Thisted Revision står lokalnummer 120 (receptionen) stadig med navnet Lene Ravn. "
            "Lene er flyttet til bogholderiet og har fået lok. 131, og receptionen passes nu af "
            "Sofie Amalie Krogh.\n\nVil I rette navnet på lok. 120 til Sofie Amalie Krogh?\n\n"
            "Lene's eget nummer 131 er oprettet korrekt.")
    assert pairs(body, kind="rectification", sender="Lars Bech") == [("Sofie Amalie Krogh", "120")]


def test_a_clause_ending_in_to_is_no_lower_case_name() -> None:
    body = ('The switchboard extension 100 still displays "Ahmed Khalil". Ahmed has moved to '
            "ext. 140 and his successor is Johanne Brix.")
    assert all(name != "moved to" for name, _ in pairs(body, kind="rectification"))


def test_an_employee_s_own_number_in_their_own_request() -> None:
    body = ("Hello\n\nI stopped working at Køge Havn Logistik in May and my name is STILL on the "
            "switchboard on extension 0412.\n\nI demand that you delete my name and all data "
            "about me (GDPR art. 17).\n\nTomasz Wiśniewski\n+45 28 91 44 07")
    assert pairs(body, "Remove my name NOW", sender="Tomasz Wiśniewski") == [
        ("Tomasz Wiśniewski", "0412")]


def test_an_own_request_forwarded_under_a_signed_cover_note() -> None:
    quoted = ("---------- Forwarded message ---------\n"
              "From: Marcus Lindqvist <marcus.lindqvist@nbl-labs.com>\n"
              "Date: Mon, 4 Nov 2024 at 08:50\nSubject: Wrong spelling of my name\nTo: support\n\n"
              'Hi there,\n\nMy name is displayed as "Markus Lindkvist" on extension 3001. The '
              "correct spelling is Marcus Lindqvist.\n\nMarcus")
    body = "Hi,\n\nName correction below, Nordic Biotech Labs.\n\nAnders Winther\nCloudwise ApS"
    assert pairs(body, "Fwd: Wrong spelling of my name", quoted, kind="rectification",
                 sender="Cloudwise Support") == [("Marcus Lindqvist", "3001")]


def test_asking_what_data_is_kept_about_oneself_is_access() -> None:
    body = ("Hello,\n\nI would like to know what data you keep about me - call history, "
            "voicemails, anything. My extension is 2231.\n\nThanks,\nPriya")
    assert classify_kind("Data request", body, "") == "access"


@pytest.mark.parametrize(("body", "expected"), [
    ("Navn: Henrik Vestergaard\nLokalnummer: 36\nVirksomhed: Skagen Fiskeeksport ApS\n"
     "Anmodning: Udlevering af voicemails\nBesked: Henrik er gået på pension. Hans afløser "
     "Susanne Krogh (lok. 37) skal bruge optagelserne.\n", [("Henrik Vestergaard", "36")]),
    ("Full name: Freya Lindgaard\nExtension: 7790\nRequest: Delete / anonymise employee\n"
     "Comments: Please also take her out of the hunt group with Ole Bach (7791) and Sanne "
     "(7792) before anonymising.\n", [("Freya Lindgaard", "7790")]),
    ("Navn: Rasmus Kofoed\nLokalnummer: 52\nAnmodning: Sletning af medarbejder\n"
     "Besked: Samme for Dorthe på 53, efternavnet kender jeg ikke lige.\n",
     [("Rasmus Kofoed", "52"), (None, "53")]),
])
def test_a_web_form_s_remark_explains_unless_it_adds_someone(
    body: str, expected: list[tuple[str | None, str]],
) -> None:
    assert pairs(body, sender="Mette Skov") == expected


@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("Hos kunden Arkitema Nord (CVR 35 12 87 44) er Louise Dahl blevet gift og hedder nu "
     "Louise Dahl Kristensen. Kan I rette navnet på lokalnummer 45?", "rectification",
     [("Louise Dahl Kristensen", "45")]),
    ("Hej. Vil i slette lokalnumer 88 Pia Mørch hos Silkeborg VVS, hun er stoppet.", "erasure",
     [("Pia Mørch", "88")]),
    ("Please export all voicemails for Nanna Toft ext 250 before we delete her. zip is fine",
     "portability", [("Nanna Toft", "250")]),
])
def test_digits_of_a_cvr_number_a_typo_d_cue_and_a_thing_that_is_fine(
    body: str, kind: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body, kind=kind, sender="Julie Winther") == expected
