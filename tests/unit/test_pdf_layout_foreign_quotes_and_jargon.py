"""Text copied out of PDFs, quote headers of mail programs set to other languages,
request jargon, employment schemes, character-drawn tables, name changes and third
parties' demands: cases written for the rules these mails prompted (parsers/layout.py,
parsers/history.py, parsers/kinds.py, parsers/tables.py, parsers/names.py,
parsers/sensitive.py), beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.layout import plain_layout
from parsers.mail import parse_mail
from tests.reading import categories, employees, pairs, plain_mail

# --- a PDF page's layout ---------------------------------------------------------------


def test_words_hyphenated_across_line_ends_are_one_word() -> None:
    text = "Medarbejderen havde lokal-\nnummer 4312 og hed Anne-\nMette Holm.\n"
    assert plain_layout(text) == "Medarbejderen havde lokalnummer 4312 og hed Anne-Mette Holm.\n"


def test_a_number_on_its_own_line_finishes_the_sentence_the_page_broke() -> None:
    body = ("Tre medarbejdere skal slettes:\n\nMikkel Thygesen har lokal 4501, Anne-Mette Bruun "
            "har 4502, og så Kim Nguyen, som\nhavde\n\n4507\n\nMvh\nHenrik\n")
    assert employees(body) == [("Mikkel Thygesen", "4501"), ("Anne-Mette Bruun", "4502"),
                               ("Kim Nguyen", "4507")]


def test_a_column_of_numbers_is_not_joined_to_a_sentence() -> None:
    text = "Listen er kommet ud under hinanden\n221\n224\n"
    assert plain_layout(text) == text


def test_columns_that_came_out_one_after_another_are_rows_again() -> None:
    body = ("Kunden har sendt et skema, som er kommet ud i stykker:\n\nNavn\nSusanne Kragh\n"
            "Morten Bach Nielsen\nAhmad Rahimi\nFORTROLIGT\nLokalnummer\n221\n224\n0237\n"
            "Fratrædelsesdato\n30.09.2024\n15.10.2024\n31.10.2024\n\nMvh\nJens\n")
    assert employees(body) == [("Susanne Kragh", "221"), ("Morten Bach Nielsen", "224"),
                               ("Ahmad Rahimi", "0237")]


def test_a_name_beyond_the_column_of_numbers_keeps_no_number() -> None:
    body = ("Medarbejdere der skal slettes:\nKarsten Holm\nBente Iversen\nRikke Skov Jepsen\n"
            "lokalnr.\n310\n311\n\nMvh\nAnne\n")
    assert employees(body) == [("Karsten Holm", "310"), ("Bente Iversen", "311"),
                               ("Rikke Skov Jepsen", None)]


def test_ligatures_of_a_pdf_read_as_their_letters() -> None:
    parsed = parse_mail(plain_mail("Sletning", "Kim Nguyen (lokal 4507) er \ufb02yttet til et "
                                               "andet \ufb01rma og skal slettes.\n"))
    assert "flyttet" in parsed.new_text and "firma" in parsed.new_text


# --- quote headers of mail programs in other languages ------------------------------------


@pytest.mark.parametrize("attribution", [
    "Il giorno 11 mar 2025, alle ore 13:22, Francesca Moretti <francesca@caffemilano.dk> "
    "ha scritto:",
    "El lun, 3 mar 2025 a las 10:12, Francesca Moretti (<francesca@caffemilano.dk>) escribió:",
    "Le lun. 3 mars 2025 à 10:12, Francesca Moretti <francesca@caffemilano.dk> a écrit :",
    "Op 3 mrt. 2025 om 10:12 schreef Francesca Moretti <francesca@caffemilano.dk>:",
])
def test_the_author_of_a_quote_in_another_language_is_no_employee(attribution: str) -> None:
    body = ("Hej Flexfone\n\nKunden vil have slettet data om Kasper på lokal 117, som er stoppet. "
            "Efternavnet har de ikke skrevet – se nedenfor.\n\nMvh Jakob\n\n"
            f"> {attribution}\n>\n> Ciao Jakob,\n> Kasper (interno 117) non lavora più da noi.\n"
            "> Grazie, Francesca\n")
    assert employees(body, subject="Re: Cancellazione dati") == [(None, "117")]


@pytest.mark.parametrize("greeting", ["Ciao Sanne", "Hola Camilla", "Bonjour Helle"])
def test_a_greeting_in_another_language_is_no_name(greeting: str) -> None:
    body = ("Hej Flexfone\n\nKunden vil have slettet medarbejderen nedenfor.\n\nMvh Sanne\n\n"
            "---------- Forwarded message ---------\nFrom: Luca Conti <l@x.it>\nDate: 3 mar "
            f"2025\nSubject: Dati\n\n{greeting},\nper favore cancellate Giulia Bianchi, "
            "interno 9034.\n")
    assert employees(body, subject="Fwd: Dati") == [("Giulia Bianchi", "9034")]


@pytest.mark.parametrize(("text", "category"), [
    ("Oskar har varit långtidssjukskriven sedan i höstas.", "health"),
    ("Er hat gekündigt, weil er homosexuell ist.", "sexuality"),
    ("Ze denkt dat ze anders behandeld wordt omdat ze van Somalische afkomst is.", "ethnicity"),
    ("È molto attivo nella parrocchia cattolica.", "religion"),
    ("Il a été licencié après avoir été condamné pour vol.", "criminal"),
    ("Hans lösenord till självbetjäningsportalen är Sommer2024! om ni behöver det.",
     "credential"),
])
def test_sensitive_data_in_a_quoted_mail_of_another_language_is_found(
    text: str, category: str
) -> None:
    assert category in categories(text)


# --- request jargon ---------------------------------------------------------------------


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("GDPR-slet lok 1107", "GDPR-slet på Rebekka Holst Madsen, lok 1107, hos Herning Revision.",
     "erasure"),
    ("scrub user", "Please scrub Marcus Lindqvist, ext 45, from all your systems.", "erasure"),
    ("Ryd op - Lemvig Auto", "Ryd op i Lene og Bo hos Lemvig Auto – lok 301 og 302.", "erasure"),
    ("De-identification of 2 users", "Please de-identify Jan-Ove Nilsen - ext 405.", "erasure"),
    ("Registerindsigt lok 88", "Registerindsigt ønskes for Jette Marie Kragh Olesen, lok. 88.",
     "access"),
])
def test_jargon_for_a_request_is_understood(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


@pytest.mark.parametrize(("subject", "body"), [
    ("Purge of stuck callback queue", "Could you purge the callback queue 'Kundeservice-CB' on "
     "customer 40112? About 300 stale callback requests are stuck."),
    ("Retention after A17 erasure?", "Quick question before we send more A17 requests: after "
     "you anonymise a user, how long do you keep the CDRs?"),
])
def test_jargon_that_asks_for_no_request_is_other(subject: str, body: str) -> None:
    assert classify_kind(subject, body, "") == "other"


def test_a_request_word_opening_the_line_is_no_name() -> None:
    body = "Offboarding af Sebastian Vinther Holm, lok 2450, hos Hillerød Camping. Slet ham.\n"
    assert pairs(body) == [("Sebastian Vinther Holm", "2450")]


# --- third parties ---------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Nordsjællands Politi efterforsker en sag. Det drejer sig om Kasper Holm Lindqvist, "
    "lokalnummer 214, og vi beder om udlevering af samtlige optagelser, jf. retsplejelovens "
    "§ 804.",
    "Skyldner: Brian Toft Kristiansen. Vi anmoder om oplysning om skyldners arbejdsgiver og "
    "telefonnummer.",
    "Claim reference: ALL-DK-2026-004417. We act for the employer's liability insurer and "
    "request copies of his call logs and recorded calls.",
])
def test_a_third_partys_demand_for_an_employees_data_is_other(body: str) -> None:
    assert classify_kind("Anmodning", body, "") == "other"


# --- employment schemes, children's ages, tables, name changes --------------------------


@pytest.mark.parametrize("text", ["Hun er ansat i flexjob.", "Han har et skånejob på lageret.",
                                  "Han var i revalidering.", "Hun har job på særlige vilkår."])
def test_an_employment_scheme_for_reduced_work_capacity_is_health(text: str) -> None:
    assert "health" in categories(text)


@pytest.mark.parametrize("text", ["Han er elev hos os.", "Hun er lærling på værkstedet.",
                                  "Han er ansat med løntilskud."])
def test_apprentices_and_wage_subsidies_are_not_health(text: str) -> None:
    assert "health" not in categories(text)


def test_a_childs_age_in_brackets_is_no_extension() -> None:
    body = ("My son Noah Thorsen (16) works a few afternoons a week at Hellerup Cykler and uses "
            "extension 19. I would like to know what data you keep about him.\n")
    assert pairs(body, kind="access") == [("Noah Thorsen", "19")]


def test_a_box_drawn_table_is_read_as_a_table() -> None:
    body = ("Følgende skal anonymiseres:\n\n┌───────┬────────────────────────┬─────────┐\n"
            "│ Lokal │ Navn                   │ Afd.    │\n├───────┼────────────────────────┼"
            "─────────┤\n│ 2201  │ Ole Kragh              │ Lager   │\n│ 2202  │ Dorthe Maj "
            "Bech-Larsen │ Økonomi │\n└───────┴────────────────────────┴─────────┘\n")
    assert employees(body) == [("Ole Kragh", "2201"), ("Dorthe Maj Bech-Larsen", "2202")]


def test_a_status_the_request_names_picks_the_tables_rows() -> None:
    body = ("De to med status FRATRÅDT skal slettes – de øvrige er stadig ansat.\n\n"
            "EXT   NAME                        DEPT    STATUS\n"
            "----  --------------------------  ------  ---------\n"
            "101   Mette Lund Kristensen       ADM     AKTIV\n"
            "102   Jonas Friis                 ADM     FRATRÅDT\n"
            "118   Rasmus Kjeldgaard Nielsen   VÆRKST  FRATRÅDT\n")
    assert employees(body) == [("Jonas Friis", "102"), ("Rasmus Kjeldgaard Nielsen", "118")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Lok. 118: Peter Møller Schmidt -> Peter Schmidt (dropper mellemnavnet)\n",
     [("Peter Schmidt", "118")]),
    ("Lokal 4034: Signe Bjerre Holm er blevet skilt og hedder igen Signe Bjerre\n",
     [("Signe Bjerre", "4034")]),
])
def test_a_new_name_shorter_than_the_old_one_is_the_name(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body, kind="rectification", subject="Navneændring") == expected


# --- lists --------------------------------------------------------------------------------


def test_a_number_first_row_beside_a_row_without_name_is_in_the_list() -> None:
    body = ("All users should be deleted:\n\nPeter Madsen - 412\n\n--- page 2 ---\n\n"
            "44 Chen Larsen\next 592 (name unknown)\nKasper Ali (313)\n\nBest\nEmma\n")
    assert employees(body) == [("Peter Madsen", "412"), ("Chen Larsen", "44"), (None, "592"),
                               ("Kasper Ali", "313")]


def test_a_bare_number_between_employee_rows_is_an_extension_without_name() -> None:
    body = ("Slet venligst:\n\n- Ingrid Shevchenko, ext. 665\n- 701\n- 9800 Maja Lykke\n\n"
            "Mvh\nAnne\n")
    assert employees(body) == [("Ingrid Shevchenko", "665"), (None, "701"), ("Maja Lykke", "9800")]


def test_a_name_equals_its_number() -> None:
    body = "Sofia sent the missing bits:\n592 = Mikkel Nowak\nYasmin Petersen-Lund = 41\n"
    assert pairs(body) == [("Mikkel Nowak", "592"), ("Yasmin Petersen-Lund", "41")]


def test_an_empty_cell_ending_a_line_ends_the_name() -> None:
    body = ("Please scrub these users:\n\nHannah Greenfield\t6101\nAisha Bello\t\n"
            "Frederik Lykke Bonde\t6122\n")
    assert pairs(body) == [("Hannah Greenfield", "6101"), ("Aisha Bello", None),
                           ("Frederik Lykke Bonde", "6122")]


def test_a_first_name_under_a_number_first_row_is_one_more_employee() -> None:
    body = "Slet venligst:\n\nRikke Ravn, lokal 458\n935 Bjarke Damgaard\nSara (praktikant)\n"
    assert pairs(body) == [("Rikke Ravn", "458"), ("Bjarke Damgaard", "935"), (None, None)]


def test_a_ticket_systems_signature_with_a_long_contact_line_is_cut() -> None:
    body = ("Anonymiser venligst:\n\nÅse Mikkelsen - 361\n419 Emil Skovgaard\n\n"
            "Svar venligst på denne mail så det lander på sagen.\n\nCarsten Bøgh\n"
            "IT-Centralen Fyn – support@itcfyn.dk – 66 14 80 80\n")
    assert employees(body) == [("Åse Mikkelsen", "361"), ("Emil Skovgaard", "419")]


# --- a colleague's note -----------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Ringede i dag kl. 10:15, Mette Brandt fra NetPartner (mette.brandt@netpartner.dk / 86 12 "
    "40 55): hun vil have slettet Lars Øgaard Nielsen, lokal 214.\n",
    "Per Skov fra TeleComfort ringede. Kunden vil have slettet Lars Øgaard Nielsen, lokal 214.\n",
    "Opkald fra kunden selv - Bageriet Østerbro ApS, Lone Møller (lone@bageriet.dk, 35 26 18 "
    "90). Hun vil have slettet Lars Øgaard Nielsen, lokal 214.\n",
])
def test_who_called_in_a_request_is_no_employee(body: str) -> None:
    assert pairs(body) == [("Lars Øgaard Nielsen", "214")]


def test_a_political_branch_by_its_short_name_is_politics() -> None:
    assert "politics" in categories("Han er formand for den lokale SF-afdeling.")
