"""Employees with a namesake at the same firm: the other one named to tell them apart
("there is also a Sara O'Connor (no h) on ext. 7720"), father and son told apart by
"Sr."/"Jr." or "junior", kept as written."""

from __future__ import annotations

import pytest

from tests.reading import pairs


@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("Please delete Sarah O'Connor, ext. 7702.\nPlease be careful: there is also a Sara "
     "O'Connor (no h) on ext. 7720 in the same company. Not her.", "erasure",
     [("Sarah O'Connor", "7702")]),
    ("Slet Anne-Marie Poulsen, lok. 3021.\nBemærk at de også har en Anne Marie Poulsen (uden "
     "bindestreg) i bogholderiet på lok. 3044 – det er ikke hende.", "erasure",
     [("Anne-Marie Poulsen", "3021")]),
    ("Slet Anne Marie Holm på lok. 77. Ikke at forveksle med Anne-Marie Holmgaard på lok. 78.",
     "erasure", [("Anne Marie Holm", "77")]),
    ('Lokalnummer 410 står forkert som "Mette Kjær". Hun hedder nu Mette Kjær Lund.\nVil I rette '
     "navnet på lok. 410 til: Mette Kjær Lund\nPas på – der er en anden Mette Kjær på lok. 401, "
     "hendes navn skal ikke ændres.", "rectification", [("Mette Kjær Lund", "410")]),
])
def test_a_namesake_named_to_tell_them_apart_is_left_alone(
    body: str, kind: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body, kind=kind, sender="Camilla Brix") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet Jens Hansen Sr. på lok 214. Hans søn Jens Hansen Jr. bliver.",
     [("Jens Hansen Sr.", "214")]),
    ("Please delete Robert Miller Jr. (ext 4410). Robert Miller (the father) stays.",
     [("Robert Miller Jr.", "4410")]),
    ("Slet Jens Hansen junior, lok 215.", [("Jens Hansen junior", "215")]),
    ("Søren Møller Sr. (118) og Søren Møller Jr. (119) skal slettes.",
     [("Søren Møller Sr.", "118"), ("Søren Møller Jr.", "119")]),
    ("Slet Jens Hansen. Lok 214.", [("Jens Hansen", "214")]),  # a full stop ends the sentence
])
def test_a_generation_stays_in_the_name(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


def test_an_abbreviated_generation_that_tells_no_one_apart_is_left_out() -> None:
    assert pairs("Slet Jens Hansen Sr. på lok 214, han er gået på pension.") == [
        ("Jens Hansen", "214")]
