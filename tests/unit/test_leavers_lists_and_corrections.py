"""A leaver named in the subject line above a forward, orders in a correction ("it must
be …"), number-first lists with a first name alone, corrections that name their
employee, abbreviated given names, transport firms, a police report a person files,
a writer's own number, wards named by what they treat, and the other forms twelve blind
sets (EP to FA: bookkeepers; cleaning firms; clinics on an iPad; Aarhus IT houses; a
trainee's long mails; taxis and buses; the German border; care homes; batched requests;
schools on phones; UK and US groups; chasers) brought, each with cases of our own."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.kinds import classify_kind
from parsers.mail import ParseOptions, parse_mail
from parsers.model import DataSubject
from parsers.quotes import split_text
from parsers.renames import find_corrected_extensions
from parsers.sensitive import find_sensitive
from tests.reading import categories, subjects


def test_one_leaver_in_the_subject_line_makes_a_forwarded_request_an_erasure() -> None:
    quoted = ("Fra: Bo Lind <bo@lind-vvs.dk>\nEmne: Medarbejder fratrådt\n\n"
              "Vi ønsker at Karl Due (lokal 31) slettes, hans cpr står på en af fakturaerne.")
    assert classify_kind("VS: Medarbejder fratrådt", "Se nedenfor.", quoted) == "erasure"


@pytest.mark.parametrize("order", ["it must be", "it has to be", "it must read"])
def test_an_order_in_a_correction_gives_the_new_name(order: str) -> None:
    body = (f"The name on extension 512 currently shows 'Olga Berg', {order} "
            "'Olga Berg-Lindström' after her wedding.")
    assert subjects(body, "rectification") == (DataSubject("Olga Berg-Lindström", "512"),)


@pytest.mark.parametrize("body", [
    "Please change the name on ext. 220 to Mona Bechmann, she has married.",
    "Ret venligst navnet på lokal 220 til Mona Bechmann, hun er blevet gift.",
])
def test_the_name_a_line_is_changed_to_is_the_employee_s(body: str) -> None:
    text = f"Mona Friis (lokal 220) har fået nyt efternavn. {body}"
    assert subjects(text, "rectification") == (DataSubject("Mona Bechmann", "220"),)


def test_a_first_name_alone_in_a_number_first_list_keeps_its_number() -> None:
    body = "Disse skal slettes:\n\n610 – Pia Holt\n611 – Anker Bro\n612 – Ditlev\n"
    assert subjects(body) == (
        DataSubject("Pia Holt", "610"), DataSubject("Anker Bro", "611"), DataSubject(None, "612"),
    )


def test_a_postcode_and_town_alone_is_no_list() -> None:
    assert subjects("Slet Pia Holt, lokal 610.\n\nAdresse:\nHavnevej 2\n8000 – Aarhus\n") == (
        DataSubject("Pia Holt", "610"),
    )


@pytest.mark.parametrize("firm", [
    "Holm Tax Advisors", "Nordic Bookkeeping", "Vejle Bybusser", "Kolding Flextrafik",
    "Dantaxi Vest", "Fyns Kurérservice", "Vestjysk Bus",
])
def test_transport_and_advisory_firms_are_no_people(firm: str) -> None:
    body = f"Slet venligst chaufføren Lars Bonde, lok. 31 ({firm}), han er stoppet."
    assert subjects(body) == (DataSubject("Lars Bonde", "31"),)


@pytest.mark.parametrize("name", [
    "Maria de los Angeles Ruiz", "Ines de las Heras", "João do Nascimento", "Anne des Prés",
])
def test_spanish_portuguese_and_french_particles_belong_to_the_name(name: str) -> None:
    assert subjects(f"Hun hedder {name} (lokal 227).", "access") == (DataSubject(name, "227"),)


@pytest.mark.parametrize("name", ["Ma. Luisa Santos", "Md. Abdul Karim"])
def test_an_abbreviated_given_name_is_part_of_the_name(name: str) -> None:
    assert subjects(f"Please erase:\n\nName | Extension\n{name} | 7105\n") == (
        DataSubject(name, "7105"),
    )


@pytest.mark.parametrize(("text", "pairs"), [
    ("sorry, det var lok 5122 for ana popescu ikke 5121", (("5121", "5122"),)),
    ("it was ext 88 for Tom Hale, not 86", (("86", "88"),)),
    ("det var lok 41, ikke 40", (("40", "41"),)),
])
def test_a_correction_may_name_the_employee_between_the_numbers(
    text: str, pairs: tuple[tuple[str, str], ...]
) -> None:
    assert find_corrected_extensions(text) == pairs


def test_a_corrected_number_replaces_the_quoted_one_of_that_employee() -> None:
    quoted = "> slet venligst mads lund lok 5120 og ana popescu lok 5121, de er stoppet"
    found = subjects("undskyld, det var lok 5122 for ana popescu ikke 5121", quoted=quoted,
                     subject="Re: slet")
    assert found == (DataSubject("mads lund", "5120"), DataSubject("ana popescu", "5122"))


def test_a_number_in_brackets_before_a_name_is_hers() -> None:
    body = "Kunden beder om at (214) Gerda Mølgaard slettes. Deres hovednr er 86 95 12 00."
    assert subjects(body) == (DataSubject("Gerda Mølgaard", "214"),)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Hun har fået grimme beskeder, som hun skal bruge til en politianmeldelse.", False),
    ("Hun vil politianmelde chikanen.", False),
    ("Han er blevet politianmeldt for underslæb.", True),
])
def test_a_police_report_a_person_files_is_no_offence_of_theirs(text: str, flagged: bool) -> None:
    assert ("criminal" in categories(text)) is flagged


def test_a_prose_line_ending_in_a_colon_with_wrote_in_it_is_no_attribution() -> None:
    body = ("Hej\n\nJeg har en sletning fra kunden Lind VVS (kundenr. 10-62245). Kunden skrev "
            "listen uden æøå, så jeg har kopieret navnene som de står:\n\n"
            "1. Anders Bogh – lokal 812\n\nMvh\nEmma\n")
    parts = split_text(body)
    assert "Anders Bogh" in parts.new and parts.quoted == ""


def test_a_gmail_attribution_still_opens_the_history() -> None:
    body = ("Se nedenfor.\n\nDen man. 2. mar. 2026 kl. 16.20 skrev Jakob Fenger <jf@x.dk>:\n"
            "> Slet Anders Bogh 812.\n")
    assert split_text(body).quoted.startswith("Den man. 2. mar.")


@pytest.mark.parametrize("only", [
    "Only her this time.", "Kun hende denne gang.", "Just him, thanks.",
])
def test_only_her_keeps_the_one_the_new_text_names(only: str) -> None:
    quoted = ("From: Eva Holm <eh@holm.dk>\nSubject: Leavers\n\n"
              "Lis Winther (763) and Karl Bro (764) have left us.")
    found = subjects(f"Please erase Lis Winther, ext. 763. {only}", quoted=quoted,
                     subject="FW: Leavers")
    assert found == (DataSubject("Lis Winther", "763"),)


def test_only_her_voicemails_keeps_everyone() -> None:
    quoted = "Lis Winther (763) and Karl Bro (764) have left us."
    found = subjects("Please erase Lis Winther, ext. 763; only her voicemails go to Eva first.",
                     quoted=quoted, subject="FW: Leavers")
    assert DataSubject("Karl Bro", "764") in found


@pytest.mark.parametrize("done", ["that one is done", "den er klaret", "it has been handled"])
def test_a_deletion_told_as_done_in_the_quoted_mail_asks_nothing(done: str) -> None:
    quoted = (f"Last month you helped with Karl Bro (761) – {done}, thank you. "
              "Now Lis Winther (763) has left us.")
    found = subjects("Please erase her.", quoted=quoted, subject="FW: Leavers")
    assert found == (DataSubject("Lis Winther", "763"),)


def test_a_first_name_alone_from_a_department_is_one_more_employee() -> None:
    body = ("Access requests please for:\n- Olga Brandt (ext 101)\n- Nils Kirk (ext 102)\n"
            "- Freja from finance, I'll have to get her last name and number\n")
    assert subjects(body, "access") == (
        DataSubject("Olga Brandt", "101"), DataSubject("Nils Kirk", "102"), DataSubject(None, None),
    )


def test_one_who_must_stay_weakens_the_thread_s_erasure() -> None:
    quoted = ("Emne: Sletning af fratrådte medarbejdere\n\nFølgende er fratrådt og skal slettes: "
              "Eva Lund 5502, Ole Berg 5517.")
    new = ("Samme kunde: Mads Kjær Sørensen (lok. 5548) vil gerne have indsigt i, hvad I har "
           "registreret om ham. Han er stadig ansat, så han skal IKKE slettes.")
    assert classify_kind("SV: Sletning af fratrådte medarbejdere", new, quoted) == "access"


def test_a_list_attached_to_a_forwarded_mail_is_read_below_its_sign_off() -> None:
    mail = EmailMessage()
    mail["From"] = "Lise Brandt <lb@nordkom.dk>"
    mail["To"] = "persondata@flexfone.dk"
    mail["Subject"] = "VS: Stoppede medarbejdere"
    mail["Message-ID"] = "<list-below-sign-off@nordkom.dk>"
    mail.set_content(
        "Hej\n\nVideresender fra kunden, se vedhæftede.\n\nVenlig hilsen\nLise Brandt\n\n"
        "---------- Forwarded message ----------\nFrom: Birte Lund <bl@rent.dk>\n"
        "Date: Wed, 25 Mar 2026 15:10:16 +0100\nSubject: Stoppede medarbejdere\n\n"
        "Hej Lise\n\nVedhæftet liste over medarbejdere der er stoppet. De skal slettes.\n\n"
        "Hilsen\nBirte Lund\nRent A/S\n"
    )
    mail.add_attachment("Navn - lokal\nIon Lazar - 901\nOlena Kravets - 902\n",
                        filename="stoppede.txt")
    parsed = parse_mail(mail.as_bytes(), ParseOptions())
    assert parsed.data_subjects == (
        DataSubject("Ion Lazar", "901"), DataSubject("Olena Kravets", "902"),
    )


@pytest.mark.parametrize("greeting", ["Guten Morgen", "Liebe Grüße", "Moin"])
def test_a_german_greeting_is_no_name(greeting: str) -> None:
    body = f"{greeting},\nbitte Zugang für Lukas Brandt (330) und Aylin Kaya (331)."
    assert subjects(body, "access") == (DataSubject("Lukas Brandt", "330"),
                                        DataSubject("Aylin Kaya", "331"))


@pytest.mark.parametrize("text", [
    "Som medlem af Slesvigsk Parti synes jeg ikke om kampagnen.",
    "He is a member of the Pirate Party.",
    "Hun er aktiv i Frie Wähler Partei.",
])
def test_membership_of_any_party_named_by_its_last_word_is_politics(text: str) -> None:
    assert "politics" in categories(text)


def test_a_party_named_as_the_customer_is_no_one_s_politics() -> None:
    assert categories("Kunden Slesvigsk Parti vil have slettet Jens Holm, lokal 31.") == set()


@pytest.mark.parametrize("text", [
    "Begge har arbejdet i afdelingen for demens og er stoppet.",
    "She worked in the unit for dementia care.",
])
def test_a_ward_named_by_what_it_treats_is_no_one_s_health(text: str) -> None:
    assert "health" not in categories(text)


def test_being_admitted_to_a_ward_is_still_health() -> None:
    assert "health" in categories("Han er indlagt på afdelingen for psykiatri.")


@pytest.mark.parametrize("own", [
    "Jeg selv har lokal 12 hvis I skal ringe.",
    "I'm on ext 12 if you need me.",
])
def test_the_writer_s_own_number_is_no_employee_s(own: str) -> None:
    quoted = f"> Hej, Dagmar skal bruge sine optagelser. {own}\n> Kai"
    found = subjects("Kan I udlevere optagelserne for Dagmar Ketelsen?", "portability",
                     quoted=quoted, subject="VS: optagelser")
    assert found == (DataSubject("Dagmar Ketelsen", None),)


def test_a_self_request_keeps_the_number_the_writer_gives() -> None:
    assert subjects("Jeg vil gerne have indsigt i mine data. Jeg har lokal 12.", "access",
                    sender="Ib Sand") == (DataSubject("Ib Sand", "12"),)


def test_a_lower_case_name_with_a_nickname_keeps_its_number() -> None:
    body = "hej. indsigt for mikkel frost (kaldet mikse) lok 88 paa skolen"
    assert subjects(body, "access") == (DataSubject("mikkel frost", "88"),)


@pytest.mark.parametrize(("text", "secret"), [
    ("han har glemt sin voicemail kode, den gamle var 4471 hvis det hjælper", "4471"),
    ("PIN-koden til voicemail skal nulstilles, den er 1234 nu.", "1234"),
])
def test_a_pin_said_later_in_the_sentence_is_a_credential(text: str, secret: str) -> None:
    spans = [text[s.start:s.end] for s in find_sensitive(text) if s.category == "credential"]
    assert spans == [secret]


@pytest.mark.parametrize("text", [
    "Han har glemt sin kode, hans lokal er 4471.",
    "Hun har glemt koden. Lokalnummeret er 4471.",
    "Koden til portalen virker ikke, ordrenummeret er 884512.",
])
def test_another_number_after_a_code_word_is_no_credential(text: str) -> None:
    assert "credential" not in categories(text)


@pytest.mark.parametrize("body", [
    "På Vestby Friskole står Bjørn Krag med lokal 4410 i jeres system, men han har lokal 4401.",
    "Bjørn Krag is listed with ext 4410, but he has 4401.",
])
def test_a_number_said_to_stand_wrongly_is_corrected(body: str) -> None:
    assert subjects(body, "rectification") == (DataSubject("Bjørn Krag", "4401"),)


def test_a_name_and_a_bare_number_in_a_table_cell_pair() -> None:
    body = ("Udlevering for to fratrådte:\n\nKirsten Juhl 1301 | Voicemails fra jan-feb\n"
            "Mads El-Amin 1305 |\n")
    assert subjects(body, "portability") == (DataSubject("Kirsten Juhl", "1301"),
                                             DataSubject("Mads El-Amin", "1305"))


def test_a_lower_case_surname_change_gives_the_new_name() -> None:
    body = "kan i rette efternavnet på lise-lotte mørch lok 2231 til lise-lotte mørch-jensen?"
    assert subjects(body, "rectification") == (DataSubject("lise-lotte mørch-jensen", "2231"),)


@pytest.mark.parametrize("text", [
    "Jeg er ansat her og vil ikke have at mine samtaler bliver optaget og gemt.",
    "Hun ønsker at hendes opkald ikke optages fremover.",
])
def test_not_wanting_calls_recorded_is_an_objection(text: str) -> None:
    assert classify_kind("Optagelse af samtaler", text, "") == "objection"


def test_a_first_name_at_a_workplace_joined_to_an_employee_is_one_more() -> None:
    assert subjects("Slet Per Nørgaard (214) og Connie på Plejehjemmet Egely tak") == (
        DataSubject("Per Nørgaard", "214"), DataSubject(None, None),
    )


def test_a_phone_number_after_pa_is_no_extension() -> None:
    body = ("Kunden Odense Tømrer & Snedker ønsker indsigt i oplysninger om Nguyen Van Minh, "
            "lokalnummer 8803. Han kan træffes på 61 44 09 12.")
    assert subjects(body, "access") == (DataSubject("Nguyen Van Minh", "8803"),)


def test_the_user_assigned_to_an_extension_is_no_name() -> None:
    body = "Kindly erase the user assigned to extension 3307 at Greyhaven ApS, who has left."
    assert subjects(body) == (DataSubject(None, "3307"),)


def test_a_titled_name_in_a_list_without_a_number_is_listed() -> None:
    body = ("Please provide the recorded calls for:\n\n  * Hernandez, Maria – ext. 7702\n"
            "  * Dr. James O'Brien (extension to follow)\n")
    assert subjects(body, "portability") == (DataSubject("Maria Hernandez", "7702"),
                                             DataSubject("James O'Brien", None))


def test_split_given_names_and_surname_columns_make_one_name() -> None:
    body = "surname;given_names;extension;leaving_date\nvan Dijk;Anneke Marie;2102;2026-02-20\n"
    assert subjects("Please erase the leavers attached.", quoted=body) == (
        DataSubject("Anneke Marie van Dijk", "2102"),
    )


def test_a_role_before_a_titled_name_makes_a_contact() -> None:
    body = ("We object to the processing of data concerning Dr. Sarah McAllister, extension "
            "2204. The client's telecom manager, Mr Peter Lund, has asked for this.")
    assert subjects(body, "objection") == (DataSubject("Sarah McAllister", "2204"),)
