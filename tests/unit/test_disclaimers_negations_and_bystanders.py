"""Disclaimers full of request words, senders' own mechanics, typing slips, negations and
exceptions, and bystanders in forwarded internal threads: the rules six blind sets (QT
to QY) brought, each with cases of its own."""

from __future__ import annotations

import pytest

from parsers.corrections import with_self_corrections
from parsers.glued_cues import with_cues_unglued
from parsers.mail import parse_mail
from parsers.model import DataSubject
from parsers.names import find_names
from parsers.subjects import completed_in_reply, find_data_subjects, restates_list
from tests.reading import found, plain_mail


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


def kind_of(subject: str, body: str) -> str | None:
    return parse_mail(plain_mail(subject, body)).kind


# --- disclaimers and sign-offs ------------------------------------------------------

FOOTER = (
    "--- DA: Denne meddelelse kan indeholde fortrolige oplysninger. Er du ikke den rette "
    "modtager, bedes du slette e-mailen straks. Du har ret til indsigt, berigtigelse og "
    "sletning af dine personoplysninger. Afmeld nyhedsbreve på https://example.dk/afmeld\n"
    "--- EN: This message may contain confidential information. You have the right of "
    "access, rectification, erasure and portability. Unsubscribe at https://example.dk/u\n"
)


@pytest.mark.parametrize(("subject", "body"), [
    ("Faktura 2026-0312 modtaget to gange",
     "Hej\n\nVi har modtaget faktura 2026-0312 to gange. Kan I sende en kreditnota?\n\n"
     "Venlig hilsen\nSusanne Kirk\nSkovgaard Netværk ApS\n\n" + FOOTER),
    ("Data processing agreement",
     "Hi,\n\nCould you send your standard data processing agreement in English?\n\n"
     "Kind regards\nHelle Bøgh\nBøgh & Lund ApS\n\n" + FOOTER.replace("--- ", "[")),
])
def test_a_labelled_multi_language_disclaimer_asks_for_nothing(subject: str, body: str) -> None:
    assert kind_of(subject, body) == "other"


def test_a_sign_off_in_two_languages_opens_the_signature() -> None:
    body = ("Hi Flexfone,\n\nNot an access request, just a question: can an employee see who "
            "listened to his voicemails?\n\nKind regards / Venlig hilsen\nTobias Grønning\n"
            "Amager Netværk ApS\n")
    mail = parse_mail(plain_mail("Question", body))
    assert (mail.kind, mail.data_subjects) == ("other", ())


# --- requests and their words --------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "kind"), [
    # the subject names a topic, the text asks for another kind
    ("Min fars voicemail", "Min far, Poul Erik Vinther, havde lokalnummer 3003 hos Ribe Auto. "
     "Jeg vil gerne have hans oplysninger slettet hos jer.", "erasure"),
    ("Invoice 2026-118822 - wrong number of extensions", "Invoice 2026-118822 looks wrong: we "
     "are charged for 14 extensions, but they have 12. Could you credit the difference?",
     "other"),
    ("Mine optagelser", "Jeg vil gerne se hvilke optagelser I har af mine samtaler. Jeg hedder "
     "Yasmin Hadid og har lokal 14.", "access"),
    ("Erasure request - Mikkel Frost, ext 85", "Mikkel Frost (ext 85) has left. The union has "
     "asked us to make sure his recordings and voicemails are deleted, so please anonymise "
     "him.", "erasure"),
])
def test_the_request_is_what_the_text_asks(subject: str, body: str, kind: str) -> None:
    assert kind_of(subject, body) == kind


def test_recordings_to_hand_over_before_an_erasure_stay_a_handover() -> None:
    body = ("Vi vil gerne have Mikkel Frosts voicemails udleveret, og derefter skal han slettes "
            "(lokal 85).")
    assert kind_of("Mikkel Frost", body) == "portability"


# --- typing slips ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mended"), [
    ("Jens Hansenlokal 214", "Jens Hansen lokal 214"),
    ("Fatima El-Khatiblok 310", "Fatima El-Khatib lok 310"),
    ("Kontakt Helle Mikkelsenlokalnr: 0412", "Kontakt Helle Mikkelsen lokalnr: 0412"),
    ("Anna Pollok 214", "Anna Pollok 214"),  # (a surname that ends in the cue's letters)
    ("Mødelokale 3 er ledigt", "Mødelokale 3 er ledigt"),
])
def test_a_cue_typed_onto_the_surname_is_set_apart(text: str, mended: str) -> None:
    assert with_cues_unglued(text) == mended


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("Marie-Louise Bach Thomsen, lokalnumer 3301.\nUps, 3310 skulle det være - ikke 3301.",
     "3310", "3301"),
    ("Gitte Holm lokal 2250 (nej 2205, sorry)", "2205", "2250"),
])
def test_a_number_put_right_in_the_same_mail_is_the_right_one(
    text: str, right: str, wrong: str
) -> None:
    first_line = with_self_corrections(text).splitlines()[0]  # (the correction stays as written)
    assert right in first_line and wrong not in first_line


def test_ekst_is_a_cue_and_ekstra_is_not() -> None:
    assert subjects("Kunden har svaret: ekst. er 0561 for Frederik Emil von Holstein.") == (
        DataSubject("Frederik Emil von Holstein", "0561"),
    )
    assert subjects("Vi har ekstra 20 brugere. Slet Bo Ek, lokal 21.") == (
        DataSubject("Bo Ek", "21"),
    )


def test_that_s_me_makes_the_writer_the_employee() -> None:
    body = ("One of our customer's employees, Magnus Ek (that's me, ext 4001), objects to "
            "having his calls recorded.")
    assert subjects(body, "objection", sender="Magnus Ek") == (DataSubject("Magnus Ek", "4001"),)


# --- negations and exceptions ---------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Please erase:\n- Tom O'Neill, ext. 4410\n- Priya Raman-Shah, ext. 4412\n\nPlease note: "
     "Maria Santos (ext. 4415) was on the original list, but do NOT erase her – she is "
     "staying.", [("Tom O'Neill", "4410"), ("Priya Raman-Shah", "4412")]),
    ("Please anonymise:\nNgozi Adeyemi - ext 2240\nPeter Moll - ext 2243 -- scratch that, "
     "don't erase Peter, he's staying on\nJuan Carlos Pérez García - ext 2244",
     [("Ngozi Adeyemi", "2240"), ("Juan Carlos Pérez García", "2244")]),
])
def test_one_of_a_list_taken_out_in_so_many_words_goes(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.full_name, s.extension) for s in subjects(body)] == expected


def test_a_restated_final_list_replaces_the_quoted_one_in_its_order() -> None:
    quoted = ("Please anonymise:\n\nNgozi Adeyemi - ext 2240\nLars-Erik de Vries - ext 2241\n"
              "Peter Moll - ext 2243 -- scratch that, don't erase Peter\n")
    body = ("Correction: Peter Moll SHOULD be erased after all, and Lars-Erik de Vries should "
            "NOT – he has been rehired.\n\nSo the final list is:\nNgozi Adeyemi - ext 2240\n"
            "Peter Moll - ext 2243\n")
    assert restates_list(body) and not restates_list("Here is the list of leavers:")
    assert subjects(body, subject="RE: Erasure", quoted=quoted) == (
        DataSubject("Ngozi Adeyemi", "2240"), DataSubject("Peter Moll", "2243"),
    )


def test_a_wrong_number_named_beside_the_right_one_is_no_second_employee() -> None:
    body = ("Hos kunden står Poul Erik Kofoed med forkert lokalnummer. Han skal have "
            "lokalnummer 4020, ikke 4002.")
    assert subjects(body, "rectification") == (DataSubject("Poul Erik Kofoed", "4020"),)


# --- bystanders in forwarded threads ----------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Mikkel Juhl Sørensen, lokalnummer 31, skal slettes. Kenneth, kan du flytte hans "
     "kundeopkald til Rasmus i værkstedet (lokal 34)?", [("Mikkel Juhl Sørensen", "31")]),
    ("Please wipe the user on ext 608. His desk goes to Anna Berg from the Kolding team, she "
     "keeps her own number 615.", [(None, "608")]),
    ("Please wipe the user on ext 608. His desk goes to Anna Berg.", [(None, "608")]),
    ("Jonas Vinter (lokal 88) har bedt om indsigt. Lotte i receptionen har ikke noget med "
     "det at gøre.", [("Jonas Vinter", "88")]),
])
def test_a_colleague_taking_over_or_standing_by_is_no_employee(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(s.full_name, s.extension) for s in subjects(body, "access")] == expected


def test_a_first_name_greeting_is_no_surname_turned_round() -> None:
    body = "Kirsten, Jonas Vinter (lokal 88) har bedt om indsigt i sine opkaldsdata.\nPia, HR"
    assert subjects(body, "access") == (DataSubject("Jonas Vinter", "88"),)


@pytest.mark.parametrize(("text", "names"), [
    ("Please send all data on our customer's former CFO, Charlotte Winther.",
     ["Charlotte Winther"]),
    ("Jeg vil have mine voicemails. Min tidligere chef hedder Ulrik Berg.", []),
    ("Brian Mogensen skal slettes. Hans tidligere leder, Jonna Kirkegaard, har lukket "
     "hans mobil.", ["Brian Mogensen"]),
])
def test_a_former_role_holder_is_the_leaver_not_a_contact(text: str, names: list[str]) -> None:
    assert [m.name for m in find_names(text, "")] == names


def test_the_quoted_writer_completes_no_one_in_a_reply_without_a_request() -> None:
    body = ("Kunden har fået faktura 2026-00412 med opkrævning for lokalnummer 214, som I har "
            "slettet i januar. Kan I kreditere februar?")
    quoted = ("Fra: Birthe Clausen <bc@vb.dk>\nEmne: Faktura\n\nHej Mette, der er stadig et "
              "lokalnummer for meget.\nBirthe Clausen, bogholder, 40 18 22 40")
    assert completed_in_reply(body, quoted, "Mette Brask") == ()


def test_a_name_corrected_in_its_middle_on_the_same_number_is_the_same_employee() -> None:
    quoted = "Please anonymise:\n\nChloe Dubois, ext 31\nPeter van der Berg, ext 32\n"
    body = ("Small correction: the second one is Peter van den Berg (not van der Berg), ext 32. "
            "Chloe Dubois, ext 31, as before.")
    assert subjects(body, subject="Re: Please delete two users", quoted=quoted) == (
        DataSubject("Chloe Dubois", "31"), DataSubject("Peter van den Berg", "32"),
    )


def test_a_lower_case_name_set_on_a_number_replaces_the_wrong_one_shown() -> None:
    body = ("hej, navnet på lokal 250 hos Skanderborg Bogføring skal rettes til karen margrethe "
            "sand. det står forkert som Karen M. Sandt")
    assert subjects(body, "rectification", subject="ret navn lokal 250") == (
        DataSubject("karen margrethe sand", "250"),
    )


# --- sensitive data -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("Karsten har været i dialog med Dansk Metal om sin fratrædelse.", True),
    ("Hun har været i kontakt med 3F om sin opsigelse.", True),
    ("Vi har været i dialog med Dansk Metal om overenskomsten.", False),
])
def test_an_employee_s_own_dealings_with_a_union_reveal_membership(
    text: str, flagged: bool
) -> None:
    assert bool([c for c, _ in found(text) if c == "trade_union"]) is flagged
