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


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("quick one", "What do you guys actually have on Sarah O'Connor (ext 3301)? Can you just "
     "send over whatever you've got?", "access"),
    ("mine data", "Hvad ved I om mig? Jeg har lokalnummer 22. Send mig det I har.", "access"),
    ("Lise", "Kan I rydde op i hendes bruger, Lise Holm? Hun er stoppet.", "erasure"),
    ("Lokalnummer 233", "Kan I fjerne alt på lokalnummer 233? Hun har sagt op.", "erasure"),
    ("make her disappear", "Please make her disappear from the system: Ewa Kowalczyk-Nowak, "
     "ext 4410.", "erasure"),
    ("Optagelse", "Stop med at gemme hendes opkald. Camilla Brandt, lokalnummer 561.", "objection"),
])
def test_vague_everyday_wording_of_requests(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_the_roma_written_in_lower_case_are_an_origin_not_the_city() -> None:
    assert ("ethnicity", "roma") in found("Hun er rumænsk roma og føler sig forskelsbehandlet.")
    assert found("Vi holdt møde i Roma sidste år.") == []


def test_a_restaurant_called_roma_is_no_origin() -> None:
    assert found("Kunden pizzeria roma odense har bedt om sletning.") == []
