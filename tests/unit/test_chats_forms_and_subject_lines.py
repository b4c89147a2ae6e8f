"""Pasted chats, leaver forms, angry reminders, requests in the subject line, Nordic
mixed mail: cases written for rules the held-out sets OE to OJ asked for."""

from __future__ import annotations

import pytest

from parsers.answers import with_extension_answers
from parsers.mail import parse_mail
from tests.reading import employees, found, pairs, plain_mail


@pytest.mark.parametrize("body", [
    "Fra vores Teams:\n[09:02] Kim Sand\nSilkeborg Optik: Thomas Winther Lauridsen er stoppet, "
    "lokal 540\n[09:04] Jesper Holt\nskal han slettes helt?\n[09:04] Kim Sand\nja\n\nVil I "
    "slette ham?\n",
    "Se tråden:\nHanne Vestergaard 10.02\nSlet Thomas Winther Lauridsen, lokal 540\nRune Dal "
    "10.03\n@Hanne Vestergaard ok\n\nMvh\n",
])
def test_a_pasted_chats_speakers_are_no_subjects(body: str) -> None:
    assert employees(body, "Sletning") == [("Thomas Winther Lauridsen", "540")]


def test_a_phone_number_under_a_question_for_the_extension_answers_nothing() -> None:
    text = "Liam's ext?\nthey don't know. his mobile is +353 87 123 4567\n"
    assert with_extension_answers(text) == text
    assert with_extension_answers("> Extension?\n330") == (
        "> Extension?\nmedarbejderens lokal 330")


def test_a_forms_heading_in_capitals_is_no_name() -> None:
    body = ("Could you export his voicemails to the manager?\n\nLEAVER CHECKLIST\nEmployee: "
            "Piotr Kowalski\nExtension: 88\n[x] Export voicemails to manager\n")
    assert employees(body, "Leaver checklist") == [("Piotr Kowalski", "88")]


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Ændringsskema - Kragh Entreprise", "Hej, kan I opdatere oplysningerne i omstillingen jf. "
     "kundens ændringsskema?\n\nMedarbejder: Ditte Marie Kragh\nLokalnr.: 4101\nRet: Titel -> "
     "Salgschef\n", "rectification"),
    ("Stop product news", "Please stop sending Flexfone product news and offers to all "
     "addresses at limfjordit.dk.\n", "marketing_optout"),
    ("Update name ext 214: Anne-Marie Fischer (formerly Anne-Marie Lund)", "", "rectification"),
    ("Ta bort fyra användare", "Ta bort följande användare hos Helsingborg Frakt ApS:\n\n"
     "Karl-Johan Ek (anknytning 120)\nLi Wei Zhang (121)\n", "erasure"),
])
def test_requests_worded_as_forms_subjects_and_swedish(subject: str, body: str, kind: str) -> None:
    assert parse_mail(plain_mail(subject, body)).kind == kind


def test_a_german_absence_notice_by_its_subject_alone() -> None:
    mail = parse_mail(plain_mail("Abwesenheitsnotiz", "Ich bin bis 30.01.2026 nicht im Büro.\n"))
    assert mail.automated is not None


@pytest.mark.parametrize(("text", "piece"), [
    ("hun er i brystkræftbehandling", ("health", "brystkræftbehandling")),
    ("hun er i strålebehandling", ("health", "strålebehandling")),
    ("Innan ni raderar: hennes röstbrevlåde-PIN är 4471, om ni behöver", ("credential", "4471")),
])
def test_treatments_and_swedish_pins(text: str, piece: tuple[str, str]) -> None:
    assert found(text) == [piece]


def test_an_age_in_days_is_no_corrected_extension() -> None:
    body = ("STILL NO ANSWER. The access request for Oliver James Whitaker, ext 5501, is now 41 "
            "days old.\n")
    assert pairs(body, kind="access") == [("Oliver James Whitaker", "5501")]


@pytest.mark.parametrize(("subject", "body", "want"), [
    ("Indsigt", "Kan I sende de data I har på:\n\n1. Anders Bro Madsen - lokal 21\n2. karl emil "
     "juhl - lokal 23\n", [("Anders Bro Madsen", "21"), ("karl emil juhl", "23")]),
    ("slet lok 410 frederik von holstein-rathlou", "", [("frederik von holstein-rathlou", "410")]),
])
def test_lower_case_names_in_numbered_lists_and_subject_lines(
    subject: str, body: str, want: list[tuple[str, str]]
) -> None:
    assert employees(body, subject) == want


def test_a_quoted_nickname_inside_an_unknown_first_name_standing_alone() -> None:
    assert employees("as per subject\n", 'Voicemails ext 907 - Olumide "Ole" Adebayo') == [
        ('Olumide "Ole" Adebayo', "907")]
