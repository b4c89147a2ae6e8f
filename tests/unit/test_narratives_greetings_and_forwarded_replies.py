"""Narrative mails told with pronouns, quoted voicemail greetings, requests written over
forwarded auto-replies and tables only the HTML part holds: cases written for the rules
these mails prompted (parsers/subjects.py, parsers/extensions.py, parsers/mime.py,
parsers/kinds.py, parsers/sensitive.py), beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from tests.reading import categories, found, pairs

# --- pronouns and the people beside the employee ------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Mette Kjær Hansen har været bogholder i mange år, men hun stoppede den 31. januar. Hun "
     "havde lokalnummer 412. Hendes opgaver er overtaget af Jonas Bech, som allerede sidder "
     "på 415 og fortsætter som hidtil – han skal altså ikke røres.\n",
     [("Mette Kjær Hansen", "412")]),
    ("One of the sales guys, Tomasz Wiśniewski, is leaving at the end of this month. He's on "
     "ext. 7702. His replacement, Mark Høyer, starts on ext. 7705, so nothing needs doing "
     "for him.\n", [("Tomasz Wiśniewski", "7702")]),
    ("Please send a copy of the data you process about their employee Priya Raman. She is on "
     "extension 2204. Her deputy, Jonas Falk, covers her line while she is away.\n",
     [("Priya Raman", "2204")]),
])
def test_a_pronoun_sentence_gives_the_number_of_the_one_named_before(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body, kind="access") == expected


def test_a_pronoun_of_the_other_sex_skips_the_name_before() -> None:
    body = ("Kirsten Holm er stoppet, og hendes opgaver er overtaget af Anders Bak. Hun havde "
            "lokal 31.\n")
    assert ("Kirsten Holm", "31") in pairs(body)


def test_an_owner_and_a_colleague_who_stays_are_no_subjects() -> None:
    body = ("Rasmus Kofoed Juhl, lokalnummer 118, vil ikke længere optages. Værkstedsejeren, "
            "Bent Lauridsen, er indforstået.\n\nReceptionen bemandes nu af Sebastian Frost på "
            "562, han skal blive. De har to der hedder Michael, men den anden sidder på 38 og "
            "skal blive.\n")
    assert pairs(body, kind="objection") == [("Rasmus Kofoed Juhl", "118")]


def test_a_number_closing_a_bracket_or_a_question_is_the_names() -> None:
    body = ("Er der nyt om de 2 fratrådte (Kasper Bjerre Lind 2219 og Ngoc Anh Tran 2230)? "
            "Kunden rykker os.\n")
    assert pairs(body) == [("Kasper Bjerre Lind", "2219"), ("Ngoc Anh Tran", "2230")]


def test_a_customer_named_in_brackets_is_no_employee() -> None:
    body = ("Quick one: a customer of ours (Kolding Packaging) wants the voicemails from ext. "
            "7710 handed over. I only know her as Ewa. Her team leader, Kasper Dam, will "
            "receive the files.\n")
    assert pairs(body, kind="portability") == [(None, "7710")]


def test_a_surname_ending_like_an_owner_word_is_still_a_name() -> None:
    assert pairs("Slet Hanne Mejer, lok 44, og Bo Sejer lok 45.\n") == [
        ("Hanne Mejer", "44"), ("Bo Sejer", "45")]


# --- requests over forwarded auto-replies and tables only the HTML holds -------------------


def test_what_you_hold_on_someone_is_access() -> None:
    body = ("Could you send us what you hold on Piotr Zieliński (call logs, voicemails, "
            "numbers)? He has asked Nordic Freight for it. See his OOO below.\n")
    assert classify_kind("FW: Automatic reply: Piotr Zieliński", body, "") == "access"


def test_a_table_only_the_html_part_holds_is_read() -> None:
    plain = ("Hej\n\nFlere fra Thisted Rør er stoppet. Se tabellen. Jeg mangler lokalnummeret "
             "på Rikke.\n\nMvh\nSøren Krag\n")
    html = ("<p>Hej</p><p>Flere fra Thisted Rør er stoppet. Se tabellen. Jeg mangler "
            "lokalnummeret på Rikke.</p><table border=1><tr><th>Navn</th><th>Lokalnr.</th>"
            "</tr><tr><td>Claus Bruun Hedegaard</td><td>30</td></tr><tr><td>Rikke Vang "
            "Thomsen</td><td>?</td></tr><tr><td>Aleksandra Nowak</td><td>33</td></tr></table>"
            "<p>Mvh<br>Søren Krag</p>")
    raw = ("From: Søren Krag <sk@fjordnet.dk>\r\nTo: persondata@flexfone.dk\r\n"
           "Subject: Sletning Thisted Rør\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
           "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain.replace("\n", "\r\n")
           + "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
           + "\r\n--b--\r\n").encode()
    parsed = parse_mail(raw)
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Claus Bruun Hedegaard", "30"), ("Rikke Vang Thomsen", None), ("Aleksandra Nowak", "33")]


# --- greetings -----------------------------------------------------------------------------


def test_a_greeting_to_change_is_a_rectification() -> None:
    body = ("Daniel Sørensen (ext 5603) recorded a holiday greeting. He would like the greeting "
            "changed to \"You've reached Daniel Sørensen, please leave a message\".\n")
    assert classify_kind("Greeting change ext 5603", body, "") == "rectification"


def test_a_partner_of_the_same_sex_in_a_greeting_reveals_orientation() -> None:
    assert found('The greeting says "Hi, this is Daniel, I\'m away with my boyfriend Mark '
                 'until the 20th".') == [("sexuality", "my boyfriend")]
    assert categories("Hi, this is Daniel, I am away with my wife until the 20th.") == set()
    assert categories("Hej, det er Mette, jeg er på ferie med min kæreste Anders.") == set()


def test_a_police_investigation_against_someone_is_criminal() -> None:
    assert categories("The police investigation against him was closed in June.") == {
        "criminal"}
    assert categories("She helped the police investigation as a witness.") == set()
