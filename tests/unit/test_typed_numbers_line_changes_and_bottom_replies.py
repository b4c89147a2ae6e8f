"""Numbers typed with stray characters, ordinary changes to a line beside erasure,
replies written below the quote, numbers kept privately: cases written for the rules
these mails prompted (parsers/typed_numbers.py, parsers/kinds.py, parsers/history.py,
parsers/subjects.py), beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.history import quoted_authors
from parsers.kinds import classify_kind
from parsers.typed_numbers import mended_numbers
from tests.reading import employees, found, pairs

# --- stray characters ----------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [
    ("lokal 2l4", "lokal 214"), ("lok.5O2", "lok.502"), ("O412", "0412"), ("19O.", "190."),
    ("Morten   #118", "Morten   #118"), ("Sanne   119#", "Sanne   119"),
    ("ext. *2290", "ext. 2290"), ("EXT-3307", "EXT 3307"),
])
def test_a_number_typed_with_look_alike_letters_or_signs_is_its_digits(
    typed: str, meant: str
) -> None:
    assert mended_numbers(typed) == meant


@pytest.mark.parametrize("text", ["H2O og IO og lO", "kl. 1O:30", "Ring til O2 i dag"])
def test_words_that_are_not_numbers_stay(text: str) -> None:
    assert mended_numbers(text) == text


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet Gitte Nørgaard, lokal 2 0 4.", [("Gitte Nørgaard", "204")]),
    ("Slet Anna Margrethe Winther-Poulsen. Lokal nr. 2 31.",
     [("Anna Margrethe Winther-Poulsen", "231")]),
    ("Slet Sofie Lindgaard Thomsen, lokal 2l4.", [("Sofie Lindgaard Thomsen", "214")]),
])
def test_an_extension_typed_in_parts_or_with_letters_is_read(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert employees(body) == expected


def test_a_writer_unsure_between_two_numbers_gives_none() -> None:
    body = "Vil have Morten Vang slettet, lok. 2l6 - eller var det 2l8? Jeg tjekker.\n"
    assert employees(body) == [("Morten Vang", None)]


# --- ordinary changes to a line -------------------------------------------------------------


@pytest.mark.parametrize(("subject", "body"), [
    ("Deactivate user", "Could you please deactivate the user Aisha Rahman, ext. 4410, and "
     "remove her from the \"Support DK\" hunt group? Her last day is Friday."),
    ("Fjern Camilla fra køen", "Kan I fjerne Camilla Frost Dahl (lokal 35) fra "
     "omstillingskøen? Hun skal kun have direkte opkald."),
    ("Pause line while on leave", "Please pause the line for Kateryna Shevchenko (ext. 517) "
     "while she is away. Please do NOT delete anything – she is coming back."),
    ("Suspend user ext 880", "Please suspend the user Mikkel Skov, ext 880. Do not delete or "
     "anonymise anything."),
])
def test_an_ordinary_change_to_a_line_is_no_erasure(subject: str, body: str) -> None:
    assert classify_kind(subject, body, "") == "other"


def test_removing_from_a_queue_and_deleting_data_is_erasure() -> None:
    body = "Fjern Jens Hansen (lokal 214) fra køen og slet hans data, han er stoppet."
    assert classify_kind("Sletning", body, "") == "erasure"


def test_a_policy_question_wrapped_over_two_lines_is_still_a_question() -> None:
    body = ("1. How long do you keep call detail records and voicemails after an\n"
            "   extension is deleted?\n2. Where is the data stored?\n")
    assert classify_kind("DPA questions", body, "") == "other"


# --- replies written below the quote -------------------------------------------------------


@pytest.mark.parametrize("attribution", [
    "Henriette Gade wrote on 06-02-2025 11:20:",
    "* Henriette Gade <hg@vinduesservice.dk> [2025-02-10 13:05]:",
])
def test_a_bottom_posters_attribution_names_the_quoted_author(attribution: str) -> None:
    assert quoted_authors(f"{attribution}\n> Hej Rune\n") == ("Henriette Gade",)


def test_a_reply_below_the_quote_pointing_up_takes_the_quoted_request() -> None:
    quoted = ("Henriette Skov Mathiasen på lokal 40 er gået på pension, hun skal slettes.\n"
              "Mvh Poul, Aarhus Tandteknik")
    assert classify_kind("Re: Henriette", "Flexfone: som ovenfor, tak.", quoted) == "erasure"


# --- a number kept privately, secrets set, politics and police ------------------------------


def test_an_employee_taking_his_own_number_along_is_still_the_subject() -> None:
    body = ("Tobias Vinther Mørch, lokalnr. 2207, stopper og overtager sit nummer privat. "
            "Han vil gerne have udleveret sine voicemails.\n")
    assert pairs(body, kind="portability") == [("Tobias Vinther Mørch", "2207")]


@pytest.mark.parametrize(("text", "category"), [
    ("Sæt ny PIN til 4821 så giver vi den videre.", "credential"),
    ("Sagen er meldt til politiet for tyveri fra lageret.", "criminal"),
    ("Hun er stoppet for at gå ind i byrådspolitik for Venstre.", "politics"),
])
def test_a_new_pin_a_police_report_and_council_politics_are_sensitive(
    text: str, category: str
) -> None:
    assert category in {cat for cat, _ in found(text)}
