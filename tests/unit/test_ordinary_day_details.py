"""Small things ordinary days of the mailbox hold: numbers said before the names they
were ("Lokal 88 var Henriette Dal"), a meeting-room line said to stay, one name typed
with and without its accents, a speech disorder, how a name shall be shown, calls used
for statistics: each read as a support agent reads it, on cases written beside the
held-out sets."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from tests.reading import employees, found, plain_mail


def test_numbers_said_before_the_names_they_were() -> None:
    body = "Hej igen\n\nLokal 88 var Henriette Dal og lokal 89 var Kasper Nørgaard Dal.\n"
    assert employees(body, "SV: Slet lokal 88 og 89") == [
        ("Henriette Dal", "88"), ("Kasper Nørgaard Dal", "89")
    ]


def test_a_line_said_to_serve_a_function_is_no_employee() -> None:
    body = ("Vi skal have anonymiseret følgende:\n1. Poul Erik Bach, lok. 505\n"
            "Lokal 504 er en mødelokale-telefon og skal blive.\n")
    assert employees(body) == [("Poul Erik Bach", "505")]


def test_one_name_with_and_without_its_accents_is_one_employee() -> None:
    raw = plain_mail("I object to call recording",
                     "Hello,\n\nI work at Kolding Tandklinik on extension 4402 and I object to "
                     "my calls being recorded.\n\nDragan Kovačević\n",
                     sender="Dragan Kovacevic <dragan@example.com>")
    parsed = parse_mail(raw)
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Dragan Kovačević", "4402")
    ]


@pytest.mark.parametrize(("text", "flagged"), [
    ("I have a stutter and it is very uncomfortable for me.", True),
    ("Han stammer lidt, så vær tålmodig.", True),
    ("Fejlen stammer fra den gamle opsætning.", False),
])
def test_a_speech_disorder_is_health_data(text: str, flagged: bool) -> None:
    assert bool(found(text)) is flagged


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Navn i telefonbogen", "Mads fra værkstedet skal stå som Mads Emil Riis-Holm i "
     "telefonbogen, ikke Mads Riis.", "rectification"),
    ("Tina vil ikke analyseres", "Tina (salg) vil ikke have at hendes opkald bruges til "
     "statistik og kvalitetsanalyse. Lok 27.", "objection"),
])
def test_everyday_wording_of_rectification_and_objection(
    subject: str, body: str, kind: str
) -> None:
    assert classify_kind(subject, body, "") == kind
