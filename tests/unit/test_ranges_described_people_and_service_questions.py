"""What December, long threads, voicemail days and corrections showed: a name in
brackets before "as mp3", questions about price, storage place and retention, a range
of numbers left alone, a person told by what they were and the number they sat on, an
overview of stored data, offers no longer wanted, a charge by its offence, a holiday's
prayers and a rename told with "Previously ... now". Cases written beside the held-out
sets, each read as a support agent reads it."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import employees, found


def test_a_name_in_brackets_before_as_is_still_a_name() -> None:
    body = ("Hello,\n\nOur customer Hirtshals Marine Supply needs all voicemails for ext. 205 "
            "(Emily Clarke) as mp3 or wav.\n\nBest regards\nPer Vind\n")
    assert employees(body, "Voicemails", "Per Vind <pv@skagen.dk>") == [("Emily Clarke", "205")]


@pytest.mark.parametrize(("subject", "body"), [
    ("Pris på optagelse + manglende faktura", "To ting:\n1) Hvad koster det at få "
     "samtaleoptagelse slået til på 5 lokalnumre hos Hanstholm Fisk?\n2) Faktura 90021873 er "
     "ikke kommet frem til os. Kan I sende den igen?"),
    ("Question: where are recordings stored?", "A customer is asking whether Flexfone stores "
     "call recordings outside the EU, and how long voicemails are kept after an employee is "
     "deleted. Could you send a short answer we can forward?"),
])
def test_price_and_storage_questions_are_other(subject: str, body: str) -> None:
    assert classify_kind(subject, body, "") == "other"


def test_a_range_left_alone_takes_its_first_number_along() -> None:
    body = ("Hej\n\nFølgende medarbejdere skal anonymiseres:\n\nPoul Erik Damgaard / 301\n"
            "Mikkel Toft / 303\n\nLokalnummer 304 og 306-308 skal IKKE røres.\n")
    assert employees(body) == [("Poul Erik Damgaard", "301"), ("Mikkel Toft", "303")]


def test_a_site_coded_number_is_no_range() -> None:
    body = ("Slet venligst:\nlok. 2-214 Ib Kristoffersen\nlok. 2-215 Hanne Lykke\n\n"
            "Rettelse: Hanne Lykke sidder på 2-216, ikke 2-215. 2-215 er en aktiv medarbejder.\n")
    assert employees(body) == [("Ib Kristoffersen", "214"), ("Hanne Lykke", "216")]


def test_a_person_told_by_what_they_were_keeps_their_number() -> None:
    body = ("Hej\n\nFølgende skal anonymiseres:\n\nPer Østergaard, lok. 4402\nog vikaren der sad "
            "på 4419 (kender desværre ikke navnet)\n\nKunden har ordrenummer 88-4410.\n")
    assert employees(body) == [("Per Østergaard", "4402"), (None, "4419")]


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Data request ext 5521", "The user on extension 5521 wants an overview of what data you "
     "store about them (call history, recordings, voicemail).", "access"),
    ("Stop SMS-tilbud", "Vi vil ikke have flere tilbud på sms eller mail fra jer. Tak.",
     "marketing_optout"),
])
def test_an_overview_of_data_and_no_more_offers(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


@pytest.mark.parametrize(("text", "category"), [
    ("Recordings contain discussions of the fraud charge brought against him.", "criminal"),
    ("Her voicemail greeting says she is away for Eid prayers.", "religion"),
])
def test_a_charge_and_a_holidays_prayers_are_sensitive(text: str, category: str) -> None:
    assert {c for c, _ in found(text)} == {category}


def test_previously_and_now_rename_one_employee() -> None:
    body = ("Hi,\n\nThe employee on extension 3310 at Amager Strand Café has changed her name. "
            "Previously Fatima Zahra El Idrissi, now Fatima El Idrissi Holm.\n\nPlease update "
            "directory and voicemail greeting.\n\nPriya Nair\n")
    assert employees(body, "Name change ext. 3310", "Priya Nair <pn@cloud.dk>") == [
        ("Fatima El Idrissi Holm", "3310")
    ]


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Slet medarbejder hos Nordhavn Revision", "Kunden har en medarbejder der er stoppet ved "
     "årsskiftet, og de vil gerne have vedkommende slettet hos jer. Kan I klare det?\n\nOg hvad "
     "koster det at tilføje en ekstra velkomstbesked på hovednummeret?", "erasure"),
    ("Indsigt - optagelser af mine samtaler", "Jeg har lokalnummer 612. Min chef har henvist "
     "til optagelser af mine samtaler, og jeg vil gerne se, hvad der er optaget om mig, og hvor "
     "længe det gemmes.", "access"),
])
def test_a_service_question_beside_a_request_leaves_the_request(subject: str, body: str,
                                                                kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_a_two_digit_site_code_is_no_range() -> None:
    body = ("Følgende to medarbejdere skal anonymiseres:\n\nJonna Ravn Mikkelsen, lokal 1204\n"
            "Torben Ø. Schmidt, lokal 1205\n\nBemærk at der også er en Jonna på 12-40, hun skal "
            "IKKE slettes.\n")
    assert employees(body) == [("Jonna Ravn Mikkelsen", "1204"), ("Torben Ø. Schmidt", "1205")]
