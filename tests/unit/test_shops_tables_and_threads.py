"""Shops, streets and chains; Outlook tables flattened in the plain part; IMEIs; renames
in brackets and the passive; wrapped names; threads that summarise, defer and restate;
and the other forms twelve blind sets (FH to FS: islanders on phones; DPOs; franchise
chains; night-shift firms; HTML-heavy Outlook; automated lookalikes; farm cooperatives;
switchboard migrations; start-ups; municipal HR; forwards of forwards; greenhouses)
brought, each with cases of our own."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.kinds import classify_kind
from parsers.mail import ParseOptions, parse_mail
from parsers.model import DataSubject
from parsers.subjects import completed_in_reply
from tests.reading import categories, subjects


def outlook_mail(plain: str, html: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Maja Holm <maja@telekompagniet.dk>"
    mail["To"] = "persondata@flexfone.dk"
    mail["Subject"] = "Navneændring"
    mail["Message-ID"] = "<outlook-table@telekompagniet.dk>"
    mail.set_content(plain)
    mail.add_alternative(html, subtype="html")
    return mail.as_bytes()


def test_a_table_the_plain_part_flattened_is_read_from_the_html_part() -> None:
    plain = ("Medarbejderen på lok. 2314 har skiftet navn. Ret venligst:\n\nFelt\n\nGammel værdi"
             "\n\nNy værdi\n\nNavn\n\nJonas Bak\n\nYusuf Bak\n\nMvh Maja\n")
    html = ("<p>Medarbejderen på lok. 2314 har skiftet navn. Ret venligst:</p><table>"
            "<tr><td><p>Felt</p></td><td><p>Gammel værdi</p></td><td><p>Ny værdi</p></td></tr>"
            "<tr><td><p>Navn</p></td><td><p>Jonas Bak</p></td><td><p>Yusuf Bak</p></td></tr>"
            "</table><p>Mvh Maja</p>")
    parsed = parse_mail(outlook_mail(plain, html), ParseOptions())
    assert parsed.data_subjects == (DataSubject("Yusuf Bak", "2314"),)


def test_a_plain_part_that_kept_its_rows_is_read_as_it_is() -> None:
    plain = "Slet venligst:\n\nNavn | Lokal\nJonas Bak | 214\nEva Lund | 215\n"
    html = ("<p>Slet venligst:</p><table><tr><td>Navn</td><td>Lokal</td></tr><tr><td>Jonas Bak"
            "</td><td>214</td></tr><tr><td>Eva Lund</td><td>215</td></tr></table>")
    parsed = parse_mail(outlook_mail(plain, html), ParseOptions())
    assert parsed.data_subjects == (DataSubject("Jonas Bak", "214"), DataSubject("Eva Lund", "215"))


@pytest.mark.parametrize("body", [
    "Indsigt for:\n\n  Employee:  Zofia Wiśniewska\n  Store:     Klar Syn Viborg\n"
    "  Extension: 77\n",
    "Anna Lund Optik (en del af Klar Syn kæden) vil have indsigt for Zofia Wiśniewska, lok 77.",
    "Medarbejderen på Niels Juels Gade, Zofia Wiśniewska, lok 77, vil have indsigt.",
    "Camilla Dahl Frandsens tidligere kollega Zofia Wiśniewska (lok 77) vil have indsigt.",
])
def test_shops_streets_chains_and_another_s_colleague_are_no_subjects(body: str) -> None:
    assert subjects(body, "access") == (DataSubject("Zofia Wiśniewska", "77"),)


@pytest.mark.parametrize(("text", "card"), [
    ("imei;356938035643809", False),
    ("Amex 3782 822463 10005", True),
])
def test_a_fifteen_digit_number_is_a_card_only_with_the_amex_prefix(text: str, card: bool) -> None:
    assert ("payment_card" in categories(text)) is card


@pytest.mark.parametrize("text", [
    "Does your agreement cover a log of who accessed a user's password reset? Thanks.",
    "Fra: Poul Winther <pw@bjerre-transport.dk>",
])
def test_a_password_question_or_a_mail_address_is_no_credential(text: str) -> None:
    assert "credential" not in categories(text)


def test_a_known_first_name_on_a_number_is_an_employee_without_surname() -> None:
    assert subjects("hey, Zeynep on 1244 wants a copy of her data (art 15).", "access") == (
        DataSubject(None, "1244"),
    )


@pytest.mark.parametrize("body", [
    "Medarbejderen på lok. 221 er blevet gift og hedder nu Louise Brandt (tidligere Louise Holm).",
    "Our employee Louise Holm, ext 221, asked that her name be corrected to Louise Brandt.",
])
def test_the_new_name_of_a_rename_stands(body: str) -> None:
    assert subjects(body, "rectification") == (DataSubject("Louise Brandt", "221"),)


def test_a_display_name_shortening_the_middle_name_is_the_same_employee() -> None:
    body = ('Julie Brandt Kofoed, lok 70, vil gerne have rettet sit visningsnavn i omstillingen '
            'til "Julie B. Kofoed".')
    assert subjects(body, "rectification") == (DataSubject("Julie Brandt Kofoed", "70"),)


@pytest.mark.parametrize("body", [
    "can u pull the voicemails + recorded calls on ext 212 before its closed? guy left last wk",
    "Our customer objects to call recording being applied to ext. 215.",
])
def test_function_words_after_a_number_are_no_name(body: str) -> None:
    assert all(s.full_name is None for s in subjects(body, "portability"))


def test_a_device_line_run_into_the_text_is_no_name() -> None:
    body = "Jf. art. 15 ønsker vi indsigt for Ewa Zielińska, lok. 1290. Mvh Anders Sendt fra iOS"
    assert subjects(body, "access") == (DataSubject("Ewa Zielińska", "1290"),)


def test_a_formal_sign_off_opens_the_forwarded_author_s_signature() -> None:
    quoted = ("From: DPO <dpo@medico.dk>\nSubject: Access\n\nOur employee Fatima Said (extension "
              "7021) has requested access.\n\nYours sincerely,\nJakob Winther-Rasmussen\n")
    found = subjects("See attached from the DPO.", "access", quoted=quoted, subject="FW: Access")
    assert found == (DataSubject("Fatima Said", "7021"),)


def test_a_closed_matter_named_above_a_forward_leaves_the_forward_s_request() -> None:
    quoted = ("Fra: Christina Bjerre <cb@ejendomme.dk>\nEmne: Indsigt\n\nVores medarbejder "
              "Birgitte Aagaard, lokalnummer 5120, har anmodet om indsigt.")
    body = ("Se nedenfor. Bemærk at sagen om Poul Erik Winther længere nede blev afsluttet sidste "
            "år – det er kun Birgitte det drejer sig om nu.")
    assert subjects(body, "access", quoted=quoted, subject="VS: Indsigt") == (
        DataSubject("Birgitte Aagaard", "5120"),
    )


def test_a_correction_done_before_is_history() -> None:
    quoted = ("> Vi har tidligere fået rettet Hanne Friis på lok 611, det gik fint.\n"
              "> Nu er det Jacob på 612 der er stavet forkert.\n")
    body = "Det står som Jakob Frederiksen men skal være Jacob Frederiksen (med c), lok 612."
    assert subjects(body, "rectification", quoted=quoted, subject="Rettelse") == (
        DataSubject("Jacob Frederiksen", "612"),
    )


def test_pulling_recordings_is_portability() -> None:
    assert classify_kind(
        "Re: Sletning Ole Bech",
        "kan i også trække de optagede samtaler for Ida Marie Svendsen lok 1904?",
        "> Slet venligst Ole Bech lok 1902, han er stoppet.",
    ) == "portability"


@pytest.mark.parametrize("firm", ["Lammefjordens Grønt", "Rosenhaven Væksthuse", "Fynsk Tomat",
                                  "Nørrebro Games", "Strandgårdskolens SFO"])
def test_growers_games_and_school_clubs_are_no_people(firm: str) -> None:
    assert subjects(f"Slet venligst Anka Petrova, lok 610 ({firm}).") == (
        DataSubject("Anka Petrova", "610"),
    )


def test_a_name_wrapped_across_two_lines_of_prose_is_one_name() -> None:
    body = ("På vegne af vores kunde skal jeg hermed anmode om, at I sletter alle oplysninger om "
            "deres tidligere formand Søren Kjærgaard\nØstergaard, intern 31.")
    assert subjects(body) == (DataSubject("Søren Kjærgaard Østergaard", "31"),)


def test_two_lines_of_a_list_stay_two_names() -> None:
    body = ("Slet venligst disse to medarbejdere hos kunden, de er begge stoppet:\n"
            "Jens Holm\nEva Lund\n")
    assert subjects(body) == (DataSubject("Jens Holm", None), DataSubject("Eva Lund", None))


def test_a_first_name_and_number_joined_to_a_named_employee_are_one_more() -> None:
    assert subjects("Kunden beder om indsigt for Anka Petrova 610 og Svetla 611.", "access") == (
        DataSubject("Anka Petrova", "610"), DataSubject(None, "611"),
    )


def test_a_column_of_the_name_to_set_gives_the_new_name() -> None:
    body = "Rettelser:\n\nnavn;lok;ret til\nEwa Kowalczyk;5710;Ewa Kowalczyk-Jensen\n"
    assert subjects(body, "rectification") == (DataSubject("Ewa Kowalczyk-Jensen", "5710"),)


def test_a_field_column_keeps_the_employee_s_name() -> None:
    body = ("Medarbejder | Lokalnummer | Felt | Står nu | Skal være\n"
            "Sara Juul | 5120 | Titel | Assistent | Revisor\n")
    assert subjects(body, "rectification") == (DataSubject("Sara Juul", "5120"),)


def test_a_number_that_should_be_another_is_corrected() -> None:
    body = "Lone Bach står med lok 231 i telefonbogen, men skal være 213."
    assert subjects(body, "rectification") == (DataSubject("Lone Bach", "213"),)


def test_a_lower_case_name_after_its_number_ends_before_the_workplace() -> None:
    assert subjects("slet venligst lok 5502 karin holm fra Holm & Co tak") == (
        DataSubject("karin holm", "5502"),
    )


@pytest.mark.parametrize("body", [
    "Udlevér voicemails inden de lukkes ned på den gamle omstilling:\n\n- Jonas Friis (lok 330)\n",
    "Jeg hed Jonas Friis på omstillingen og havde lokal 330.",
])
def test_a_switchboard_word_elsewhere_leaves_the_number_the_employee_s(body: str) -> None:
    assert subjects(body, "portability", sender="Ib Sand") == (DataSubject("Jonas Friis", "330"),)


@pytest.mark.parametrize("later", [
    "Mette nævnes også nedenfor, men hende tager vi ikke nu.",
    "Mette Dahl stays.",
])
def test_one_left_for_later_or_staying_is_no_subject(later: str) -> None:
    quoted = "> Jens Madsen (214) er fratrådt.\n> Mette Dahl (220) stopper til sommer.\n"
    found = subjects(f"Opsummering: Jens Madsen på lokal 214 skal anonymiseres. {later}",
                     quoted=quoted, subject="VS: Fratrådt")
    assert found == (DataSubject("Jens Madsen", "214"),)


def test_a_number_said_to_stay_is_no_request() -> None:
    body = "Peter Lund (lok 12) og Signe Bøgh (lok 14) er stoppet. Klaus (lok 10) bliver."
    assert subjects(body) == (DataSubject("Peter Lund", "12"), DataSubject("Signe Bøgh", "14"))


def test_asking_to_take_the_forward_points_at_it() -> None:
    quoted = ("Fra: Birthe Kragh <bk@staal.dk>\nEmne: Medarbejder stoppet\n\n"
              "Kan I slette Kim fra lageret, lokal 440? Han er stoppet.")
    assert classify_kind("VS: Medarbejder stoppet", "Kan I tage denne?", quoted) == "erasure"


def test_a_reply_that_only_gives_a_name_completes_the_ticket_s_employee() -> None:
    quoted = "Fra: Rasmus <rf@tk.dk>\nEmne: VS: Stoppet\n\nKan I tage denne? Efternavn kommer."
    assert completed_in_reply("Hej\n\nHan hedder Kim Vestergaard Pedersen.", quoted, "Rasmus") == (
        DataSubject("Kim Vestergaard Pedersen", None),
    )


def test_a_typed_request_verb_is_no_name_word() -> None:
    assert subjects("hey, pls remove lucas mendes (ext 3021), he moved back home") == (
        DataSubject("lucas mendes", "3021"),
    )
