"""Mail from start-ups written in lower case with products named beside the employee, HR
systems' forms with labels in two languages and reason codes, employees described
before they are named, and mail to the GDPR box that asks for a price or a quote."""

from __future__ import annotations

import pytest

from intake.followups import adds_to_request
from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from tests.reading import found, pairs, plain_mail


@pytest.mark.parametrize(("body", "expected"), [
    ("quick one – can you anonymise mads kjærgaard on ext 214? he left Lumo Studio on friday."
     "\n\n@Rasmus already removed him from the Lumo Slack + Google Workspace.",
     [("mads kjærgaard", "214")]),
    ("Please stop recording calls on ext 330 (tobias wennberg) at our customer Flowly ApS.",
     [("tobias wennberg", "330")]),
    ("hi again, customer asks us to add noah el-amin, ext 3115, to the same request",
     [("noah el-amin", "3115")]),
])
def test_lower_case_names_beside_products_and_requests(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body, kind="objection" if "recording" in body else "erasure") == expected


def test_a_full_name_given_after_a_first_name_and_an_emoji() -> None:
    quoted = "pls wipe jonas from the pbx, ext 4410 – he's gone"
    body = "oops sorry, full name is jonas aagaard frederiksen 🙈 same ext"
    assert pairs(body, "Re: wipe jonas", quoted) == [("jonas aagaard frederiksen", "4410")]


def test_the_one_described_number_and_the_full_name_said_later() -> None:
    body = ('The guy on 2207 at Harbour Media - everyone calls him "Fitz" - has left. Full name '
            "is Fitzgerald Kwame Mensah-Nielsen. Please delete him.")
    assert pairs(body) == [("Fitzgerald Kwame Mensah-Nielsen", "2207")]


def test_a_name_in_the_same_sentence_as_the_number_it_belongs_to() -> None:
    body = ("Undertegnede anmoder om, at samtlige talebeskeder og optagede samtaler tilknyttet "
            "lokalnummer 12, der tilhører firmaets grundlægger, Svend Aage Holm, udleveres.")
    assert pairs(body, kind="portability") == [("Svend Aage Holm", "12")]


def test_a_bilingual_hr_form_is_a_leaver_notice() -> None:
    form = ("Employee / Medarbejder: Søren Rahbek Juul\nExtension / Lokalnummer: 1802\n"
            "Termination date / Fratrædelsesdato: 30.09.2025\n")
    assert classify_kind("VS: Offboarding / Fratrædelse", "To fratrædelser fra kunden.",
                         form) == "erasure"


def test_a_forward_marked_by_one_word_between_rules() -> None:
    body = ("Hej\r\n\r\nTo fratrædelser fra kunden.\r\n\r\nMvh\r\nLine Kofoed\r\n\r\n"
            "---------- Videresendt ----------\r\nEmne: Offboarding\r\n\r\n"
            "Employee / Medarbejder: Søren Rahbek Juul\r\nExtension / Lokalnummer: 1802\r\n"
            "Termination date / Fratrædelsesdato: 30.09.2025\r\n")
    raw = plain_mail("VS: Offboarding", body, "Line Kofoed <line@callconnect.dk>")
    mail = parse_mail(raw)
    assert mail.kind == "erasure"
    assert [(s.full_name, s.extension) for s in mail.data_subjects] == [
        ("Søren Rahbek Juul", "1802")
    ]


def test_a_reason_code_is_no_name() -> None:
    body = ("Please anonymise the user.\n\nWorker: Priya Raman Sørensen\nWork Phone Extension: "
            "7042\nReason: Voluntary > Career Opportunity\n")
    assert pairs(body, "FW: Termination Completed") == [("Priya Raman Sørensen", "7042")]


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Tilbud: 50 brugere + mobil", "Kan I give et tilbud på 50 brugere med mobilabonnement "
     "til kunden Thisted Fiskeeksport?", "other"),
    ("Pris på 30 ekstra lokalnumre", "Kan I sende mig en pris pr. lokalnummer? Beklager hvis "
     "det er den forkerte postkasse.", "other"),
    ("Afmeld", "Vi vil ikke have jeres tilbud og nyhedsmails mere.", "marketing_optout"),
    ("Lok 233", "Kan I nedlægge brugeren på lok. 233? Det er Pia fra bogholderiet, hun er "
     "stoppet.", "erasure"),
    ("Opbevaringstid for voicemails", "Hvor længe gemmes voicemails og optagede samtaler? "
     "Kunden vil opdatere deres slettepolitik.", "other"),
    ("navnefejl lokal 0815", 'small fix: ext 0815 shows "Mikkel Jansen" but it should be '
     '"Mikkel Janssen Vinther".', "rectification"),
    ("ext 4130 still shows old name", "ext 4130 still shows the name of the guy who left. pls "
     "update it to the new hire's name.", "rectification"),
])
def test_quotes_prices_and_plain_requests_have_their_kind(
    subject: str, body: str, kind: str,
) -> None:
    assert classify_kind(subject, body, "") == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("Han er bortvist efter politianmeldelse for tyveri.",
     [("criminal", "bortvist efter politianmeldelse")]),
    ("Termination reason: Medical incapacity", [("health", "Medical incapacity")]),
    ("Han er politiker for Venstre i byrådet.", [("politics", "politiker for Venstre")]),
    ("Han er politiker for kommunen.", []),
    ("Han er stoppet for at blive fuldtidspolitiker for Venstre i byrådet.",
     [("politics", "fuldtidspolitiker for Venstre")]),
])
def test_hr_reasons_and_offices(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "adds"), [
    ("Kunden har lige meldt at Bo Kragh, lok 2291, også er stoppet – ham skal I også slette.",
     True),
    ("Please also delete Bo Kragh, ext 2291.", True),
    ("Endnu en fra Vinkel Arkitekter: Lars Mikael Dahl (lokal 262) skal slettes.", False),
])
def test_a_reply_that_says_also_adds_to_its_threads_request(text: str, adds: bool) -> None:
    assert adds_to_request(text) is adds
