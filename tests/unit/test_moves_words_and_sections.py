"""Employees who move inside a group, names that are ordinary words, numbers inside
phone numbers, and parts of a list that the request leaves alone."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.mime import decode_mail
from tests.reading import pairs

# --- a person's other number is no second employee -------------------------


@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        ("Anne-Sofie Brandt (lok. 3310) er overført til søsterselskabet, hvor hun har fået "
         "lokalnummer 4410. Hendes data under lok. 3310 skal slettes.", "erasure",
         [("Anne-Sofie Brandt", "3310")]),
        ("Lars Emil Kristiansen worked there until 2023 on extension 560. He was re-hired in "
         "April 2024 and now sits on extension 585. He wants a copy of his data from 560.",
         "access", [("Lars Emil Kristiansen", "560")]),
        ("Serhat Yildiz, ext 4415, wants a copy of his call logs. He has had 4415 since May "
         "(his old Lund extension was 7702).", "access", [("Serhat Yildiz", "4415")]),
        ("Extension 4102 still shows \"Oliver Bang\". The extension was reassigned to Priya "
         "Raghunathan when Oliver moved to Lund.\nPlease correct the name on 4102 to Priya "
         "Raghunathan. Oliver has a new extension in Lund (7730) which is correct already.",
         "rectification",
         [("Priya Raghunathan", "4102")]),
    ],
)
def test_a_named_employees_other_number_is_no_one_else(
    body: str, kind: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body, kind=kind) == expected


def test_a_second_number_without_a_pronoun_is_still_asked_about() -> None:
    assert pairs("Slet Mette Holm (lok. 210) og lokal 233.") == [
        ("Mette Holm", "210"), (None, "233")]


def test_the_writers_own_extension_and_name_are_one_employee() -> None:
    body = ("I used to work at Holm & Partners (ext. 322). My name is Emma Louise Carter. "
            "I want all my voicemails deleted.")
    assert pairs(body, subject="Delete my data", sender="Emma Carter") == [
        ("Emma Louise Carter", "322")]


# --- names that are ordinary words ----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- Bo Skov – lok. 31\n- Maj Sommer – lok. 32\nMaj stopper 31. maj.",
         [("Bo Skov", "31"), ("Maj Sommer", "32")]),
        ("Maj Lund på lokalnummer 143 er stoppet.", [("Maj Lund", "143")]),
        ("August Holm, lokal 221, er stoppet.", [("August Holm", "221")]),
        ("Stop optagelse for Rose Smed, lokalnummer 118.", [("Rose Smed", "118")]),
        ("Han stopper 31. Maj Hansen overtager lokal 221.", [(None, "221")]),
    ],
)
def test_months_and_trades_in_names(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert pairs(body) == expected


def test_a_name_written_in_a_hurry_and_then_with_capitals_is_one_employee() -> None:
    body = ("lærke skov lokal 5501 og Bo Blå lokal 5502 er stoppet, kan i slette dem.\n"
            "lærke hedder Lærke Skov med stort, skrev bare hurtigt")
    assert pairs(body) == [("Lærke Skov", "5501"), ("Bo Blå", "5502")]


def test_only_before_a_first_name_is_no_name() -> None:
    assert pairs("Please ignore Tomasz in my mail below. Only Priya should be anonymised.",
                 quoted="- Priya Raghunathan (ext. 5512)\n- Tomasz Nowak (ext. 5513)",
                 subject="RE: Leavers") == [("Priya Raghunathan", "5512")]


def test_a_name_with_a_function_word_after_a_rename_cue() -> None:
    body = "She married and should now be shown as Kirsten Vad Mogensen."
    assert pairs(body, subject="Name change", kind="rectification") == [
        ("Kirsten Vad Mogensen", None)]


def test_a_sector_word_makes_a_company() -> None:
    assert pairs("Three extensions at Øresund Biotech have wrong names: 0612 should be Sarah "
                 "O'Connor.", subject="Name corrections - Øresund Biotech",
                 kind="rectification") == [("Sarah O'Connor", "0612")]


# --- numbers inside other numbers --------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- Jonas Bech, lokalnummer 214\n\nJeg holder ferie, så kontakt Lene på 7020 3040.",
         [("Jonas Bech", "214")]),
        ("Kan I slette Henrik Lund på 305? Det er nr 6531 7305 direkte.",
         [("Henrik Lund", "305")]),
        ("The switchboard's option 4 goes to ext. 74. The employee on 74, Katarzyna Nowak, "
         "objects to recording.", [("Katarzyna Nowak", "74")]),
        ("Slet lok 88, pia holm lok 89 hos Nyborg VVS", [(None, "88"), ("pia holm", "89")]),
    ],
)
def test_phone_numbers_and_menu_choices_are_no_extensions(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    kind = "objection" if "recording" in body else "erasure"
    assert pairs(body, kind=kind) == expected


# --- parts of a list left alone ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Slet disse:\n\nSlettes:\nLotte Bisgaard - 410\n\nBevares:\nHanne Vestergaard - 401\n",
        "Skal slettes:\nLotte Bisgaard - 410\n\nSkal IKKE slettes:\nHanne Vestergaard - 401\n",
        "Please erase:\n\nLeavers:\nLotte Bisgaard - 410\n\nStaying:\nHanne Vestergaard - 401\n",
        "Navn;Lokal;Status\nLotte Bisgaard;410;fratrådt\nHanne Vestergaard;401;overført\n",
        "Navn;Lokal;Note\nLotte Bisgaard;410;\nHanne Vestergaard;401;flyttet til Syd ApS, "
        "beholder nr.\n",
    ],
)
def test_rows_under_a_keep_heading_or_marked_moved_are_left_alone(body: str) -> None:
    assert pairs(body) == [("Lotte Bisgaard", "410")]


def test_a_heading_that_erases_keeps_its_rows() -> None:
    body = "Følgende bliver slettet:\nLotte Bisgaard - 410\nHanne Vestergaard - 401\n"
    assert pairs(body) == [("Lotte Bisgaard", "410"), ("Hanne Vestergaard", "401")]


def test_the_attachment_adds_to_the_employees_the_body_names() -> None:
    body = ("Vi skal have slettet:\n\nLene Bruun Clausen - lokal 1102\n\n"
            "Og så de to i den vedhæftede csv.")
    quoted = "---\nNavn;Lokalnummer;Email\nSanne Øster;1119;so@fynbolig.dk\n"
    assert pairs(body, quoted=quoted) == [("Lene Bruun Clausen", "1102"), ("Sanne Øster", "1119")]


# --- a calendar answer is written by a program -------------------------------


def test_an_accepted_invitation_is_an_auto_reply() -> None:
    raw = (
        "From: Birthe <bs@kunde.dk>\r\nTo: persondata@flexfone.dk\r\n"
        "Subject: Accepteret: Gennemgang af databehandleraftale\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBirthe har accepteret mødet.\r\n"
        '--b\r\nContent-Type: text/calendar; charset=utf-8; method="REPLY"\r\n\r\n'
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
    ).encode()
    automation = detect_automation(decode_mail(raw))
    assert automation is not None and automation.kind == "auto_reply"
