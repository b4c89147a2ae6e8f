"""Plain-text tables whose cells wrapped onto the next line, one-line answers to the
provider's own questions in a thread, and the small things a thread with the provider's
staff carries (their signatures, a calendar reply with a note): each read as a support
agent reads it, on cases written beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from parsers.mime import decode_mail
from parsers.wrapped_cells import with_wrapped_cells_joined
from tests.reading import employees, found, plain_mail


@pytest.mark.parametrize(("body", "expected"), [
    ("Følgende skal slettes:\n\nNavn\t\t\tLokalnr.\tAfdeling\nMette Kjær Hansen\t412\t\tVærksted\n"
     "Jonas\t\t\t4410\t\tSalg\nVestergaard\nAli Hassan Mahmoud\t233\tLager\n",
     [("Mette Kjær Hansen", "412"), ("Jonas Vestergaard", "4410"),
      ("Ali Hassan Mahmoud", "233")]),
    ("We need a copy of the data for these two users:\n\nEmployee            Ext.      Department\n"
     "name                (lokal-\n                    nummer)\n"
     "Sarah O'Connor      5012      Customer\n                              service\n"
     "Pieter van der      5020      Finance\nBerg\n",
     [("Sarah O'Connor", "5012"), ("Pieter van der Berg", "5020")]),
    ("Two employees want a copy of their data:\n\nName          Ext.   Department\n"
     "Aisha         419    Reception\nBello\n"
     "Dmitri        420    Night\nVolkov               porter\n",
     [("Aisha Bello", "419"), ("Dmitri Volkov", "420")]),
])
def test_a_name_wrapped_onto_the_next_line_is_one_name(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert employees(body) == expected


def test_a_row_with_an_empty_cell_is_a_row_of_its_own() -> None:
    body = ("To medarbejdere skal slettes:\n\nNavn              Lokalnr   Bemærkning\n"
            "Lars Bo Pedersen  31        fratrådt 1/1\n"
            "Hanne Lindgaard             stopper pr. 31/1\n")
    assert employees(body) == [("Lars Bo Pedersen", "31"), ("Hanne Lindgaard", None)]


def test_a_row_that_leaves_its_first_columns_empty_keeps_its_cells() -> None:
    body = ("Insight for two users, please.\n\nCustomer       Name              Ext.   Start date\n"
            "Andersen &     Grace Mwangi      7001   01.04.2022\nSøn ApS\n"
            "               Lukas Schmidt-    7002   15.09.2024\n               Pedersen\n")
    assert employees(body, "Insight") == [("Grace Mwangi", "7001"),
                                          ("Lukas Schmidt-Pedersen", "7002")]


def test_a_nameless_row_stays_nameless() -> None:
    body = ("Please erase these users:\n\nName            Ext.    Note\n"
            "Olga Petrenko   820     left 31.01\n                821     temp worker,\n"
            "                        name unknown to us\n")
    assert employees(body, "Erasure") == [("Olga Petrenko", "820"), (None, "821")]


@pytest.mark.parametrize("text", [
    "Navn          Lokal\nJens Hansen   214\nHan er stoppet.\n",  # a sentence under the table
    "│ Navn │ Lokal │\n│ Jens │ 214   │\n│ Hansen │      │\n",  # a box-drawn table
    "Jens Hansen 214\nMette\n",  # no table at all
])
def test_what_is_no_wrapped_cell_is_left_as_written(text: str) -> None:
    assert with_wrapped_cells_joined(text) == text


def test_a_word_broken_at_a_hyphen_is_one_word_again() -> None:
    text = "Navn           Afdeling\nBo Ravn        Snedkerforret-\n               ning\n"
    assert "Snedkerforretning" in with_wrapped_cells_joined(text)


QUESTION = ("Fra: Louise fra Flexfone Support <gdpr@flexfone.dk>\nSendt: 5. marts 2026 09:30\n"
            "Emne: SV: Sletning\n\nHej Rikke\n\n{question}\n\nLouise Holst\nFlexfone Support\n")


@pytest.mark.parametrize(("answer", "question", "expected"), [
    ("214", "Tak for din mail. Hvilket lokalnummer har Mette Sofie Dalgaard?",
     [("Mette Sofie Dalgaard", "214")]),
    ("Nej – 315", "Er det Kasper Holm på lok. 310, I mener?", [("Kasper Holm", "315")]),
    ("2207", "Which extension does Lucas Moreau have?", [("Lucas Moreau", "2207")]),
])
def test_a_bare_answer_gives_the_one_person_asked_about_the_number(
    answer: str, question: str, expected: list[tuple[str, str]]
) -> None:
    body = f"{answer}\n\nMvh\nRikke\n\n{QUESTION.format(question=question)}"
    assert employees(body, "SV: Sletning") == expected


def test_the_providers_agent_signing_a_quoted_reply_is_no_employee() -> None:
    body = ("Begge to\n\nMvh\nHelle\n\n" + QUESTION.format(
        question="Skal vi slette begge medarbejdere, Peter Bach (lok. 221) og Hanne Winther "
                 "(lok. 222), eller kun Peter?"))
    assert employees(body, "SV: Sletning") == [("Peter Bach", "221"), ("Hanne Winther", "222")]


def test_a_wish_under_the_greeting_is_no_sign_off() -> None:
    body = ("Dear Flexfone,\n\nBest wishes for 2026.\n\nPlease erase these users:\n\n"
            "1. Pieter van der Berg (ext. 881)\n2. Oliver O'Neill (ext. 890)\n\n"
            "Kind regards,\nAnne\n")
    assert employees(body, "Erasure request") == [("Pieter van der Berg", "881"),
                                                  ("Oliver O'Neill", "890")]


def calendar_reply(note: str) -> bytes:
    """A meeting response with a note typed above the calendar part."""
    return (
        "From: Mia Holt <mia@reseller.dk>\r\nTo: gdpr@flexfone.dk\r\n"
        "Subject: Declined: Review of erasure requests\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{note}\r\n"
        '--b\r\nContent-Type: text/calendar; charset=utf-8; method="REPLY"\r\n\r\n'
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
    ).encode()


def test_a_calendar_reply_with_a_typed_note_is_a_persons_mail() -> None:
    note = ("Sorry, I can't make the review on Thursday. In the meantime, could you send us an "
            "access report for Rasmus Kjeldsen, ext. 0451, at Holm Arkitekter?")
    parsed = parse_mail(calendar_reply(note))
    assert parsed.automated is None
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Rasmus Kjeldsen", "0451")
    ]


def test_a_calendar_reply_alone_is_automated() -> None:
    automation = detect_automation(decode_mail(calendar_reply("Mia Holt has declined.")))
    assert automation is not None and automation.kind == "auto_reply"


def test_a_hyphenated_surname_with_mc_is_one_name() -> None:
    body = "Export the voicemails for ext. 6230 (Harriet Doyle-McKenna), please."
    assert employees(body, "Export") == [("Harriet Doyle-McKenna", "6230")]


def test_a_building_named_for_the_unions_is_an_address() -> None:
    assert found("De er flyttet til Fagforeningshuset, Vesterbro 5.") == []


def test_what_happens_after_a_deletion_is_a_question() -> None:
    body = ("Når I har slettet en bruger, bliver voicemail-hilsenen så også slettet, eller "
            "ligger den på nummeret?")
    assert classify_kind("Spørgsmål", body, "") == "other"


def test_a_plain_mail_with_no_table_reads_as_before() -> None:
    parsed = parse_mail(plain_mail("Sletning", "Slet venligst Mette Berg, lokal 215.\n"))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Mette Berg", "215")]
