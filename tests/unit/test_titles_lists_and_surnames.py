"""Job titles before names, churches and clubs as customers, list lines without a
number, surnames given apart from the first name, numbers whose name is not known,
and the other forms six blind sets (CB to CG: Aarhus resellers, hotels, clubs and
churches, one-person resellers and partner desks, a seasonal year, firms with many
employees from abroad, a new agent's month) brought: own cases for each rule."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.model import DataSubject
from parsers.sensitive import find_sensitive
from parsers.subjects import completed_in_reply, find_data_subjects


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


def categories(text: str) -> set[str]:
    return {span.category for span in find_sensitive(text)}


@pytest.mark.parametrize("title", ["Sognepræst", "Kirkesanger", "Hovmester", "Vicevært",
                                   "Træner", "Bogholder", "Chauffør"])
def test_a_job_title_before_a_name_is_no_part_of_it(title: str) -> None:
    body = f"Slet venligst {title} Mette Kjær Holst, lokal 214, hun er stoppet."
    assert subjects(body) == (DataSubject("Mette Kjær Holst", "214"),)


@pytest.mark.parametrize("place", ["Vor Frue Sogn", "Hjallerup Boldklub", "Sæby Svømmehal",
                                   "Skagen Havn", "Vester Camping"])
def test_a_parish_club_or_harbour_is_no_employee(place: str) -> None:
    body = (f"Kunden {place} vil have slettet Jonas Winther (lokal 31), han er stoppet, "
            f"og {place} vil også have en kopi af opkaldslisten.")
    assert subjects(body) == (DataSubject("Jonas Winther", "31"),)


def test_kirkegaard_stays_a_surname() -> None:
    assert subjects("Slet Lone Kirkegaard på lokal 58.") == (DataSubject("Lone Kirkegaard", "58"),)


def test_the_place_after_an_employee_s_bracketed_number_is_her_workplace() -> None:
    body = "Helle Brink (lok 41) på Vrå Efterskole stopper og skal slettes."
    assert subjects(body) == (DataSubject("Helle Brink", "41"),)


def test_a_parish_council_as_customer_reveals_no_faith_but_a_seat_on_it_does() -> None:
    assert categories("Kunden Hald Menighedsråd vil have slettet en organist.") == set()
    assert categories("Hun sidder i menighedsrådet og stopper nu.") == {"religion"}


@pytest.mark.parametrize("text", ["Han er udtrådt af folkekirken sidste år.",
                                  "She left the church in May and asks us to delete her."])
def test_leaving_the_church_tells_a_belief(text: str) -> None:
    assert categories(text) == {"religion"}


def test_a_lower_case_list_line_without_its_number_is_one_more_employee() -> None:
    body = "hej slet følgende hos skive tømrer:\njens lund 41\nmarianne dal\n"
    assert subjects(body) == (DataSubject("jens lund", "41"), DataSubject("marianne dal", None))


def test_a_lower_case_line_apart_from_the_list_is_not_added() -> None:
    body = "hej slet følgende:\njens lund 41\n\nhvis i kan nå det inden fredag\n"
    assert subjects(body) == (DataSubject("jens lund", "41"),)


def test_a_number_said_to_have_no_known_name_takes_no_name_from_the_line_above() -> None:
    body = ("Slet venligst to brugere hos Hotel Skagen:\n\n- Pernille Aagaard\n"
            "- lokal 233 (vi kender ikke hans navn, han var kok)\n")
    assert subjects(body) == (DataSubject("Pernille Aagaard", None), DataSubject(None, "233"))


def test_an_extension_before_its_new_name_on_each_line_is_that_name_s() -> None:
    body = "Navnene er byttet om:\nlok 410 skal være Ulla Berg\nlok 411 skal være Ib Dam\n"
    assert subjects(body, "rectification") == (
        DataSubject("Ulla Berg", "410"), DataSubject("Ib Dam", "411")
    )


def test_a_customer_set_off_by_a_comma_before_the_name_leaves_the_person() -> None:
    body = "Vores medarbejder hos kunden, Janne Holt (lokal 77), ønsker indsigt i sine data."
    assert subjects(body, "access") == (DataSubject("Janne Holt", "77"),)


def test_a_name_corrected_in_every_word_keeps_the_number_after_the_wrong_one() -> None:
    body = "Ret stavningen: det er Yusuf Al-Amin, ikke Jusuf Alamin, lokal 620."
    assert subjects(body, "rectification") == (DataSubject("Yusuf Al-Amin", "620"),)


def test_a_header_row_after_a_sentence_gives_the_columns_of_the_rows_below() -> None:
    body = ("Kunden ønsker indsigt for disse, skrevet efternavn;fornavn;lokal:\n"
            "Berg;Ulla;510\nLund;Karl Emil;511\n")
    assert subjects(body, "access") == (
        DataSubject("Ulla Berg", "510"), DataSubject("Karl Emil Lund", "511")
    )


def test_a_one_digit_extension_before_a_dash_is_read() -> None:
    assert subjects("Slet Bo Riis lokal 8 - han er stoppet.") == (DataSubject("Bo Riis", "8"),)


def test_a_lower_case_name_with_an_apostrophe_is_whole() -> None:
    body = "pls delete sean o'brien ext 4410 and mia holt ext 4411, both left"
    assert subjects(body) == (DataSubject("sean o'brien", "4410"), DataSubject("mia holt", "4411"))


def test_a_lower_case_name_told_with_a_spelling_remark() -> None:
    body = 'hej, lok 33 er stavet forkert. der står "ane lyng" men hun hedder anne lyng med to n'
    assert subjects(body, "rectification") == (DataSubject("anne lyng", "33"),)


def test_a_surname_given_apart_completes_the_quoted_number() -> None:
    quoted = "> we need the full name for ext. 5120 and the extension for Tom Berg."
    found = completed_in_reply("Lisa's surname is Marsh, and Tom is ext 5121.", quoted, "Ann Poe")
    assert set(found) == {DataSubject("Lisa Marsh", "5120"), DataSubject("Tom Berg", "5121")}


def test_a_surname_corrected_after_hedder_gives_the_whole_new_name() -> None:
    body = "Og undskyld, Maja hedder Bruun-Olsen, ikke Bruun."
    quoted = "> Slet venligst Maja Bruun (lokal 71) og Per Lind (lokal 72)"
    found = subjects(body, quoted=quoted, subject="SV: Sletning")
    assert DataSubject("Maja Bruun-Olsen", "71") in found


def test_a_corrected_spelling_of_a_quoted_name_without_its_number_still_counts() -> None:
    body = "Per Lind har lokal 72. Og det er Maja Bruunsgaard, ikke Bruun."
    quoted = "> Slet venligst Maja Bruun (lokal 71) og Per Lind"
    found = subjects(body, quoted=quoted, subject="SV: Sletning")
    assert found == (DataSubject("Maja Bruunsgaard", "71"), DataSubject("Per Lind", "72"))


def test_a_statement_about_the_name_on_a_number_still_pairs_it() -> None:
    body = "navnet på lok 17 er stavet forkert. han hedder rune krog, kan i rette det"
    assert subjects(body, "rectification") == (DataSubject("rune krog", "17"),)


@pytest.mark.parametrize("subject", ["SAR: Leah Dunn (ext. 231)", "DSAR - Leah Dunn ext 231"])
def test_a_subject_access_request_in_short_is_access(subject: str) -> None:
    assert classify_kind(subject, "Thanks!", "") == "access"


def test_removal_from_the_provider_s_systems_forwarded_below_see_below_is_erasure() -> None:
    quoted = ("---------- Videresendt besked ---------\nFra: Kunde <k@example.dk>\n\n"
              "Ole Sand (intern 12) er stoppet, og vi vil gerne have at han bliver fjernet "
              "helt fra jeres systemer inden næste faktura.")
    assert classify_kind("Fwd: Ole", "Hej, se nedenfor.", quoted) == "erasure"


def test_an_invoice_named_as_a_deadline_takes_nothing_from_the_request() -> None:
    body = "Slet venligst Ole Sand, lokal 12, inden næste faktura."
    assert classify_kind("Sletning", body, "") == "erasure"


def test_a_reply_corrects_the_number_its_subject_line_gave() -> None:
    found = subjects("Beklager, tastefejl: lokalnummeret er 5120, ikke 5210.",
                     subject="Re: Sletning: Emil Krag lok 5210 (Ry Taxa)")
    assert found == (DataSubject("Emil Krag", "5120"),)


def test_a_first_name_joined_to_a_named_employee_is_one_more_to_ask_about() -> None:
    body = "Slet venligst Ole Dam lokal 310 og Birthe hos Vejle Glas. De er stoppet."
    assert subjects(body) == (DataSubject("Ole Dam", "310"), DataSubject(None, None))


def test_a_first_name_in_a_greeting_after_og_is_no_employee() -> None:
    body = "Slet venligst Ole Dam lokal 310.\n\nHilsen fra mig og Birthe."
    assert subjects(body) == (DataSubject("Ole Dam", "310"),)


def test_a_lower_case_name_after_skal_vaere_is_the_new_name() -> None:
    body = ("ret venligst navnet på lise tofte hos Ry Glas, det skal vaere lise toft "
            "(uden e). lokalnummeret har jeg ikke.")
    assert subjects(body, "rectification") == (DataSubject("lise toft", None),)


@pytest.mark.parametrize("body", [
    "Det er 4070 og ikke 407. Navnet er rigtigt nok (Ole Dam).",
    "Please delete Ole Dam, ext 407. Questions should be directed to us, not the customer.",
])
def test_ordinary_words_after_a_naming_phrase_are_no_lower_case_name(body: str) -> None:
    assert all(s.full_name in (None, "Ole Dam") for s in subjects(body))
