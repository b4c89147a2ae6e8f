"""Employees with two numbers or one shared number, names in the genitive, health in
shorthand and secrets written the way IT staff write them: cases written for the rules
these mails prompted (parsers/subjects.py, parsers/extensions.py, parsers/names.py,
parsers/sensitive.py), beside the held-out sets."""

from __future__ import annotations

import pytest

from tests.reading import categories, employees, found, pairs

# --- two numbers, one number for two -------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet venligst Anders Kvist lokal 77 og 770 hos Kjellerup Bageri.",
     [("Anders Kvist", "77"), ("Anders Kvist", "770")]),
    ("Please erase Piotr Kowalczyk-Nowak, ext 5120 and his mobile client 51200.",
     [("Piotr Kowalczyk-Nowak", "5120"), ("Piotr Kowalczyk-Nowak", "51200")]),
    ("Vi skal have anonymiseret Mikkel Riis, lokal 4410 og hans softphone 44100.",
     [("Mikkel Riis", "4410"), ("Mikkel Riis", "44100")]),
    ("Priya Raman Subramanian, desk phone ext. 3301 and softphone 33010, wants access.",
     [("Priya Raman Subramanian", "3301"), ("Priya Raman Subramanian", "33010")]),
])
def test_an_employees_second_number_is_one_more_entry(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize("body", [
    "Slet Jens Hansen lokal 214 og Mette Holm 215.",
    "Slet Jens Hansen, lokal 214 og 12 måneders opkald.",
    "Thomas Vestergaard Nielsen (genvejsnummer 5521, mobil 42 11 90 31) er fratrådt.",
])
def test_another_persons_number_an_amount_or_a_phone_is_no_second_number(body: str) -> None:
    names = [name for name, _ in pairs(body)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("body", "expected"), [
    ("Bodil Skytte og Lene Marie Ravn deler lokal 40 hos Thisted Regnskab. Slet begge.",
     [("Bodil Skytte", "40"), ("Lene Marie Ravn", "40")]),
    ("Stop optagelse for de to medarbejdere der deler lokal 330: Maria Holst og Anne-Sofie "
     "Lykke.", [("Maria Holst", "330"), ("Anne-Sofie Lykke", "330")]),
])
def test_a_shared_number_is_each_named_employees(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body) == expected


def test_a_line_number_named_by_what_it_rings_is_an_extension() -> None:
    body = "Slet Rasmus Bech-Olsen, som kun har app-nummeret 2520.\n"
    assert pairs(body) == [("Rasmus Bech-Olsen", "2520")]


def test_a_numbered_first_name_row_keeps_its_number() -> None:
    body = ("Følgende skal anonymiseres:\n\n1. Lars Ulrik Thomsen - 101\n4. Sofie - 120\n\n"
            "Sofie kender jeg ikke efternavnet på.\n\nMvh\nBo\n")
    assert employees(body) == [("Lars Ulrik Thomsen", "101"), (None, "120")]


# --- genitives ------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet venligst Kim Vestergaards data, lokalnummer 5501.", [("Kim Vestergaard", "5501")]),
    ("Karin Juhls lokalnr. 502 og Bo Grønbechs lokalnr. 503 skal slettes.",
     [("Karin Juhl", "502"), ("Bo Grønbech", "503")]),
    ("Kunden beder om indsigt i Birthe Lauritzens opkaldslog, lokalnummer 7733.",
     [("Birthe Lauritzen", "7733")]),
])
def test_a_name_in_the_genitive_is_the_name(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body, kind="access") == expected


def test_an_english_surname_ending_in_s_before_data_stays() -> None:
    assert pairs("Please delete Mark Jones data, ext 214.") == [("Mark Jones", "214")]


# --- health in shorthand, secrets, skin colour --------------------------------------------------


@pytest.mark.parametrize(("text", "piece"), [
    ("Lone Frost er fratrådt efter lang sygemelding, F32.1 iflg. lægeerklæringen.", "F32.1"),
    ("Hun var på Sertralin og vil lægge det bag sig.", "Sertralin"),
    ("Han var hosp.indl. i december.", "hosp.indl"),
    ("Stoppet efter lang sygem. pga. OP i knæet.", "OP i knæet"),
])
def test_health_in_shorthand_and_medicine_names_is_health(text: str, piece: str) -> None:
    assert ("health", piece) in found(text)


def test_a_code_shaped_like_a_diagnosis_without_health_words_is_nothing() -> None:
    assert found("Bestil vare A12.5 til kontoret og F32.1-skabet til lageret.") == []


@pytest.mark.parametrize(("text", "secret"), [
    ("Den står stadig med secret=Xk9#vR27pLq i vores provisioneringsark.", "Xk9#vR27pLq"),
    ("The page on https://admin:Sommer2024@pbx.local/prov/ times out.", "Sommer2024"),
    ("[4410]\ntype=friend\nsecret=Rq7!mWz2#Lp\nvm_pin: 7305\n", "7305"),
    ("Jonas gave me the voicemail PIN, 6604, in case you need it.", "6604"),
])
def test_secrets_written_by_it_staff_are_credentials(text: str, secret: str) -> None:
    assert ("credential", secret) in found(text)


@pytest.mark.parametrize("text", ["It is no secret that he left.",
                                  "1. EU Electronic Communications Code: what changes"])
def test_the_words_secret_and_code_without_a_value_are_nothing(text: str) -> None:
    assert "credential" not in categories(text)


def test_skin_colour_said_of_a_person_is_ethnicity() -> None:
    assert "ethnicity" in categories("He feels singled out because he is Black.")


def test_a_list_line_with_two_numbers_gives_both() -> None:
    body = "Slet venligst:\n\nJonas Bech – 214 og 2140 (app)\nTrine Lindholm – 215\n\nMvh\nBo\n"
    assert employees(body) == [("Jonas Bech", "214"), ("Jonas Bech", "2140"),
                               ("Trine Lindholm", "215")]


def test_a_colleague_left_alone_in_brackets_takes_no_one_elses_number() -> None:
    body = ("Tre medarbejdere skal anonymiseres: Ida Marie Kronborg, som deler "
            "receptionsnummeret 250 med Karen Holt (Karen bliver og skal ikke røres), Nikolaj "
            "Vinther på 251, og Rasmus Bech-Olsen, som kun har app-nummeret 2520.\n")
    assert pairs(body) == [("Ida Marie Kronborg", "250"), ("Nikolaj Vinther", "251"),
                           ("Rasmus Bech-Olsen", "2520")]
