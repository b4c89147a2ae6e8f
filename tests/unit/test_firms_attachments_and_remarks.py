"""Culture, farm and public-unit customers, legal forms written with dots, a firm's
line above the signer's name, CSV rows that give the number first or change a
surname in a remark column, "local 2650", a month that is a middle name, a
producer who asks for others, an access point that asks for nothing, and a forward
whose writer mentions another matter: the forms six blind sets (DR to DW: builders,
public institutions, car trade, retail chains, culture, farms) brought, each with
cases of our own."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.model import DataSubject
from parsers.signatures import cut_signature
from parsers.tables import rows_as_lines
from tests.reading import subjects


@pytest.mark.parametrize("customer", [
    "Teatret Vestergade", "Salling Mejeri", "Thy Kvægavl", "Langeland Æg",
    "Vestergaard Pig Farm", "Skagen Filmarkiv", "Internal Audit",
])
def test_culture_farm_and_unit_customers_are_no_employee(customer: str) -> None:
    body = f"Hej\nPå vegne af {customer} beder vi om sletning af Mikkel Tygesen, lokal 45."
    assert subjects(body) == (DataSubject("Mikkel Tygesen", "45"),)


def test_a_customer_with_its_legal_form_written_with_dots_is_no_employee() -> None:
    body = ("Thy Kvægavl A.m.b.a. har modtaget anmodninger om indsigt fra fire medarbejdere. "
            "Se vedhæftede liste.")
    assert subjects(body, "access") == (DataSubject(None, None),)


def test_a_surname_and_a_trade_is_the_master_s_firm() -> None:
    body = "Art. 17 – Peter Holm Jakobsen, lok 66 (Jakobsen Murer). Tak"
    assert subjects(body) == (DataSubject("Peter Holm Jakobsen", "66"),)


def test_a_firm_s_line_above_the_signer_opens_the_signature() -> None:
    body = ("Please delete: Hansen, Jens – ext. 118. Han stoppede 30.01.2026.\n"
            "KontaktLinjen ApS\nMikkel Dahl\nCVR 40 11 22 33\n")
    assert cut_signature(body).rstrip().endswith("30.01.2026.")
    assert subjects(body, sender="KontaktLinjen") == (DataSubject("Jens Hansen", "118"),)


def test_a_firm_s_line_inside_the_text_is_no_signature() -> None:
    body = "Slet venligst:\nNordvest Byg ApS\nJens Hansen\nlokal 12\n"
    assert cut_signature(body) == body


def test_a_csv_row_giving_the_number_first() -> None:
    body = ("lokalnummer;korrekt navn;står i dag som\n1201;Jørgen Aagaard Nielsen;Jorgen Agard "
            "Nielsen\n1204;Zofia Kamińska-Lund;Zofia Kaminska Lund\n")
    assert subjects(body, "rectification") == (
        DataSubject("Jørgen Aagaard Nielsen", "1201"), DataSubject("Zofia Kamińska-Lund", "1204"),
    )


def test_a_remark_column_changing_a_surname_is_kept_and_applied() -> None:
    table = ("navn;lokal;rettelse\nSøs Bendtsen;401;efternavn skal være Bendtsen-Krogh\n"
             "Kaj Ove Thomsen;402;mail ændres til kot@aalestrup-roser.dk\n")
    assert "efternavn skal være Bendtsen-Krogh" in rows_as_lines(table)
    assert "mail ændres" not in rows_as_lines(table)
    assert subjects(table, "rectification") == (
        DataSubject("Søs Bendtsen-Krogh", "401"), DataSubject("Kaj Ove Thomsen", "402"),
    )


def test_a_surname_changed_in_prose() -> None:
    body = "Anna Berg (lok 12) er blevet gift: hendes efternavn skal være Holm fremover."
    assert subjects(body, "rectification") == (DataSubject("Anna Holm", "12"),)


@pytest.mark.parametrize("written", ["local 2650", "Local 2650", "local no. 2650"])
def test_local_is_an_english_extension_cue(written: str) -> None:
    body = f"Our former shop assistant Jakub Nowak ({written}) has asked for his voicemails."
    assert subjects(body, "portability") == (DataSubject("Jakub Nowak", "2650"),)


def test_a_month_that_is_a_first_name_too_is_a_middle_name() -> None:
    body = "Navn | Lokalnummer\nJohannes Berg | 2201\nSigne Maj Rasmussen | 2202\n"
    assert subjects(body) == (
        DataSubject("Johannes Berg", "2201"), DataSubject("Signe Maj Rasmussen", "2202"),
    )


def test_a_lower_case_middle_initial_is_part_of_the_name() -> None:
    body = ("hej slet venligst anne-marie dalgaard holm lok 88 og peter h. due lok 89 begge "
            "stoppet hos malerfirma dalgaard")
    assert subjects(body) == (
        DataSubject("anne-marie dalgaard holm", "88"), DataSubject("peter h. due", "89"),
    )


def test_a_producer_who_asks_for_others_is_no_employee() -> None:
    body = ("Festivalens producent, Kasper Holt, har bedt om, at følgende slettes:\n"
            "Navn                 Lokal\nOliver Sandberg      8801\n")
    assert subjects(body) == (DataSubject("Oliver Sandberg", "8801"),)


def test_access_points_ask_for_no_access() -> None:
    body = ("De har også bedt os om nye access points til cafeen. Birgitte Lykke Sørensen, "
            "lokal 2104, er stoppet, og de ønsker at hun bliver slettet/anonymiseret hos jer.")
    assert classify_kind("Sletning af fratrådt medarbejder", body, "") == "erasure"


def test_another_matter_named_above_a_forward_leaves_the_forwarded_request() -> None:
    quoted = ("---------- Forwarded message ---------\nFra: Omar Farah <omar@pizzaparadis.dk>\n"
              "Subject: Sletning\n\nHej Louise\nHodan Warsame, lokal 1410, er stoppet i går. Hun "
              "skal slettes hos Flexfone.\nHilsen Omar\n")
    body = ("Kunden skriver nedenfor – de vil have en medarbejder slettet. Zeynep-sagen fra "
            "sidste uge er en anden sag.")
    assert subjects(body, quoted=quoted, subject="Fwd: Sletning") == (
        DataSubject("Hodan Warsame", "1410"),
    )


def test_a_name_turned_round_before_its_number_in_brackets() -> None:
    body = "jf. art. 17: slet venligst også Hansen, Jens (214) hos Bogense Auto."
    assert subjects(body) == (DataSubject("Jens Hansen", "214"),)


def test_a_whole_new_name_after_surname_is_now_is_no_surname() -> None:
    body = ("Emma Louise Carlsen, ext. 2040, got married and her surname is now Emma Louise "
            "Lindqvist.")
    assert subjects(body, "rectification") == (DataSubject("Emma Louise Lindqvist", "2040"),)
