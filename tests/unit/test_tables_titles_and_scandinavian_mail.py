"""Action tables, names with titles, degrees and generations, temps and devices beside
employees, and requests written in Swedish and Norwegian: cases written for the rules
these mails prompted (parsers/tables.py, parsers/names.py, parsers/subjects.py,
parsers/language.py, parsers/kinds.py, parsers/sensitive.py), beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.language import detect_language
from parsers.mail import parse_mail
from tests.reading import categories, found, pairs, plain_mail

# --- tables with an action per row ------------------------------------------------------


def test_rows_marked_for_no_action_are_no_subjects() -> None:
    body = ("Handling står i sidste kolonne.\n\n"
            "Kunde              | Medarbejder      | Lokalnr. | Handling\n"
            "Middelfart Marina  | Jacob Winkel     | 15       | Slet\n"
            "Middelfart Marina  | Sofie Ravn       | 14       | Ingen handling\n"
            "Assens Autolak     | Lisbeth Kamp     | 9020     | keep (owner)\n"
            "Assens Autolak     | Jan-Erik Voss    | 9026     | Slet\n")
    assert pairs(body) == [("Jacob Winkel", "15"), ("Jan-Erik Voss", "9026")]


def test_a_row_that_keeps_its_recording_is_no_subject() -> None:
    body = ("Stop optagelse for nedenstående.\n\nMedarbejder         | Lokalnr. | Handling\n"
            "Vibeke Lindholm     | 540      | Stop optagelse\n"
            "Hussein Ali Mahmoud | 547      | Behold optagelse\n")
    assert pairs(body, kind="objection") == [("Vibeke Lindholm", "540")]


def test_a_kept_row_of_columns_aligned_with_spaces_is_no_subject() -> None:
    body = ("Kan I få slettet disse?\n\nNavn               Lokalnr   Handling\n"
            "Jannik Roed        44        Slet\nHelena Sørup       46        Slet\n"
            "Tove Riis          40        Behold\n")
    assert pairs(body) == [("Jannik Roed", "44"), ("Helena Sørup", "46")]


def test_a_remark_column_saying_none_keeps_the_row() -> None:
    body = "Navn | Lok | Bemærkning\nJens Hansen | 214 | ingen\nMette Lund | 215 | fratrådt\n"
    assert pairs(body) == [("Jens Hansen", "214"), ("Mette Lund", "215")]


# --- titles, degrees and generations ------------------------------------------------------


def test_a_generation_that_tells_no_one_apart_is_left_out() -> None:
    assert pairs("Kan i slette dyrlæge Mikkel Bjerregaard Sr. lokal 12 hos Dyreklinikken "
                 "Ribe.\n") == [("Mikkel Bjerregaard", "12")]


def test_a_generation_beside_the_other_one_is_kept() -> None:
    body = ("Dyrlæge Søren Bjerre d.y. (lok. 20) vil gerne have indsigt. Det er ikke hans far, "
            "klinikejer Søren Bjerre d.æ., der er kontaktperson.\n")
    assert pairs(body, kind="access") == [("Søren Bjerre d.y.", "20")]


def test_degrees_after_a_name_are_no_part_of_it() -> None:
    body = ("Please anonymise the following vets:\n\n  Dr. Ewan MacLeod, MRCVS (ext 208)\n"
            "  Dr. Siobhan O'Connor (ext 209)\n")
    assert pairs(body) == [("Ewan MacLeod", "208"), ("Siobhan O'Connor", "209")]


def test_a_lawyers_own_client_named_in_the_reference_line() -> None:
    body = ("Vedr.: Anmodning om sletning - vores klient Thomas Riis Andersen\n\n"
            "Jeg repræsenterer Thomas Riis Andersen, der var ansat hos Greve Ejendomsservice "
            "ApS med lokalnummer 551.\n")
    assert pairs(body, sender="Katrine Lund") == [("Thomas Riis Andersen", "551")]


# --- temps, schools and devices ------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Nibe Murerforretning har en vikar fra Manpower, Karina Dalsgaard, lok 55. Hun vil "
     "have indsigt.\n", [("Karina Dalsgaard", "55")]),
    ("Please erase the data for our customer's intern, Javier, on extension 5530. He was an "
     "exchange student from Universidad de Salamanca.\n", [(None, "5530")]),
    ("Slet venligst Bettina fra lok 44. Hendes telefon (Xiaomi Redmi Note 13, IMEI "
     "861234052267891) er afleveret.\n", [(None, "44")]),
])
def test_agencies_schools_and_phones_are_no_employees(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert pairs(body) == expected


def test_a_trainee_known_by_first_name_is_a_nameless_employee() -> None:
    assert pairs("Slet deres praktikant Nikolaj. Han stoppede i sidste uge.\n",
                 subject="Praktikant Nikolaj") == [(None, None)]


def test_a_sim_cards_unblocking_code_is_a_credential() -> None:
    assert found("His SIM PIN is 1995 and PUK 77420183 in case you need it (ICCID "
                 "8945102100056781234).") == [("credential", "1995"), ("credential", "77420183")]
    assert categories("Puk Hansen 2145 6789 er stoppet.") == set()


def test_convictions_as_beliefs_are_no_criminal_record() -> None:
    assert categories("It conflicts with his convictions as a practising Muslim.") == {
        "religion"}
    assert categories("His convictions for theft are known to HR.") == {"criminal"}


# --- Swedish and Norwegian ------------------------------------------------------------------


def test_a_swedish_mail_is_answered_in_danish() -> None:
    text = ("Sluta spela in samtal - Lars-Erik Nyström\nHej,\n\nKunden Hisingen Logistik AB "
            "vill att ni slutar spela in samtal för en av deras anställda:\n\n"
            "Lars-Erik Nyström, anknytning 7702\n\nHan har invänt mot inspelningen och kunden "
            "har godkänt det. Övriga inspelningar på kön ska fortsätta som vanligt.\n\n"
            "Vänliga hälsningar\nSupport\nGöteborgs Växelservice AB\n")
    assert detect_language(text) == "da"


def test_a_swedish_and_english_auto_reply_is_english() -> None:
    text = ("Jag är inte på kontoret och kommer tillbaka den 12 augusti.\n\n"
            "I am out of the office and will be back on 12 August. For urgent matters please "
            "contact our support desk.\n")
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Registerutdrag", "Vi behöver samtalslogg för Maja på anknytning 2207 och även för "
     "anknytning 2209. Båda har begärt registerutdrag.", "access"),
    ("Felstavat namn", "Namnet är felstavat hos er. Det står Jonas Petterson men ska vara "
     "Jonas Pettersson.", "rectification"),
    ("Stopp opptak - Marius Hetland Aune", "Kunden ber om at dere slutter med opptak av "
     "samtaler for Marius Hetland Aune - internnummer 5012.", "objection"),
])
def test_swedish_and_norwegian_requests(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_swedish_extension_abbreviations_and_function_words() -> None:
    assert pairs("Vi behöver underlag för Sara Nilsson (ank. 4402) och Per Holmqvist "
                 "(ank. 4405).\n", kind="access") == [("Sara Nilsson", "4402"),
                                                       ("Per Holmqvist", "4405")]
    assert pairs("Samtalslogg för Maja på anknytning 2207 och även för anknytning 2209.\n",
                 kind="access") == [(None, "2207"), (None, "2209")]


@pytest.mark.parametrize(("text", "category"), [
    ("Begge har sluttet, Lene er langtidssykmeldt.", "health"),
    ("Bakgrunnen er at han er siktet for underslag.", "criminal"),
    ("Han begynner som pastor i pinsemenigheten.", "religion"),
    ("Hon har blivit kommunalråd för Vänsterpartiet.", "politics"),
])
def test_sensitive_words_in_swedish_and_norwegian(text: str, category: str) -> None:
    assert categories(text) == {category}


def test_a_norwegian_password_with_its_value_is_a_credential() -> None:
    assert found("Om dere må logge inn er passordet VossBygg#2024 (brukernavn admin.voss).") == [
        ("credential", "VossBygg#2024")]


def test_a_swedish_and_danish_out_of_office_subject_is_an_auto_reply() -> None:
    raw = plain_mail("Frånvaro / Fravær: [GDPR-2024-000336]",
                     "Hej!\n\nJag är tjänstledig till och med 14 april och läser inte min "
                     "e-post.\n\nJeg er på orlov til og med 14. april.\n\nJohanna Lindqvist\n")
    assert parse_mail(raw).automated is not None


def test_cpr_numbers_with_a_spaced_dash_or_a_shortened_cue() -> None:
    assert found("Kunden har oplyst hans CPR 010190 - 2345 til identifikation.") == [
        ("cpr", "010190 - 2345")]
    assert found("HR sent us Aiko's civil reg. no 071289-1234 as well.") == [
        ("cpr", "071289-1234")]
    assert categories("Bestilling 120390 - 1500 stk headsets") == set()
