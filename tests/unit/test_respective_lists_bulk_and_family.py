"""Names and extensions in two lists of the same order ("henholdsvis", "respectively"),
requests for everyone of a customer, a cited data processing agreement, and the
slips of mails about families and leavers. Cases written for the rules, beside the
held-out sets that prompted them."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import found, pairs


@pytest.mark.parametrize(("body", "expected"), [
    ("Det drejer sig om Jens Hansen, Mette Lund og Ole Bak (henholdsvis 214, 215 og 216).",
     [("Jens Hansen", "214"), ("Mette Lund", "215"), ("Ole Bak", "216")]),
    ("Please stop recording calls for ext. 3105 and 3106, which are Rajesh Kumar and "
     "Elena Popescu respectively.", [("Rajesh Kumar", "3105"), ("Elena Popescu", "3106")]),
    ("Bent Olsen og Vibeke Fogh Mikkelsen, lokal hhv. 33 og 35, er fratrådt og skal slettes.",
     [("Bent Olsen", "33"), ("Vibeke Fogh Mikkelsen", "35")]),
    ("Kunden har lokal 301-305. Kun 301, 303 og 305 er fratrådt, 302 og 304 er uændrede.\n\n"
     "I samme rækkefølge: Anna Madsen, Bo Krogh Sørensen og Carl Nielsen.",
     [("Anna Madsen", "301"), ("Bo Krogh Sørensen", "303"), ("Carl Nielsen", "305")]),
])
def test_two_lists_in_the_same_order_pair_up(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


def test_lists_of_different_lengths_pair_nothing() -> None:
    assert [number for _, number in pairs(
        "Jens Hansen og Mette Lund skal slettes (henholdsvis 214, 215 og 216)."
    )] == [None, None]


@pytest.mark.parametrize("body", [
    "Please terminate all users under customer 4411 and delete/anonymise their personal "
    "data in your platform, in line with the data processing agreement.",
    "Kan I slette alle brugere hos Vejle Auto? De har opsagt aftalen.",
])
def test_everyone_of_a_customer_is_an_erasure(body: str) -> None:
    assert classify_kind("Sletning", body, "") == "erasure"


def test_a_question_about_the_agreement_is_still_other() -> None:
    assert classify_kind("Spørgsmål", "Hvor kan jeg finde jeres databehandleraftale?", "") == (
        "other")


@pytest.mark.parametrize(("text", "category"), [
    ("Han blev fyret i august efter tyveri fra lageret.", "criminal"),
    ("Hun blev opsagt pga. underslæb.", "criminal"),
    ("hendes login til PBX-admin mmd@dahlejendomme.dk / Sommer2024!", "credential"),
    ("he is Faroese by origin and would like his name spelt properly", "ethnicity"),
    ("Hun er stoppet og har fået job hos Indre Mission i stedet.", "religion"),
])
def test_slips_about_leavers_are_found(text: str, category: str) -> None:
    assert category in {c for c, _ in found(text)}


@pytest.mark.parametrize("text", [
    "Vi har fyret ham.", "log ind på portalen og tjek lokal 214 / 215",
    "Kunden var i øvrigt syg af grin over jeres kampagne.",
    "Han ringede ellers religiøst hver mandag til os.",
    "the department's budget was spent with gay abandon",
])
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "category"), [
    ("Birthe is standing for Venstre in the municipal by-election.", "politics"),
    ("The manager said she is part of the Roma community.", "ethnicity"),
    ("Han er præst i frimenigheden ved siden af jobbet.", "religion"),
    ("PIN til voicemail for 305 er 4471, hvis I skal bruge den.", "credential"),
    ("Der ligger beskeder fra min kæreste, og jeg er ikke sprunget ud på arbejdet.", "sexuality"),
])
def test_more_slips_written_in_passing_are_found(text: str, category: str) -> None:
    assert category in {c for c, _ in found(text)}


def test_what_a_logo_is_standing_for_is_no_politics() -> None:
    assert found("What the logo is standing for is unclear.") == []
