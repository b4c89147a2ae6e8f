"""Namesakes and relatives told apart, requests in a P.S., spreadsheets pasted with
counts and PIN columns, second-language phrasing: cases written for rules the held-out
sets NY to OD asked for."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from parsers.signatures import postscripts
from tests.reading import found, pairs, plain_mail


@pytest.mark.parametrize(("body", "want"), [
    ("Vi har en indsigtsanmodning fra medarbejderen Kurt Jensen, lokalnummer 88.\n\nDer er to "
     "Kurt Jensen i firmaet - den anden sidder på lageret på lokal 89 og har intet med sagen "
     "at gøre.\n", [("Kurt Jensen", "88")]),
    ("Please export the data of Mikkel Thorsen, ext. 5512. Please note that his father, "
     "Michael Thorsen, also works there (ext. 5510).\n", [("Mikkel Thorsen", "5512")]),
    ("Send alle voicemails for Bo Vestergaard, lokalnummer 118. Det er faren, ikke sønnen "
     "Bo Vestergaard Nielsen på lokal 181.\n", [("Bo Vestergaard", "118")]),
    ("Kan I slette Thomas på lokal 15? Der er to der hedder Thomas - det er ham på 15, ikke "
     "ham på 16.\n", [(None, "15")]),
    ("Kunden vil have slettet Poul Erik Kofoed på lokal 23.\nPoul Kofoed (sønnen) på lokal "
     "32 fortsætter firmaet og skal ikke røres.\n", [("Poul Erik Kofoed", "23")]),
    ("Please correct the name on extension 0713: she is now called Sarah Lindqvist Berg. "
     "There is another employee called Sara Lindqvist on extension 0731. Her record must "
     "stay as it is.\n", [("Sarah Lindqvist Berg", "0713")]),
])
def test_a_namesake_or_relative_told_apart_is_no_subject(
    body: str, want: list[tuple[str | None, str | None]]
) -> None:
    kind = "rectification" if "correct" in body else "access"
    assert pairs(body, kind=kind) == want


def test_a_spouse_named_as_one_more_leaver_is_a_subject() -> None:
    body = ("Hos Bay Malerfirma skal både Kim Bay (lokalnummer 160) og hans kone Ulla Bay Simonsen "
            "(lokalnummer 161) slettes.\n")
    assert pairs(body) == [("Kim Bay", "160"), ("Ulla Bay Simonsen", "161")]


def test_a_withdrawal_of_one_does_not_take_the_other_of_the_same_sentence() -> None:
    body = ("Gitte Bach Holm har trukket sin anmodning tilbage, så det er kun Mohammed Al-Khatib "
            "(414), der skal have udleveret sine samtaler.\n")
    quoted = "> 414 – Mohammed Al-Khatib\n> 415 – Gitte Bach Holm\n"
    assert pairs(body, kind="portability", quoted=quoted) == [("Mohammed Al-Khatib", "414")]


def test_the_number_said_not_to_be_meant_leaves_the_one_meant() -> None:
    body = ("Det er Bo Ravn Kristiansen på lok. 319 der skal slettes (ikke 318, det er hans "
            "kollega der stadig er ansat).\n")
    assert pairs(body) == [("Bo Ravn Kristiansen", "319")]


def test_a_request_in_a_postscript_below_the_signature() -> None:
    assert postscripts(["Finn\n", "P.S. Inden jeg glemmer det - X.\n", "mere\n", "\n", "--\n"]
                       ) == ["P.S. Inden jeg glemmer det - X.\n", "mere\n"]
    body = ("Kære Flexfone\n\nVi holder lukket i påsken. Angående fakturaen for marts: vi har "
            "fået to fakturaer med samme nummer. Den ene bør vel krediteres?\n\nRigtig god "
            "påske!\n\nBirthe Holst\nNordTel ApS\n\nP.S. Jeg var lige ved at glemme det: "
            "Frederikshavn Fiskeauktion har en medarbejder, Poul Erik Dam (lokalnr. 840), der "
            "stopper. De vil gerne have ham slettet hos jer.\n")
    mail = parse_mail(plain_mail("Påskehilsen og lidt forskelligt", body,
                                 "Birthe Holst <bh@nordtel.dk>"))
    assert mail.kind == "erasure"
    assert [(s.full_name, s.extension) for s in mail.data_subjects] == [("Poul Erik Dam", "840")]


def test_a_firm_request_among_points_that_consider_other_things() -> None:
    body = ("Et par småting:\n\n1. Faktura 2026-118 står stadig som ubetalt.\n\n2. Hos "
            "Blåvandshuk Golfklub står deres greenkeeper som \"Nikolaj Bøg\" på lokalnummer "
            "3003. Han hedder Nicolai Bøgh. Kan I rette navnet?\n\n3. Vi overvejer at tilbyde "
            "call recording. Har I et prisark?\n")
    assert classify_kind("Rettelse + faktura", body, "") == "rectification"


def test_a_sheets_count_row_is_no_employee() -> None:
    body = ("Indsigt for:\n\nNavn\tLokalnr\tStatus\nKnud Erik Bæk\t10\tAktiv\nVillads Krag\t17\t"
            "Fratrådt\nAntal\t2\t\n")
    assert pairs(body, kind="access") == [("Knud Erik Bæk", "10"), ("Villads Krag", "17")]


def test_a_pin_column_pasted_with_the_list_is_credentials() -> None:
    text = ("Navn\tLokal\tMobil\tVoicemail-kode\nAsger Holmboe\t1201\t29 70 11 80\t4821\n"
            "Rasmus Villadsen\t1208\t\t0990\n")
    assert found(text) == [("credential", "4821"), ("credential", "0990")]
    assert found("Navn;Lokal;Afdeling\nJens Holm;12;Salg\n") == []


def test_a_company_card_by_a_compound_word() -> None:
    assert found("F-902288 blev betalt med firmakortet 4571 9921 0043 7781 den 14/1") == [
        ("payment_card", "4571 9921 0043 7781")]


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Request of insight", "Kindly we are requesting the insight to all data which you are "
     "keeping about the employee Mr. Yılmaz Emre Kaya, local number 3305.", "access"),
    ("Deleting of employee and his voicemail", "We kindly ask to delete the employee Grzegorz "
     "Wójcik, extension 812, together with his voicemail box. His voicemail PIN is 4471 if you "
     "need it for access.", "erasure"),
])
def test_second_language_phrasing(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_lokale_nummer_written_apart_is_an_extension_cue() -> None:
    assert pairs("Vi beder at slette medarbejder Kravets Bohdan, lokale nummer 72.") == [
        ("Kravets Bohdan", "72")]


def test_a_phone_number_put_right_is_no_extension() -> None:
    body = ("Hos Klintholm Havn står Ulla Thygesen (lokalnummer 31) med mobilnummer 40 11 22 34 i "
            "jeres system, men det rigtige er 40 11 22 33. Vil I rette det?\n")
    assert pairs(body, kind="rectification") == [("Ulla Thygesen", "31")]


def test_sms_style_request_names_a_lower_case_employee() -> None:
    mail = parse_mail(plain_mail("slet", "slet pls mette lund hun er stoppet 🙏\n"))
    assert [(s.full_name, s.extension) for s in mail.data_subjects] == [("mette lund", None)]


def test_an_association_of_firms_is_no_person() -> None:
    body = ("My name is Tomás Ó Briain, my extension is 512. I would like a copy of all personal "
            "data you hold about me. I'm also on the board of the Nordic Union of Architecture "
            "Firms.\n")
    mail = parse_mail(plain_mail("Request for my personal data", body,
                                 "Tomás Ó Briain <tob@gmail.com>"))
    assert all(s.full_name != "Architecture Firms" for s in mail.data_subjects)


def test_a_follow_up_keeping_only_the_first_two_of_a_quoted_list() -> None:
    body = ("Kunden har rettet listen: kun de to første (Anders Kofod 601 og Birte Dam Kristensen "
            "602) skal anonymiseres nu – de øvrige tre flyttes til afdelingen i Kolding og "
            "beholder deres lokalnumre.\n")
    quoted = ("> Slet venligst:\n> Anders Kofod 601\n> Birte Dam Kristensen 602\n> Nguyen Thi Lan "
              "603\n> Jan-Erik Sørensen 604\n")
    assert pairs(body, quoted=quoted) == [("Anders Kofod", "601"), ("Birte Dam Kristensen", "602")]


@pytest.mark.parametrize("body", [
    "Vedhæftet liste over 4 brugere der skal slettes. Kolonnen Slutdato er sidste arbejdsdag.\n",
    "En medarbejder hos en af vores kunder (Hasle Keramik) har bedt om indsigt i de data I har "
    "om hende. Vi har ikke fået navn endnu.\n",
])
def test_a_column_or_a_workshop_is_no_person(body: str) -> None:
    assert pairs(body, kind="access") == [(None, None)]


def test_two_people_of_one_name_each_on_a_line_with_a_number() -> None:
    body = "Slet venligst:\n\nKim Larsen (far), lokal 801\nKim Larsen (søn), lokal 802\n"
    assert pairs(body) == [("Kim Larsen", "801"), ("Kim Larsen", "802")]
    assert pairs("Slet venligst:\n\nKim Larsen, lokal 801\nlokal 802\n") == [
        ("Kim Larsen", "801"), (None, "802")]
