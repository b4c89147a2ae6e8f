"""Groups and partial lists, direct-dial and mobile numbers, the rarer sensitive
categories, a holiday backlog, trainees and temps, and reply-all threads: the rules six
blind sets (QZ to RE) brought, each with cases of its own."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.mail import parse_mail
from parsers.mime import decode_mail
from parsers.model import DataSubject
from parsers.names import find_names
from parsers.subjects import find_data_subjects
from tests.reading import found, plain_mail


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


def kind_of(subject: str, body: str) -> str | None:
    return parse_mail(plain_mail(subject, body)).kind


# --- the rarer categories -------------------------------------------------------------

@pytest.mark.parametrize(("text", "categories"), [
    ("The reception uses face recognition on the door intercom, so please confirm the "
     "reference image of him is removed.", ["biometric"]),
    ("Hans fingeraftryk bruges til at åbne døren.", ["biometric"]),
    ("Gareth believes some calls contain remarks about him being from the Traveller "
     "community.", ["ethnicity"]),
    # a firm's name and a product question name no one's data
    ("Vores kunde Genetica ApS har fået to anmodninger om indsigt.", []),
    ("A customer asks whether you can offer voice biometrics to identify callers "
     "automatically. Is this on your roadmap?", []),
])
def test_biometric_and_genetic_words_count_only_about_a_person(
    text: str, categories: list[str]
) -> None:
    assert [category for category, _ in found(text)] == categories


# --- numbers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("The employee is Jonathan Mbeki Larsen. He mainly uses the mobile subscription +45 22 33 "
     "44 55, but he is also set up on the switchboard with extension 2207.",
     DataSubject("Jonathan Mbeki Larsen", "2207")),
    ("Peter O'Neill is on the switchboard with ext. 5364 (same as the last four digits of "
     "his DID +45 7011 5364).", DataSubject("Peter O'Neill", "5364")),
])
def test_an_employee_on_the_switchboard_with_a_number_has_it(
    body: str, expected: DataSubject
) -> None:
    assert subjects(body, "access") == (expected,)


def test_the_switchboard_s_own_line_is_still_no_employee() -> None:
    assert subjects("Omstillingen (lok 600) skal blive som den er. Slet Bo Ek lok 22.") == (
        DataSubject("Bo Ek", "22"),
    )


@pytest.mark.parametrize(("subject", "body"), [
    ("Ret mobilnummer for Bjarne Nørgaard", "Bjarne Nørgaard, lok. 402, hos Horsens "
     "Maskinstation har fået nyt mobilnummer: 22 33 44 66. Ret det venligst i omstillingen."),
    ("Ret mobilnummer på Maja Lindholm", "Maja Lindholm, lokalnummer 2230, har fået nyt "
     "mobilnummer. Det gamle 22 33 44 55 skal erstattes med 22 33 44 56."),
])
def test_a_new_mobile_number_to_put_in_is_a_rectification(subject: str, body: str) -> None:
    assert kind_of(subject, body) == "rectification"


# --- groups -------------------------------------------------------------------------------

def test_a_list_said_to_go_on_asks_for_one_more() -> None:
    body = ("Dalum El A/S skal bruge alle voicemails for hele deres supportteam. Det gælder bl.a. "
            "Camilla Rask (520) og Ib Sørensen (521) m.fl.")
    assert subjects(body, "portability") == (
        DataSubject("Camilla Rask", "520"), DataSubject("Ib Sørensen", "521"),
        DataSubject(None, None),
    )


def test_a_number_left_alone_in_so_many_words_goes() -> None:
    body = ("Please erase everyone in the Odense office:\n\nTom Hagen 118\nKirsten Ravn 123\n\n"
            "Extension 122 is a meeting room phone, leave it.")
    assert subjects(body) == (DataSubject("Tom Hagen", "118"), DataSubject("Kirsten Ravn", "123"))


def test_the_firm_people_left_is_no_person() -> None:
    text = "Everyone who left Tårnby Rens between 1 October and 31 December should be erased."
    assert find_names(text, "") == []


@pytest.mark.parametrize("body", [
    "(Peter Ravn er allerede håndteret tidligere.)",
    "Peter Ravn blev slettet i januar - ham behøver vi ikke tage med igen.",
])
def test_one_handled_already_is_left_out(body: str) -> None:
    text = ("Følgende skal slettes:\n\n1. Jens Ole Mikkelsen, lokal 301\n"
            "2. Peter Ravn, lokal 309\n\n")
    assert subjects(text + body) == (DataSubject("Jens Ole Mikkelsen", "301"),)


# --- people and their names -----------------------------------------------------------------

def test_a_former_employee_telling_where_they_worked_is_the_subject() -> None:
    body = ("Jeg har arbejdet hos Tømrerfirma Holm & Co. indtil marts og havde lokalnummer 61. "
            "Jeg vil gerne have indsigt i de samtaler I har optaget.")
    assert subjects(body, "access", sender="Kasper Holm Nielsen") == (
        DataSubject("Kasper Holm Nielsen", "61"),
    )


def test_the_name_registered_now_is_the_wrong_one() -> None:
    body = ("One employee is registered with the wrong spelling.\n\nRegistered now: Ahmed "
            "Alrashidi\nCorrect: Ahmad Al-Rashidi, ext. 5120\n")
    assert subjects(body, "rectification") == (DataSubject("Ahmad Al-Rashidi", "5120"),)


def test_a_lower_case_name_after_hedder_is_a_name() -> None:
    body = ("En studentermedhjælper har bedt om indsigt. Hun hedder sara el-amin og har været "
            "ansat i foråret.")
    assert subjects(body, "access") == (DataSubject("sara el-amin", None),)


def test_a_quoted_number_named_now_is_one_employee() -> None:
    quoted = ("Fra: Sanne Holm <sh@klinik.dk>\nEmne: Ulrik\n\nUlrik Friis Damgaard er stoppet. "
              "Han skal slettes fra telefonen (lokal 45).\n\nMvh\nSanne Holm\n")
    body = "Sletning af Ulrik Friis Damgaard, lokal 45. Voicemails skal også slettes."
    assert subjects(body, subject="VS: Ulrik", quoted=quoted, sender="Henrik Toft") == (
        DataSubject("Ulrik Friis Damgaard", "45"),
    )


# --- requests --------------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Request for data", "We arranged an internship for Tariq Mahmoud at Vejle Auto Service "
     "(extension 118). We need to know which personal data is stored about him.", "access"),
    ("Portal", "Er det muligt for os som forhandler selv at slette/anonymisere brugere i "
     "portalen? Hvis ja, hvilken rolle skal brugeren have?", "other"),
])
def test_what_the_mail_asks(subject: str, body: str, kind: str) -> None:
    assert kind_of(subject, body) == kind


def test_a_norwegian_away_text_without_headers_is_automated() -> None:
    raw = plain_mail("Fravær / Re: Stop venligst markedsføring",
                     "Hei,\n\nJeg er bortreist og tilbake på kontoret mandag 23. februar.\n\n"
                     "Vennlig hilsen\nIngrid Solberg\n")
    automation = detect_automation(decode_mail(raw))
    assert automation is not None and automation.kind == "auto_reply"
