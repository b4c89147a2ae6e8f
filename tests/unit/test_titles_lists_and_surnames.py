"""Job titles before names, churches and clubs as customers, list lines without a
number, surnames given apart from the first name, numbers whose name is not known,
and the other forms six blind sets (CB to CG: Aarhus resellers, hotels, clubs and
churches, one-person resellers and partner desks, a seasonal year, firms with many
employees from abroad, a new agent's month) brought: own cases for each rule."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.language import detect_language
from parsers.model import DataSubject
from parsers.subjects import completed_in_reply, find_data_subjects
from tests.reading import categories, subjects


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


def test_a_name_spelt_by_sound_two_ways_is_one_employee() -> None:
    body = 'Der står "Filip Vestergaard", men han hedder Philip Vestergaard. Lok 212.'
    assert subjects(body, "rectification") == (DataSubject("Philip Vestergaard", "212"),)


def test_a_split_off_word_leaves_no_dot_on_a_short_last_name_word() -> None:
    body = ('The list shows "Le Van Thu" on ext. 301, but the correct spelling is Le Van Tu. '
            "Please fix.")
    assert subjects(body, "rectification") == (DataSubject("Le Van Tu", "301"),)


@pytest.mark.parametrize("service", ["Hjemmeplejen Nord", "Fysioterapien Vejlby", "Tandplejen Øst"])
def test_a_care_service_by_its_definite_name_is_no_employee(service: str) -> None:
    body = f"{service} (vores kunde) skal have slettet Kaj Holm, lokal 15."
    assert subjects(body) == (DataSubject("Kaj Holm", "15"),)


def test_a_portal_form_s_submitter_and_customer_number_are_no_employee() -> None:
    body = ("Type:            Sletning\nKundenr.:        100731\nMedarbejder:     Ida Brix\n"
            "Lokalnummer:     602\nIndsendt af:     Tom Lauge\n")
    assert subjects(body) == (DataSubject("Ida Brix", "602"),)


def test_a_first_name_at_her_desk_before_her_number_is_a_first_name_only() -> None:
    body = "Slet venligst Tina fra kantinen, lok 52, og Ulla Berg fra kontoret. Begge er stoppet."
    assert subjects(body) == (DataSubject(None, "52"), DataSubject("Ulla Berg", None))


def test_a_lower_case_name_after_words_of_the_sentence_is_cut_at_its_first_name() -> None:
    body = "vi vil gøre indsigelse mod at I bruger data til statistik for lene holm intern 44 tak"
    assert subjects(body, "objection") == (DataSubject("lene holm", "44"),)


def test_lower_case_names_with_bare_numbers_after_a_colon_in_a_line_with_capitals() -> None:
    body = "slet venligst: ole dam 210, lis berg 211 - begge hos Thy Smed"
    assert subjects(body) == (DataSubject("ole dam", "210"), DataSubject("lis berg", "211"))


def test_a_row_with_its_number_and_a_colon_before_the_remark() -> None:
    body = ("Rettes pr. 1.4.2026:\n\nole dam – 4020: afdeling skal være Lager\n"
            "Berg, Lis – 4021: navnet skal være Lis Anne Berg\n")
    assert subjects(body, "rectification") == (
        DataSubject("ole dam", "4020"), DataSubject("Lis Anne Berg", "4021")
    )


def test_an_erasure_done_before_and_told_in_passing_is_no_employee() -> None:
    quoted = ("> Hej\n> De to fra lageret vil se deres data.\n"
              "> Tidligere har vi fået slettet Ib Holt.\n")
    found = subjects("Kan I lave indsigt for lokal 0310 og 0311? Se mailen nedenfor.", "access",
                     quoted=quoted, subject="Indsigt")
    assert found == (DataSubject(None, "0310"), DataSubject(None, "0311"))


def test_a_request_for_a_copy_of_all_data_about_him_is_access() -> None:
    body = "Our driver Ib Holt (ext 415) has asked for a copy of all call logs and data about him."
    assert classify_kind("Data request", body, "") == "access"


def test_a_spelling_mistake_in_the_subject_is_rectification_and_called_off_it_is_not() -> None:
    assert classify_kind("Stavefejl i navn, lok 96", 'Der står "Ib Hom" - det skal være "Ib Holm".',
                         "") == "rectification"
    body = ("Anmodning: Rettelse af stavefejl i navn\nOBS: hun er fratrådt, så hun skal i stedet "
            "slettes. Se bort fra rettelsen ovenfor.")
    assert classify_kind("Rettelse", body, "") == "erasure"


@pytest.mark.parametrize("text", ["Hun har romabaggrund og vil se sine data.",
                                  "Han har indvandrerbaggrund."])
def test_an_origin_written_as_one_compound_is_ethnicity(text: str) -> None:
    assert categories(text) == {"ethnicity"}


def test_a_word_against_the_kind_counts_once_in_subject_and_body() -> None:
    body = ("1) Ole Dam, lok 650, vises som \"O. Dam\" i omstillingen. Ret venligst til hans "
            "fulde navn.\n\n2) Faktura 2026-0412 må I gerne sende igen.")
    assert classify_kind("Ret visningsnavn + faktura", body, "") == "rectification"


def test_a_run_ending_in_a_legal_form_is_a_company() -> None:
    body = "Please delete the following from Vesterbro Coffee Co:\n- Emma Lund, ext. 615\n"
    assert subjects(body) == (DataSubject("Emma Lund", "615"),)


@pytest.mark.parametrize("sentence", [
    "Jeg er IT-ansvarlig her (lok 100), så svar gerne til mig.",
    "I'm the office manager, ext 100, so reply to me.",
])
def test_the_writer_s_own_number_given_with_a_role_is_no_employee(sentence: str) -> None:
    body = f"Charlotte Holm (lok 8802) har bedt om indsigt i sine data. {sentence}"
    assert subjects(body, "access") == (DataSubject("Charlotte Holm", "8802"),)


def test_a_writer_naming_herself_with_her_number_is_the_subject() -> None:
    body = "I'm Ruth Ames, ext 2250 at Brightline. I object to my call recordings being used."
    assert subjects(body, "objection", sender="Ruth Ames") == (DataSubject("Ruth Ames", "2250"),)


def test_a_remark_in_brackets_after_a_question_is_a_sentence_of_its_own() -> None:
    body = "Kan I også slette Mia Holt, lokal 452? (Ib fra forrige mail er klaret.)"
    assert subjects(body) == (DataSubject("Mia Holt", "452"),)


def test_a_lower_case_name_after_og_ending_its_clause_is_one_more_employee() -> None:
    body = "slet venligst: ole dam lok 45 og anne-lise berg. begge stoppet hos thy smed"
    assert subjects(body) == (DataSubject("ole dam", "45"), DataSubject("anne-lise berg", None))


def test_a_thing_after_an_exclusion_phrase_leaves_the_person_in() -> None:
    body = ("Please update the name on ext. 330 from Ann Berg to Ann Berg-Holm "
            "(no need to reset her password).")
    assert subjects(body, "rectification") == (DataSubject("Ann Berg-Holm", "330"),)
    body = "slet venligst: ole dam 45 og lis berg 46 hos thy vvs. de skal ikke have adgang mere."
    assert subjects(body) == (DataSubject("ole dam", "45"), DataSubject("lis berg", "46"))


def test_a_greeted_name_before_a_comma_is_no_surname() -> None:
    quoted = "> Hej Karen, Ole Friis (lok 87) er nu slettet. /Anders\n"
    body = "Se nedenfor. Kunden ønsker indsigt for Lise Holm (lok 88)."
    found = subjects(body, "access", quoted=quoted, subject="VS: Medarbejderdata")
    assert found == (DataSubject("Lise Holm", "88"),)


@pytest.mark.parametrize("firm", ["Dahl & Lykke Ejendomsadministration", "Nord Estate Agents",
                                  "Hale Solicitors", "Vest Tegnestue"])
def test_law_property_and_architect_firms_are_no_employee(firm: str) -> None:
    body = f"Our customer {firm} asks for access for Joanna Berg, ext 66, under art. 15."
    assert subjects(body, "access") == (DataSubject("Joanna Berg", "66"),)


def test_a_place_written_with_the_is_no_employee() -> None:
    body = "Hannah Reid (ext. 2204) at The Irish Corner objects to her calls being profiled."
    assert subjects(body, "objection") == (DataSubject("Hannah Reid", "2204"),)


def test_a_rename_from_a_long_old_name_to_the_new_one() -> None:
    body = ('Visningsnavnet på lokal 404 skal rettes fra "Anne Marie Juul" til '
            '"Anne-Marie Juul Skov".')
    assert subjects(body, "rectification") == (DataSubject("Anne-Marie Juul Skov", "404"),)


def test_an_old_name_field_above_a_correct_name_field() -> None:
    body = ("Currently registered: Jan Nowak Lewandowski\nCorrect: Jan Nowak-Lewandowski\n"
            "Extension: 7701")
    assert subjects(body, "rectification") == (DataSubject("Jan Nowak-Lewandowski", "7701"),)


def test_a_former_employee_naming_himself_past_his_display_name_s_initial() -> None:
    body = "Jeg hed Bent Kjeldsen og havde lokalnummer 23. Jeg vil gerne have slettet alt om mig."
    assert subjects(body, sender="Bent K") == (DataSubject("Bent Kjeldsen", "23"),)


def test_a_tab_row_with_an_empty_extension_cell_is_still_a_row() -> None:
    body = ("Navn\tDirekte nr.\tLokal\nMads Bang\t+45 70 20 30 40\t(214)\n"
            "Dorthe Vad\t+45 70 20 30 41\t\n")
    assert subjects(body) == (DataSubject("Mads Bang", "214"), DataSubject("Dorthe Vad", None))


def test_what_data_you_have_on_a_first_name_at_his_post_is_access_for_one_unnamed() -> None:
    body = "The Grill House would like to know what data you have on Tom from the kitchen."
    assert classify_kind("Data request", body, "") == "access"
    assert subjects(body, "access") == (DataSubject(None, None),)


def test_an_invoice_address_to_correct_is_no_rectification() -> None:
    body = ("Faktura 2026-118 er sendt til en forkert adresse, kan I rette fakturamodtageren til "
            "bogholderi@example.dk?\n\nOg hvordan sletter vi selv en medarbejder i portalen?")
    assert classify_kind("Faktura + spørgsmål", body, "") == "other"


@pytest.mark.parametrize("text", ["Han vil ikke have beskeder under fredagsbønnen.",
                                  "Hun er halvt grønlænder."])
def test_more_forms_of_faith_and_origin(text: str) -> None:
    assert categories(text) in ({"religion"}, {"ethnicity"})


def test_an_employee_the_quoted_reply_reports_done_stays_out_with_the_subject_line() -> None:
    quoted = "> Hej Kim\n>\n> Ole Lind, lok 2230, er nu anonymiseret i vores systemer.\n"
    body = "Tak for hjælpen. Nu skal Carl von Holt (2231) også slettes, han stoppede 30/9."
    found = subjects(body, quoted=quoted, subject="Re: Sletning - Ole Lind, lok 2230")
    assert found == (DataSubject("Carl von Holt", "2231"),)


def test_done_words_in_the_new_text_still_lead_into_a_request() -> None:
    body = "Ole Lind (lok 12) er slettet hos kunden. Kan I også slette ham hos jer?"
    assert subjects(body) == (DataSubject("Ole Lind", "12"),)


@pytest.mark.parametrize("firm", ["Holm Roofing", "Als Boats", "Køge Autoparts", "Nowak Tiling",
                                  "Refugee Youth", "Danske Spejderkorps"])
def test_english_trades_clubs_and_scouts_are_no_employee(firm: str) -> None:
    body = f"Please delete Grace Byrne (ext. 412) at {firm}, she left in May."
    assert subjects(body) == (DataSubject("Grace Byrne", "412"),)


def test_a_cell_with_lok_nr_before_the_number() -> None:
    body = "Medarbejder | Lok.nr. | Hvad\nJakob Lind | lok.nr. 5502 | voicemails\n"
    assert subjects(body, "portability") == (DataSubject("Jakob Lind", "5502"),)


def test_the_number_an_employee_is_to_have_instead_is_hers() -> None:
    body = "Vi har tastet forkert: Ida Krag står hos jer med lokal 2154, men skal have lokal 2145."
    assert subjects(body, "rectification") == (DataSubject("Ida Krag", "2145"),)


def test_a_vietnamese_name_keeps_its_short_last_word_before_ordinary_words() -> None:
    body = 'Ext. 903 shows "Tran Van An" but should be Trần Văn An with the diacritics.'
    assert subjects(body, "rectification") == (DataSubject("Trần Văn An", "903"),)


def test_employees_named_in_passing_in_the_quoted_mail_are_not_asked_about() -> None:
    quoted = ("> Hej Ole\n> Eva Lund stopper hos os. Kan du hjælpe hende med voicemails?\n"
              "> Jens Bak og Pia Holm har i øvrigt fået nye telefoner, de virker fint.\n")
    body = "Kunden beder om voicemails for Eva Lund, lok 88."
    found = subjects(body, "portability", quoted=quoted, subject="Re: Voicemails Eva")
    assert found == (DataSubject("Eva Lund", "88"),)


def test_a_quoted_employee_still_missing_a_number_stays_on_the_ticket() -> None:
    quoted = "> Slet venligst Jens Bak lok 12 og Pia Holm.\n"
    found = subjects("Jens Bak har lok 12, og Pia Holm har lok 13.", quoted=quoted,
                     subject="Re: Sletning")
    assert found == (DataSubject("Jens Bak", "12"), DataSubject("Pia Holm", "13"))


def test_news_mails_removed_from_the_list_is_an_opt_out() -> None:
    body = ("Vi vil ikke have jeres tilbud og nyhedsmails mere. Fjern venligst info@example.dk "
            "fra listen.")
    assert classify_kind("Tilbud og nyhedsmails", body, "") == "marketing_optout"


def test_a_count_written_as_a_word_is_no_name() -> None:
    body = "hej, kan i slette lokal 14 og lokal 15 hos Bech El, begge er stoppet"
    assert subjects(body, subject="slet to lokaler") == (DataSubject(None, "14"),
                                                         DataSubject(None, "15"))


@pytest.mark.parametrize(("text", "found"), [
    ("the admin reset her password; the temporary one he gave her is Sommer2024! but no luck.",
     {"credential"}),
    ("Her password for Office365 was reset yesterday.", set()),
])
def test_a_password_shaped_value_said_later_in_the_paragraph(text: str, found: set[str]) -> None:
    assert categories(text) == found


def test_an_old_name_field_keeps_the_number_written_after_the_name() -> None:
    body = "Registered as: Malgorzata Nowicki, ext. 1187\nCorrect name: Małgorzata Nowicka\n"
    assert subjects(body, "rectification") == (DataSubject("Małgorzata Nowicka", "1187"),)


def test_a_user_number_before_a_name() -> None:
    assert subjects("Slet bruger 4471 - Kasper Lund, Kirurgi-Supply. Han er stoppet.") == (
        DataSubject("Kasper Lund", "4471"),
    )


def test_a_name_whose_number_is_unknown_takes_none_from_the_line_below() -> None:
    body = ("Three leavers to be erased:\n\nSophie Lambert - ext 808\n"
            "William Hartley - extension unknown\nThe user on ext 812 (first name Oscar)\n")
    assert subjects(body) == (DataSubject("Sophie Lambert", "808"),
                              DataSubject("William Hartley", None), DataSubject(None, "812"))


def test_a_bracketed_number_opening_a_line_before_a_name() -> None:
    body = "Følgende skal slettes:\nlokal 5540 Jørgen Bæk\n(5541) Signe Hald\n"
    assert subjects(body) == (DataSubject("Jørgen Bæk", "5540"), DataSubject("Signe Hald", "5541"))


def test_a_numbered_item_with_only_a_number_is_its_own_employee() -> None:
    body = ("Two erasure requests:\n\n1) ext. 330 - left in February\n"
            "2) Jack Dunmore - left last week\n")
    assert subjects(body) == (DataSubject(None, "330"), DataSubject("Jack Dunmore", None))


@pytest.mark.parametrize("sentence", ["Please don't touch ext. 4400, that's the supervisor desk.",
                                      "Lars Bo selv skal blive i systemet på lokal 4400."])
def test_a_number_to_be_left_alone_is_no_employee(sentence: str) -> None:
    body = f"Oleksandr Koval – 4410 has left and asked to be deleted. {sentence}"
    assert subjects(body) == (DataSubject("Oleksandr Koval", "4410"),)


def test_a_short_sign_off_and_an_airport_are_no_employee() -> None:
    body = ('extension 145 at Rønne Lufthavn is registered as "Ole Ravnsbek" - correct spelling '
            "is Ole Ravnsbæk. Could you fix it please.\n\nBr Tomas")
    assert subjects(body, "rectification") == (DataSubject("Ole Ravnsbæk", "145"),)


def test_a_first_name_and_number_on_a_list_line_is_a_nameless_employee() -> None:
    body = "Sletning hos Thy Køreskole:\n- Pia Lund 301\n- Kasper 302\n- Mads Toft\n"
    assert subjects(body) == (DataSubject("Pia Lund", "301"), DataSubject(None, "302"),
                              DataSubject("Mads Toft", None))


def test_the_full_name_of_one_known_by_first_name_completes_the_quoted_number() -> None:
    quoted = "> Sletning:\n> - Pia Lund 301\n> - Kasper 302\n> - Mads Toft\n"
    found = subjects("Kasper er Kasper Holm Dahl, og Mads Toft har lokal 303.", quoted=quoted,
                     subject="Re: Sletning")
    assert found == (DataSubject("Pia Lund", "301"), DataSubject("Kasper Holm Dahl", "302"),
                     DataSubject("Mads Toft", "303"))


def test_only_after_the_name_leaves_the_others_quoted() -> None:
    quoted = "> Hi, Bjørn Lind (7010) would like to see his data. Kasper Mo (7011) too.\n"
    body = "Please treat this as an access request for Bjørn Lind, ext. 7010, only."
    found = subjects(body, "access", quoted=quoted, subject="FW: Employee data request")
    assert found == (DataSubject("Bjørn Lind", "7010"),)


def test_only_a_first_name_named_after_kun_stays() -> None:
    quoted = "> Ole Holm (lokal 610) og Tina Fog (lokal 611) skal have indsigt, og Eva Vang også.\n"
    body = ("Kan I give indsigt for Eva Vang (lokal 615)? De andre er allerede klaret, det er "
            "kun Eva.")
    found = subjects(body, "access", quoted=quoted, subject="Fwd: Indsigt")
    assert found == (DataSubject("Eva Vang", "615"),)


@pytest.mark.parametrize("title", ["Vognmand", "Murermester"])
def test_a_trade_master_s_title_before_a_name(title: str) -> None:
    body = f"{title} Poul-Erik Vang (lokal 88) har solgt forretningen og skal slettes."
    assert subjects(body) == (DataSubject("Poul-Erik Vang", "88"),)


def test_a_surname_that_is_also_a_title_stays_after_a_first_name() -> None:
    body = "Slet venligst Niels Ødegaard Præst, lokal 2214."
    assert subjects(body) == (DataSubject("Niels Ødegaard Præst", "2214"),)


def test_a_town_that_is_also_a_surname() -> None:
    body = "214 – Jens Kolding (mobil 40 12 55 80)\n219 – Birgit Nielsen (mobil 22 87 31 04)\n"
    assert subjects(body) == (DataSubject("Jens Kolding", "214"),
                              DataSubject("Birgit Nielsen", "219"))


def test_a_ticket_system_s_requester_is_no_employee() -> None:
    body = ("Anmoder: Mikkel Ravn (Herning IT)\nEmne: Dataportabilitet\n\nGitte Frandsen hos Sunds "
            "Auto vil gerne have udleveret sine voicemails.")
    assert subjects(body, "portability") == (DataSubject("Gitte Frandsen", None),)


def test_surname_first_after_delete_with_a_bracketed_number() -> None:
    assert subjects("Please delete Christensen, Bo (227) hos Aarhus Elektro.") == (
        DataSubject("Bo Christensen", "227"),
    )


def test_a_subject_line_about_keeping_recordings_is_a_policy_question() -> None:
    body = "Hvor længe gemmes optagede samtaler, før de slettes automatisk?"
    assert classify_kind("Spørgsmål om opbevaring af optagelser", body, "") == "other"


def test_bulleted_fields_of_one_person_pair_their_number() -> None:
    body = "- Name: Daniel Ryan\n- Extension: 3390\n\nPlease send the export to me."
    assert subjects(body, "access") == (DataSubject("Daniel Ryan", "3390"),)


def test_a_trade_master_without_a_number_is_the_customer() -> None:
    body = "Vognmand Kurt Brandt vil have slettet chauffør Jesper Lykke lok 4415, han er stoppet."
    assert subjects(body) == (DataSubject("Jesper Lykke", "4415"),)


def test_a_genitive_before_voicemails_is_the_name_without_its_s() -> None:
    body = "Kan vi få Jette Brandts voicemails udleveret, før vi lukker hendes nummer?"
    assert subjects(body, "portability") == (DataSubject("Jette Brandt", None),)


def test_a_first_name_and_number_on_a_plain_list_line() -> None:
    body = "Indsigelse for disse medarbejdere:\n\nSøren Krogh 1201\nHelle Bjerre 1202\nMia 1203\n"
    assert subjects(body, "objection") == (DataSubject("Søren Krogh", "1201"),
                                           DataSubject("Helle Bjerre", "1202"),
                                           DataSubject(None, "1203"))


def test_a_hyphenated_spelling_against_a_quoted_wrong_one() -> None:
    body = ('Please correct the display name for ext. 5120: it should read Marie-Louise Brandt, '
            'not "Marie Louise Brand" as it is now.')
    assert subjects(body, "rectification") == (DataSubject("Marie-Louise Brandt", "5120"),)


def test_a_new_number_from_one_to_another() -> None:
    body = "Peter Lund hos Middelfart Marina har fået nyt lokalnummer: fra 220 til 225."
    assert subjects(body, "rectification") == (DataSubject("Peter Lund", "225"),)


def test_done_quietly_is_no_exclusion() -> None:
    body = ("Navne:\nEriksen, Bo (lok. 15)\nLarsen, Gitte (lok. 16)\n\nGitte er stoppet, så kunden "
            "vil gerne have det klaret stille og roligt.")
    assert subjects(body) == (DataSubject("Bo Eriksen", "15"), DataSubject("Gitte Larsen", "16"))


def test_a_lower_case_name_before_a_question_mark() -> None:
    assert subjects("hej, kunne i slette soeren aaberg? han er stoppet hos os") == (
        DataSubject("soeren aaberg", None),
    )


def test_a_subject_line_that_is_the_whole_request_reads_as_danish() -> None:
    assert detect_language("Sletning: Ole Bjerre lok 5561 (Nykøbing Is)") == "da"


def test_a_cue_opening_a_line_is_no_first_name() -> None:
    body = "Intern 77 hos Kjær & Søn står som Rasmus Kieldsen, men han hedder Rasmus Kjeldsen."
    assert subjects(body, "rectification") == (DataSubject("Rasmus Kjeldsen", "77"),)


def test_an_employee_signing_with_her_number_is_the_subject_with_it() -> None:
    body = "Hej\n\nJeg gør indsigelse mod at mine samtaler bliver optaget og gemt."
    found = find_data_subjects("Indsigelse", body, "", "Said Haddad", "objection",
                               "Venlig hilsen\nSaid Haddad\nLokal 1502\nAlm. Forsikring Aarhus")
    assert found == (DataSubject("Said Haddad", "1502"),)


def test_a_signature_with_two_numbers_gives_the_writer_none() -> None:
    body = "Jeg gør indsigelse mod at mine samtaler bliver optaget."
    found = find_data_subjects("Indsigelse", body, "", "Said Haddad", "objection",
                               "Said Haddad\nLokal 1502\nReception: lokal 100")
    assert found == (DataSubject("Said Haddad", None),)


def test_a_former_employee_naming_himself_in_brackets_is_the_subject() -> None:
    body = ("I used to work at Coastal Vets in Esbjerg (Daniel Price, ext 312). Please send me "
            "all voicemails that were left for me.")
    assert subjects(body, "portability", sender="Daniel Price") == (
        DataSubject("Daniel Price", "312"),
    )
