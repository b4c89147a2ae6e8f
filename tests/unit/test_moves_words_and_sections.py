"""Employees who move inside a group, names that are ordinary words, numbers inside
phone numbers, and parts of a list that the request leaves alone."""

from __future__ import annotations

import pytest

from intake.followups import adds_to_request
from parsers.automated import detect_automation
from parsers.kinds import classify_kind
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


def test_a_successor_named_with_a_number_stays() -> None:
    body = ("Mads Ulrik Thomsen på lokalnummer 2231 er flyttet til økonomi, og hans samtaler må "
            "ikke længere optages. Optagelse skal fortsætte for resten af kundeservice, herunder "
            "hans afløser Sidsel Krogh på 2240.")
    assert pairs(body, kind="objection") == [("Mads Ulrik Thomsen", "2231")]


@pytest.mark.parametrize(
    "text",
    [
        "Og mens I er i gang: Gitte Holm på lok. 412 er også stoppet – kan hun komme med i "
        "samme omgang?",
        "While you're at it, Gitte Holm on 412 has left too.",
    ],
)
def test_one_more_employee_taken_along_adds_to_the_threads_request(text: str) -> None:
    assert adds_to_request(text)


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        ("Ingen optagelse for Ida Marie Poulsen",
         "Ida Marie Poulsen ønsker ikke at hendes opkald optages. Hun sidder både på "
         "omstillingen og i marketing.", "objection"),
        ("Afmelding", "Vi vil gerne afmeldes jeres marketing og nyhedsbreve.", "marketing_optout"),
    ],
)
def test_marketing_as_a_department_is_no_opt_out(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_ordinary_words_after_a_job_noun_are_no_lower_case_name() -> None:
    body = ("Tomasz Wiśniewski, ext. 5021, wants his call logs. The police called about a van, "
            "and the receptionist gave out ext. 5021 as the contact.")
    assert pairs(body, kind="access") == [("Tomasz Wiśniewski", "5021")]
    assert pairs("Hej, kan i slette mads kjeldsen lok 14 hos Hørsholm Fysioterapi") == [
        ("mads kjeldsen", "14")]


# --- a name in two scripts, a bare note above a forward -------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Please provide the voicemails for Valentyna Hrytsenko / Валентина Гриценко, ext. 3150.",
         [("Valentyna Hrytsenko", "3150")]),
        ("Slet Dmytro Shevchenko (Дмитро Шевченко), lok. 7734.", [("Dmytro Shevchenko", "7734")]),
        ("Slet Олена Ткачук, lok. 1904.", [("Олена Ткачук", "1904")]),
    ],
)
def test_a_name_in_another_script_beside_its_latin_spelling_is_one_employee(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body) == expected


def test_fyi_above_a_forward_makes_the_forward_the_request() -> None:
    quoted = ("---------- Forwarded message ---------\nFrom: Grace Liu <grace@nordlys.com>\n"
              "Subject: Offboarding\n\nTwo of our developers have left and we want their data "
              "erased at Flexfone:\nWei Zhang - ext 1402\nOlga Petrenko - ext 1417\n")
    assert classify_kind("Fwd: Offboarding - phone data", "FYI\n/Lars", quoted) == "erasure"


def test_the_threads_latest_only_decides_who_is_erased() -> None:
    quoted = ("Fra: Torben Aagaard\nEmne: SV: Pia og Mogens\n\nVi sletter kun Pia Lykke Dahl "
              "(lok 17). Mogens bliver til marts.\n\nFra: Susanne Friis\nEmne: Pia og Mogens\n\n"
              "Skal Pia Lykke Dahl (lok 17) og Mogens Juul (lok 18) begge slettes?\n")
    assert pairs("Se tråden, det er aftalt med kunden.", quoted=quoted,
                 subject="VS: Pia og Mogens") == [("Pia Lykke Dahl", "17")]


def test_the_person_a_robot_files_for_is_the_requester() -> None:
    body = ("Oprettet af:        JT-Robot (UiPath) på vegne af Hanne Mølgaard\n"
            "Sagstype:           Sletning af medarbejder\nMedarbejdere:\n"
            "  1. Mikkel Østergaard, lokalnr. 45\n")
    assert pairs(body) == [("Mikkel Østergaard", "45")]
    assert pairs("Medarbejder: Hanne Mølgaard, lok 45") == [("Hanne Mølgaard", "45")]
