"""Objections to call recording, voicemails by other names, call logs, typos, policy
questions on deletion, Swedish away notices, helpdesk receipts and list digests."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.kinds import classify_kind, handover_book, objects_to_recording
from parsers.language import client_language, detect_language, list_boilerplate
from parsers.lexicon import Tokens
from parsers.mime import decode_mail


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # objecting to recording: the recordings are the topic, not something to hand over
        ("Optagelse lokal 31",
         "Kan I slå optagelsen fra for Pernille Dahl på lokal 31? Hun ønsker ikke at "
         "hendes opkald bliver optaget.", "objection"),
        ("Stop optagelse",
         "Vi skal have stoppet optagelsen af hans samtaler (lokal 18), og de optagelser "
         "der allerede ligger, skal slettes.", "objection"),
        ("Call recording, ext 88",
         "Please switch off call recording for Tom Berg. He does not want his calls "
         "recorded any more, and the recordings made so far should be deleted.", "objection"),
        ("", "Hun vil ikke have sine samtaler optaget. Lokal 7, Ida Krogh.", "objection"),
        # handing recordings over stays portability
        ("Optagelser",
         "Kan I udlevere hans optagede samtaler og voicemails til os? Lokal 40.",
         "portability"),
        ("Mads stopper - optagelser",
         "Mads Winther (lokal 12) stopper hos os og vil gerne have sine optagede "
         "samtaler med.", "portability"),
    ],
)
def test_recording_words_in_an_objection(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


def test_objection_needs_weight_before_recordings_become_topic() -> None:
    assert objects_to_recording({"objection": 5.0, "portability": 3.0})  # type: ignore[arg-type]
    assert not objects_to_recording({"objection": 1.0, "portability": 3.0})  # type: ignore[arg-type]
    assert not objects_to_recording({"objection": 5.0, "portability": 0.0})  # type: ignore[arg-type]


def test_handover_book_keeps_handing_over_not_the_topic() -> None:
    book = handover_book()
    assert not book.contains_any(Tokens.of("optagelsen af samtaler og voicemails"))
    assert book.contains_any(Tokens.of("kan I udlevere dem"))
    assert book.contains_any(Tokens.of("export them please"))


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        ("Beskeder",
         "Familien vil gerne have hans beskeder fra telefonsvareren og de samtaler der "
         "er optaget. Lokal 9.", "portability"),
        ("", "Telefonsvareren på lokal 30 virker ikke, kan I kigge på den?", "other"),
        ("", "We need the recordings of the calls our agent Sofie took on Monday. "
             "Can you export them as MP3?", "portability"),
        ("", "Can you export the recordings of the queue calls from Monday as MP3?", "other"),
    ],
)
def test_voicemails_and_agents(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        ("", "Kunden skal bruge opkaldslisten for lærlingen på lokal 14 for marts.", "access"),
        ("", "Could you send a list of her calls for May? Ext 31.", "access"),
        ("", "Hvor længe gemmer I opkaldslister for lokalnumre?", "other"),
        ("", "Our call list for the support queue looks empty since Monday.", "other"),
    ],
)
def test_call_history_of_an_employee(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


def test_typo_in_a_name_is_rectification() -> None:
    text = "Ext 310 says Hansne - it should be Hansen."
    assert classify_kind("Typo in surname", text, "") == "rectification"
    assert classify_kind("", "Der er en tastefejl i hendes efternavn, lokal 6: "
                             "det skal være Friis.", "") == "rectification"


def test_own_typo_keeps_the_thread_kind() -> None:
    quoted = "> Please delete Ole Berg, ext 15. He has left.\n"
    assert classify_kind("Re: Delete user", "Sorry, my typo: ext 51, not 15.", quoted) == "erasure"
    quoted_da = "> Slet venligst Ole Berg, lok 15.\n"
    text_da = "Det er lok 51, ikke 15. Tastefejl."
    assert classify_kind("Re: Sletning", text_da, quoted_da) == "erasure"


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        ("Quick question: is her call history deleted automatically when we close "
         "ext 22, or do we need to request it?", "other"),
        ("Slettes hans voicemails automatisk, når lokalnummeret lukkes? Lokal 5.", "other"),
        ("Please delete her call history, ext 22.", "erasure"),
        ("Slet venligst hans voicemails, lokal 5.", "erasure"),
    ],
)
def test_question_about_automatic_deletion(new_text: str, expected: str) -> None:
    assert classify_kind("", new_text, "") == expected


def mail(subject: str, body: str, headers: str = "") -> bytes:
    """A small plain-text mail."""
    return (f"From: A B <ab@example.com>\r\nTo: persondata@flexfone.dk\r\nSubject: {subject}\r\n"
            f"{headers}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Frånvaromeddelande: Re: Sletning", "Jag är borta.", "auto_reply"),
        ("Fraværsmeddelelse: Vi har modtaget jeres anmodning", "Jeg er væk.", "auto_reply"),
        ("Re: Sletning", "Hej\r\n\r\nJeg er på forretningsrejse og har begrænset adgang "
                         "til e-mail indtil mandag.", "auto_reply"),
        ("Re: Sletning", "Hej\r\n\r\nJag är på tjänsteresa hela veckan.", "auto_reply"),
        ("Fraværsmeddelelser i omstillingen", "Kan I slette Per Holm, lokal 4?", None),
        ("Re: Sletning", "Hej\r\n\r\nKan I også slette Per Holm, lokal 4?\r\n\r\nJeg er på "
                         "forretningsrejse i næste uge, så svar gerne hurtigt.", None),
    ],
)
def test_away_notices(subject: str, body: str, expected: str | None) -> None:
    found = detect_automation(decode_mail(mail(subject, body)))
    assert (found.kind if found else None) == expected


def test_helpdesk_receipt_with_bulk_headers_is_an_auto_reply() -> None:
    headers = "Auto-Submitted: auto-generated\r\nPrecedence: bulk\r\n"
    receipt = "Your request (#5512) has been received and will be answered soon."
    found = detect_automation(decode_mail(mail("[Desk] Re: Erasure", receipt, headers)))
    assert found is not None and found.kind == "auto_reply"
    assert "helpdesk_receipt" in found.reason
    news = "Our spring offers are here: new headsets at half price."
    found = detect_automation(decode_mail(mail("Spring news", news, headers)))
    assert found is not None and found.kind != "auto_reply"


def test_receipt_text_without_machine_headers_is_a_person() -> None:
    body = "We have received your request about Per Holm, thank you. Ext 4."
    assert detect_automation(decode_mail(mail("Re: Erasure", body))) is None


def test_digest_header_does_not_set_the_language() -> None:
    head = ("Send Telefoni mailing list submissions to\n\ttelefoni@lists.example.org\n\n"
            "To subscribe or unsubscribe via the World Wide Web, visit\n"
            "\thttps://lists.example.org/mailman/listinfo/telefoni\n\nToday's Topics:\n\n")
    assert detect_language(head + "   1. Spørgsmål om nummerflytning af hovednummer\n") == "da"
    assert detect_language(head + "   1. Queue delays in the evening\n") == "en"


def test_list_boilerplate_lines() -> None:
    pattern = list_boilerplate()
    assert pattern.fullmatch("Today's Topics:")
    assert pattern.fullmatch("End of Telefoni Digest, Vol 3, Issue 2")
    assert not pattern.fullmatch("Today we talked about the topics in the list")
    assert not pattern.fullmatch("Send me the list of users")


def test_in_is_english_evidence() -> None:
    assert detect_language("Please delete her user in the system") == "en"
    assert detect_language("Slet venligst hende i systemet") == "da"


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # an objection with "længere"/"no longer" between its words, or a refusal that points
        # back at the recording, makes the recordings its topic
        ("Samtaler på lokal 64",
         "Bent Vestergaard (lokal 64) vil ikke længere have sine opkald optaget. Kan I "
         "slå optagelse fra?", "objection"),
        ("Optagelser hos os",
         "Jeg kan se at firmaet optager alle samtaler på min datters lokal 12 (Sofie "
         "Lind). Det vil vi ikke have, stop det.", "objection"),
        ("Recording, ext 310",
         "Karl Ibsen, ext. 310, no longer wants his calls recorded. We don't want that "
         "any more, please stop it.", "objection"),
        # a refusal of something else beside a request to hand recordings over stays portability
        ("Optagelser lokal 12",
         "Sofie Lind (lokal 12) vil have sine optagelser udleveret i et format hun kan "
         "tage med sig. Det vil vi ikke have forsinket.", "portability"),
    ],
)
def test_weaker_objections_to_recording(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # taking an employee out of the phone system is erasure, in any inflection
        ("Fjern tekniker fra telefonen",
         "Vores tekniker Jonas Borg, lok 41, er stoppet. Han skal fjernes fra "
         "telefonsystemet.", "erasure"),
        ("Frivillige der stopper",
         "To af vores hjælpere skal ud af telefonsystemet: Eva Dam, lokal 5 og Ole Bro, "
         "lokal 6.", "erasure"),
        ("Remove 3 drivers",
         "Three of our drivers have left and we would like their data removed: Ann Lee "
         "ext 21, Bo Kim ext 22, Cy Ng ext 23.", "erasure"),
        ("Remove receptionist",
         "The receptionist who left in May needs to be removed. Sorry if this is the "
         "wrong address.", "erasure"),
        # a redaction marker's "fjernet"/"removed" asks nothing; nor does a wrong mailbox
        ("Lokal 41", "Jonas Borg, lok 41, var [helbredsoplysning fjernet] fra jeres "
         "kontor i maj.", "other"),
        ("Ext 41", "Jonas Borg (ext 41) was [health information removed] from work. "
         "Apologies if this is the wrong address.", "other"),
    ],
)
def test_removal_from_the_phone_system(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # a copy of what is held, asked without the word "data"
        ("Call log request ext 55",
         "One of our sales staff on ext. 55 wants a copy of what you hold about him.",
         "access"),
        ("Lokal 55", "Vores sælger på lokal 55 vil have en kopi af hvad I har om ham.",
         "access"),
        ("Ext 55", "One of our sales staff on ext. 55 says hello and thanks for the help.",
         "other"),
        # a request for the whole staff, or about a role without a name
        ("Objection to recording",
         "We object to any recording of the calls of our staff. Please stop all call "
         "recording for Møller Rør ApS.", "objection"),
        ("Objection to recording",
         "We object to the new price list for Møller Rør ApS.", "other"),
        ("Remove night porter",
         "The night porter who left last week needs to be removed.", "erasure"),
        ("Porting", "We want to port our numbers out; are the voicemails deleted then?",
         "other"),
    ],
)
def test_copies_staff_and_roles(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


LEAVER_NOTICE_EN = (
    "From: HR System <noreply@hr.example>\n"
    "Sent: Friday, 2 May 2025 07:10\n"
    "To: it@customer.example\n"
    "Subject: Offboarding: Lars Vinge Holm - Completed\n"
    "\n"
    "Offboarding: Lars Vinge Holm\n"
    "Last Working Day:   15.06.2025\n"
    "Department:         Warehouse\n"
)
LEAVER_NOTICE_DA = (
    "Fra: Lønsystem <noreply@loen.example>\n"
    "Sendt: 3. juni 2025 06:40\n"
    "Til: Løn <loen@kunde.example>\n"
    "Emne: Medarbejder fratrådt – Karen Ulv Bech\n"
    "\n"
    "Medarbejder:        Karen Ulv Bech\n"
    "Sidste arbejdsdag:  30. juni 2025\n"
)
NO_LEAVER_NOTICE = LEAVER_NOTICE_DA.replace("30. juni 2025", "-")


@pytest.mark.parametrize(
    ("subject", "new_text", "quoted", "expected"),
    [
        # a leaver notice forwarded bare, or under a line that asks nothing itself
        ("Fwd: Offboarding: Lars Vinge Holm", "", LEAVER_NOTICE_EN, "erasure"),
        ("VS: Medarbejder fratrådt – Karen Ulv Bech", "", LEAVER_NOTICE_DA, "erasure"),
        ("VS: Medarbejder fratrådt", "Fra kunden, lokal 61.", LEAVER_NOTICE_DA, "erasure"),
        ("Re: Offboarding", "Any news? Has Lars been removed yet?", LEAVER_NOTICE_EN,
         "erasure"),
        # a template field with no date is no leaver; a request of the sender's own wins
        ("VS: Stamdata ændret", "", NO_LEAVER_NOTICE, "other"),
        ("FW: Offboarding: Lars Vinge Holm",
         "Please send us a copy of all personal data you hold about him, ext 61.",
         LEAVER_NOTICE_EN, "access"),
    ],
)
def test_forwarded_leaver_notice(subject: str, new_text: str, quoted: str, expected: str) -> None:
    assert classify_kind(subject, new_text, quoted) == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # an overview of a leaver's calls, or whatever is held for them, is access
        ("Opkaldsoversigt for lok 12",
         "Vi vil gerne have en oversigt over opkald for Ib Stær, som er stoppet.", "access"),
        ("Lok 12", "Vi vil gerne have en ny telefon til Ib Stær på lok 12.", "other"),
        ("Ext 12", "Our HR wants everything held for this worker, Ib Stær on ext 12. "
         "Can you send us what you have?", "access"),
        ("Ext 12", "Ib Stær on ext 12 has a new desk phone. Can you confirm it works?",
         "other"),
        # a user who must go, or retired, is an erasure; a retirement party is not
        ("bruger skal væk", "lok 14 Ib Stær hos Smedien", "erasure"),
        ("bruger lok 14", "lok 14 Ib Stær hos Smedien har fået ny skærm", "other"),
        ("Ext 14", "Ib Stær on ext 14 has retired, please remove him.", "erasure"),
        # billing questions about leavers or a bill in one's own name ask for nothing
        ("Faktura 1234 – fratrådte lokalnumre",
         "Vi bliver stadig opkrævet for to lokalnumre, selvom medarbejderne er fratrådt "
         "og anonymiseret. Kan I kreditere juni?", "other"),
        ("regning", "vi får stadig regning fra jer, regningen står på mit navn og ikke på "
         "firmaet det skal rettes", "other"),
        ("Lok 14", "Navnet på lok 14 er stavet forkert, det skal rettes til Ib Stær.",
         "rectification"),
        # a question about when leavers' data is deleted is no request to delete it
        ("Porting our numbers",
         "We are moving our numbers to another carrier. Will the leavers' data be deleted "
         "before or after the move?", "other"),
        ("Leavers", "Please delete the leavers' data before we move, ext 14 Ib Stær.",
         "erasure"),
    ],
)
def test_overviews_retirement_and_billing(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "quoted", "expected"),
    [
        # a bare forward speaks its sender's mail program's language, not the notice's
        ("VS: Offboarding: Lars Vinge Holm", LEAVER_NOTICE_EN.replace(
            "From:", "Fra:").replace("Sent:", "Sendt:").replace("To:", "Til:").replace(
            "Subject:", "Emne:"), "da"),
        ("Fwd: Medarbejder fratrådt", LEAVER_NOTICE_DA.replace("Fra:", "From:").replace(
            "Sendt:", "Sent:").replace("Til:", "To:").replace("Emne:", "Subject:"), "en"),
        # with no header block, the subject's prefix alone decides nothing
        ("Re: Sletning", "", None),
        ("Fwd: Offboarding", "Offboarding: Lars Vinge Holm\nLast Working Day: 15.06.2025",
         None),
    ],
)
def test_bare_forward_language(subject: str, quoted: str, expected: str | None) -> None:
    assert client_language(subject, quoted) == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # recordings listed as part of "a copy of everything" are what the copy holds
        ("My data",
         "I left the company in May (ext 301). Please send me a copy of all data you have "
         "about me, including recordings and voicemails.", "access"),
        ("Indsigt",
         "Kan I sende en kopi af alle oplysninger om mig - også voicemails og optagelser? "
         "Jeg havde lokal 55.", "access"),
        # asking to hand the recordings over stays portability
        ("Voicemails",
         "Please export the voicemails and recordings of Ole Brink, ext 301, in a format "
         "we can play.", "portability"),
        ("Optagelser",
         "Kan I udlevere optagelserne og hans voicemails til os? Lokal 55, Ib Mørk.",
         "portability"),
        # "a copy of all his voicemails" asks for the recordings, not for all data
        ("Voicemails", "Ole Brink (ext 301) wants a copy of all his voicemails and "
         "recorded calls.", "portability"),
        ("Voicemails", "Ib Mørk på lokal 55 vil gerne have en kopi af alle sine voicemails.",
         "portability"),
    ],
)
def test_recordings_inside_an_access_request(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # a number port with a reassurance that nothing is deleted asks for no GDPR request
        ("Port-out of two numbers",
         "The customer moves its office to another operator. Please confirm the port-out "
         "order for +45 70 10 20 30. No user data needs to be deleted.", "other"),
        ("Nummerportering",
         "Kunden vil flytte nummeret til et andet selskab pr. 1. april. Ingen data skal "
         "slettes, medarbejderne bliver hos kunden.", "other"),
        ("Porting",
         "Can you port the numbers to the new carrier next week? Nothing needs to be "
         "removed.", "other"),
        # a real deletion request is still erasure
        ("Deletion", "Please delete all data about Ole Brink, ext 301, he has left.",
         "erasure"),
        ("Sletning", "Ole Brink på lokal 301 er stoppet, hans data skal slettes.", "erasure"),
    ],
)
def test_number_port_is_no_erasure(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # a printout of an employee's calls is access to his data
        ("Udskrift", "Må vi få en udskrift af hans opkald? Det er Jens Vad, lokal 12.",
         "access"),
        ("Opkaldsudskrifter", "Til revisionen: Jens Vad på lokal 12.", "access"),
        ("Calls", "Could we get a printout of the calls made by Amy Lee, ext 40?", "access"),
        # a printout of an invoice is not
        ("Udskrift", "Kan I sende en udskrift af fakturaen for marts?", "other"),
        # a person called by a plain noun makes an access request about someone
        ("Data request",
         "The customer wants a copy of all data you hold on their old warehouse guy.",
         "access"),
        ("Indsigt", "Kunden vil have en kopi af alt hvad I har på fyren fra lageret.",
         "access"),
        # without any person, a copy of all data is about no one in particular
        ("Data request", "Could you send a copy of all data you hold on the account?",
         "other"),
    ],
)
def test_call_printouts_and_plain_person_nouns(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reply that adds only a name: the subject's request words tell the language
        ("Re: Remove user\nOops - Anand Kumar Pillai", "en"),
        ("Re: Delete users\nAnand Kumar Pillai", "en"),
        ("Re: Fjern bruger\nAnand Kumar Pillai", "da"),
        ("Re: Fjernes\nBrugeren er Anand Kumar Pillai", "da"),
        # a mixed mail is decided by its function words, not by borrowed request words
        ("Re: Jonas\nHej, kunden siger han er stoppet, please delete him. Hans lok var 12.",
         "da"),
        ("Re: Jonas\nHi, the customer says he has left, so slet ham please.", "en"),
    ],
)
def test_short_reply_language_from_subject(text: str, expected: str) -> None:
    assert detect_language(text) == expected
