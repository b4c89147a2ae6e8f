"""Names joined to another by "and"/"og", towns inside and beside names, and other
name forms met in the blind sets of phone, transport and charity mail."""

from __future__ import annotations

import pytest

from tests.reading import subjects


def pairs(body: str, subject: str = "Sletning") -> list[tuple[str | None, str | None]]:
    return [(s.full_name, s.extension) for s in subjects(body, subject=subject)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a town between a given name and a surname is a middle name
        ("Følgende skal slettes:\n\nBo Kjærgaard – 410\nLene Aabenraa Frost – 411\n",
         [("Bo Kjærgaard", "410"), ("Lene Aabenraa Frost", "411")]),
        # a town beside a firm's word, or ending the run, is a place
        ("Kan I slette Peter Hansen (lok 22) hos Kystlys Odense Nord?",
         [("Peter Hansen", "22")]),
        ("Slet venligst Anne Holm, lokal 31, fra Tandlægerne Aarhus.",
         [("Anne Holm", "31")]),
    ],
)
def test_towns_in_and_beside_names(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("pls remove lucas mendes (ext 3021) and gabriela santos from the setup",
         [("lucas mendes", "3021"), ("gabriela santos", None)]),
        ("slet venligst mette holm lok 55 og peter lund hos os",
         [("mette holm", "55"), ("peter lund", None)]),
        # what follows "og" must open with a given name and be a name of two words
        ("slet venligst mette holm lok 55 og hendes chef", [("mette holm", "55")]),
        ("slet venligst mette holm lok 55 og lars", [("mette holm", "55")]),
    ],
)
def test_lower_case_name_joined_by_and(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body, "remove users") == expected
