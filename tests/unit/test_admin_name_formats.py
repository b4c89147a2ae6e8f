"""Names as HR and payroll exports write them: surname first and in capitals, with the
person's initials beside them ("HANSEN Jens (JH)", "GARCÍA LÓPEZ, Juan Carlos | JCG"),
read as written, or turned round where a comma sets the surname off (capitals kept);
and names paired with numbers by
order words ("hhv.", "respectively", "the former ... the latter")."""

from __future__ import annotations

import pytest

from parsers.admin_names import with_surnames_last
from tests.reading import employees


@pytest.mark.parametrize(("written", "turned"), [
    ("GARCÍA LÓPEZ, Juan Carlos | JCG", "Juan Carlos GARCÍA LÓPEZ | JCG"),
    ("PETERSEN, Birthe Lykke (BLP)", "Birthe Lykke PETERSEN (BLP)"),
    ("DE LA CRUZ, Miguel Ángel (2302)", "Miguel Ángel DE LA CRUZ (2302)"),
])
def test_a_surname_first_in_capitals_is_turned_round(written: str, turned: str) -> None:
    assert with_surnames_last(written) == turned


@pytest.mark.parametrize("text", [
    "SLET, Jens Hansen", "HANSEN Jens (JH)", "SHO\tSteen Holm Overgaard", "JENS HANSEN",
])
def test_capitals_that_are_no_surname_stay(text: str) -> None:
    assert with_surnames_last(text) == text


@pytest.mark.parametrize(("body", "expected"), [
    ("De skal anonymiseres:\n\nHANSEN Jens (JH) – medarb.nr. 10442 – lokal 214\n"
     "DUPONT Marie-Louise (MLD) – medarb.nr. 10587 – lokal 2231\n",
     [("HANSEN Jens", "214"), ("DUPONT Marie-Louise", "2231")]),
    ("Slet venligst KRAGH-BJERRE Kasper (lok. 611).", [("KRAGH-BJERRE Kasper", "611")]),
    ("Det drejer sig om PETERSEN, Birthe Lykke (BLP), lok. 560, hos Greve Fysioterapi.",
     [("Birthe Lykke PETERSEN", "560")]),
    ("Slet venligst Peter Ulrik MADSEN. Hans lokalnummer kender vi ikke.",
     [("Peter Ulrik MADSEN", None)]),
])
def test_export_lines_and_capital_surnames_give_the_person(
    body: str, expected: list[tuple[str, str | None]],
) -> None:
    assert employees(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Det drejer sig om Jens Højgaard og Mette Frost Lund, lokal 214 hhv. 215.",
     [("Jens Højgaard", "214"), ("Mette Frost Lund", "215")]),
    ("Følgende skal slettes: Anders Kähler, Pia Vang og Nikolaj Rask-Olsen – lokalnumre 110, "
     "112 og 119 i nævnte rækkefølge.",
     [("Anders Kähler", "110"), ("Pia Vang", "112"), ("Nikolaj Rask-Olsen", "119")]),
    ("Two people have left: Fatima Benali and Jonas Ekström. The former had extension 7012, "
     "the latter 7015.", [("Fatima Benali", "7012"), ("Jonas Ekström", "7015")]),
    ("Sletning af to brugere - navne og lokalnumre i samme rækkefølge:\n\nCarl von Holstein, "
     "Lærke Fisker\n801, 805\n", [("Carl von Holstein", "801"), ("Lærke Fisker", "805")]),
    ("Extensions 5140 and 5141 are wrong. They should read Jonathan Smith and Jane Smith "
     "respectively.", [("Jonathan Smith", "5140"), ("Jane Smith", "5141")]),
])
def test_pairings_told_by_order_words(body: str, expected: list[tuple[str, str]]) -> None:
    assert employees(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("FYI Marcus Ødegaard (lokal 7031) er stoppet og skal slettes.",
     [("Marcus Ødegaard", "7031")]),
    ("Slet venligst Johan Berg URGENT, lokal 3021.", [("Johan Berg", "3021")]),
])
def test_an_abbreviation_in_capitals_is_no_surname(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert employees(body) == expected
