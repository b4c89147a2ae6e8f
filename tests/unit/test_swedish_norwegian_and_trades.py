"""Requests from Swedish and Norwegian resellers (anknytning, internnummer, radera, innsyn,
talemeldinger), extensions written as a line, a device or "nr" by the trades, names in
capitals after a short given name, exceptions opening a line, and the person request
that outweighs an opt-out beside it."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import pairs


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Radera anställd", "Vår kund har en anställd som slutade förra veckan. Vi ber er radera "
     "henne ur systemet:\n\nAnnika Berg\n", "erasure"),
    ("Utlevering av talemeldinger og samtaleopptak", "Kunden ber om å få utlevert alle "
     "talemeldinger og opptak av samtaler for en ansatt:\n\nIngrid Marie Bakke Lund – "
     "internnummer 5120\n", "portability"),
    ("Stoppa inspelning", "Kan ni sluta spela in samtalen för Erik Sandström, anknytning "
     "7731?", "objection"),
    ("Innsynsbegjæring - internnummer 4405", "Vi har fått en forespørsel om innsyn fra en "
     "tidligere ansatt. Hun hadde internnummer 4405.", "access"),
    ("Namnändring anknytning 4420", "Den anställda Sara Holm har gift sig och heter numera "
     "Sara Holm Qvist.", "rectification"),
    ("Avmelding nyhetsbrev", "Kunden vår ønsker ikke lenger å motta nyhetsbrev eller tilbud "
     "fra Flexfone.", "marketing_optout"),
    ("Samtalslista", "Kan ni skicka samtalslistan för vår kunds anställda Maja?", "access"),
])
def test_swedish_and_norwegian_requests_have_their_kind(
    subject: str, body: str, kind: str,
) -> None:
    assert classify_kind(subject, body, "") == kind


@pytest.mark.parametrize(("body", "expected"), [
    ("Vänligen radera Ahmed Yusuf Abdi (ankn. 1203) och Jörgen Pålsson (ankn. 1211).",
     [("Ahmed Yusuf Abdi", "1203"), ("Jörgen Pålsson", "1211")]),
    ("Ingrid Marie Bakke Lund – internnummer 5120", [("Ingrid Marie Bakke Lund", "5120")]),
    ("Kan vi få ut samtalsloggen för Henrik Ek, ankn 90, för perioden 1 jan - 28 feb?",
     [("Henrik Ek", "90")]),
    ("Anknytningen för Annika Berg är 1187. Glömde den i förra mejlet, förlåt!",
     [("Annika Berg", "1187")]),
])
def test_swedish_and_norwegian_extension_words(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body) == expected


def test_a_swedish_trade_and_subject_line_words_are_no_names() -> None:
    body = ('Namnet på anknytning 218 hos Lunds Bokhandel är fel, det står "Ebba Lind" men ska '
            "vara\n\nEbba Lindgren Sørensen\n")
    assert pairs(body, "Fel namn anknytning 218", kind="rectification") == [
        ("Ebba Lindgren Sørensen", "218")
    ]


@pytest.mark.parametrize(("body", "expected"), [
    ("Mogens Aage Lund - linje 22\nGitte Iversen - linje 23",
     [("Mogens Aage Lund", "22"), ("Gitte Iversen", "23")]),
    ("Stop optagelse for Karsten Bjerre apparat 52 inden han bliver flyttet.",
     [("Karsten Bjerre", "52")]),
    ("SLET VENLIGST ARNE BÆKGAARD NR 31 HOS VESTERGAARD BYG", [("ARNE BÆKGAARD", "31")]),
    ("DET ER KIM RASMUSSEN LINJE 45", [("KIM RASMUSSEN", "45")]),
    ("VI SKAL HAVE OPKALDSLISTE FOR IB KNUDSEN APPARAT 26 HOS THISTED BETON.",
     [("IB KNUDSEN", "26")]),
])
def test_lines_devices_and_nr_are_extensions_in_the_trades(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body) == expected


def test_a_self_request_with_nr_gives_the_senders_own_number() -> None:
    body = ("Jeg er stoppet hos Bent Iversen Maskinstation og vil have slettet mine oplysninger "
            "hos jer. Jeg havde nr 17.")
    assert pairs(body, "slet mine opl", sender="Ole Bech Nielsen") == [("Ole Bech Nielsen", "17")]


def test_an_order_number_is_still_no_extension() -> None:
    assert pairs("Slet venligst Jens Hansen, lokal 214. Ordre nr 5521 er betalt.") == [
        ("Jens Hansen", "214")
    ]


def test_capital_short_words_that_are_no_given_names_stay_acronyms() -> None:
    assert pairs("SLET JENS HANSEN LOKAL 214. IT AFDELINGEN ER INFORMERET.") == [
        ("JENS HANSEN", "214")
    ]


def test_numbers_with_an_arrow_before_the_name() -> None:
    body = ("Efter fusionen skal navnene rettes på disse lokalnumre:\n\n"
            "2210 → Anders Bjerre Nørgaard\n2212 → Karina Østergaard Friis\n2214 → Birgitte\n"
            "2219 -> Mehmet Yılmaz\n")
    assert pairs(body, "Navne", kind="rectification") == [
        ("Anders Bjerre Nørgaard", "2210"), ("Karina Østergaard Friis", "2212"), (None, "2214"),
        ("Mehmet Yılmaz", "2219"),
    ]


LIST = "".join(f"{i}. {name} - ext {number}\n" for i, (name, number) in enumerate([
    ("Lukas Kristensen", "4405"), ("Olena Aagaard", "4447"), ("Lukas Tran", "4463"),
], 1))


def test_an_exception_opening_a_line_takes_the_employee_out() -> None:
    body = ("Please erase the following users:\n\n" + LIST
            + "\nExcept Olena Aagaard (4447), she's staying on as a contractor.\n")
    assert pairs(body) == [("Lukas Kristensen", "4405"), ("Lukas Tran", "4463")]


def test_a_reply_taking_one_back_in_capitals() -> None:
    quoted = "Slet venligst:\n\n- Kasper Bech (886)\n- Katarzyna Skov Iversen (896)\n"
    body = "Rettelse: IKKE Katarzyna Skov Iversen (896) alligevel – han bliver. Resten er uændret."
    assert pairs(body, "SV: Sletning", quoted) == [("Kasper Bech", "886")]


def test_first_names_told_by_where_they_work_are_one_employee_each() -> None:
    body = ("Kunden vil stoppe optagelse af samtaler for Jannik og Sara i kundeservice, de er "
            "flyttet over i det nye selskab.")
    assert pairs(body, "Stop optagelse", kind="objection") == [(None, None), (None, None)]


def test_one_digit_extensions_in_a_series() -> None:
    body = "Lokalnummer 7 og 8 hos Gudme Autoværksted skal anonymiseres - det er Kim og Susanne."
    assert pairs(body) == [(None, "7"), (None, "8")]


def test_a_series_of_one_digit_stops_at_a_count() -> None:
    assert pairs("Slet lokal 7 og 3 andre fra listen.") == [(None, "7")]


def test_the_sender_renaming_themselves_gets_the_new_name() -> None:
    body = ("Kan I ændre navnet på lokal 250 fra Thomas Aagaard til Thomas Aagaard Winther? "
            "Jeg har fået nyt efternavn.\n\nMvh Thomas")
    assert pairs(body, "Navneændring", kind="rectification", sender="Thomas Aagaard") == [
        ("Thomas Aagaard Winther", "250")
    ]


def test_the_replacements_name_shown_on_an_extension() -> None:
    body = ("Ext. 5544 at Harbour Logistics still shows Julie Marie Winther, who is on leave. "
            "Her replacement is using the phone, so please show the name Camilla Dahl Sørensen "
            "on the extension instead.")
    assert classify_kind("Change of name on ext. 5544", body, "") == "rectification"
    assert pairs(body, "Change of name on ext. 5544", kind="rectification") == [
        ("Camilla Dahl Sørensen", "5544")
    ]


@pytest.mark.parametrize("body", [
    "Først Mohammad Reza Karimi (lokal 2210). Derudover Villads Nørgaard Lykke (lokal 2219).",
])
def test_sentence_adverbs_are_no_part_of_a_name(body: str) -> None:
    assert pairs(body) == [("Mohammad Reza Karimi", "2210"), ("Villads Nørgaard Lykke", "2219")]


def test_an_old_number_is_no_name() -> None:
    body = ("My name is still shown when people call my old number (extension 218). I want all "
            "my personal data deleted: my name Ahmed Al-Sayed, my call history.")
    assert pairs(body, "Delete my data", sender="Ahmed Al-Sayed") == [("Ahmed Al-Sayed", "218")]


def test_an_erasure_with_extensions_outweighs_an_opt_out_beside_it() -> None:
    body = ("Tre ting:\n\n1) Hos Køge Auto skal Søren Bech (lokal 88) og Dorthe (lokal 89) "
            "slettes.\n2) Fakturaen for februar er forkert.\n3) Og så vil jeg gerne afmeldes "
            "jeres nyhedsbrev.")
    assert classify_kind("Sletning + faktura + nyhedsbrev", body, "") == "erasure"


def test_removing_addresses_from_a_newsletter_stays_an_opt_out() -> None:
    body = ("Could you please remove oskar@cloudconnect.se and partners@cloudconnect.se from the "
            "partner newsletter? (Emma is on holiday, so I'm picking this up.)")
    assert classify_kind("Unsubscribe - partner newsletter", body, "") == "marketing_optout"
