"""Faroese name particles, academic titles, a corrected-name column without a name
column, one-digit numbers under an extension header, a mobile or main number said
after "lokalnummeret", the rest of a thread left for later, a cue about a thing, and
the sensitive forms six blind sets (ED to EI: clinics, the North Atlantic, restaurants,
universities, property managers, sports clubs) brought, each with cases of our own."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.mail import ParseOptions, parse_mail
from parsers.model import DataSubject
from tests.reading import categories, subjects


@pytest.mark.parametrize("name", ["Rúni við Stein", "Bárður á Steig Nielsen", "Sigrid í Dali"])
def test_faroese_particles_are_part_of_the_name(name: str) -> None:
    assert subjects(f"Slet venligst {name}, lokal 2240. Tak") == (DataSubject(name, "2240"),)


@pytest.mark.parametrize("title", ["Lektor", "Professor", "Adjunkt", "Postdoc"])
def test_an_academic_title_is_no_part_of_the_name(title: str) -> None:
    body = f"Indsigt for {title} Karin Mølgaard Friis, lokal 0412, tak."
    assert subjects(body, "access") == (DataSubject("Karin Mølgaard Friis", "0412"),)


def test_a_corrected_name_column_with_one_digit_numbers() -> None:
    body = ("Ret venligst følgende:\nLok. | Står som | Korrekt navn\n5 | Mads Pedrsen | Mads "
            "Pedersen\n6 | Hanne Vittrup | Hanne Vittrup Lauridsen\n")
    assert subjects(body, "rectification") == (
        DataSubject("Mads Pedersen", "5"), DataSubject("Hanne Vittrup Lauridsen", "6"),
    )


@pytest.mark.parametrize("sentence", [
    "Lokalnummeret husker kunden ikke, men hans mobil var 22 45 87 10.",
    "Vi har ikke hendes lokalnummer, men hovednummeret er 56 65 12 00.",
])
def test_a_phone_number_said_after_the_extension_word_is_no_extension(sentence: str) -> None:
    body = f"Kan I slette Karin Holm Madsen? {sentence}"
    assert subjects(body) == (DataSubject("Karin Holm Madsen", None),)


def test_the_rest_of_a_thread_left_for_later_is_no_request_now() -> None:
    quoted = ("From: Beate Joensen <beate@sjovinnufelag.fo>\nSubject: Brugere\n\nThese users "
              "should go: Eyðun Lützen (112), Tróndur Patursson (114) and Jákup Nolsøe (115).\n")
    body = "Her er den ene, der skal slettes nu:\nEyðun Lützen – 112\nResten tager vi senere."
    assert subjects(body, quoted=quoted, subject="VS: Brugere") == (
        DataSubject("Eyðun Lützen", "112"),
    )


def test_a_matter_said_to_be_solved_in_brackets() -> None:
    quoted = ("Den tir. 10. mar. 2026 kl. 09.12 skrev Hans Sivertsen <hs@aasiaat-el.gl>:\n"
              "> Kan du bede om indsigt for Paninguaq Lyberth (lokal 550)?\n"
              "> Og så skal Jens Hansen på lokal 214 stadig slettes.\n")
    body = "Vi beder om indsigt for Paninguaq Lyberth, lok. 550. Den anden sag (Jens Hansen) er " \
           "allerede løst."
    assert subjects(body, "access", quoted=quoted, subject="Re: Indsigt") == (
        DataSubject("Paninguaq Lyberth", "550"),
    )


def test_disregarding_a_thing_said_of_an_employee_keeps_the_employee() -> None:
    body = ("Medarbejdere:\nMehmet Öztürk | 72\nHoa Tran Thi | 73\nBemærkning: Kunden har skrevet "
            "personnr. [CPR-nummer fjernet] for Mehmet i formularen, se bort fra det.")
    assert subjects(body, "access") == (
        DataSubject("Mehmet Öztürk", "72"), DataSubject("Hoa Tran Thi", "73"),
    )


def test_a_quoted_new_display_name_with_the_old_one_after_it() -> None:
    body = ('Ret venligst visningsnavnet for lok.nr. 5510 til "Ida Marie Lauridsen" (der står '
            "Ida Lauridsen nu).")
    assert subjects(body, "rectification") == (DataSubject("Ida Marie Lauridsen", "5510"),)


def test_a_name_turned_round_after_its_number() -> None:
    body = "Indsigt for lok. 501 Hansen, Jens Peter (Brøndby Svømmeklub)"
    assert subjects(body, "access") == (DataSubject("Jens Peter Hansen", "501"),)


def test_names_turned_round_joined_by_og() -> None:
    assert subjects("Slet lok 12 Jensen, Mette og lok 13 Holm, Bo") == (
        DataSubject("Mette Jensen", "12"), DataSubject("Bo Holm", "13"),
    )


def test_a_surname_that_is_also_a_word_for_porting() -> None:
    body = "Please send the voicemails for Kim (ext 402) and Jane Porter - both have left."
    assert subjects(body, "portability") == (
        DataSubject(None, "402"), DataSubject("Jane Porter", None),
    )


def test_a_lower_case_name_typed_without_danish_letters() -> None:
    body = "Hej, vil i venligst slette soeren aagaard paa lokal 88, han er stoppet. mvh Bo"
    assert subjects(body) == (DataSubject("soeren aagaard", "88"),)


@pytest.mark.parametrize("business", ["Harbourside Property Management", "Tårnby Swimming Pool",
                                      "Klaksvíkar Fiskavirki"])
def test_property_leisure_and_fishery_firms_are_no_employee(business: str) -> None:
    body = f"{business} asks us to erase John Smyth, ext. 905, who has left."
    assert subjects(body) == (DataSubject("John Smyth", "905"),)


@pytest.mark.parametrize("text, category", [
    ("Han stopper pr. 30/4 - han skal være imam i moskeen i Aarhus Vest.", "religion"),
    ("He is a candidate for Sjálvstýrisflokkurin in the coming election.", "politics"),
    ("Hun er inuk og lægger vægt på det.", "ethnicity"),
    ("As a Uyghur she is worried about who may have accessed her calls.", "ethnicity"),
    ("hendes opkald blev hørt efter hun meldte sig ind i 3F.", "trade_union"),
])
def test_more_beliefs_origins_parties_and_unions(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", [
    "We write on behalf of our customer, Union Consult Eye Surgery ApS, a private eye hospital.",
    "Our customer Sound Clinic Hearing Care has a hearing aid audiologist who is leaving.",
    "Sisimiut Byg ApS gør indsigelse mod at Inuk Kristiansen (lokal 22) bliver optaget.",
])
def test_clinic_names_job_titles_and_a_first_name_are_no_sensitive_data(text: str) -> None:
    assert not categories(text)


def test_a_first_name_told_by_where_she_sits_with_her_number_in_brackets() -> None:
    body = ("jf. art. 17: slet venligst også Hansen, Jens (214) og Lis fra receptionen (215) hos "
            "Bogense Auto.")
    assert subjects(body) == (DataSubject("Jens Hansen", "214"), DataSubject(None, "215"))


def test_a_norwegian_out_of_office_without_headers_is_automated() -> None:
    raw = (b"From: Ingrid Solberg <ingrid@oresundit.dk>\r\nTo: persondata@flexfone.dk\r\n"
           b"Subject: =?utf-8?q?Frav=C3=A6rsmelding=3A_=5BGDPR-2026-000009=5D_Kvittering?=\r\n"
           b"In-Reply-To: <x@flexfone.dk>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Hei,\r\n\r\nJeg er p\xc3\xa5 kurs i Oslo og tilbake mandag 16.02.\r\n")
    parsed = parse_mail(raw, ParseOptions())
    assert parsed.automated is not None and parsed.automated.kind == "auto_reply"


def test_a_name_joined_to_the_next_employee_by_og_is_one_of_them() -> None:
    body = "Kunden Brix & Søn ønsker indsigt for Katarzyna Mazur og Henrik Brix (lokal 215)."
    assert subjects(body, "access") == (
        DataSubject("Katarzyna Mazur", None), DataSubject("Henrik Brix", "215"),
    )


def test_my_extension_after_a_reception_is_my_own() -> None:
    body = ("I am Lucas Meyer, I worked at Nordic Stay Hostels reception, my extension was 22. "
            "Can I get my voicemails?")
    assert subjects(body, "portability", sender="Lucas Meyer") == (
        DataSubject("Lucas Meyer", "22"),
    )


@pytest.mark.parametrize("business", ["Hostel Kanalen", "Limfjord Forsyning", "Nordsø Montage",
                                      "Kolding Compounding Laboratory"])
def test_hostels_utilities_fitters_and_laboratories_are_no_employee(business: str) -> None:
    body = f"{business} beder om sletning af Heinz Müller, lokal 4590."
    assert subjects(body) == (DataSubject("Heinz Müller", "4590"),)


def test_the_others_having_withdrawn_leaves_only_the_one_named() -> None:
    quoted = ("From: Peter Kiel <pk@nordic-freight.dk>\nSubject: Data requests\n\nThree of our "
              "staff want to see their data: Ewa Zielińska-Borg (118), Dennis Hald (119) and "
              "Simon Krogh (120).\n")
    body = ("Art. 15 request for Ewa Zielińska-Borg (ext. 118) – only her for now, the others "
            "below have withdrawn.")
    assert subjects(body, "access", quoted=quoted, subject="FW: Data requests") == (
        DataSubject("Ewa Zielińska-Borg", "118"),
    )


def test_a_lower_case_name_after_indsigt_for() -> None:
    body = "Kunden ønsker indsigt for peter nørgaard, de har ikke lokalnummeret ved hånden."
    assert subjects(body, "access") == (DataSubject("peter nørgaard", None),)


def test_a_data_protection_adviser_named_in_passing_is_no_employee() -> None:
    body = ("efter instruks fra pensionskassens databeskyttelsesrådgiver Mette Bundgaard, "
            "anmodning om sletning af:\nNavn: Jørgen Ulrik Frandsen\nLokalnummer: 8812\n")
    assert subjects(body) == (DataSubject("Jørgen Ulrik Frandsen", "8812"),)


def test_being_roma_is_an_ethnic_origin() -> None:
    assert "ethnicity" in categories("a colleague wrote bad comments about him being Roma")


def test_an_advertising_agency_as_customer_asks_for_no_opt_out() -> None:
    body = ("Et par spørgsmål fra en af vores kunder (reklamebureauet Saltværk):\n1) Hvor finder "
            "vi databehandleraftalen?\n2) Hvilke underdatabehandlere bruger I?")
    assert classify_kind("Databehandleraftale", body, "") == "other"


@pytest.mark.parametrize("subject, body, kind", [
    ("remove user", "pls remove Lucy from ext 4021 at Loop Studio, she's gone. thx", "erasure"),
    ("Ret titel i brugerprofil", "Christina på lok. 118 skal have rettet sin titel i "
     'brugerprofilen til "Senior Risk Officer".', "rectification"),
])
def test_short_requests_about_a_first_name_and_a_number(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_only_one_first_name_of_a_forwarded_list() -> None:
    quoted = ("---------- Forwarded message ---------\nFra: Hanne Westh <hr@hostelkanalen.dk>\n"
              "Subject: telefoner\n\nHej Rune\nNadia Hussein (818), Bjarke Mølgaard (819) og Sara "
              "Lind (820) er stoppet.\n")
    body = "Kun Nadia skal slettes, de andre to bliver. Se nedenfor."
    assert classify_kind("Fwd: telefoner", body, quoted) == "erasure"
    assert subjects(body, quoted=quoted, subject="Fwd: telefoner") == (
        DataSubject("Nadia Hussein", "818"),
    )
