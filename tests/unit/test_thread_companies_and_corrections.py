"""Companies the thread names with their legal form, corrections that say which
spelling stands, ticket systems' agents, users just set up, and the hurried forms
twelve blind sets (BF to BQ: international firms, real threads, law firms and
clinics, sloppy small resellers, shops and transport firms, care homes and farms,
large support teams, pasted customer mail) brought: own cases for each rule."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.history import quoted_authors
from parsers.kinds import classify_kind, score_kinds
from parsers.mail import parse_mail
from parsers.mime import decode_mail
from parsers.model import DataSubject
from parsers.renames import find_corrected_extensions
from parsers.sensitive import find_sensitive
from parsers.subjects import find_data_subjects
from tests.mailfactory import make_mail


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


def test_a_company_the_body_writes_with_its_legal_form_is_no_employee() -> None:
    body = ("One of our customers (Baltic Freight DK, customer no. 100482) asks for the "
            "voicemails of Aleksandra Nowak - ext. 118.")
    assert subjects(body, "portability") == (DataSubject("Aleksandra Nowak", "118"),)


def test_the_company_in_the_subject_line_the_body_writes_in_full() -> None:
    body = ("Re: Subject access requests (GDPR Art. 15) – Vestergaard Law\n\nOn behalf of "
            "our client, Vestergaard Law Firm P/S, we forward two requests. The data subjects "
            "are listed in the attached file. One of them, Tran Van Duc, has raised concerns.")
    found = subjects(body, "access", subject="Subject access requests - Vestergaard Law")
    assert found == (DataSubject("Tran Van Duc", None),)


def test_a_company_the_quoted_request_writes_with_its_legal_form_is_no_employee() -> None:
    quoted = ("From: Freja Lund\nSent: 3 February 2026 09:12\nSubject: Access request\n\n"
              "On behalf of our customer Nordisk Bioscience ApS we request access for Priya "
              "Raghunathan 4410.")
    found = subjects("Any update on the access request for Priya at Nordisk Bioscience?",
                     "access", subject="RE: Access request - Nordisk Bioscience", quoted=quoted)
    assert all(s.full_name != "Nordisk Bioscience" for s in found)


def test_a_person_before_ordinary_words_is_no_company() -> None:
    found = subjects("Peter Lund as agreed: please erase Mette Holm, ext. 12.\n"
                     "Mette Holm has left.", sender="Ib Sand")
    assert DataSubject("Mette Holm", "12") in found


@pytest.mark.parametrize(
    "body",
    [
        "Greenline Removals would like the recorded calls for Marcus Whitfield, ext. 2251.",
        "Kopieret fra kundens regneark (Dagli'Brugsen Ry) - disse er stoppet og skal "
        "slettes:\n\nNavn\tLokal\tAfdeling\nMarcus Whitfield\t2251\tLager",
    ],
)
def test_movers_and_co_operative_shops_are_businesses(body: str) -> None:
    assert subjects(body, "portability") == (DataSubject("Marcus Whitfield", "2251"),)


def test_a_language_opening_a_sentence_is_no_name() -> None:
    body = ("Adding English since our customer's HR is international: please erase "
            "Hiroshi Tanaka (ext. 1180).")
    assert subjects(body) == (DataSubject("Hiroshi Tanaka", "1180"),)


def test_pls_before_a_lower_case_name() -> None:
    body = "hi pls erase li wei ext 5501 and maria garcía lópez ext 5502, both left Nordlys Travel."
    assert subjects(body) == (
        DataSubject("li wei", "5501"), DataSubject("maria garcía lópez", "5502"),
    )


def test_a_lower_case_name_opening_a_sentence_with_a_known_first_name() -> None:
    body = "hej. bo kristensen lok 27 er stoppet hos Glamsbjerg Auto, slet ham venligst."
    assert subjects(body) == (DataSubject("bo kristensen", "27"),)


def test_the_number_in_brackets_with_the_first_name_it_is_known_by() -> None:
    body = "Medarbejder Sune Bech (216 – Sune) er stoppet hos Viby Bilcenter, slet ham."
    assert subjects(body) == (DataSubject("Sune Bech", "216"),)


def test_ones_own_extension_in_brackets_after_the_word() -> None:
    body = ("I used to work at Brightline Logistics and had a Flexfone extension there (342). "
            "I would like to see all the personal data you have stored about me.")
    assert subjects(body, "access", sender="Tom Richardson") == (
        DataSubject("Tom Richardson", "342"),
    )


def test_a_user_on_a_number_and_also_someone_named_are_two_people() -> None:
    body = ("Please delete the user on ext. 4021 (she left last month) and also Emma Clarke "
            "from the Rønne office.")
    assert subjects(body) == (DataSubject(None, "4021"), DataSubject("Emma Clarke", None))


def test_the_employee_on_a_number_renamed_later_keeps_it() -> None:
    body = ("Their employee on ext. 4102 has got married. Please update the name from "
            "Hannah Brooks to Hannah Brooks-Whitman.")
    assert subjects(body, "rectification") == (DataSubject("Hannah Brooks-Whitman", "4102"),)


def test_surname_first_after_af() -> None:
    body = "Kunden beder om sletning af Hansen, Jens Peter – han stoppede 28/2."
    assert subjects(body) == (DataSubject("Jens Peter Hansen", None),)


def test_a_quoted_author_writing_of_himself_asks_nothing() -> None:
    quoted = ("On Tue, 10 Mar 2026 at 16:54, Erik Lind <erik@nuc.dk> wrote:\n"
              "> - Pham Thi Hoa – ext 7702\n> - David Smith – ext 7703\n>\n"
              "> On Mon, 9 Mar 2026 at 16:12, Robert Jones <rj@stone.co.uk> wrote:\n"
              "> > Erik, can you check what happens with Robert Jones's voicemails when he "
              "moves?\n")
    found = subjects("Sorry: David Smith's extension is 7704, not 7703.",
                     subject="Re: Erasure", quoted=quoted, sender="Erik Lind")
    assert found == (DataSubject("Pham Thi Hoa", "7702"), DataSubject("David Smith", "7704"))


def test_an_attribution_gives_the_name_not_the_date() -> None:
    text = "On Mon, 9 Mar 2026 at 16:12, Robert Jones <rj@stone.co.uk> wrote:"
    assert quoted_authors(text) == ("Robert Jones",)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Det skal vaere Kirstine Bøgh-Andersen, ikke Kirstine Bog-Andersen. Lokalnummer 0733.",
         DataSubject("Kirstine Bøgh-Andersen", "0733")),
        ("I systemet står der Kirstin Dal, men hun hedder Kirsten Dahl. Lokal 350.",
         DataSubject("Kirsten Dahl", "350")),
    ],
)
def test_the_spelling_that_stands_owns_the_number(body: str, expected: DataSubject) -> None:
    assert subjects(body, "rectification") == (expected,)


def test_a_number_to_disregard_does_not_take_its_person_back() -> None:
    body = ("Følgende skal slettes:\n\n• Mehmet Yılmaz – lokal 615\n• Karen Østergaard – "
            "lokal 616\n\nKunden har skrevet et nummer ud for Karen i deres liste, det skal I "
            "naturligvis se bort fra.")
    assert subjects(body) == (DataSubject("Mehmet Yılmaz", "615"),
                              DataSubject("Karen Østergaard", "616"))


def test_a_sentence_end_parts_the_customer_from_the_next_name() -> None:
    body = ("Se nedenfor fra kunden. Niels-Erik Dahl (lok.nr. 5530) og Ida Krogh "
            "(lok.nr. 5534) skal slettes nu.")
    assert subjects(body) == (DataSubject("Niels-Erik Dahl", "5530"),
                              DataSubject("Ida Krogh", "5534"))


def test_a_quoted_older_matter_takes_nothing_from_the_new_request() -> None:
    new = "Nu vi er i gang: Vibeke Starck lok 1190 skal også slettes, hun er fratrådt."
    quoted = ("Vi har flyttet Peter Als (lokal 1188), og kreditnotaen til faktura 2026-09981 "
              "er sendt.")
    assert classify_kind("Re: Flytning af lokal 1188", new, quoted) == "erasure"
    assert score_kinds("", new, quoted)["erasure"] == score_kinds("", new, "")["erasure"]


def test_a_copy_of_everything_held_is_access_beside_a_voicemail_code() -> None:
    body = ("Urban Burger wants a copy of everything you hold on their shift manager Aisha "
            "Rahman, ext 3305. She can't get into her voicemail - could someone reset it?")
    assert classify_kind("Data copy", body, "") == "access"


def test_an_away_subject_in_two_languages_with_no_headers() -> None:
    raw = make_mail(subject="Ferie / Out of office", sender="Ingrid <is@nordtel.dk>",
                    body="Hei,\n\nJeg er på ferie til og med 9. november og har ikke tilgang "
                         "til e-post.\n\nMed vennlig hilsen\nIngrid")
    found = detect_automation(decode_mail(raw))
    assert found is not None and found.kind == "auto_reply"


def test_a_request_with_away_in_its_subject_is_written_by_a_person() -> None:
    raw = make_mail(subject="Ferie / Sletning", sender="Ingrid <is@nordtel.dk>",
                    body="Hej, inden jeg går på ferie: slet venligst Jens Hansen, lokal 22.")
    assert detect_automation(decode_mail(raw)) is None


@pytest.mark.parametrize(
    "text", ["kolleger har omtalt hans homoseksualitet", "because of her bisexuality"]
)
def test_orientation_as_a_noun(text: str) -> None:
    assert [span.category for span in find_sensitive(text)] == ["sexuality"]


def test_a_ticket_systems_agent_below_its_reply_marker_is_no_employee() -> None:
    body = ("##- Please type your reply above this line -##\n\nOliver Grant (CloudVoice Nordic)"
            "\n\nHello Flexfone,\n\nCustomer Ishøj Golfklub asks us to erase this user:\n\n"
            "ext. 4501 – Hannah Schmidt")
    assert subjects(body) == (DataSubject("Hannah Schmidt", "4501"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Vedr. Aarhus Maskinfabrik: Medarbejder Hansen, Jens (lokalnr: 0412) ønsker at få "
         "udleveret sine voicemails.", DataSubject("Jens Hansen", "0412")),
        ("navn;lokalnummer;fratraedelsesdato\nPiotr Nowak;601;2026-01-31\n"
         "Morten Aa. Rask;611;2026-02-06", DataSubject("Morten Aa. Rask", "611")),
        ("Vi har en medarbejder hos Aalborg Kloak & Rør, Ahmet Yılmaz (lokalnr: 0412), som vil "
         "have slettet sine data.", DataSubject("Ahmet Yılmaz", "0412")),
        ("Besked:\nMarek Dąbrowski – 5510 er fratrådt og skal slettes. Faktura 2026-00417 "
         "vedrører ikke denne sag.", DataSubject("Marek Dąbrowski", "5510")),
    ],
)
def test_names_and_numbers_as_forms_and_lists_write_them(body: str, expected: DataSubject) -> None:
    assert expected in subjects(body)


def test_a_lower_case_list_line_with_a_dash_before_the_number() -> None:
    body = ("Følgende skal slettes hos Nyborg Forsyning:\nOle Henrik Skov Petersen – lok. 1201\n"
            "susanne lund – lok. 1202")
    assert subjects(body) == (DataSubject("Ole Henrik Skov Petersen", "1201"),
                              DataSubject("susanne lund", "1202"))


def test_lower_case_words_before_a_dash_in_a_subject_line_are_no_name() -> None:
    assert subjects("Please stop it.", "objection", subject="Objection to processing – ext. 2207"
                    ) == (DataSubject(None, "2207"),)


@pytest.mark.parametrize(
    "body",
    [
        "Vores kontaktperson på Gudhjem Plejecenter, Lars Bo, har bedt om at følgende "
        "medarbejder slettes:\n\nLise-Lotte Munk Brandt (214)",
        "Partner request form\nEmployee: Lise-Lotte Munk Brandt\nExtension: 214\n"
        "Submitted by: Anders Friis, Copenhagen Unified Comms",
    ],
)
def test_contacts_and_their_companies_are_no_employees(body: str) -> None:
    assert subjects(body) == (DataSubject("Lise-Lotte Munk Brandt", "214"),)


def test_users_just_set_up_in_a_quoted_confirmation_are_no_request() -> None:
    quoted = ("Fra: Flexfone Ordre <ordre@flexfone.dk>\nSendt: 9. marts 2026 09:12\n"
              "Emne: Nye brugere\n\nHej Louise\nVi har oprettet Jonas Lind (lok 1401), Lærke "
              "Friis (lok 1402) og Anne Holt (lok 1403).")
    found = subjects("Tak for oprettelsen.\nOg så skal Lærke Friis lok 1402 slettes.",
                     subject="SV: Nye brugere", quoted=quoted, sender="Louise Berg")
    assert found == (DataSubject("Lærke Friis", "1402"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kan I oprette en ny bruger til Jens Hansen (lok 22) og slette Mette Holm (lok 23)?",
         (DataSubject("Mette Holm", "23"),)),
        ("Medarbejderen Anne-Sofie Brix Holm er oprettet med lokalnummer 45 og vil have indsigt.",
         (DataSubject("Anne-Sofie Brix Holm", "45"),)),
    ],
)
def test_a_new_user_cue_reaches_only_to_the_next_request(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


def test_a_person_who_works_at_a_company_after_kunden() -> None:
    body = ("forwarding this from kunden: Rune Østergaard hos Korsør Fisk er stoppet, please "
            "delete him. Hans mobil var +45 22 14 14 14.")
    quoted = ("Den tir. 17. mar. 2026 kl. 08.55 skrev Ulla Brix <ub@fisk.dk>:\n> Rune er stoppet."
              "\n> Bo Winther er vist også klaret.\n> Ulla")
    assert subjects(body, subject="Re: Rune", quoted=quoted, sender="Kasper Holm") == (
        DataSubject("Rune Østergaard", None),
    )


def test_a_status_chase_by_first_names_keeps_the_full_names() -> None:
    quoted = ("On 19/03/2026 14:58, James Whitaker wrote:\n> Please erase:\n>\n"
              ">   Mary Anne Fitzgerald-Burke   ext 610\n>   Nguyen Van Duc               ext 611")
    found = subjects("Any update? Have Mary Anne and Nguyen been removed yet?",
                     subject="Re: Erasure", quoted=quoted, sender="James Whitaker")
    assert found == (DataSubject("Mary Anne Fitzgerald-Burke", "610"),
                     DataSubject("Nguyen Van Duc", "611"))


def test_a_surname_written_out_corrects_the_quoted_one() -> None:
    quoted = "> Frederik Lund (lok 301)\n> Emma Kjær (lok 302)\n> Noah Brix"
    found = subjects("Noah Brix har lokal 303. Og undskyld – Emma hedder Emma Kjærsgaard, ikke "
                     "Kjær.", subject="SV: Sletning", quoted=quoted, sender="Sofie Lauridsen")
    assert found == (DataSubject("Frederik Lund", "301"), DataSubject("Emma Kjærsgaard", "302"),
                     DataSubject("Noah Brix", "303"))


def test_an_employee_forwarded_writing_of_herself_at_a_swedish_clinic() -> None:
    quoted = ("---------- Forwarded message ----------\nFrom: Emily Johanson <emily@lund.se>\n"
              "Subject: Wrong name\n\nHi Sara,\nMy surname is spelled wrong in the phone system "
              "– it says \"Johansen\" but it should be Johanson. I'm Emily Johanson on extension "
              "2207.\nThanks,\nEmily")
    body = ("See attached mail from an employee at Lund Tandvård. Please correct her name as "
            "described.")
    assert subjects(body, "rectification", subject="FW: Wrong name", quoted=quoted,
                    sender="Sara Lind") == (DataSubject("Emily Johanson", "2207"),)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("da han er blevet bortvist og anmeldt for tyveri", "criminal"),
        ("Liam's husband still has a phone on the same account", "sexuality"),
        ("Mettes kone ringer til os", "sexuality"),
        ("Hun er eritreansk og har efternavne efter både far og farfar", "ethnicity"),
    ],
)
def test_sensitive_forms_of_the_fresh_sets(text: str, category: str) -> None:
    assert [span.category for span in find_sensitive(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Fejlen blev anmeldt for to uger siden",
        "your address is suspected of sending spam",
        "Jens's wife called about the invoice",
        "Hannah's husband called about the invoice",
    ],
)
def test_look_alikes_stay_unflagged(text: str) -> None:
    assert not find_sensitive(text)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Familien vil have hans voicemails.\nNavn | Poul Erik Thorsen\nLokalnr. | 1402\n"
         "Kundenr. | 880412", (DataSubject("Poul Erik Thorsen", "1402"),)),
        ("Per Art. 15, please provide a copy of the data held on:\nO'Brien, Liam - ext. 2210\n"
         "Customer number 100482, order ref 2026-03-117.", (DataSubject("Liam O'Brien", "2210"),)),
        ("Hej, kan I slette Kim fra lageret, lok 52. Han er stoppet hos Hedensted Tømrer ApS.\n"
         "Kontaktpersonen der er Lars Bo hvis I har spørgsmål.", (DataSubject(None, "52"),)),
        ("Kunden Lyngby Skoles SFO har bedt os slette Louise fra receptionen, lokal 31.",
         (DataSubject(None, "31"),)),
        ("Det drejer sig om Hansen, Camilla - intern 42.", (DataSubject("Camilla Hansen", "42"),)),
        ("slet venligst: peter nørgaard 2210 og anne-mette friis 2211",
         (DataSubject("peter nørgaard", "2210"), DataSubject("anne-mette friis", "2211"))),
        ("Slet venligst lok 5502 andrei popescu tak", (DataSubject("andrei popescu", "5502"),)),
        ("Please send the voicemails of Maricel dela Cruz, ext. 118.",
         (DataSubject("Maricel dela Cruz", "118"),)),
        ("The extension registered for Priya Nair at Baltic Timber is wrong: it should be 4415, "
         "not 4451.", (DataSubject("Priya Nair", "4415"),)),
        ('Navnet på lokal 0088 skal rettes fra "Jonas Mølle" til "Jonas Møller".',
         (DataSubject("Jonas Møller", "0088"),)),
        ("Indsigt ønskes for Nikolaj Brandt lok 501 og Simone fra regnskab hos Odense Tæpper.",
         (DataSubject("Nikolaj Brandt", "501"), DataSubject(None, None))),
    ],
)
def test_forms_of_the_last_six_sets(body: str, expected: tuple[DataSubject, ...]) -> None:
    assert subjects(body) == expected


def test_the_switchboard_before_a_number_is_still_a_shared_line() -> None:
    assert subjects("Slet Jens Hansen, lok 22. Omstillingen (lok 600) skal blive som den er.") == (
        DataSubject("Jens Hansen", "22"),
    )


def test_a_former_boss_named_by_the_writer_is_no_employee() -> None:
    body = ("Jeg havde lokal 2219 og vil have mine voicemails udleveret. Min tidligere chef "
            "hedder Ulrik Berg.")
    assert subjects(body, "portability", sender="Thomas Bak") == (
        DataSubject("Thomas Bak", "2219"),
    )


def test_the_reseller_set_up_this_one_itself() -> None:
    body = ("Se nedenfor. Benjamin har vi selv oprettet, men kan I slette Rikke Vestergaard Holm "
            "(lokal 5120)?")
    quoted = ("Fra: Torben Lykke <tl@k.dk>\nSendt: mandag den 28. september 2026 10:10\nEmne: "
              "Medarbejder stoppet\n\nKan I sørge for at Rikke Vestergaard Holm (5120) slettes? "
              "Til gengæld starter Benjamin Ørum på 5121 næste mandag.\nVh Torben")
    found = subjects(body, subject="VS: Medarbejder stoppet", quoted=quoted, sender="Ali Haddad")
    assert found == (DataSubject("Rikke Vestergaard Holm", "5120"),)


def test_numbers_to_stay_as_they_are_are_no_request() -> None:
    body = ("Please erase:\nName | Extension\nNguyễn Thị Lan | 3301\nOlena Kovalenko | 3305\n"
            "Note: ext. 3303 and 3304 (reception) must stay as they are.")
    assert subjects(body) == (
        DataSubject("Nguyễn Thị Lan", "3301"), DataSubject("Olena Kovalenko", "3305"),
    )


def test_a_reply_correcting_a_number_and_naming_the_employee() -> None:
    quoted = "> Lotte Brandt (lok 140)\n> Ahmad (lok 141)"
    found = subjects("Ahmad hedder Ahmad Rahimi, og det var lok 142, ikke 141 – undskyld.",
                     subject="Re: Slet 2 brugere", quoted=quoted, sender="Maja Thomsen")
    assert found == (DataSubject("Lotte Brandt", "140"), DataSubject("Ahmad Rahimi", "142"))


def test_the_corrected_numbers_a_follow_up_gives() -> None:
    assert find_corrected_extensions("det var lok 142, ikke 141") == (("141", "142"),)
    assert find_corrected_extensions("Hun har lokal 142.") == ()


def test_a_name_change_compound_asks_for_rectification() -> None:
    assert classify_kind("Navnerettelse lokal 55", "Kunden ønsker navnet på lokal 55 rettet til "
                         "Karen Blixen Dinesen.", "") == "rectification"


def test_a_short_last_name_before_a_bare_number_in_brackets() -> None:
    body = ("Anmodning jf. GDPR art. 17 vedr. Nguyễn Văn An (4471), tidligere ansat hos Hvide "
            "Sande Skibs- og Baadebyggeri.")
    assert subjects(body) == (DataSubject("Nguyễn Văn An", "4471"),)


def test_a_ticket_systems_repeated_subject_counts_once_for_the_language() -> None:
    raw = make_mail(subject="[Ticket #99812] Kunde ønsker sletning",
                    sender="Helpdesk <helpdesk@cvp.dk>",
                    body="Ticket #99812 - Kunde ønsker sletning\n\nRequester: Helle Brink\n"
                         "Priority: Normal\n\nMessage:\nPlease delete employee Liam O'Connor, "
                         "ext 5030, from the phone system. He left 20 March.")
    assert parse_mail(raw).language == "en"


def test_a_person_writing_from_a_marketing_address_is_no_newsletter() -> None:
    note = make_mail(sender="Line Holm <marketing@holmtele.dk>", subject="Afmeld nyhedsbrev",
                     body="Hej\n\nVi ønsker ikke længere at modtage tilbud og nyhedsbreve fra jer. "
                          "Afmeld os venligst.\n\nHilsen\nLine Holm")
    assert detect_automation(decode_mail(note)) is None
    letter = make_mail(sender="Holm Telekom <newsletter@holmtele.dk>", subject="Nyt i marts",
                       body="Se vores nye tilbud.\n\nAfmeld nyhedsbrevet her.")
    found = detect_automation(decode_mail(letter))
    assert found is not None and found.kind == "bulk"


def test_a_known_first_name_after_for_is_a_person_to_ask_about() -> None:
    assert classify_kind("", "Kan I sende en indsigt for Henrik hos Skanderborg Autoværksted? "
                         "Tak", "") == "access"
