"""Security banners and disclaimers above the greeting, a paragraph asking on its own
beside another matter, a former name said with the wedding, a religious role."""

from __future__ import annotations

import pytest

from parsers.banners import without_leading_banners
from parsers.kinds import classify_kind
from parsers.language import detect_language
from parsers.mail import parse_mail
from parsers.quotes import split_text
from tests.reading import found, pairs, plain_mail

EXTERNAL = ("EXTERNAL EMAIL: This email originated from outside of the organization. Do not "
            "click links or open attachments unless you recognize the sender.")
CONFIDENTIAL = ("FORTROLIGHED: Denne e-mail og eventuelle vedhæftede filer kan indeholde "
                "fortrolige oplysninger og er udelukkende beregnet til adressaten.")
PROOFPOINT = ("ZjQcmQRYFpfptBannerStart\nThis Message Is From an External Sender\n"
              "    Report Suspicious  <https://example.com/EWT/v1/x>\nZjQcmQRYFpfptBannerEnd")
REQUEST = ("Hej GDPR-teamet\n\nVi har fået en indsigtsanmodning fra Lone Dahl-Sørensen, "
           "lokalnummer 0417, hos Odense Revision.\n\nVenlig hilsen\nSøren Hvidt\n"
           "Fynsk Telefoni ApS")


@pytest.mark.parametrize("banners", [
    [EXTERNAL, CONFIDENTIAL], [PROOFPOINT], ["[EKSTERN] Denne e-mail kommer fra en afsender "
                                             "uden for organisationen."],
])
def test_notices_above_the_greeting_are_not_the_writers_text(banners: list[str]) -> None:
    body = "\n\n".join([*banners, REQUEST])
    new = split_text(body).new
    assert new.startswith("Hej GDPR-teamet")
    assert detect_language(new) == "da"
    parsed = parse_mail(plain_mail("Indsigtsanmodning", body))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Lone Dahl-Sørensen", "0417")]


def test_a_notice_that_is_all_there_is_stays() -> None:
    lines = [EXTERNAL]
    assert without_leading_banners(lines) == lines


def test_a_paragraph_asking_on_its_own_is_not_undone_by_an_invoice_paragraph() -> None:
    body = ("Hej\n\nFaktura 7781 er ok nu.\n\nMedarbejderen på lok. 14 er stoppet pr. 1/2 – han "
            "skal slettes, og lokalnummeret må gerne genbruges senere.")
    assert classify_kind("Re: Faktura 7781 - lok. 12 og 14", body, "") == "erasure"
    question = ("Faktura 2026-118 er sendt til en forkert adresse, kan I rette fakturamodtageren?"
                "\n\nOg hvordan sletter vi selv en medarbejder i portalen?")
    assert classify_kind("Faktura + spørgsmål", question, "") == "other"


def test_the_name_before_the_wedding_is_a_former_name() -> None:
    body = ("Dorthe Iversen (lok. 233 – hun hed Dorthe Lund før brylluppet, så søg gerne på "
            "begge) ønsker indsigt.")
    assert pairs(body, kind="access") == [("Dorthe Iversen", "233")]


def test_a_preacher_in_a_movement_reveals_a_belief() -> None:
    text = "Han stopper, da han skal være prædikant i Indre Mission i Struer."
    assert ("religion", "Indre Mission") in found(text)
    assert found("Vi holder møde i Baptistkirken i Rønne.") == []


@pytest.mark.parametrize(("text", "category"), [
    ("She's a Sinn Féin councillor and objects to her calls being recorded.", "politics"),
    ("She needs the calls with her clinic about her IVF treatment.", "health"),
])
def test_irish_parties_and_fertility_treatment(text: str, category: str) -> None:
    assert category in {found_category for found_category, _ in found(text)}
