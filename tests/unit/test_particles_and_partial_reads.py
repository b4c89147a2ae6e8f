"""Surnames opened by particles in capitals ("Pieter VAN DEN BERG") are read whole, and a
rewrite of the text that trips is told to support as a problem while the rest of the
mail is still read."""

from __future__ import annotations

import pytest

import parsers.mail
from parsers.mail import PART_READ, parse_mail
from parsers.names import opens_surname
from tests.reading import employees, plain_mail


@pytest.mark.parametrize(("body", "expected"), [
    ("Vil I slette Pieter VAN DEN BERG, lokal 214, tak.", [("Pieter VAN DEN BERG", "214")]),
    ("Please erase ANA DE LA CRUZ, ext 215.", [("ANA DE LA CRUZ", "215")]),
    ("Slet venligst Friedrich VON HOLSTEIN på lokal 216.", [("Friedrich VON HOLSTEIN", "216")]),
])
def test_a_surname_opened_by_particles_in_capitals_is_read_whole(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert employees(body) == expected


@pytest.mark.parametrize(("words", "index", "opens"), [
    (["pieter", "van", "den", "berg"], 1, True),
    (["ana", "de", "la", "cruz"], 1, True),
    (["jens", "hansen", "de", "skal"], 2, False),  # "JENS HANSEN DE SKAL VÆK"
    (["jens", "hansen", "de"], 2, False),  # nothing after the particle
    (["jens", "hansen", "skal"], 2, False),  # no particle
])
def test_a_particle_opens_a_surname_only_before_a_name_word(
    words: list[str], index: int, opens: bool
) -> None:
    assert opens_surname(words, index) is opens


def test_a_rewrite_that_trips_is_a_problem_and_the_mail_is_still_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unreadable_layout(text: str) -> str:
        raise ValueError("cannot read this layout")

    monkeypatch.setattr(parsers.mail, "PLAIN_STEPS", (unreadable_layout, *parsers.mail.PLAIN_STEPS))
    parsed = parse_mail(plain_mail("Sletning", "Slet venligst Mette Berg, lokal 215.\n"))
    assert f"{PART_READ}: unreadable_layout" in parsed.problems
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Mette Berg", "215")]


def test_a_mail_read_whole_has_no_such_problem() -> None:
    parsed = parse_mail(plain_mail("Sletning", "Slet venligst Mette Berg, lokal 215.\n"))
    assert not [problem for problem in parsed.problems if problem.startswith(PART_READ)]
