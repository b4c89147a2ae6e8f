"""Writers correcting themselves inside one mail (struck-out words, "nej, hun hedder
bare ...", "33 - no, 34", a P.S. that changes a number) and resellers answering a named
agent's questions ("-> 09" under the question, "801 and 802" in the order asked)."""

from __future__ import annotations

from parsers.answers import inline_answers, numbers_for_names
from parsers.html_text import html_to_text
from parsers.mail import parse_mail
from tests.reading import pairs


def alternative_mail(plain: str, html: str) -> bytes:
    return (
        "From: Kim Vest <kim@reseller.dk>\r\nTo: persondata@flexfone.dk\r\n"
        "Subject: Indsigt\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{plain}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


def test_struck_out_html_words_are_taken_back() -> None:
    assert html_to_text("<p>Sofie <del>Lund</del> Lundgaard (lok. 202)</p>") == (
        "Sofie Lundgaard (lok. 202)\n")
    plain = "Vi beder om indsigt for Sofie Lund Lundgaard (lok. 202).\r\n\r\nMvh\r\nKim"
    html = "<p>Vi beder om indsigt for Sofie <s>Lund</s> Lundgaard (lok. 202).</p><p>Mvh<br>Kim</p>"
    parsed = parse_mail(alternative_mail(plain, html))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Sofie Lundgaard", "202")]


def test_a_postscript_is_no_pair_of_initials_and_its_correction_holds() -> None:
    body = ("Please export voicemails for Ingrid Bergström (ext 650) and recorded calls for "
            "Ole Brask (ext 655).\n\nP.S. Ole's ext is 656, not 655 - my mistake.")
    assert pairs(body, kind="portability") == [("Ingrid Bergström", "650"), ("Ole Brask", "656")]


def test_a_surname_that_is_a_word_before_its_number() -> None:
    body = ("Slet venligst:\n\nTorben Æbelø, lok 4410\n\nP.S. Tilføj også Niels Ulrik From, "
            "4420 - han stoppede i fredags.")
    assert pairs(body) == [("Torben Æbelø", "4410"), ("Niels Ulrik From", "4420")]


def test_a_number_taken_back_with_no() -> None:
    assert pairs("Access request for the employee on ext 33 - no, 34 - at the customer.",
                 kind="access") == [(None, "34")]


def test_a_name_said_instead_of_the_one_just_written() -> None:
    body = ("Frederik Vinther (lok 12)\nUlla Bech-Nielsen – nej, hun hedder bare Ulla Bech. "
            "Hendes lokalnummer kender jeg ikke.")
    assert pairs(body, kind="access") == [("Frederik Vinther", "12"), ("Ulla Bech", None)]


def test_a_correction_line_with_the_name_in_the_other_order() -> None:
    body = ("Please anonymise:\n- Ole Haugen (ext. 30)\n- Chen Wei (ext. 031)\n\nCorrection: "
            "in your system he is registered as Wei Chen (given name first), so use that.")
    assert pairs(body) == [("Ole Haugen", "30"), ("Wei Chen", "031")]


def test_arrow_answers_under_an_agents_questions_in_an_outlook_quote() -> None:
    quoted = ("Hej Sanne\n\nHvad hedder medarbejderen?\n-> Aylin Demir\n\nHvilket lokalnummer "
              "har hun?\n-> 09\n\nMed venlig hilsen\nLine Sørensen\n")
    answers = inline_answers("Med venlig hilsen\nSanne Høj", quoted)
    assert "Hvad hedder medarbejderen: Aylin Demir" in answers
    assert "Hvilket lokalnummer har hun: 09" in answers
    assert inline_answers("Tak", "> Lokalnummer?\n>> 517\n") == ""  # ">>": a quote, unless said


def test_numbers_answered_in_the_order_the_names_were_asked() -> None:
    quoted = ("Hi Elin\n\nCould you send us the extensions for Johan Ek and Lisa Ståhlberg "
              "Nilsson, in that order?\n\nKind regards\nSarah Quist\n")
    assert numbers_for_names("Hi Sarah\n\n801 and 802", quoted) == (
        "Hi Sarah\n\nJohan Ek lokal 801\nLisa Ståhlberg Nilsson lokal 802")
    assert numbers_for_names("801, 802 and 803", quoted) == "801, 802 and 803"  # not as many
