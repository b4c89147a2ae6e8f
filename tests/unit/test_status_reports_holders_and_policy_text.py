"""Status reports and minutes that mix finished, new and other people's items, an
extension's earlier holder, firms named after people, one name in two forms on one
number (parsers/subjects.py), and pasted policy text that lists kinds of sensitive
data about no one (parsers/sensitive.py). Cases written for the rules, beside the
held-out sets that prompted them."""

from __future__ import annotations

import pytest

from tests.reading import categories, pairs

# --- status reports and minutes -------------------------------------------------------

def test_a_status_report_asks_only_for_its_open_and_new_points() -> None:
    body = ("Status på vores sager:\n\n1) Jens Hansen (214) – klaret, tak\n"
            "2) Mette Lund (215) – mangler stadig, hun står stadig i omstillingen\n"
            "3) NY: Ole Bak (230) skal slettes, han stoppede fredag\n")
    assert pairs(body) == [("Mette Lund", "215"), ("Ole Bak", "230")]


def test_a_done_line_and_a_done_heading_are_no_request() -> None:
    body = ("Ugens status:\n\nDone: Kim Holst (112)\nNy: Maria Louise Bech Kristensen (lokal "
            "140) og Hans Christian Dall (141) er fratrådt og skal anonymiseres.\n")
    assert pairs(body) == [("Maria Louise Bech Kristensen", "140"), ("Hans Christian Dall", "141")]


def test_new_hires_in_pasted_minutes_are_no_subjects() -> None:
    body = ("1. KPIs: answer rate 93 %.\n"
            "2. New agents: Viktorija Jonaitė (ext 3312) and Paweł Zieliński (ext 3313) start "
            "22 April.\n"
            "3. Leavers: Giedrė Kazlauskaitė (ext 3310) and Mārtiņš Ozols (ext 3311) have left. "
            "Their users are to be erased.\n")
    assert pairs(body) == [("Giedrė Kazlauskaitė", "3310"), ("Mārtiņš Ozols", "3311")]


def test_a_newsletters_welcome_list_is_no_request() -> None:
    body = ("Velkommen til\n- Rikke Bonde, salgsassistent, lok. 2231\n\n"
            "Farvel\nSøren Kaj Østergaard (lok. 2210) fratræder 31. marts og skal slettes.\n")
    assert pairs(body) == [("Søren Kaj Østergaard", "2210")]


def test_a_heading_that_asks_for_new_users_is_no_new_staff_heading() -> None:
    body = "Nye brugere der skal slettes:\n- Ole Bak, lok 230\n- Ida Holm, lok 231\n"
    assert pairs(body) == [("Ole Bak", "230"), ("Ida Holm", "231")]


# --- holders over time and firms -----------------------------------------------------------

@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("Stop optagelse på lok 512. Det er nu Ahmed Yilmaz der sidder på 512 (tidligere Kurt "
     "Berg, hvor optagelsen var sat op), og Ahmed ønsker det ikke.\n", "objection",
     [("Ahmed Yilmaz", "512")]),
    ("- Anders Bo Nielsen er flyttet fra 214 til 230 og skal IKKE slettes.\n"
     "- Tina Mørk på 231 er stoppet og skal anonymiseres.\n", "erasure", [("Tina Mørk", "231")]),
    ("Hun hedder nu Camilla Frost Jeppesen (tidligere Camilla Frost), lokalnummer 5502.\n",
     "rectification", [("Camilla Frost Jeppesen", "5502")]),
    ("Anja Bech på lok. 0412 hos Bech Transport v/ Peder Bech er fratrådt og skal slettes.\n",
     "erasure", [("Anja Bech", "0412")]),
    ("Sekretæren hos Dr. Lise Berg's klinik, Hanne Vestergaard (lok. 202), har gjort "
     "indsigelse.\n", "objection", [("Hanne Vestergaard", "202")]),
])
def test_earlier_holders_movers_and_firm_names_are_no_subjects(
    body: str, kind: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body, kind=kind) == expected


def test_a_holder_column_labelled_former_gives_the_name_without_the_label() -> None:
    body = "Ext | Leaver | Now used by\n4101 | Former Hannah Clarke | Lukas Brandt\n"
    assert ("Hannah Clarke", "4101") in pairs(body)


# --- one name, two forms ---------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "name"), [
    ("Sletning Jens P. Hansen lok 214", "Slet venligst Jens Peter Hansen, lok 214.\n",
     "Jens Peter Hansen"),
    ("Slet Pelle Madsen (120)", "Peter Vinther Madsen (lok 120) er stoppet.\n",
     "Peter Vinther Madsen"),
])
def test_two_forms_of_one_name_on_one_number_are_one_employee(
    subject: str, body: str, name: str
) -> None:
    found = pairs(body, subject=subject)
    assert [n for n, _ in found] == [name]


def test_two_people_on_one_number_with_other_surnames_stay_two() -> None:
    body = "Tre kunder, alle på lokal 214:\nA – Rasmus Thyssen\nB – Rikke Thyssen-Bach\n"
    assert len(pairs(body)) == 2


# --- pasted policy text ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vi behandler ikke særlige kategorier, herunder oplysninger om race eller etnisk "
    "oprindelse, politisk, religiøs eller filosofisk overbevisning, fagforeningsmæssigt "
    "tilhørsforhold, genetiske data og helbredsoplysninger.",
    "Call recordings can reveal health data, trade union membership, religious beliefs, "
    "political opinions and sex life or sexual orientation.",
])
def test_a_list_of_kinds_of_data_about_no_one_is_not_flagged(text: str) -> None:
    assert categories(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Ole, cpr 150672-0931, er sygemeldt og medlem af HK.", {"cpr", "health", "trade_union"}),
    ("Hun er gravid og medlem af 3F.", {"health", "trade_union"}),
    ("Jens Hansen (3F-medlem, muslim) skal slettes.", {"trade_union", "religion"}),
])
def test_sensitive_data_about_a_named_person_is_flagged_however_many_kinds(
    text: str, expected: set[str]
) -> None:
    assert categories(text) == expected


def test_a_password_named_after_a_comma_is_a_credential() -> None:
    text = "He gave us the password for his voicemail box, Konnekt#2023, in case that helps."
    assert "credential" in categories(text)
