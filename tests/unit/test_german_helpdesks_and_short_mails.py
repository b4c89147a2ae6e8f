"""Requests from Northern German resellers (Durchwahl, Nebenstelle, löschen, Auskunft),
helpdesk threads whose comments carry their author above a date, tables with "x2101"
cells, successors who take over, and short mails: an empty body above an attached letter
or an attached message, a one-line reply whose thread tells its language."""

from __future__ import annotations

import pytest

from parsers.history import quoted_authors
from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from tests.reading import pairs, plain_mail


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Löschung Mitarbeiter", "our customer has asked us to delete a Mitarbeiter. Please "
     "löschen / anonymise him: Jürgen Meißner, Durchwahl 4412", "erasure"),
    ("Auskunft Verbindungsdaten Durchwahl 3144", "the employee on Durchwahl 3144 requests "
     "Auskunft about all call logs stored for his extension", "access"),
    ("WG: Herausgabe Voicemails", "wir bitten um Herausgabe aller Voicemails und "
     "aufgezeichneten Gespräche unseres ehemaligen Mitarbeiters", "portability"),
    ("Widerspruch", "Frau Lührs legt Widerspruch gegen die Aufzeichnung ihrer Gespräche ein, "
     "Durchwahl 7721.", "objection"),
    ("Wipe ext 2295", "Hi, please wipe ext 2295 - the guy left yesterday.", "erasure"),
])
def test_german_and_short_english_requests_have_their_kind(
    subject: str, body: str, kind: str,
) -> None:
    assert classify_kind(subject, body, "") == kind


@pytest.mark.parametrize(("body", "expected"), [
    ("Jürgen Meißner, Durchwahl 4412", [("Jürgen Meißner", "4412")]),
    ("a former employee (Wolfgang Ehlers-Dahl, Nebenstelle 8803)",
     [("Wolfgang Ehlers-Dahl", "8803")]),
    ("the lawyer of their employee Annegret Lührs, Durchwahl 7721.",
     [("Annegret Lührs", "7721")]),
    ("Die Mitarbeiterin Gesa Hinrichsen, Durchwahl 22, ist ausgeschieden.",
     [("Gesa Hinrichsen", "22")]),
])
def test_german_extension_words_and_names(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


def test_an_old_name_after_tidl_gives_way_to_the_new_one() -> None:
    body = ("Medarbejderen på lokalnummer 238 har skiftet efternavn. Hun hedder nu Sabine "
            "Østergaard (tidl. Sabine Hoffmann).")
    assert pairs(body, "Navneændring", kind="rectification") == [("Sabine Østergaard", "238")]


def test_a_table_of_x_numbers_under_its_header() -> None:
    body = ("Please anonymise:\n\nName                              Extension   Mobile\n"
            "Ma. Cristina Villanueva-Reyes     x2101       +45 31 21 01 01\n"
            "Jean-Baptiste Okoro               #2104       +45 31 21 01 04\n")
    assert pairs(body, "Leavers") == [
        ("Ma. Cristina Villanueva-Reyes", "2101"), ("Jean-Baptiste Okoro", "2104"),
    ]


def test_hash_numbers_after_a_first_name_and_after_a_comma() -> None:
    quoted = ("Our client has received an access request from Mr. Femi Adeleke-Brown. I'm "
              "waiting for the customer to confirm his extension.")
    body = ("Customer confirms Femi is on #2218. They've also asked us to add Ms. Joy Ebere "
            "Nnamdi, #2219, to the same request.")
    assert pairs(body, "Re: Access request", quoted, kind="access") == [
        ("Femi Adeleke-Brown", "2218"), ("Joy Ebere Nnamdi", "2219"),
    ]


def test_the_subject_lines_number_goes_to_the_one_name_of_the_body() -> None:
    assert pairs("Employee: Olivia Grant. Thanks", "Stop call recording for ext 330",
                 kind="objection") == [("Olivia Grant", "330")]


HELPDESK = (
    "----------------------------------------------\n\nSofie Mølgaard\n16. mar. 2026 11.02 CET"
    "\n\nHej\n\nKenneth Brix er bortvist med øjeblikkelig virkning. Luk hans lokalnummer 261 og "
    "slet ham fra systemet. Hans opgaver overtages af Anders Thyge (lokal 262).\n\n"
    "Sofie Mølgaard\nIndehaver, Café Møllen\n"
)


def test_a_helpdesk_comments_author_is_read_from_the_line_above_its_date() -> None:
    assert quoted_authors(HELPDESK) == ("Sofie Mølgaard",)


def test_a_helpdesk_thread_gives_the_employee_not_its_author_or_successor() -> None:
    body = ("Rasmus Holt (Kontorpartner)\n16. mar. 2026 13.40 CET\n\nHej Flexfone\n\nSletning "
            "af medarbejder, se kundens besked nedenfor. Lokalnummer 261.")
    assert pairs(body, "[Kontorpartner] Re: Bortvist medarbejder", HELPDESK,
                 sender="Kontorpartner Support") == [("Kenneth Brix", "261")]


@pytest.mark.parametrize("body", [
    "Slet Kenneth Brix lok 261. Hans opgaver overtages af Anders Thyge (lokal 262).",
    "Please erase Kenneth Brix (ext 261); his calls are taken over by Anders Thyge, ext 262.",
])
def test_who_takes_over_is_no_employee(body: str) -> None:
    assert pairs(body) == [("Kenneth Brix", "261")]


def test_an_employee_said_not_to_leave_stays_out() -> None:
    quoted = ("All three should be removed. Please note Jakob Lind (ext 3022) is NOT leaving, "
              "he is just moving to the Odense site.")
    body = "Please anonymise:\n\nMagnus Thor Eriksen 3021\nPriya Raghunathan 3044\n"
    assert pairs(body, "Leavers", quoted) == [
        ("Magnus Thor Eriksen", "3021"), ("Priya Raghunathan", "3044"),
    ]


def test_his_things_are_no_name() -> None:
    body = "Lokal 305 er stoppet, kan I fjerne navnet og slette hans ting?"
    assert pairs(body) == [(None, "305")]


def test_porting_numbers_out_and_a_wrong_invoice_ask_for_nothing() -> None:
    body = ("Numrene 21 44 90 17 og 21 44 90 18 skal porteres ud. Desuden forstår vi ikke "
            "faktura nr. 2026-00412 - den er forkert.")
    assert classify_kind("Fwd: Portering og faktura", body, "") == "other"


def test_a_reply_to_a_helpdesk_in_german_and_danish_keeps_danish() -> None:
    raw = plain_mail("SV: Anonymisering", "Er der nyt i denne sag? Kunden spørger om Lene er "
                     "slettet nu. Gibt es schon eine Rückmeldung?\n")
    assert parse_mail(raw).language == "da"


def test_a_one_line_reply_takes_the_language_of_its_thread() -> None:
    raw = plain_mail(
        "RE: Name change",
        "It's ext 1502.\n\n________________________________\nFrom: NordIT Support "
        "<support@nordit.dk>\nSent: Tuesday, February 03, 2026 02:54 AM\nSubject: Name change"
        "\n\nPlease correct the name on Anna's extension - she is now Anna Kathrine "
        "Moeller-Jensen. Customer: Vejle Revision.\n",
        "NordIT Support <support@nordit.dk>",
    )
    assert parse_mail(raw).language == "en"


def test_an_empty_body_above_an_attached_letter_takes_the_letters_language() -> None:
    raw = (b"From: Niels <servicedesk@dkintegration.dk>\r\nTo: persondata@flexfone.dk\r\n"
           b"Subject: leavers\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
           b"boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\r\n--b\r\n"
           b"Content-Type: text/plain; name=leavers.txt\r\nContent-Disposition: attachment; "
           b"filename=leavers.txt\r\n\r\nPlease erase the following users from the PBX:\r\n\r\n"
           b"Robert Jan de Vries - 2203\r\nMarcus O'Neill - 2231\r\n\r\nThey all left in "
           b"December.\r\n--b--\r\n")
    mail = parse_mail(raw)
    assert (mail.language, mail.kind) == ("en", "erasure")


def test_a_bare_forward_of_an_attached_message_is_its_request_in_its_language() -> None:
    inner = ("From: Helle <hb@vvs.dk>\r\nSubject: Karina\r\nTo: support@jt.dk\r\n\r\nHej\r\n\r\n"
             "Karina Dahl Petersen (lok. 2415) er fratrådt, vil I slette hende.\r\n\r\nHelle\r\n")
    raw = (b"From: Rasmus Dam <rd@jysktelecom.dk>\r\nTo: persondata@flexfone.dk\r\nSubject: VS: "
           b"Karina\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n"
           b"Content-Disposition: attachment; filename=Karina.eml\r\n\r\n" + inner.encode()
           + b"\r\n--b--\r\n")
    mail = parse_mail(raw)
    assert (mail.language, mail.kind) == ("da", "erasure")
    assert [(s.full_name, s.extension) for s in mail.data_subjects] == [
        ("Karina Dahl Petersen", "2415")
    ]
