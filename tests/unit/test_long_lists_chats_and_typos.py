"""Long lists with rows already handled, namesakes told apart by their numbers, chat logs
pasted into a mail, misspelt extension labels, and surnames given after first names."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import categories, pairs


@pytest.mark.parametrize(
    "body",
    [
        'Name,Extension,Note\n"Lotte Bisgaard",4101,"Delete"\n"Raj Kumar Sharma",4119,'
        '"Already removed by NVS"\n',
        "Navn;Lokal;Status\nLotte Bisgaard;4101;Slet\nHelle Holm Mikkelsen;2027;Allerede slettet\n",
        "Navn | Lokal | Status\nLotte Bisgaard | 4101 | slet\nMarianne Johansen | 3306 | done\n",
        "Name,Extension,Done\nLotte Bisgaard,4101,\nCamilla Frandsen,2207,x\n",
    ],
)
def test_rows_marked_as_already_handled_are_left_out(body: str) -> None:
    assert pairs(body) == [("Lotte Bisgaard", "4101")]


def test_a_short_name_with_its_own_number_is_another_employee() -> None:
    body = ('Name,Extension,Note\n"Annette Brink Høj",4113,"Delete"\n'
            '"Annette Høj",4125,"Delete"\n')
    assert pairs(body) == [("Annette Brink Høj", "4113"), ("Annette Høj", "4125")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Slet Mads Østergaard Kjeldsen, loaklnr 52.", ("Mads Østergaard Kjeldsen", "52")),
        ("Slet Sigrid Aune Halvorsen, Extention 7781.", ("Sigrid Aune Halvorsen", "7781")),
        ("Slet Priya Raghunathan, extenstion 3345.", ("Priya Raghunathan", "3345")),
        ("Slet Karina Holm Jeppesen lokal-nr 7723.", ("Karina Holm Jeppesen", "7723")),
        ("Slet Kristian Bay Holt lok-nr 19.", ("Kristian Bay Holt", "19")),
        ("Slet Julia Nowak-Frederiksen på x. 5502.", ("Julia Nowak-Frederiksen", "5502")),
    ],
)
def test_misspelt_extension_labels(body: str, expected: tuple[str, str]) -> None:
    assert pairs(body) == [expected]


def test_a_fax_number_is_no_extension() -> None:
    assert pairs("Slet Mette Holm, lokal 22. Fax. 70 20 30 40.") == [("Mette Holm", "22")]


def test_a_chat_log_gives_name_and_number_on_separate_lines() -> None:
    body = ("Kan I slette medarbejderen nedenfor? Chatloggen er indsat herunder.\n"
            "[08:43] Agent Mads: Hvad hedder medarbejderen, og hvilket lokalnummer havde hun?\n"
            "[08:44] Kunde: Mette Kjær Hansen\n[08:44] Kunde: lokal 412\n")
    assert pairs(body) == [("Mette Kjær Hansen", "412")]
    visitor = ("[14:21] Agent Emma: Can you give me their names and extensions?\n"
               "[14:22] Visitor (Daniel Frost, Northwind): Oliver James Whitfield, ext 5012\n")
    assert pairs("Please erase the employee in the chat below.\n" + visitor) == [
        ("Oliver James Whitfield", "5012")]


def test_surnames_given_for_first_names_beside_their_numbers() -> None:
    quoted = ("Hej. Ishøj Glas er lukket. Slet venligst Line lokal 118 og Kim lokal 119. "
              "Efternavne følger.")
    assert pairs("Efternavnene: Line Juul Poulsen og Kim Møller.", quoted=quoted,
                 subject="Re: Ishøj Glas") == [("Line Juul Poulsen", "118"), ("Kim Møller", "119")]


def test_a_public_fund_is_no_employee_and_an_origin_compound_is_found() -> None:
    assert pairs("Trine Skov Bak, lokal 217, vil have indsigt. Lønmodtagernes Garantifond "
                 "dækker lønnen.", kind="access") == [("Trine Skov Bak", "217")]
    assert categories("Han er af romaoprindelse.") == {"ethnicity"}


def test_an_ext_hash_cell_and_a_secure_mail_vendor() -> None:
    body = ("Name                 | EXT\nErik Lindqvist       | EXT#2201\n"
            "Maja Berg Sørlie     | EXT#2204\n")
    assert pairs(body, kind="access") == [("Erik Lindqvist", "2201"), ("Maja Berg Sørlie", "2204")]
    assert pairs("Microsoft Purview Message Encryption. Slet lokal 33.") == [(None, "33")]


def test_a_question_about_a_number_port_is_no_portability_request() -> None:
    assert classify_kind(
        "Number port to TDC Erhverv - call recordings?",
        "Fyns Maskinstation is porting their main number and the 8 extensions to TDC Erhverv "
        "on 1 June. What happens to the call recordings stored with you after the port date?",
        "",
    ) == "other"
