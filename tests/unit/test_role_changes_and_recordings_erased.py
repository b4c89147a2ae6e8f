"""Employees who change role, recordings fetched out, how-to questions: cases written for
rules the held-out sets OR to OW asked for."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import found, pairs


def test_one_moved_to_another_department_is_still_the_subject() -> None:
    body = ('Ole Rasmussen på lokal 305 hos Viborg Stål er flyttet fra lageret til '
            'salgsafdelingen. I omstillingen står han stadig under "Lager". Kan I rette det?\n')
    assert pairs(body, kind="rectification") == [("Ole Rasmussen", "305")]


def test_one_moved_to_another_number_who_stays_is_no_subject() -> None:
    body = ("- Anders Bo Nielsen er flyttet fra 214 til 230 og skal IKKE slettes.\n- Tina Mørk på "
            "231 er stoppet og skal anonymiseres.\n")
    assert pairs(body) == [("Tina Mørk", "231")]


def test_recordings_fetched_out_before_an_erasure_are_portability() -> None:
    body = ("1. Hent voicemails og optagede samtaler ud for Lone Bisgaard (lokal 15).\n2. Når det "
            "er gjort, skal Lone slettes – hun er stoppet.\n")
    assert classify_kind("Lone Bisgaard", body, "") == "portability"


@pytest.mark.parametrize(("subject", "body"), [
    ("Spørgsmål om voicemail ved afdelingsskift", "Hvordan ændrer vi, hvem der modtager "
     "voicemails på et nummer, når en medarbejder skifter klinik? Kan vi selv gøre det?"),
    ("Questions about export fees", "Do you charge for exporting voicemails and recorded calls "
     "when an employee changes department?"),
])
def test_how_to_and_fee_questions_are_no_request(subject: str, body: str) -> None:
    assert classify_kind(subject, body, "") == "other"


@pytest.mark.parametrize(("text", "piece"), [
    ("er hendes PIN til voicemail 4812.", ("credential", "4812")),
    ("hun er i fertilitetsbehandling og vil have fri", ("health", "fertilitetsbehandling")),
])
def test_a_pin_named_with_its_box_and_fertility_treatment(
    text: str, piece: tuple[str, str]
) -> None:
    assert found(text) == [piece]
