"""Names in mail written in capitals, site and project names that look like names, and
the words support staff put before a person (written beside blind sets FT to FY)."""

from __future__ import annotations

from parsers.model import DataSubject as S
from tests.reading import subjects


def test_a_name_in_capitals_starts_at_its_given_name() -> None:
    body = "HEJ\nHUN HEDDER ANNI MARIE VESTERGAARD\nLOKAL 44\nKAN I RETTE DET\n"
    assert subjects(body, "rectification") == (S("ANNI MARIE VESTERGAARD", "44"),)
    body = "HANS SVOGER PREBEN LUND LOKAL 311 VIL IKKE OPTAGES\n"
    assert subjects(body, "objection") == (S("PREBEN LUND", "311"),)
    body = "SMEDENS DATTER ULLA KROGH LOKAL 12 ER STOPPET\n"
    assert subjects(body) == (S("ULLA KROGH", "12"),)


def test_his_is_no_given_name_but_hans_before_a_name_is() -> None:
    assert subjects("HANS PETER BOLL LOKAL 71 SKAL SLETTES\n") == (S("HANS PETER BOLL", "71"),)
    assert subjects("HANS KNUDSEN LOKAL 72 SKAL SLETTES\n") == (S("HANS KNUDSEN", "72"),)


def test_a_name_in_capitals_ends_at_the_next_common_word() -> None:
    body = "FRU GRETHE BAK HOS TØMRER VANG VIL IKKE OPTAGES\nHUN HAR LOKAL 23\n"
    assert subjects(body, "objection")[0].full_name == "GRETHE BAK"


def test_names_in_capitals_with_a_bare_number_are_a_list() -> None:
    body = "TO ER STOPPET\nKIRSTEN LUND 501\nJOSE MARIA DA SILVA 502\nDE SKAL SLETTES\n"
    assert subjects(body) == (S("KIRSTEN LUND", "501"), S("JOSE MARIA DA SILVA", "502"))


def test_shouted_words_at_the_end_of_a_line_are_no_name() -> None:
    body = ("DET ER ELSE LUND LOKAL 19\nHUN SKAL UD AF JERES SYSTEM SIGER MESTEREN\n"
            "HOS MURER FALK I RINGE STÅR LOKAL 20 SOM LEDIG\n")
    assert subjects(body) == (S("ELSE LUND", "19"), S(None, "20"))


def test_a_name_in_capitals_without_a_known_given_name_needs_a_number_or_its_own_line() -> None:
    assert subjects("ZSOFIKA NAGYBAN LOKAL 88 SKAL SLETTES\n") == (S("ZSOFIKA NAGYBAN", "88"),)
    assert subjects("BAGEREN HAR FUNDET SEDLEN\nLOKAL 88 SKAL SLETTES\n") == (S(None, "88"),)


def test_a_project_title_after_its_number_is_no_person() -> None:
    body = ('Kunden har lukket sag 30112 "Ny Skole Holbæk, etape 3". Anne Krog, lokal 210, '
            "skal slettes.")
    assert subjects(body) == (S("Anne Krog", "210"),)
    body = "Projekt: 2021-077 Kolding Vandværk\nMorten Friis, lokal 211, skal slettes."
    assert subjects(body) == (S("Morten Friis", "211"),)
    # a case number before a correction leaves the name alone
    body = "Rettelse til sag #4410: det er Ayşe Kaya, ikke Kaya Ayse (lokal 212)."
    assert subjects(body, "rectification")[0].full_name == "Ayşe Kaya"


def test_a_site_named_by_a_compass_word_or_a_national_firm_is_no_person() -> None:
    body = ("De to vikarer fra Jobpool Syd, Igor Petrov (lokal 301) og Ana Lupu (lokal 302), "
            "skal slettes. De arbejdede hos Danish Frugt Odense.")
    assert subjects(body) == (S("Igor Petrov", "301"), S("Ana Lupu", "302"))
    # a person whose given name is known keeps a compass word as surname
    assert subjects("Ida Vest, lokal 303, skal slettes.") == (S("Ida Vest", "303"),)


def test_a_title_before_a_first_name_leaves_no_full_name() -> None:
    body = "Hi,\nAgent Mei (ext 6022) on our account wants a copy of her call log."
    assert subjects(body, "access") == (S(None, "6022"),)
    body = "Agenten Lotte Brix Holm (lok 2211) vil ikke optages."
    assert subjects(body, "objection") == (S("Lotte Brix Holm", "2211"),)
    body = ("I am the HR Business Partner at Vang Engineering and write about our former "
            "employee Paul Grady, who worked as a Senior Structural Engineer until May.\n"
            "Paul used extension 5532.")
    assert subjects(body) == (S("Paul Grady", "5532"),)


def test_a_function_word_inside_a_table_name_cell_is_part_of_the_name() -> None:
    body = ("Følgende skal slettes:\n\nNavn                 | Lokal\n"
            "Signe From Dahl      | 8312\nOle Bak              | 8313\n")
    assert subjects(body) == (S("Signe From Dahl", "8312"), S("Ole Bak", "8313"))


def test_a_bare_number_after_a_name_before_a_dash_is_theirs() -> None:
    body = "Ib Dahl har lokal 301 og Ömer Aydin 303 – begge hos Rockwool."
    assert subjects(body) == (S("Ib Dahl", "301"), S("Ömer Aydin", "303"))


def test_a_first_name_said_to_have_had_a_number_completes_the_quoted_employee() -> None:
    quoted = "Please delete the user Jonas Riis from our customer HelpLine Nordic."
    assert subjects("Sorry, forgot the extension - Jonas was on 5532.", quoted=quoted) == (
        S("Jonas Riis", "5532"),
    )
    assert subjects("Mette sad på 214.", quoted="Slet venligst Mette Kragh.") == (
        S("Mette Kragh", "214"),
    )
    assert subjects("Firmaet har haft 12 ansatte.")[0].extension is None


def test_a_helpdesk_form_field_with_a_date_is_no_name() -> None:
    body = ("Ticket Number: T2026.0102\nDue Date: 09-03-2026\nPriority: High\n\n"
            "Kunden vil have slettet brugeren på lokal 45.")
    assert subjects(body) == (S(None, "45"),)


def test_a_role_after_the_number_does_not_make_it_a_shared_line() -> None:
    body = "- Ana Holm – ext 4417 (reception)\n- Ib Lund – ext 4418 (bar)\n"
    assert subjects(body) == (S("Ana Holm", "4417"), S("Ib Lund", "4418"))


def test_numbers_past_a_nickname_who_had_them_or_before_a_place() -> None:
    body = "Vores holdleder Henriette Vinther (Jette blandt venner), lokal 4021, stopper nu."
    assert subjects(body) == (S("Henriette Vinther", "4021"),)
    body = "Slet Nguyen Thi Lan på lokal 31 og til sidst Karen Dahl Vinther som havde 38."
    assert subjects(body) == (S("Nguyen Thi Lan", "31"), S("Karen Dahl Vinther", "38"))
    body = "Pls anonymise Fredrik Ståhl 6610 and Ylva Nordin 6618 at Kullaberg Logistik."
    assert subjects(body) == (S("Fredrik Ståhl", "6610"), S("Ylva Nordin", "6618"))


def test_a_first_name_alone_among_named_employees_is_one_more_to_ask_about() -> None:
    body = ("Følgende er stoppet og skal slettes:\n\nHenrik Dahl (lok 12), Jim Krogh (lok 14) "
            "og lærlingen Anton – værkstedet kender ikke hans lokalnummer.")
    assert subjects(body) == (S("Henrik Dahl", "12"), S("Jim Krogh", "14"), S(None, None))
    body = "Slet disse:\n1. Kirsten Lund - lokal 12\n2. Mikkel (lærling, resten følger)\n"
    assert subjects(body) == (S("Kirsten Lund", "12"), S(None, None))


def test_a_number_said_to_be_someones_is_theirs() -> None:
    body = "Navnene på lok 14 og 15 er byttet om: 14 skal være Hanne Berg og 15 skal være Bo Lind."
    assert subjects(body, "rectification") == (S("Hanne Berg", "14"), S("Bo Lind", "15"))


def test_a_titled_surname_is_the_employee_named_in_full() -> None:
    body = ("Name                 Extension\nRebin Ahmadi Karlsson   4431\nTiina Lepp   4436\n\n"
            "Mr. Ahmadi Karlsson asked for it; Ms. Lepp is a witness.")
    assert subjects(body, "access") == (S("Rebin Ahmadi Karlsson", "4431"), S("Tiina Lepp", "4436"))


def test_the_number_a_writer_says_they_wrote_by_mistake_is_corrected() -> None:
    quoted = "To er stoppet og skal slettes: Ida (lok. 27) og Omar (lok. 29)."
    body = "Her er efternavnene:\nIda Lund, lok. 27\nOmar Haddad, lok. 39 – beklager, jeg skrev 29."
    assert subjects(body, quoted=quoted) == (S("Ida Lund", "27"), S("Omar Haddad", "39"))


def test_a_name_that_is_on_a_number_has_it() -> None:
    body = "Two extensions are swapped: Eva Lind is on 6621 and Tadeusz Bak on 6622."
    assert subjects(body, "rectification") == (S("Eva Lind", "6621"), S("Tadeusz Bak", "6622"))
    assert subjects("Please delete Jens Holm on 12 March.")[0].extension is None


def test_a_person_described_by_a_plain_noun_on_a_number() -> None:
    assert subjects("DEN NYE PIGE PÅ 405 ER STOPPET\nHUN SKAL SLETTES") == (S(None, "405"),)
    assert subjects("The girl on ext 77 has left, please delete her.") == (S(None, "77"),)


def test_what_the_directory_says_now_is_the_old_name() -> None:
    body = "Please change the name on extension 30 to Niels Peter Aa. It says Peter Aa now."
    assert subjects(body, "rectification") == (S("Niels Peter Aa", "30"),)


def test_an_hr_notice_forwarded_with_a_first_name_and_number_above() -> None:
    notice = ("Danløn – Besked om fratrædelse\n\nMedarbejdernr.:     0117\n"
              "Navn:               Birte Holm Sørensen\nFratrædelsesdato:   30.04.2025\n")
    assert subjects(notice) == (S("Birte Holm Sørensen", None),)
    body = "Se nedenfor – Birte er stoppet. Hun har lokal 2214, kan I anonymisere hende?"
    assert subjects(body, quoted=notice) == (S("Birte Holm Sørensen", "2214"),)


def test_a_workday_report_with_a_worker_column_and_its_fields() -> None:
    body = ("Please anonymise both.\n\nWorker                Extension   Last Day\n"
            "Åsa Lindqvist         4402        30/05/2025\n"
            "Jon Wójcik            4417        30/05/2025\n\n"
            "Status: Successfully Completed\nPrimary Reason: Voluntary > Personal Reasons\n")
    assert subjects(body) == (S("Åsa Lindqvist", "4402"), S("Jon Wójcik", "4417"))


def test_a_form_field_with_a_bracketed_label_gives_the_number() -> None:
    body = "Access for:\n\n   Name: Dr. Mara Costa Ferreira\n   Extension (lokalnummer): 4410\n"
    assert subjects(body, "access") == (S("Mara Costa Ferreira", "4410"),)


def test_the_desk_a_person_sat_at_is_no_first_name() -> None:
    body = "Det gælder Jens Bach fra Indland (lok. 4401) og Maja Holm fra Sporten (lok. 4415)."
    assert subjects(body) == (S("Jens Bach", "4401"), S("Maja Holm", "4415"))


def test_departments_and_venues_are_no_people() -> None:
    body = ("The request is from Regulatory Affairs.\nSara Whit (ext 2301) and the user on ext "
            "2307 have left Process Development. Ask Kælderen Jazz or Spillestedet Tagrenden.")
    assert subjects(body) == (S("Sara Whit", "2301"), S(None, "2307"))


def test_a_workday_notice_field_by_field() -> None:
    notice = ("Business Process: Termination: Tor Ravn Kjeldsen (E-10234)\n"
              "Status: Successfully Completed\n\nDetails\n"
              "Supervisory Organization:  Payments Ops CPH\nBusiness Title:  Payments Analyst\n"
              "Phone Extension:           318\nEmployee ID:               100234\n")
    assert subjects(notice) == (S("Tor Ravn Kjeldsen", "318"),)


def test_prizes_and_roles_named_like_people_are_no_employees() -> None:
    body = ("Please remove Dr. Elena Vidova from the phone system. She finished her Marie "
            "Curie fellowship in January; we do not know her extension.")
    assert subjects(body)[0].full_name == "Elena Vidova" and len(subjects(body)) == 1
    body = "1. Dr. Marco Belli, ext. 7731 (Senior Researcher, Dept. of Materials)\n"
    assert subjects(body) == (S("Marco Belli", "7731"),)
