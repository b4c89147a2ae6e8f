"""Extensions written in words or spaced digits (parsers/spoken_numbers.py), names set
off by quotation marks (parsers/names.py) and typographic Unicode (parsers/mime.py).
Cases written for the rules, beside the held-out sets that prompted them."""

from __future__ import annotations

import unicodedata

import pytest

from parsers.mail import parse_mail
from parsers.spoken_numbers import digits_of, with_spoken_numbers
from tests.reading import pairs, plain_mail


@pytest.mark.parametrize(("text", "read"), [
    ("lokal to hundrede og fjorten.", "lokal 214."),
    ("lokal fireogtyve hos Malerfirmaet", "lokal 24 hos Malerfirmaet"),
    ("lokal fyrre tolv. Han", "lokal 4012. Han"),
    ("lokal nul-tre-et-seks, ikke", "lokal 0316, ikke"),
    ("lokalnummer er 2-1-9.", "lokalnummer er 219."),
    ("lokal 6 6 1.", "lokal 661."),
    ("ext. twenty-two?", "ext. 22?"),
    ("extension four oh seven) has", "extension 407) has"),
    ("extension one hundred and three, at", "extension 103, at"),
    ("extension fourteen-oh-eight, has", "extension 1408, has"),
    ("extension was six-one-two.", "extension was 612."),
])
def test_an_extension_in_words_is_read_as_its_digits(text: str, read: str) -> None:
    assert with_spoken_numbers(text) == read


@pytest.mark.parametrize("text", [
    "lokal 214 og 215", "lokal en gang til", "ext. 12 to 14", "Lokal 12 og to andre",
    "extension to Jens", "vi har to medarbejdere og tre telefoner", "lokal 5 og 6",
])
def test_numbers_and_words_that_are_no_extension_in_words_stay(text: str) -> None:
    assert with_spoken_numbers(text) == text


def test_a_run_too_long_or_too_short_for_an_extension_is_no_number() -> None:
    assert digits_of(["en"]) is None
    assert digits_of(["one", "two", "three", "four", "five", "six", "seven"]) is None
    assert digits_of(["hundrede"]) is None


def test_a_dictated_request_gets_its_employee_with_the_extension() -> None:
    parsed = parse_mail(plain_mail("Sletning", "Hej\n\nKan I slette Bo Kragh, lokal to "
                                   "hundrede og fjorten? Han er stoppet.\n\nMvh\nIda"))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Bo Kragh", "214")]
    assert "to hundrede og fjorten" in parsed.new_text  # stored as written


@pytest.mark.parametrize("body", [
    "Kan I slette „Jens Peter Hansen“ – lokal 214 – i jeres systemer?",
    "• “René Laurbjerg Vad” — lokal 1107",
    "Please erase ext. 1203 – “Dorthe Vestergaard” at Albertslund Print ApS.",
])
def test_quotation_marks_that_only_set_a_name_off_keep_the_name(body: str) -> None:
    assert all(name is not None for name, _ in pairs(body))


def test_a_quoted_old_spelling_is_still_no_employee() -> None:
    assert pairs('Lokal 14 står som "Morten Kjær" - skal være Morten Kjærgaard') == [
        ("Morten Kjærgaard", "14")]


def test_letters_with_combining_marks_are_read_as_one_letter() -> None:
    body = unicodedata.normalize("NFD", "Hej\n\nSlet venligst René Laurbjerg Vad, lokal 1107.")
    parsed = parse_mail(plain_mail("Sletning", body))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("René Laurbjerg Vad", "1107")]


def test_fullwidth_digits_and_the_numero_sign_read_as_they_show() -> None:
    parsed = parse_mail(plain_mail("Sletning", "Hej\n\nSlet Bo Kragh, lokal ２１４.\n\nMvh\nIda"))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Bo Kragh", "214")]
