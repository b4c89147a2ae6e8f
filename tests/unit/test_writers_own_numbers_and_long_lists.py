"""Shared surnames, the writer's own numbers, very long lists, people asking for
themselves and colleagues, web forms and an ordinary spring Thursday: the rules six blind
sets (RX to SC) brought, each with cases of its own."""

from __future__ import annotations

import pytest

from parsers.contact_lines import without_contact_lines
from parsers.model import DataSubject
from parsers.subjects import find_data_subjects
from tests.reading import found


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet venligst Karsten Bo Lauridsen, lokal 4417.\n\nHvis der er spørgsmål, så ring mig på "
     "lokal 210, eller min direkte linje er 7020 3311.", [("Karsten Bo Lauridsen", "4417")]),
    ("Please send the data for Priya Raghunathan, extension 2231.\n\nYou can reach me on ext. "
     "118. If I'm out, ask my colleague Mikkel on ext. 119.", [("Priya Raghunathan", "2231")]),
    ("Slet Flemming Ørum Thomsen, lokal 118.\n\nJeg er på lokal 100, ellers mobil 4051 2233.",
     [("Flemming Ørum Thomsen", "118")]),
    ("Please correct the e-mail for Joanna Kowalska-Brandt, ext. 2209.\n\nExt. 2200 is me.",
     [("Joanna Kowalska-Brandt", "2209")]),
])
def test_the_writer_s_own_numbers_are_no_employee_s(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.full_name, s.extension) for s in subjects(body)] == expected


def test_only_the_contact_clause_of_a_sentence_is_blanked() -> None:
    text = "Ring mig på lokal 210, og slet venligst også Bo Eks voicemails (lokal 22)."
    blanked = without_contact_lines(text)
    assert "210" not in blanked and blanked.endswith(", og slet venligst også Bo Eks voicemails "
                                                     "(lokal 22).")


@pytest.mark.parametrize(("body", "sender", "expected"), [
    ("Nu vil jeg og mine to kolleger gerne have indsigt.\n\nCamilla Dybdahl (mig selv) - lok. 105"
     "\nJonas Eriksen - lok. 107\n", "Camilla Dybdahl",
     [("Camilla Dybdahl", "105"), ("Jonas Eriksen", "107")]),
    ("The whole team, me included, would like a copy of our data.\n\n- Priya Raghunathan "
     "(myself), ext. 3310\n- Tomasz Wiśniewski, ext. 3312\n", "Priya Raghunathan",
     [("Priya Raghunathan", "3310"), ("Tomasz Wiśniewski", "3312")]),
])
def test_the_writer_listed_among_those_asking_is_a_subject(
    body: str, sender: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.full_name, s.extension) for s in subjects(body, "access", sender=sender)] == expected


def test_the_writer_named_in_a_contact_line_only_is_no_subject() -> None:
    body = ("Slet venligst Jonas Eriksen, lok. 107.\n\nKontakt mig (Camilla Dybdahl, lok 105) hvis "
            "der er spørgsmål.")
    assert subjects(body, sender="Camilla Dybdahl") == (DataSubject("Jonas Eriksen", "107"),)


def test_a_form_field_filled_with_zeros_is_no_extension() -> None:
    body = "Navn: Camilla Lund Øster\nLokalnummer: 0000\nType: Sletning\n"
    assert subjects(body) == (DataSubject("Camilla Lund Øster", None),)


@pytest.mark.parametrize(("text", "flagged"), [
    ("ida er fritstillet efter en sag om underslæb, så hun skal ikke kunne tilgå noget.", True),
    ("han er dømt for underslæb", True),
])
def test_an_offence_named_as_a_case_is_criminal_data(text: str, flagged: bool) -> None:
    assert bool([c for c, _ in found(text) if c == "criminal"]) is flagged
