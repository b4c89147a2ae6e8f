"""Extensions written with a site code (parsers/sites.py), emoji read as words
(parsers/pictographs.py), wide HR exports (parsers/tables.py), CPR and card numbers
written to dodge a pattern and sensitive words in other languages
(parsers/sensitive.py). Cases written for the rules, beside the held-out sets that
prompted them."""

from __future__ import annotations

import pytest

from parsers.pictographs import plain_pictographs
from parsers.sites import without_site_codes
from tests.reading import categories, employees, found, pairs

# --- site codes ---------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Slet Søren Bøgh Lassen. Han sidder på lok. 2-318 (site 2 er Brønderslev).\n",
     [("Søren Bøgh Lassen", "318")]),
    ("Slet venligst Bjarne Kold (8-140) og Tina Rask Iversen (8-141).\n",
     [("Bjarne Kold", "140"), ("Tina Rask Iversen", "141")]),
    ("Slet venligst Lone Vestergaard Madsen på 1#305.\n",
     [("Lone Vestergaard Madsen", "305")]),
    ("Camilla Frost sidder på Vejle-412.\n", [("Camilla Frost", "412")]),
    ("Please erase Ahmet Yılmaz, AAR 505, at Nordhavn Shipping.\n", [("Ahmet Yılmaz", "505")]),
    ("Kunden vil have indsigt om Ali Reza Hosseini, 214@glostrup. Han har bedt om det.\n",
     [("Ali Reza Hosseini", "214")]),
    ("Kamila Nowak-Żurawska - 70 70 10 10-512\nThomas O'Connor - 70 70 10 10-513\n",
     [("Kamila Nowak-Żurawska", "512"), ("Thomas O'Connor", "513")]),
])
def test_a_site_coded_extension_is_the_internal_number(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize("text", [
    "Husk også at fjerne ham fra omstillingsgruppe 4 (9-16).",
    "Our internal reference is order 20260611-77.",
    "Numrene 97 12 80 01-15 beholder kunden.",
    "Telefon: Yealink T54W, MAC 80:5E:C0:2A:9F:11",
    "Both left Kildebakken SFO 31 May.",
    "AHD\t401\tAnne Holst Dam\tRevision\t2401",
])
def test_ranges_references_and_codes_are_no_site_codes(text: str) -> None:
    assert without_site_codes(text) == text


def test_a_correction_between_site_coded_numbers_is_read() -> None:
    body = ("Slet venligst:\nlok. 2-214 Ib Kristoffersen\nlok. 2-215 Hanne Lykke\n\n"
            "Rettelse: Hanne Lykke sidder på 2-216, ikke 2-215. 2-215 er en aktiv medarbejder.\n")
    assert employees(body) == [("Ib Kristoffersen", "214"), ("Hanne Lykke", "216")]


# --- emoji --------------------------------------------------------------------------

def test_emoji_read_as_words_or_left_out() -> None:
    assert plain_pictographs("❌ Mette Lund 🗑️ lok 215\n❌ Karsten Bøgh Nielsen ➡️ 231\n") == (
        "- Mette Lund  lok 215\n- Karsten Bøgh Nielsen lok 231\n"
    )
    assert plain_pictographs("Lok er 📞 0217 👍") == "Lok er lok 0217 "
    assert plain_pictographs("Ring 📞 70 20 30 40") == "Ring  70 20 30 40"


def test_an_emoji_list_names_its_employees() -> None:
    body = ("Oprydning hos Brdr. Kjeldsen 🧹\n\n❌ Mette Lund 🗑️ lok 215\n"
            "❌ Karsten Bøgh Nielsen ➡️ 231\n")
    assert employees(body) == [("Mette Lund", "215"), ("Karsten Bøgh Nielsen", "231")]
    body = "📄 Vi skal bruge indsigt i hvad I har på 👉 Rasmus Østergaard Kjær 📞 42\n"
    assert employees(body, "Indsigt") == [("Rasmus Østergaard Kjær", "42")]


# --- wide exports ---------------------------------------------------------------------

def test_a_wide_export_is_read_by_its_name_and_internal_phone_columns() -> None:
    body = ("Vedhæftet udtræk:\n\nMedarbejdernr;Navn;Afdeling;Omkostningssted;Tlf. (intern);Mobil;"
            "Startdato;Nærmeste leder\n"
            "5012;Anne Marie Holm;Reception;7010;100;+45 20 11 30 44;2016-04-01;Lis Munk\n"
            "5190;Christian Dyhr;Økonomi;7200;141;+45 31 22 90 10;2019-09-01;Lis Munk\n")
    assert pairs(body) == [("Anne Marie Holm", "100"), ("Christian Dyhr", "141")]


def test_a_hire_date_column_called_ansat_is_no_name_column() -> None:
    body = ("Medarb.nr\tNavn\tAfd.nr\tLeder\tLok.\tMobil\tAnsat\n"
            "10482\tKarina Dahl Sørensen\t210\tPer Vinther\t2231\t23 45 11 09\t01-08-2019\n")
    assert pairs(body) == [("Karina Dahl Sørensen", "2231")]


# --- who is no subject ----------------------------------------------------------------

def test_the_customers_contact_person_is_no_subject() -> None:
    body = ("Slet venligst:\n- Mads Kjærgaard, lok. 21\n- Natalia Petrova, lok. 24\n\n"
            "Kundens kontaktperson er Gitte Lorentzen, lok. 20, hvis I har spørgsmål.\n")
    assert pairs(body) == [("Mads Kjærgaard", "21"), ("Natalia Petrova", "24")]


def test_a_number_belonging_to_a_named_person_is_theirs() -> None:
    body = ("Vi anmoder om, at optagelsen af samtaler på lok. 130, tilhørende Fru Pia Winther "
            "Steffensen, stoppes.\n")
    assert pairs(body, kind="objection") == [("Pia Winther Steffensen", "130")]


# --- numbers written to dodge a pattern ---------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Mit CPR er 0 7 1 1 9 2 - 1 2 3 3, hvis I skal bruge det.", "0 7 1 1 9 2 - 1 2 3 3"),
    ("CPR: 230471-44l8 (fra kunden)", "230471-44l8"),
    ("hans cpr 12O385-1137 stod på sedlen", "12O385-1137"),
    ("Han har cpr 090588-\n2241 og stopper fredag.", "090588-\n2241"),
    ("Kim Bo Ottesen | 19 11 75-2043 | Salg", "19 11 75-2043"),
    ("Hun er født 12. marts 1985, de sidste fire er 1137.",
     "født 12. marts 1985, de sidste fire er 1137"),
])
def test_a_disguised_cpr_number_is_found(text: str, value: str) -> None:
    assert ("cpr", value) in found(text)


def test_a_card_number_broken_over_a_line_is_found() -> None:
    assert ("payment_card", "4571 2301\n8844 1236") in found("Kortet var 4571 2301\n8844 1236.")


@pytest.mark.parametrize("text", [
    "Ordrenummer 1 2 0 3 2 5 0 4 4 7 og levering 12.03.2025.",
    "Ring på 2 0 1 1 3 0 4 4 efter kl. 16.",
    "Varenr. A1203B5-11 er udgået.",
])
def test_spaced_and_lettered_numbers_of_other_kinds_are_no_cpr(text: str) -> None:
    assert "cpr" not in categories(text)


def test_a_pin_in_brackets_after_its_word_is_a_credential() -> None:
    text = "We tried to log in, but the PIN he gave us (7394) does not seem to work anymore."
    assert ("credential", "7394") in found(text)


@pytest.mark.parametrize(("text", "category"), [
    ('Hun skrev "porque soy testigo de Jehová y no celebro cumpleaños".', "religion"),
    ('Hun skrev: "Jag har pratat med mitt fackförbund".', "trade_union"),
    ("Hun har været på zwolnienie lekarskie i Polen.", "health"),
    ('Hendes leder skrev at "hun er hamla" og derfor stopper.', "health"),
    ('He was dismissed after they learned he is "vorbestraft".', "criminal"),
    ('Hun er "medlem av Arbeiderpartiet og skal stille til valg".', "politics"),
    ("Han blev opsagt, og Dansk Metal fører sagen for ham.", "trade_union"),
    ("Hun er stress-sygem. og kommer ikke tilbage.", "health"),
])
def test_sensitive_words_in_other_languages_and_short_forms_are_found(
    text: str, category: str
) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", [
    "Kunden Union IT ApS skriver om en medarbejder.",
    "Lærerne underviser i Matemáticas, Historia og Religión y Valores.",
    "Advokaten fører sagen for ham.",
])
def test_look_alikes_in_other_languages_are_not_flagged(text: str) -> None:
    assert not categories(text) & {"religion", "trade_union", "health"}
