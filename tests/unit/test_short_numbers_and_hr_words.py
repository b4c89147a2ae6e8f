"""Mobile-only users' short numbers are their extensions, and HR words that name an
insurance, an agreement, a policy or a job type reveal nobody's health or membership."""

from __future__ import annotations

import pytest

from tests.reading import categories, pairs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mikkel Holm Sørensen har kortnummer 402 på mobil +45 20 12 34 56 og er stoppet.",
         [("Mikkel Holm Sørensen", "402")]),
        ("- Anders Kvist Pedersen, 2012 3456, kort nr 211, SIM 8945022000731845529\n"
         "- Fatima Zahra Benali, 51 88 20 43, kort nr 214, eSIM",
         [("Anders Kvist Pedersen", "211"), ("Fatima Zahra Benali", "214")]),
        ("Thomas Vestergaard Nielsen (genvejsnummer 5521, mobil 42 11 90 31) er fratrådt.",
         [("Thomas Vestergaard Nielsen", "5521")]),
        ("Please anonymise Jakob Lindqvist, short number 5012 (mobile +45 28 90 14 63).",
         [("Jakob Lindqvist", "5012")]),
        ("Name                      Short code   Mobile\n"
         "Karl-Johan Strøm          5030         +45 22 61 40 18\n"
         "Emily Rose Thompson       5034         +45 22 61 40 27\n",
         [("Karl-Johan Strøm", "5030"), ("Emily Rose Thompson", "5034")]),
        ("Peter Lindholm Østergaard\ninternt nummer 1502\nmobil 29 63 01 74\n",
         [("Peter Lindholm Østergaard", "1502")]),
    ],
)
def test_short_numbers_are_extensions(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Slet brugeren på short code 1188. Mobile on that short code: 24 40 18 77.",
        "Slet brugeren på kortnummer 1188. Betal med kortnummer 4571 9412 3456 7895.",
    ],
)
def test_a_phone_or_card_number_after_the_word_is_no_extension(body: str) -> None:
    assert pairs(body) == [(None, "1188")]


def test_a_puk_code_with_its_value_is_a_credential() -> None:
    assert categories("PUK-koden til SIM-kortet er 48213377, hvis hun får brug for den.") == {
        "credential"}


@pytest.mark.parametrize(
    "text",
    [
        "Kunden spurgte også om deres arbejdsskadeforsikring (police 88-412-553).",
        "De er omfattet af fagforeningens overenskomst for funktionærer.",
        "Kolonnen type i lønsystemet (fuldtid, deltid, fleksjob, elev) har jeg fjernet.",
        "Their HR asked whether the sick leave policy requires keeping call logs.",
        "Nyhedsbrev: Sådan håndterer I lokalnumre ved barsel og seniorordning",
        "He wants to document his calls with the union rep.",
    ],
)
def test_hr_words_reveal_nothing(text: str) -> None:
    assert categories(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hun er gået på barsel og kommer ikke tilbage.", "health"),
        ("Han er i fleksjob efter en arbejdsskade.", "health"),
        ("Hun er medlem af HK.", "trade_union"),
    ],
)
def test_the_same_words_said_of_a_person_still_are(text: str, category: str) -> None:
    assert category in categories(text)


def test_a_key_card_number_beside_the_extension_is_no_second_number() -> None:
    body = ("- Ibrahim Hassan Ali, lok 3310, kortnr 88120 – fast dagvagt\n"
            "- Gitte Mølgaard Lund, lok 3314, kortnr 88127\n")
    assert pairs(body) == [("Ibrahim Hassan Ali", "3310"), ("Gitte Mølgaard Lund", "3314")]


def test_a_porting_code_question_names_no_credential() -> None:
    assert categories("Hvornår kan PUK/portering ske, og hvilken PUK/porteringskode skal vi bruge?"
                      ) == set()
