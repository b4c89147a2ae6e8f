"""Danes' English, extensions in a switchboard list's forms, data beyond recordings,
signature blocks full of other people, officialese and an ordinary Tuesday: the rules six
blind sets (RF to RK) brought, each with cases of its own."""

from __future__ import annotations

import pytest

from parsers.mail import parse_mail
from parsers.model import DataSubject
from parsers.number_forms import with_plain_number_forms
from parsers.sites import without_site_codes
from parsers.subjects import find_data_subjects
from tests.reading import plain_mail


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


def parsed_subjects(subject: str, body: str) -> tuple[DataSubject, ...]:
    return parse_mail(plain_mail(subject, body)).data_subjects


# --- a switchboard list's forms ------------------------------------------------------------

@pytest.mark.parametrize(("text", "plain"), [
    ("Anders Østergaard (AØ / 2-118)", "Anders Østergaard (2-118)"),
    ("Kim Ravn Søndergaard (KRS, lok. 17) hos", "Kim Ravn Søndergaard (lok. 17) hos"),
    ("Fatima Al-Sayed (FAS) [214] hos", "Fatima Al-Sayed (214) hos"),
    ("Ib Vinkel (IV) 301; Grethe Vinkel (GV) 302", "Ib Vinkel 301; Grethe Vinkel 302"),
    ("Sarah McAllister (SJM) [x 7 01]; Priya Raghunathan (PR) [x7O3]",
     "Sarah McAllister (x701); Priya Raghunathan (x703)"),
    ("lokal 1 2 0 6 hos kunden", "lokal 1206 hos kunden"),
    # a ticket's tag, an employee number, a range the mail does not pair with names
    ("Re: [#8930] Sletning", "Re: [#8930] Sletning"),
    ("Oskar Emil Brandt (KP-0771)", "Oskar Emil Brandt (KP-0771)"),
    ("Optagelse virker ikke på lok. 210-215", "Optagelse virker ikke på lok. 210-215"),
    ("extension VEJ-0 1 9. He left.", "extension VEJ-019. He left."),
    ("extensions 610-613 in this order:", "extensions 610, 611, 612 og 613 in this order:"),
    # not a list's number: opening hours, a long block, a backwards range
    ("åbent 9-16", "åbent 9-16"),
    ("lokal 200-299 er salg", "lokal 200-299 er salg"),
    ("lokal 214-210", "lokal 214-210"),
])
def test_a_switchboard_list_s_forms_are_written_plainly(text: str, plain: str) -> None:
    assert with_plain_number_forms(text) == plain


@pytest.mark.parametrize(("text", "number"), [
    ("Karen Bjerg-Nielsen – lokalnr. AAR-214 (Aarhus-afdelingen)", "lokal 214"),
    ("Access request for Henrik Dahl, ext. CPH-231, at Amager Byg.", "lokal 231"),
    ("Jakob Lund Ibsen (Aalborg/118) hos Nordjysk Boligservice", "lokal 118"),
    ("ansat med lokalnummer 2-33.", "lokalnummer 33"),
    ("export the calls on extensions CPH-440 and CPH-441", "and lokal 441"),
])
def test_a_site_code_beside_the_number_is_read_away(text: str, number: str) -> None:
    assert number in without_site_codes(text)


def test_a_code_that_names_no_site_is_left() -> None:
    assert without_site_codes("Marcus Holt commented on NTS-4471") == (
        "Marcus Holt commented on NTS-4471"
    )


def test_names_listed_for_a_range_in_order_get_its_numbers() -> None:
    body = ("Please anonymise the following four users, extensions 610-613 in this order:\n\n"
            "Lars Bo Eriksen\nAnna-Sofie Wulff\nJean-Pierre Dubois\nMai Nguyen Thi\n")
    assert [s.extension for s in parsed_subjects("Closing the Esbjerg office", body)] == [
        "610", "611", "612", "613",
    ]


# --- names and numbers in prose -------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Supplerende: lokalnr. for Søren Kragh Iversen er iht. kunden 207.",
     DataSubject("Søren Kragh Iversen", "207")),
    ("Kunden beder om at få slettet lone m. poulsen, lokalnr 08812, hun er fratrådt.",
     DataSubject("lone m. poulsen", "08812")),
    ("slet venligst alt på mette \"Mus\" rasmussen lok 207 hos Randers Rengøring.",
     DataSubject("mette \"Mus\" rasmussen", "207")),
    ("Medarbejder Gitte Ringsted er registreret med forkert e-mailadresse.",
     DataSubject("Gitte Ringsted", None)),
    ("The CRM integration keeps logging calls for ext 302 under the wrong contact. The "
     "employee is Sarah Kowalczyk-Berg.", DataSubject("Sarah Kowalczyk-Berg", "302")),
])
def test_one_employee_in_the_forms_writers_use(body: str, expected: DataSubject) -> None:
    assert subjects(body) == (expected,)


@pytest.mark.parametrize("body", [
    "Aakirkeby Smedie vil have slettet Kristoffer Hjorth, lokal 12.",
    "Vores kunde Lyngby Erhvervssammenslutning vil have slettet Kristoffer Hjorth, lokal 12.",
])
def test_a_firm_named_by_its_trade_or_town_is_no_employee(body: str) -> None:
    assert subjects(body) == (DataSubject("Kristoffer Hjorth", "12"),)


def test_an_assistant_s_block_for_the_boss_is_signature() -> None:
    body = ("Hej\n\nHenrik har bedt mig sende jer nedenstående. To medarbejdere skal "
            "anonymiseres:\n\n- Anne-Sofie Vestergaard, lokalnr. 21\n- Jens Peter la Cour, "
            "lokalnr. 0457\n\nPå vegne af\nHenrik Munk\nDirektør\n\nVenlig hilsen\nPia "
            "Lauridsen\nDirektionsassistent\n")
    assert parsed_subjects("Anonymisering", body) == (
        DataSubject("Anne-Sofie Vestergaard", "21"), DataSubject("Jens Peter la Cour", "0457"),
    )


def test_danes_english_insight_is_access() -> None:
    body = ("Two employees want to have insight in what you have registered about them.\n\n"
            "- Lise Grønbech, lokal 301\n- Mohammed El-Amin Haddad, lokal 302\n")
    assert parse_mail(plain_mail("Insight request", body)).kind == "access"
