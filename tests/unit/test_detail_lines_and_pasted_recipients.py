"""A person's details written apart from the name (a title or a department between the
name and the number, a pasted signature block) and employees pasted as mail recipients
("Christoffer "Krølle" Dahl <cd@x.dk>", "García López, María José (4413)")."""

from __future__ import annotations

import pytest

from parsers.detail_lines import with_details_joined
from tests.reading import employees, pairs


@pytest.mark.parametrize(("line", "joined"), [
    ("Rune Bjerre — Kok — lokal 202", "Rune Bjerre, lokal 202 (kok)"),
    ("Søren Ib Mølgaard Kristensen | Lager | lok. 32 | mobil 4051 6677",
     "Søren Ib Mølgaard Kristensen, lokal 32 (lager, mobil 4051 6677)"),
    ("Olivia Brandt-Møller, Production Planner, Sønderborg, ext. 812",
     "Olivia Brandt-Møller, lokal 812 (production planner, sønderborg)"),
    ("Mette Berg (bogholder, Aarhus) 215", "Mette Berg, lokal 215 (bogholder, aarhus)"),
    ("- Karsten Brink Poulsen – Smed – 4012", "- Karsten Brink Poulsen, lokal 4012 (smed)"),
    ("- Anne-Marie van der Berg, Kundeservice, lok. 0217",
     "- Anne-Marie van der Berg, lokal 0217 (kundeservice)"),
])
def test_a_title_between_name_and_number(line: str, joined: str) -> None:
    assert with_details_joined(line) == joined


@pytest.mark.parametrize("line", [
    "Faktura 2026 — lokal 202 — betalt", "Rune Bjerre — lokal 202 — lokal 203",
    "Slet venligst Jens Hansen, lokal 214, tak", "Kunden Holm Byg, kontakt Mette, lok. 22",
])
def test_a_line_that_is_no_persons_details_stays(line: str) -> None:
    assert with_details_joined(line) == line


def test_pasted_signature_blocks_give_each_person_their_number() -> None:
    body = ("Kunden har lukket lageret. Jeg har kopieret deres signaturer ind herunder:\n\n1)\n"
            "Med venlig hilsen\nAnne-Marie la Cour\nBogholder\nLokal 31\nTlf. 9731 2000\n\n"
            "2)\nKarim El-Amrani\nChauffør – intern 4410\n\nDet haster ikke.\n\nVenlig hilsen\n"
            "Palle Toft\nVestjysk Kommunikation ApS")
    assert employees(body) == [("Anne-Marie la Cour", "31"), ("Karim El-Amrani", "4410")]


def test_a_signature_block_not_introduced_stays_the_writers() -> None:
    body = "Slet venligst Bo Holm, lokal 22.\n\nPalle Toft\nTeknisk konsulent\nLokal 31\n"
    assert with_details_joined(body) == body


def test_recipients_pasted_with_addresses_and_nicknames() -> None:
    assert pairs('Slet venligst:\n\nChristoffer "Krølle" Dahl <cd@ebeltoftsurf.dk>, lokal 31\n'
                 ) == [('Christoffer "Krølle" Dahl', "31")]
    assert pairs("Slet: García López, María José (4413); Holm-Pedersen, Niels (4414)\n") == [
        ("María José García López", "4413"), ("Niels Holm-Pedersen", "4414")]
    assert pairs("Slet: Jens Hansen, Mette Holm (lokal 4413)\n") == [
        ("Jens Hansen", None), ("Mette Holm", "4413")]


def test_a_list_below_a_colon_is_no_signature_block() -> None:
    body = ("Følgende skal slettes:\n\nDavid Thompson\nSarah Mitchell (ext 215)\n\nTak.\n\n"
            "Venlig hilsen\nIb Sand\n")
    assert employees(body) == [("David Thompson", None), ("Sarah Mitchell", "215")]


@pytest.mark.parametrize("line", [
    "Navn                        Lok.nr.   Fratrædelse   Bemærkning",
    "Vognmandslauget Sydfyn – en sammenslutning af 14 vognmænd på Sydfyn – har bedt os om at "
    "få slettet Poul Erik Bøgh Andersen, lokal 05.",
])
def test_a_header_row_or_prose_between_dashes_stays(line: str) -> None:
    assert with_details_joined(line) == line


@pytest.mark.parametrize("line", [
    "Peter Lauridsen (lok 221) og Hanne Friis.",
    "Mikkel Skov Andersen (220) og Stine Bech (221)",
    "Kim Ebbesen (220) + Lis Dahl (221)",
    "Γιώργος Παπαδόπουλος (Giorgos Papadopoulos), ext. 3302",
    "• Liselotte de Neergaard – hun havde lokal 1403 eller 1404, jeg er ikke sikker",
    "Jonas Vestergaard Holm – lokal 214 og 2140 (app)",
    "Poul Kofoed (sønnen) på lokal 32 fortsætter firmaet og skal ikke røres.",
    "Frederiksberg Ejendomsadministration (kundenr. 100234) ønsker Lone Friis, lokalnr. 2231",
    "- Ben Ali, Youssef – 4412",
])
def test_lists_of_people_and_sentences_are_no_single_persons_details(line: str) -> None:
    assert with_details_joined(line) == line


def test_the_rows_of_a_table_are_left_to_the_table_rules() -> None:
    table = "Gammelt navn | Nyt navn | Lokal\nSara Holm | Sara Holm Eriksen | 1120\n"
    assert with_details_joined(table) == table
