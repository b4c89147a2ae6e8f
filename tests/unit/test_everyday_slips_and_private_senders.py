"""What ordinary days of the mailbox slip in: a given name typed in lower case on a
list of capitalised rows, a private person whose matter is their own phone number, a
redaction marker where a sentence starts, a call log asked for with the recordings, a
number change still to be made, a correction's "i stedet for", shop codes in offers,
the party or union named after an office or a representative, an answer into a
newsletter. Cases written beside the held-out sets, each read as a support agent
reads it."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.language import detect_language
from parsers.mail import parse_mail
from parsers.model import Language
from parsers.sensitive import redact_text
from tests.reading import employees, found, plain_mail


def test_a_given_name_typed_in_lower_case_on_a_list_row_is_still_a_name() -> None:
    body = ("Hej\n\nFølgende skal slettes:\n\nHans Christian la Cour 22\n"
            "frederik von Holstein-Rathlou 30\npeter Holm 31\n\nMvh Kim\n")
    assert employees(body) == [
        ("Hans Christian la Cour", "22"), ("frederik von Holstein-Rathlou", "30"),
        ("peter Holm", "31"),
    ]


def test_a_lower_case_word_before_a_capital_is_no_name_on_a_list_row() -> None:
    body = "Hej\n\nFølgende skal slettes:\n\nHans Christian la Cour 22\nordre Nyborg 30\n"
    assert ("ordre Nyborg", "30") not in employees(body)


def test_a_private_person_objecting_to_their_own_number_is_the_subject() -> None:
    raw = plain_mail("Stop calling me",
                     "Hello,\n\nI keep getting sales calls from a company that uses your "
                     "switchboard. I object to you processing my phone number and want it "
                     "removed from any lists.\n\nPeter Holm\n+45 26 18 44 90\n",
                     sender="Peter Holm <peterholm1961@hotmail.com>")
    parsed = parse_mail(raw)
    assert parsed.kind == "objection"
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Peter Holm", None)]


def test_a_redaction_marker_opening_a_sentence_takes_no_name_back() -> None:
    body = ("Hi,\n\nTobias Wulff-Henningsen at Aarhus Havnelogistik is leaving on 31 December "
            "and should be erased. His husband also works there but stays, so please don't "
            "touch the shared family voicemail group.\n\nKind regards\nJesper\n")
    parsed = parse_mail(plain_mail("Erasure", body))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Tobias Wulff-Henningsen", None)
    ]
    assert [f.category for f in parsed.sensitive] == ["sexuality"]


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Priya Raman call log", "Hi, one of our clients needs the call log and any recordings "
     "you have for their employee Priya Raman, Feb-April. Can you send it?", "access"),
    ("Opkaldslog", "Kunden vil have opkaldsloggen og optagelserne for Jens Holm, lok 21.",
     "access"),
    ("Voicemails", "Please send the voicemails of Priya Raman, ext 5560, as files.",
     "portability"),
])
def test_a_call_log_asked_with_the_recordings_is_access(subject: str, body: str,
                                                        kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_a_number_change_still_to_be_made_keeps_the_number_they_have() -> None:
    body = ("Hej\n\nHos Ribe Kloakservice skal brugeren på lokalnummer 31 rettes fra 31 til "
            "34 - det er Kenneth, som er flyttet til lageret. Navnet står forkert også, det skal "
            "være med C.\n\nMvh Drift\n")
    assert employees(body, "Ret lokalnummer") == [(None, "31")]


def test_a_number_change_that_was_made_gives_the_new_number() -> None:
    body = ("Hej\n\nPeter Lund hos Middelfart Marina har fået nyt lokalnummer: fra 220 til "
            "225. Kan I rette det i telefonbogen?\n")
    assert employees(body, "Nyt lokalnummer") == [("Peter Lund", "225")]


def test_a_corrections_instead_of_changes_no_request() -> None:
    body = ("Hej\n\nVil I rette e-mailadressen på Karina Lykke Bjerre hos Ry Fysioterapi? Den "
            "skal være karina@ryfys.dk i stedet for kb@ryfys.dk, så hendes "
            "voicemail-notifikationer kommer frem.\n")
    assert parse_mail(plain_mail("Ret e-mailadresse på bruger", body)).kind == "rectification"


@pytest.mark.parametrize(("text", "flagged"), [
    ("Spar 30% på alle headsets frem til 23. december. Brug koden JUL30 i kurven.", False),
    ("Kun denne uge: 30% på alle headsets. Brug koden FORAAR30 ved checkout.", False),
    ("Please save his PIN 4471 somewhere safe.", True),
])
def test_a_shop_code_is_no_secret(text: str, flagged: bool) -> None:
    assert bool(found(text)) is flagged


@pytest.mark.parametrize(("text", "secret", "language"), [
    ("Hun er stoppet for at blive byrådsmedlem for Venstre. Hun skal slettes.", "Venstre", "da"),
    ("He asked for it through his union rep at 3F, so please confirm.", "3F", "en"),
])
def test_the_party_or_union_after_an_office_or_a_rep_is_kept_out(
    text: str, secret: str, language: Language
) -> None:
    redacted, spans = redact_text(text, language)
    assert spans and secret not in redacted


def test_an_answer_into_a_newsletter_asking_off_the_list_is_an_opt_out() -> None:
    assert classify_kind(
        "Re: Flexfone Partner News September",
        "Please take me off this list. I only want operational mails.",
        "> Flexfone Partner News - September 2026\n> New: AI transcription of voicemails.",
    ) == "marketing_optout"


def test_a_digest_of_english_topics_is_english() -> None:
    assert detect_language(
        "Today's topics:\n  1. SIP trunk outage 2 Jan (Morten H.)\n"
        "  2. Re: Number porting delays since new year (A. Berg)\n"
    ) == "en"


def test_a_follow_up_naming_the_sender_over_their_own_request_is_about_them() -> None:
    body = ("Hej igen\n\nJeg har ikke hørt noget endnu. Det er stadig Maria Thomsen, "
            "lokalnummer 12. Hvornår kan jeg forvente svar?\n\nMaria\n\n"
            "Den tors. 12. mar. 2026 kl. 09.12 skrev Maria Thomsen <maria@example.com>:\n"
            "> Hej\n>\n> Jeg arbejder hos Tandlægerne i Hobro og har lokalnummer 12. Jeg vil "
            "gerne have indsigt i alle de oplysninger I har om mig.\n>\n> Maria Thomsen\n")
    parsed = parse_mail(plain_mail("Re: Mine oplysninger", body,
                                   sender="Maria Thomsen <maria@example.com>"))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Maria Thomsen", "12")]
