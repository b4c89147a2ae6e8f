"""Employees pointed back to ("Samme for 15 (Susanne Holm)", "alle på nær Kirsten og
Viggo"), lists that count only their marked rows, contact cards, quote headers of mail
programs in other languages, and law pasted into a request: each read as a support agent
reads it, on cases written beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.cited_law import without_cited_law
from parsers.kinds import classify_kind
from parsers.marked_rows import marked_rows_only
from parsers.mime import decode_mail
from parsers.quotes import split_text
from parsers.vcards import plain_vcards
from tests.reading import employees, found, plain_mail


@pytest.mark.parametrize(("body", "expected"), [
    ("Bent Ravnsborg (lokal 14) gør indsigelse mod statistikken.\nSamme for 15 (Susanne Holm).\n",
     [("Bent Ravnsborg", "14"), ("Susanne Holm", "15")]),
    ("Udlever samtaler for Heidi Munk (lokal 2405), samme for hendes kollega på 2406, "
     "Allan Munk Ravn.\nPerioden er uge 10-12. Ordre nr. 77342.\n",
     [("Heidi Munk", "2405"), ("Allan Munk Ravn", "2406")]),
    ("Kan I slette Mathilde på lokal 640? Hun er stoppet 31/3.\n\n"
     "Ditto for 641, Jakob Riis, som stoppede samme dag.\n",
     [(None, "640"), ("Jakob Riis", "641")]),
])
def test_one_more_number_said_like_the_last_is_an_extension(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert employees(body) == expected


def test_a_number_after_same_for_needs_an_extension_in_the_mail() -> None:
    assert employees("Slet Bent Ravnsborg. Samme for 15 (Susanne Holm).\n") == [
        ("Bent Ravnsborg", None), ("Susanne Holm", None)
    ]


def test_all_except_names_the_people_left_out() -> None:
    body = ("Følgende står på listen:\n\nKirsten Abildgaard 50\nViggo Hald 51\nSøren la Cour 52\n"
            "Nadia El-Amin 53\n\nDe skal anonymiseres, dog alle på nær Kirsten og Viggo, der "
            "flytter over på kontoret.\n")
    assert employees(body, "Anonymisering") == [("Søren la Cour", "52"), ("Nadia El-Amin", "53")]


def test_names_one_a_line_under_a_list_of_numbers_pair_in_order() -> None:
    body = ("Navnene på lokal 420 og 421 er stavet forkert:\n"
            "\"Søren Kierkegård\" skal være Søren Kierkegaard\n"
            "\"Maja Knudsen\" skal være Maja Knudsen-Bech\n\nRet venligst de to ovenstående.\n")
    assert employees(body, "Rettelse af stavemåde") == [
        ("Søren Kierkegaard", "420"), ("Maja Knudsen-Bech", "421")
    ]


def test_more_names_below_than_numbers_pair_none() -> None:
    assert employees("Slet lokal 50 og 51:\nJens Hansen\nMette Holm\nKurt Ravn\n") == [
        (None, "50"), ("Jens Hansen", None), ("Mette Holm", None), ("Kurt Ravn", None)
    ]


STAFF = ("Please anonymise the ones marked with *:\n\nJens Ulrik Frost 410 *\n"
         "Maria Fernández López 411\nKristoffer Dal 412 *\nNanna Bro 413*\n\nThe others stay.\n")


def test_only_the_marked_rows_are_asked_for() -> None:
    assert employees(STAFF, "Anonymisation") == [
        ("Jens Ulrik Frost", "410"), ("Kristoffer Dal", "412"), ("Nanna Bro", "413")
    ]


@pytest.mark.parametrize("text", [
    "Slet de markerede:\n\n* Jens Frost 410\n* Kristoffer Dal 412\n",  # bullets, no phrase
    "Anonymise the ones marked with *:\n\n* Jens Frost 410\n* Kristoffer Dal 412\n",  # bullets
    "Anonymise the ones marked with *:\n\nJens Frost 410 *\nKristoffer Dal 412 *\n",  # all
])
def test_a_list_without_unmarked_rows_is_left_as_written(text: str) -> None:
    assert marked_rows_only(text) == text


def test_a_mark_named_in_words_is_read_as_the_sign() -> None:
    text = "Slet dem markeret med stjerne:\nJens Frost 410 *\nMaria Lund 411\n"
    assert marked_rows_only(text) == "Slet dem markeret med stjerne:\nJens Frost 410\n"


@pytest.mark.parametrize(("card", "lines"), [
    ("BEGIN:VCARD\nVERSION:2.1\nFN:Jørgen Vestergaard-Holm\nTEL;WORK;VOICE:+45 86 62 34 00\n"
     "NOTE;CHARSET=utf-8:Lokalnr. 150\nEND:VCARD",
     "Navn: Jørgen Vestergaard-Holm\nLokalnummer: 150"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Lars Ulrik Thomsen\nTEL;type=WORK:+45 70 20 30 44\n"
     "item1.TEL:44\nitem1.X-ABLabel:Lokal\nEND:VCARD", "Navn: Lars Ulrik Thomsen\nLokalnummer: 44"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Grace Oduya\nNOTE:Ext. 515\nEND:VCARD",
     "Navn: Grace Oduya\nLokalnummer: 515"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Grace Oduya\nNOTE:Kunde siden 2019\nEND:VCARD",
     "Navn: Grace Oduya"),
])
def test_a_card_gives_the_extension_its_note_or_grouped_field_holds(card: str, lines: str) -> None:
    assert plain_vcards(card) == lines


def test_tabbed_card_fields_are_no_table_header() -> None:
    body = ("Slet nedenstående medarbejder:\n\nFulde navn:\tMette Kjær Hansen\n"
            "Firma:\t\tTandklinikken Vejle ApS\nArbejde:\t+45 75 82 11 40\n"
            "Mobil:\t\t+45 22 41 87 09\nLokal:\t\t412\n")
    assert employees(body) == [("Mette Kjær Hansen", "412")]


def test_a_title_on_a_pasted_business_card_is_no_name() -> None:
    body = ("Could you export all voicemails for the employee below? Card from my phone:\n\n"
            "Daniel Whitmore\nSales Director\nScanCoast Marine ApS\nM: +45 31 22 09 87\n")
    assert employees(body, "Voicemail export") == [("Daniel Whitmore", None)]


def test_a_lower_case_item_of_a_list_of_names_is_a_name() -> None:
    body = ("Please erase the following users:\n\n1. Hans-Peter d'Almeida - 301\n"
            "2. Sofie E. Lindqvist - 302\n3. maría josé de la fuente - 303\n"
            "4. Connor O'Brien-Walsh - 304\n")
    assert employees(body, "Erasure") == [
        ("Hans-Peter d'Almeida", "301"), ("Sofie E. Lindqvist", "302"),
        ("maría josé de la fuente", "303"), ("Connor O'Brien-Walsh", "304"),
    ]


def test_an_italian_particle_is_part_of_the_name() -> None:
    assert employees("Please export the recordings:\n\n- Giovanni dello Russo (ext 7713)\n",
                     "Recordings") == [("Giovanni dello Russo", "7713")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Our customer has received a subject access request from their former CFO, Jonathan "
     "Pryce-Whitaker. Could you provide a copy of all personal data you hold about him?\n",
     [("Jonathan Pryce-Whitaker", None)]),
    ("Please send a copy of all data on Mette Holm, ext 12. Her former CFO, Jonathan Pryce "
     "approved it.\n", [("Mette Holm", "12")]),
])
def test_a_former_officer_is_the_employee_but_someone_elses_is_a_contact(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert employees(body, "Subject access request") == expected


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Insight request", "Hi, customer Herning Trælast wants insight for Peter Vestergaard, ext 77.",
     "access"),
    ("Personal data request", "My extension is 7720. I would like to know what personal data "
     "Flexfone holds about me, including call logs.", "access"),
    ("Question", "A customer's DPO asks whether you keep voicemails or call recordings of users "
     "after they have been anonymised, and if so for how long.", "other"),
    ("STOP SMS", "Jeg får hele tiden SMS'er med tilbud fra jer på 29 44 18 03. Stop det.",
     "marketing_optout"),
    ("Indsigelse mod direkte markedsføring", "Vi gør hermed indsigelse mod at modtage jeres "
     "nyhedsbreve og kampagnetilbud. Afmeld os venligst alle lister.", "marketing_optout"),
])
def test_request_words_of_everyday_writers(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


GUIDANCE = ("Kunden henviser selv til Datatilsynet: \"Den dataansvarlige skal som udgangspunkt "
            "besvare en anmodning om indsigt, sletning eller dataportabilitet uden unødig "
            "forsinkelse og senest en måned efter modtagelsen.\"")


def test_quoted_law_asks_for_nothing() -> None:
    assert "indsigt" not in without_cited_law(GUIDANCE)
    body = (f"{GUIDANCE}\n\nFølgende medarbejdere er stoppet og skal slettes:\n\n"
            "- Anne Holm, lokal 45\n")
    assert classify_kind("Sletning", body, "") == "erasure"


@pytest.mark.parametrize("text", [
    'Medarbejderen skriver: "Jeg vil gerne have indsigt i alle mine opkald og beskeder, tak."',
    "Den registrerede, Jens Hansen, anmoder om indsigt.",
])
def test_a_quoted_request_or_a_formal_request_stays(text: str) -> None:
    assert without_cited_law(text) == text


def test_a_sentence_that_states_a_right_asks_for_nothing() -> None:
    text = "Den registrerede har ret til at få personoplysninger om sig selv slettet. Tak."
    assert without_cited_law(text).strip() == "Tak."


def test_an_away_subject_with_an_out_of_office_text_is_an_auto_reply() -> None:
    raw = plain_mail("Away: Anonymisation - Svendborg Yacht Charter",
                     "Hi,\n\nI'm out of the office until 16 March with limited access to e-mail.\n")
    automation = detect_automation(decode_mail(raw))
    assert automation is not None and automation.kind == "auto_reply"


@pytest.mark.parametrize("marker", [
    "-------- Wiadomość przekazana dalej --------", "---------- Doorgestuurd bericht ---------",
    "---------- Mensaje reenviado ---------", "---------- Messaggio inoltrato ----------",
])
def test_forward_markers_of_other_languages_open_the_forwarded_mail(marker: str) -> None:
    body = (f"Kunden herunder ønsker indsigt. Kan I hjælpe?\n\n{marker}\nTemat: Indsigt\n"
            "Data: Tue, 20 Jan 2026 10:03:11 +0100\nOd: Birthe <bn@auto.dk>\n\n"
            "Vi har en medarbejder, Lone Smed, der vil have indsigt.\n")
    parts = split_text(body)
    assert "Lone Smed" in parts.quoted and "Lone Smed" not in parts.new


def test_being_of_an_origin_is_ethnicity() -> None:
    text = "a customer harassed him about being Somali and gay"
    assert ("ethnicity", "Somali") in found(text)
    assert found("about being late and being Danish") == []
