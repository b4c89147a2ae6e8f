"""Dictated mail, North Atlantic names, estates, ticket-system notices and moved numbers:
cases written for rules the held-out sets NS to NX asked for."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.dictation import is_dictated, plain_dictation
from parsers.mail import parse_mail
from parsers.mime import decode_mail
from parsers.nicknames import without_nicknames
from parsers.signatures import name_of_address
from parsers.spoken_numbers import with_spoken_numbers
from parsers.subjects import without_old_numbers
from tests.reading import categories, employees, found, pairs, plain_mail


@pytest.mark.parametrize(("text", "marked"), [
    ("hej ny linje slet venligst anne fog komma lokal 12 punktum tak",
     "hej\nslet venligst anne fog, lokal 12. tak"),
    ("hi the name is lars beck full stop extension six fourteen full stop thanks",
     "hi the name is lars beck. extension six fourteen. thanks"),
    ("slet birthe nej undskyld berit jensen lokal 40 punktum", "slet berit jensen lokal 40."),
    ("kan i ano nymisere karina lund lokal 12 punktum tak",
     "kan i anonymisere karina lund lokal 12. tak"),
])
def test_spoken_punctuation_is_read_as_marks(text: str, marked: str) -> None:
    assert plain_dictation(text).rstrip() == marked.rstrip()


@pytest.mark.parametrize("text", [
    "Vi skal have en ny linje til receptionen, og renten er 3 komma 5 procent.",
    "Tegnet hedder et spørgsmålstegn, så I må rette det hos jer.",
    "Please add a new line for reception, ext. 214.",
])
def test_a_typed_mail_keeps_its_words(text: str) -> None:
    assert not is_dictated(text)
    assert plain_dictation(text) == text


@pytest.mark.parametrize(("text", "digits"), [
    ("lokal syv og halvfjerds gør", "lokal 77 gør"),
    ("lokal fem og halvtreds", "lokal 55"),
    ("lokal 2 hundrede 14", "lokal 214"),
    ("mit lokal var 3 hundrede 5", "mit lokal var 305"),
])
def test_danish_numbers_said_unit_first_and_hundreds_with_digits(text: str, digits: str) -> None:
    assert with_spoken_numbers(text) == digits


def test_a_dictated_mail_names_its_employees() -> None:
    body = ("hej ny linje medarbejder katrine bækgaard lokal syv og halvfjerds gør indsigelse "
            "mod at hendes opkald bliver optaget komma hun vil ikke have optagelse punktum vi "
            "har syg travlt så gerne hurtigt svar\n\nlone\n\nSendt fra min iPhone\n")
    mail = parse_mail(plain_mail("indsigelse optagelse", body))
    assert [(s.full_name, s.extension) for s in mail.data_subjects] == [
        ("katrine bækgaard", "77")]
    assert mail.sensitive == ()  # "syg travlt" is the idiom, however it is spelled


@pytest.mark.parametrize(("body", "want"), [
    ("hej slet venligst anne-marie fog-larsen hun har fået nyt job punktum lokal ved jeg "
     "ikke punktum\n\nmvh jonas\n", [("anne-marie fog-larsen", None)]),
    ("hej det er kirsten lauridsen på lokal 103 komma hun hedder lauridsen med d punktum\n",
     [("kirsten lauridsen", "103")]),
    ("hej medarbejderen på lokal 63 hedder nu jakob holm andersen og ikke jakob holm punktum "
     "ret det venligst\n", [("jakob holm andersen", "63")]),
])
def test_lower_case_names_in_dictated_sentences(body: str, want: list[tuple[str, str]]) -> None:
    subject = "ret navn" if "hedder nu" in body else "sletning"
    assert employees(body, subject) == want


def test_a_name_stated_wrongly_is_no_lower_case_name() -> None:
    body = ("Extension: 830\nCorrect name: Jean-Luc Moureau\n\nThe name is shown wrongly on "
            "outbound caller ID.\n")
    assert all(name != "shown wrongly" for name, _ in pairs(body, kind="rectification"))


def test_a_bracketed_nickname_is_left_out_and_a_quoted_one_kept() -> None:
    assert without_nicknames("Katrine (Kat) Lund - lok. 43") == "Katrine Lund - lok. 43"
    body = ("Følgende skal anonymiseres:\n\n  Bo 'Bobo' Hansen - lok. 42\n"
            "  Katrine (Kat) Lund - lok. 43\n")
    assert employees(body, "Anonymisering") == [("Bo 'Bobo' Hansen", "42"),
                                                   ("Katrine Lund", "43")]


@pytest.mark.parametrize(("body", "want"), [
    ("Hej\n\nTo medarbejdere hjá Klaksvíkar Sethús er stoppet. Slet dem:\n\nTróndur Hansen, "
     "lokal 3312\nMarjun Simonsen, lokal 3313\n\nVinarliga\nHanus\n",
     [("Tróndur Hansen", "3312"), ("Marjun Simonsen", "3313")]),
    ("Hello,\n\nPlease delete the following from Føroya Fiskasøla's switchboard:\n\nGunnvá "
     "Høj Mortensen, ext 2277\n\nBest regards\nJákup\n", [("Gunnvá Høj Mortensen", "2277")]),
    ("Hej\n\nKunden har en medarbejder på lokal 4432 som er fratrådt. Vi kender ikke navnet."
     "\n\nInuulluarit\nKaali Rosing\nNuuk Netværk ApS\n", [(None, "4432")]),
])
def test_north_atlantic_firms_and_sign_offs(body: str, want: list[tuple[str, str]]) -> None:
    assert employees(body, "Sletning", sender="Hanus við Á <hanus@tokni.fo>") == want


def test_the_estate_of_a_deceased_employee_names_him() -> None:
    body = ("Undertegnede er bobestyrer i dødsboet efter Villy Strøm Andersen, der var ansat "
            "hos Køge Tømrer. På vegne af boet anmoder vi om indsigt i de personoplysninger, "
            "I behandler om afdøde.\n")
    assert pairs(body, kind="access", sender="Kristian Holst") == [("Villy Strøm Andersen", None)]


def test_one_coming_back_to_work_is_no_newcomer() -> None:
    body = ("Hanne Vestergaard (lokalnr. 6120) starter nu langsomt op igen. Hun gør indsigelse "
            "mod, at hendes samtaler optages.\n")
    assert pairs(body, kind="objection") == [("Hanne Vestergaard", "6120")]
    newcomer = ("Optagelse stoppes for Lone Friis (lok 210). Ny mekaniker, Jimmi Holm, starter "
                "2/4 (lok 215).\n")
    assert pairs(newcomer, kind="objection") == [("Lone Friis", "210")]


def test_the_contact_named_again_with_an_extension_is_the_employee() -> None:
    body = ("Kunde: Holbæk Blomster ApS\nKontaktperson: Rikke Holm\n\nMedarbejder Rikke Holm, "
            "lok 225, ønsker indsigt i sine data.\n")
    assert pairs(body, kind="access") == [("Rikke Holm", "225")]


def test_a_number_before_a_move_gives_way_to_the_new_one() -> None:
    assert without_old_numbers("han havde lokal 502 og har nu lokal 611.") == (
        "han havde lokal 611 og har nu lokal    .")
    assert pairs("Lars Jepsen moved desks: he had 118, now 218. Please correct the display "
                 "name.", kind="rectification") == [("Lars Jepsen", "218")]
    assert without_old_numbers("Jens havde lokal 20 i to år.") == "Jens havde lokal 20 i to år."
    body = ("Vores kunde beder om indsigt for Mads Emil Brandt – han havde lokal 502 i det gamle "
            "anlæg og har nu lokal 611.\n")
    assert pairs(body, kind="access") == [("Mads Emil Brandt", "611")]
    moved = ("Tobias de Vries was moved to ext 313 in January. Please erase Jonas Lund (310) and "
             "Tobias de Vries on 313.\n")
    assert ("moved to", "313") not in pairs(moved)


def test_numbers_said_to_be_no_person_are_no_subjects() -> None:
    body = ("Please anonymise:\nUser: Maximilian Schmidt  Ext: 1001\nUser: Laura Kristensen  "
            "Ext: 1002\nUser: (shared) Lager  Ext: 1003\n\n1003 is the warehouse line that "
            "several people use, it is not a person.\n")
    assert (None, "1003") not in pairs(body)


def test_a_numbered_list_pairs_a_name_with_particles_on_its_own_line() -> None:
    body = ("Slet følgende:\n\n620 Peter Skov\n621 Ulla Grøn Hedegaard\n623 Karoline Sophie af "
            "Rosenborg\nLokal 624 er et mødelokale og har ingen bruger.\n")
    assert pairs(body) == [("Peter Skov", "620"), ("Ulla Grøn Hedegaard", "621"),
                           ("Karoline Sophie af Rosenborg", "623")]


def test_a_sender_without_display_name_is_known_by_the_name_they_sign() -> None:
    assert name_of_address("kasper.dahl87@gmail.com", "Hej\n\nMvh Kasper Dahl\n") == "Kasper Dahl"
    assert name_of_address("info@firma.dk", "Hej\n\nMvh\nSøren Jørgensen\n") == ""
    body = ("Hej\n\nJeg er stoppet hos Bageriet Søholm. Jeg havde lokal 12 og vil gerne have at "
            "I sletter alt om mig.\n\nMvh Kasper Dahl\n")
    assert employees(body, "slet mine oplysninger", sender="kasper.dahl87@gmail.com") == [
        ("Kasper Dahl", "12")]


@pytest.mark.parametrize("text", [
    "han har indtalt sit kortnummer 4571 2345 6789 0123 i en voicemail",
    "the card he used for the add-on, 4571 9876 5432 1098, is removed",
])
def test_a_card_number_the_writer_calls_one_is_a_card_whatever_its_check_digit(text: str) -> None:
    assert categories(text) == {"payment_card"}


def test_a_number_shaped_like_a_card_without_a_word_for_it_is_not_one() -> None:
    assert found("ordre 4571 2345 6789 0123 er sendt") == []


def test_a_no_reply_status_notice_is_automated() -> None:
    raw = (b"From: Limfjord Data <noreply@limfjorddata.dk>\r\nTo: gdpr@flexfone.dk\r\n"
           b"Subject: Opdatering af din sag\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Denne besked er automatisk genereret.\r\nSag nr.: LD-20931\r\nStatus: Afventer\r\n")
    automation = detect_automation(decode_mail(raw))
    assert automation is not None and automation.kind == "auto_reply"


def test_a_ticket_status_update_subject_is_automated() -> None:
    mail = parse_mail(plain_mail("Sag LD-20931 er opdateret - status: Afventer leverandør",
                                 "Status: Afventer leverandør\n"))
    assert mail.automated is not None


def test_a_question_about_a_fee_is_no_access_request() -> None:
    body = ("Kan I fortælle om der er et gebyr for indsigtsrapporter, når vi bestiller dem for "
            "kunder med mange lokalnumre?\n")
    assert parse_mail(plain_mail("Hvad koster en indsigtsrapport?", body)).kind == "other"


def test_als_said_of_a_person_is_health_and_the_german_word_is_not() -> None:
    assert found("Tomasz (ext 77) has ALS and can no longer work.") == [("health", "has ALS")]
    assert found("Ich arbeite als Ansprechpartner für die Kunden.") == []


def test_a_receipt_that_calls_itself_one_is_automated() -> None:
    mail = parse_mail(plain_mail("[Fjordtel #48213] Automatisk kvittering",
                                 "Tak for din henvendelse. Vi har oprettet sag #48213.\n"))
    assert mail.automated is not None


def test_a_number_given_with_its_owner_between_cue_and_number() -> None:
    assert with_spoken_numbers("lokal nummeret på anne fog er to nul syv") == (
        "lokal nummeret på anne fog er 207")
    assert employees("hej igen lokal nummeret på anne-marie fog-larsen er to nul syv\n\njonas\n",
                     "sletning") == [("anne-marie fog-larsen", "207")]


def test_a_name_spelled_right_is_the_new_name() -> None:
    body = ("Cand.polyt. Nicolai Holst på lok 318 hos Herning Maskinfabrik staves rigtigt "
            "Nikolaj Holst (med k og j). Vil I rette det?\n")
    assert pairs(body, kind="rectification") == [("Nikolaj Holst", "318")]


def test_a_titled_person_asking_for_their_own_data_is_the_employee() -> None:
    body = ("Direktør Lars Toft-Mikkelsen hos Grenaa Havneservice vil gerne have indsigt i de "
            "oplysninger I har om ham. Jeg har ikke hans lokalnummer.\n")
    assert pairs(body, kind="access") == [("Lars Toft-Mikkelsen", None)]
