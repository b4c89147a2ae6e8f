"""Employees in numbered lists past nine, in numbers the sender takes back or swaps, in
lists of first names only, and behind "(new guy)": each item's own number, the number
that stands after the correction, one nameless employee per first name."""

from __future__ import annotations

import pytest

from tests.reading import pairs

LONG_LIST = (
    "Hello,\n\nplease erase the following employees:\n\n"
    + "".join(f"{i}) Person{chr(64 + i)} Hansen - {3330 + i}\n" for i in range(1, 4))
    + "9) Louise Engel - 3343\n10) Kevin Strand - 3345\n11) Aisha Bello - 3348\n\n"
    "Regards\nSofie Lynge\n"
)


def test_a_list_count_past_nine_is_not_the_items_extension() -> None:
    assert pairs(LONG_LIST, "Erasure request")[-3:] == [
        ("Louise Engel", "3343"), ("Kevin Strand", "3345"), ("Aisha Bello", "3348"),
    ]


@pytest.mark.parametrize("marker", ["10.", "10)"])
def test_a_count_with_a_dot_or_bracket_gives_way_to_the_number_after_the_name(
    marker: str,
) -> None:
    body = f"Slet venligst:\n{marker} Kevin Strand 3345\n11. Aisha Bello 3348\n"
    assert pairs(body)[0] == ("Kevin Strand", "3345")


@pytest.mark.parametrize("body, expected", [
    ("Slet venligst:\n(5541) Signe Møller-Hald\n(5542) Kevin Strand\n",
     [("Signe Møller-Hald", "5541"), ("Kevin Strand", "5542")]),
    ("Slet venligst:\n850 – Ann Madsen\n851 – Kevin Strand\n",
     [("Ann Madsen", "850"), ("Kevin Strand", "851")]),
])
def test_a_number_before_the_name_is_still_its_extension_without_one_after(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body) == expected


def test_a_number_taken_back_at_once_gives_way_to_the_one_after() -> None:
    body = ("Hi again,\n\nSorry, Daniel's ext is 6612 – no wait, 6621. The customer wrote "
            "it twice differently, but 6621 is the one in their list.")
    quoted = ("Customer Kastrup Freight wants call recording stopped for their employee "
              "Daniel Okafor, who has objected. I don't have his extension yet.")
    assert pairs(body, "RE: Stop call recording – Daniel Okafor", quoted, "objection") == [
        ("Daniel Okafor", "6621")
    ]


@pytest.mark.parametrize("body, expected", [
    ("Slet venligst Jens Hansen lokal 214, undskyld 215.", ("Jens Hansen", "215")),
    ("Please erase Jens Hansen, ext 214 - I mean 241.", ("Jens Hansen", "241")),
    ("Slet Jens Hansen, lokalnummer 214 – nej vent, det var 212.", ("Jens Hansen", "212")),
])
def test_the_number_after_a_correction_word_stands(
    body: str, expected: tuple[str, str],
) -> None:
    assert pairs(body) == [expected]


SWAPPED = (
    "Hej\n\nKunden Næstved Trælast vil have følgende medarbejdere slettet:\n\n"
    "1. Kim Rasmussen – 301\n2. Ida Frost Poulsen – 302\n3. Nikolaj Berg – 303\n\n"
    "Undskyld, jeg har byttet om på Ida og Nikolaj. Ida er 303 og Nikolaj er 302. Kim er "
    "rigtig nok 301.\n"
)
SWAPPED_RESULT = [("Kim Rasmussen", "301"), ("Ida Frost Poulsen", "303"), ("Nikolaj Berg", "302")]


def test_numbers_said_to_be_swapped_are_put_right() -> None:
    assert pairs(SWAPPED) == SWAPPED_RESULT


def test_a_chaser_keeps_the_swap_its_quoted_request_made() -> None:
    assert pairs("Any news? See below.", "RE: Sletning", SWAPPED) == SWAPPED_RESULT


def test_without_a_swap_word_a_later_first_name_and_number_change_nothing() -> None:
    body = "Slet venligst:\n1. Ida Frost Poulsen – 302\n2. Nikolaj Berg – 303\n\nIda er 30 år."
    assert pairs(body) == [("Ida Frost Poulsen", "302"), ("Nikolaj Berg", "303")]


@pytest.mark.parametrize("body, count", [
    ("Hej, slet venligst Kasper og Louise hos Skovgaard Facility, de er stoppet i dag.", 2),
    ("Hi, please remove Mia, Jonas and Sara from the system, they left.", 3),
    ("Hej Louise og Kasper, slet venligst vores tidligere medarbejder.", 1),
])
def test_each_first_name_asked_for_is_one_nameless_employee(body: str, count: int) -> None:
    assert pairs(body) == [(None, None)] * count


def test_a_first_name_beside_a_full_name_is_one_more_employee() -> None:
    assert pairs("Slet venligst Kasper Hansen og Louise") == [
        ("Kasper Hansen", None), (None, None),
    ]


@pytest.mark.parametrize("body", [
    "client wants call recording OFF for ext 7702 Henrik Aas he objected. pls also dont "
    "record 7703 (new guy, name tbc)",
    "Slet venligst Henrik Aas 7702 og 7703 (ny vikar, navn følger)",
])
def test_a_number_told_by_a_new_colleague_is_an_employee_without_a_name(body: str) -> None:
    assert pairs(body, "call recording off", kind="objection") == [
        ("Henrik Aas", "7702"), (None, "7703"),
    ]


def test_the_customers_contact_the_sender_named_by_mistake_is_no_employee() -> None:
    body = ("Kunden vil have slettet en medarbejder der er fratrådt.\n\nHan hedder Søren Kjær, "
            "lokal 19 ... nej undskyld, Søren Kjær er ham der skal BLIVE (han er kontaktperson "
            "hos kunden). Den der skal slettes er Rune Kjærsgaard, lokal 21.")
    assert pairs(body) == [("Rune Kjærsgaard", "21")]


def test_a_first_name_whose_surname_is_to_come_is_one_more_employee() -> None:
    body = ("Tre skal slettes: Nataliia Savchenko (lok 611), Rodel Garcia Pascual (lok 614) og "
            "så kokken Dragoș, hvis efternavn og nummer jeg ikke lige har.")
    assert pairs(body) == [
        ("Nataliia Savchenko", "611"), ("Rodel Garcia Pascual", "614"), (None, None),
    ]


def test_first_names_before_a_word_of_leaving_are_employees() -> None:
    assert pairs("Hej. Ana og Mihai er stoppet, vil I slette dem fra telefonen. Tak",
                 "Slet") == [(None, None), (None, None)]


LEAVER_TICKET = (
    "Kunden har meddelt at Karina Holm Sørensen er fratrådt pr. 28/2.\n"
    "Hun skal anonymiseres.\n\nLokalnummer: 214\nSIP-konto: 100482_214\n"
    "Medlem af hunt group 600 (Reception) og kø 610 (Bogholderi)\n\n"
    "Vi har selv fjernet hende fra kø 610, og telefonen er reprovisioneret til lokal 230{}. "
    "Det er kun historik der mangler."
)


@pytest.mark.parametrize("remark", ["", " (ny medarbejder)"])
def test_the_number_a_leavers_phone_went_to_is_no_employees(remark: str) -> None:
    assert pairs(LEAVER_TICKET.format(remark), "Ticket #48213") == [
        ("Karina Holm Sørensen", "214")
    ]


def test_a_queue_in_brackets_after_the_extension_does_not_make_it_shared() -> None:
    body = ("Vi anmoder om indsigt om:\n\nFrederik Juul Damgaard\n"
            "Lokalnummer 3301 (kø 3300, SIP-konto hr3301)\n")
    assert pairs(body, kind="access") == [("Frederik Juul Damgaard", "3301")]


def test_a_shared_line_in_brackets_is_still_shared() -> None:
    assert pairs("Slet venligst lokal 3300 (reception) og Jens Hansen lokal 3301.") == [
        ("Jens Hansen", "3301")
    ]


def test_a_namesake_mentioned_after_an_employee_does_not_take_him_back() -> None:
    body = ("Følgende skal slettes: Ib Kristoffersen (lokal 4401) og til sidst Jørgen Hvidt "
            "Lassen, lokal 4409. Kunden har sendt Jørgens fødselsdato, da der er en anden "
            "Jørgen Lassen i firmaet.")
    assert pairs(body) == [("Ib Kristoffersen", "4401"), ("Jørgen Hvidt Lassen", "4409")]


@pytest.mark.parametrize("body", [
    "Grindsted Plast har lukket afdelingen. Slet Ib Kristoffersen (lokal 4401).",
    "Midtjysk Distribution ønsker at Ib Kristoffersen (lokal 4401) slettes.",
    "Bedemand Ib Kristoffersen (lokal 4401) er stoppet og skal slettes.",
])
def test_firms_and_titles_are_no_part_of_an_employee(body: str) -> None:
    assert pairs(body) == [("Ib Kristoffersen", "4401")]


def test_a_leaver_introduced_by_her_role_is_the_employee() -> None:
    body = ("Kirkekontorets leder på Lem Kirke, Kirsten Vestergaard, stopper og vil gerne "
            "have sine voicemails med sig.")
    assert pairs(body, "Voicemails", kind="portability") == [("Kirsten Vestergaard", None)]


def test_a_contact_introduced_by_a_role_is_still_no_employee() -> None:
    body = ("Vores kontaktperson hos kunden, Lars Bo Nielsen, siger at Jens Hansen lok 214 "
            "er stoppet.")
    assert pairs(body) == [("Jens Hansen", "214")]


def test_a_past_participle_after_navnet_er_is_no_name() -> None:
    body = ('Navnet på lokal 264 står som "Hodan Abdi Farah", men skal være Hodan Abdirahman '
            "Farah. Navnet er blevet forkortet ved oprettelsen.")
    assert pairs(body, "Forkert navn", kind="rectification") == [
        ("Hodan Abdirahman Farah", "264")
    ]


def test_a_surname_that_is_also_a_place_word_stays_a_name() -> None:
    assert pairs("Slet Louise Kirkegaard Mortensen (lokal 4401).") == [
        ("Louise Kirkegaard Mortensen", "4401")
    ]
