"""HTML tables of odd shape, details scattered through a mail, people who are no
employees, marks broken tooling leaves, an ordinary summer Friday and summaries that
disagree with their details: the rules six blind sets (SD to SI) brought, each with cases
of its own."""

from __future__ import annotations

import pytest

from parsers.artefacts import without_tooling_artefacts
from parsers.extensions import find_extensions
from parsers.model import DataSubject
from parsers.names import find_names
from parsers.subjects import find_data_subjects


def subjects(body: str, kind: str = "erasure") -> tuple[DataSubject, ...]:
    return find_data_subjects("GDPR", body, "", "Ib Sand", kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "mended"), [
    ("S&oslash;ren Nielsen &amp; Co", "Søren Nielsen & Co"),
    ("Mar&iacute;a Gonz&aacute;lez", "María González"),
    ("S=C3=B8ren Meyer=2DHansen", "Søren Meyer-Hansen"),
    ("lokal=20214", "lokal 214"),
    ("S\\u00f8rensen", "Sørensen"),
    ("Ras</b>mus Holm", "Rasmus Holm"),
    # as written: no entity, no encoded text, no markup
    ("CVR=12345", "CVR=12345"),
    ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
    ("Nielsen & Co", "Nielsen & Co"),
])
def test_what_broken_tooling_leaves_is_read_as_meant(text: str, mended: str) -> None:
    assert without_tooling_artefacts(text) == mended


@pytest.mark.parametrize(("text", "numbers"), [
    ("Kim har 801. Benedikte har nummeret lige efter, 802.", ["801"]),
    ("He was on 734.", ["734"]),
    ("Hun har 20 års anciennitet.", []),
    ("Firmaet har 250 ansatte.", []),
    ("hun sad på 192.168.1.214.", []),  # an address, not a number
])
def test_a_person_s_number_said_bare(text: str, numbers: list[str]) -> None:
    assert [e.extension for e in find_extensions(text, find_names(text, ""))] == numbers


def test_numbers_given_later_in_the_order_of_the_names_are_theirs() -> None:
    body = ("Tre medarbejdere skal slettes:\n\nAnne-Mette Lund Nørgaard\nMohammed Al-Khatib\n"
            "Søren Peter de Neergaard\n\nOmstillingen har hovednummer 86 32 10 00, og "
            "lokalnumrene er i samme rækkefølge som ovenfor: 311, 312 og 318.")
    assert [s.extension for s in subjects(body)] == ["311", "312", "318"]
