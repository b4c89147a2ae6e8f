"""Replies that answer the provider's questions point by point: numbered answers under
numbered questions ("2. 214" for "2. Lokalnummer"), answers written between the quoted
lines (">> 517"), a "navn / lok." cell ("Birthe Lindholm Andersen / 301"), and a name
given again with its middle name shortened."""

from __future__ import annotations

from parsers.answers import inline_answers
from tests.reading import pairs


def test_a_numbered_answer_to_a_numbered_question_for_the_extension() -> None:
    quoted = ("> For at vi kan få sletningen igennem, skal jeg bruge svar på følgende:\n"
              "> 1. Medarbejderens fulde navn\n> 2. Lokalnummer\n> 3. Kunde og CVR\n")
    body = ("Hej\n\nSom aftalt - svar på spørgsmålene herunder:\n\n1. Jens Peter Mølgaard\n2. 214\n"
            "3. Vestkyst VVS ApS, CVR 38 21 47 90\n\nHan stoppede pr. 28/2.")
    assert pairs(body, "SV: Sletning af medarbejder", quoted, sender="Michael Bruun") == [
        ("Jens Peter Mølgaard", "214")]


def test_answers_written_between_the_quoted_questions() -> None:
    quoted = ("> Vi kan ikke finde medarbejderen. Kan du oplyse:\n> Fulde navn?\n"
              ">> Jørgen Aakjær Friis (kunden skrev Jørgen A. Friis)\n> Lokalnummer?\n>> 517\n"
              "> Hvilken kunde?\n>> Næstved Køl & Frys\n>\n> Vh Lene")
    body = "Hej Lene\n\nSvar nedenfor med >>.\n\nMvh\nHanne"
    assert pairs(body, "SV: Sletning", quoted, sender="Hanne Dal") == [
        ("Jørgen Aakjær Friis", "517")]


def test_answers_between_quoted_lines_are_read_only_when_the_reply_says_so() -> None:
    quoted = "> Lokalnummer?\n>> 517\n"
    assert inline_answers("Tak for svaret.", quoted) == ""
    assert inline_answers("Svar nedenfor med >>.", quoted) == "Lokalnummer: 517\n\n"


def test_a_name_and_number_cell_of_a_form_table() -> None:
    body = ("Spørgsmål | Svar\nKunde | Lindholm Revision A/S\n"
            "Medarbejder 1 (navn / lok.) | Birthe Lindholm Andersen / 301\n"
            "Medarbejder 2 (navn / lok.) | Carsten Ibsen / 305\n")
    assert pairs(body, sender="Hanne Vestergaard") == [
        ("Birthe Lindholm Andersen", "301"), ("Carsten Ibsen", "305")]


def test_the_body_s_employees_come_before_the_attached_list_s() -> None:
    attachment = ("customer;employee_name;extension;last_day\n"
                  "Holm & Vester Arkitekter;Christian Vester Bloch;5102;2025-11-28\n"
                  "Fjordline Catering ApS;Marek Zieliński;880;2025-10-31\n")
    body = ("Please anonymise the leavers below. Two of them are in the attached CSV, and there "
            "is one more that came in this morning:\n\n  Amira Haddad, ext. 4410\n")
    assert pairs(body, "Year-end clean-up", f"---\n{attachment}", sender="Tomasz Wiśniewski") == [
        ("Amira Haddad", "4410"), ("Christian Vester Bloch", "5102"), ("Marek Zieliński", "880")]
