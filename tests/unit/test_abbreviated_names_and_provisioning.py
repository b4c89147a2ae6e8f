"""Given names written the old Danish way, provisioning beside a request, mail to many
providers at once, sensitive data in file names, timing and an ordinary winter day: the
rules six blind sets (RL to RQ) brought, each with cases of its own."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.mail import parse_mail
from parsers.model import DataSubject
from parsers.names import find_names
from parsers.provisioning import without_provisioning
from parsers.signatures import is_sign_off
from parsers.subjects import find_data_subjects
from tests.reading import plain_mail


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


# --- given names written short ----------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Slet Chr. Jensen (lokal 214) og Kr. Nielsen (lokal 231).", ["Chr. Jensen", "Kr. Nielsen"]),
    ("Th. Kr. Nygaard lok 031", ["Th. Kr. Nygaard"]),
    ("J.P. Hansen, lokal 5521", ["J.P. Hansen"]),
    ("H.C. Ørsted Larsen, lok 118", ["H.C. Ørsted Larsen"]),
    ("Ib Chr. Mortensen (24) og P. Chr. Friis (13)", ["Ib Chr. Mortensen", "P. Chr. Friis"]),
    ("Vilh. Kristensen (204)", ["Vilh. Kristensen"]),
    ("Prisen er Kr. 500 pr. måned.", []),  # kroner
])
def test_a_given_name_written_short_is_part_of_the_name(text: str, names: list[str]) -> None:
    assert [m.name for m in find_names(text, "")] == names


def test_a_line_opening_with_kr_and_a_surname_is_no_sign_off() -> None:
    assert not is_sign_off("Kr. Nielsen, lokalnr. 231\n")
    assert is_sign_off("KR\n")


def test_the_short_form_and_the_full_one_are_one_employee() -> None:
    body = "Lokalnummeret for Fr. Holm (Frederik Holm) er 37."
    assert subjects(body) == (DataSubject("Frederik Holm", "37"),)


# --- provisioning beside a request ------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Kan I flytte Jonas Friis fra lokal 31 til lokal 45? Han har skiftet afdeling.\n\nOg så "
     "har Hanne Dahl (lokal 0412) bedt om indsigt i sine data.", [("Hanne Dahl", "0412")]),
    ("Flyt Henrik Juul fra lok 12 til lok 40.\n\nSlet og anonymisér:\nLone Kristiansen (lok 14)"
     "\n\nOpret ny: Sara Ibsen på lok 14 fra 1. februar.", [("Lone Kristiansen", "14")]),
    ("Please set up three new users on ext 16, 17 and 18, and delete the former employee Ole "
     "Bak on ext 15 including his voicemails.", [("Ole Bak", "15")]),
    ("- Nulstil voicemail-PIN på lok 118.\n- Omstil hovednummeret til lok 110 efter kl. 16.\n"
     "- Slet også Rasmus Kjeldsen, han stoppede i fredags.", [("Rasmus Kjeldsen", None)]),
])
def test_provisioning_names_and_numbers_are_no_subjects(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(s.full_name, s.extension) for s in subjects(body)] == expected


@pytest.mark.parametrize("text", [
    "Bjarne Ravn (lok 211) er flyttet til Aarhus. Han skal slettes.",  # a report, no order
    "Line har lok 1107. Tilføj også Mathias Kragh lok 1108.",  # added to the request
    "* Pernille Ejby (ext 300) - her voicemail PIN is on the handset label, please reset it.",
    "The employee is Jonathan Larsen. He is also set up on the switchboard with ext 2207.",
    "Flyt hans voicemails til mig og slet ham bagefter (lok 22).",  # a request too
])
def test_a_sentence_that_reports_or_also_requests_stays(text: str) -> None:
    assert without_provisioning(text) == text


# --- requests ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Voicemails, then erasure", "Please first hand over all voicemails for Alexander "
     "Nikolajev-Berg, ext 803. Once we have confirmed receipt, he should be erased next week.",
     "portability"),
    ("Spørgsmål om frister", "Et generelt spørgsmål: løber fristen på en måned fra "
     "medarbejderens anmodning om indsigt eller fra den dag vi skriver til jer?\n\nMads "
     "Østergaard\nSupportansvarlig\nNordlys IT ApS\nTlf. +45 70 22 33 44", "other"),
])
def test_what_the_mail_asks(subject: str, body: str, kind: str) -> None:
    assert parse_mail(plain_mail(subject, body)).kind == kind


def test_a_genitive_before_a_wrapped_line_is_the_name() -> None:
    body = ("Kan I trække alle voicemails ud fra lok. 31? Det er Ulla Fogh Kristensens\nboks hos "
            "Hobro Dyreklinik.")
    assert subjects(body, "portability") == (DataSubject("Ulla Fogh Kristensen", "31"),)


# --- file names ---------------------------------------------------------------------------------

def mail_with_attachment(body: str, data: bytes, subtype: str, filename: str) -> bytes:
    """A reseller's mail with one attached file."""
    message = EmailMessage()
    message["From"] = "Ib Sand <ib@reseller.dk>"
    message["To"] = "persondata@flexfone.dk"
    message["Subject"] = "Fratrædelse"
    message.set_content(body)
    maintype = "text" if subtype == "csv" else "application"
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def test_an_attachment_s_name_is_redacted_and_its_category_reported() -> None:
    parsed = parse_mail(mail_with_attachment(
        "Slet venligst Ahmed Yilmaz, lok 22. Se vedhæftede.", b"%PDF-1.4", "pdf",
        "Lægeerklæring_Ahmed_Yilmaz_fratrædelse.pdf",
    ))
    assert [a.filename for a in parsed.attachments] == [
        "[helbredsoplysning fjernet] Ahmed Yilmaz fratrædelse.pdf"
    ]
    assert [f.category for f in parsed.sensitive] == ["health"]


def test_a_harmless_file_name_is_kept_as_written() -> None:
    raw = mail_with_attachment("Se vedhæftede liste.", b"navn;lokal\n", "csv",
                               "fratraadte_2026-03.csv")
    assert [a.filename for a in parse_mail(raw).attachments] == ["fratraadte_2026-03.csv"]


@pytest.mark.parametrize(("text", "flagged"), [
    ("Dataløn: lønsedler, herunder registreret fradrag til Krifa.", True),
    ("Hun betaler kontingent til 3F.", True),
    ("Fradrag til pension og ATP.", False),
])
def test_dues_paid_to_a_union_reveal_membership(text: str, flagged: bool) -> None:
    from tests.reading import found
    assert bool([c for c, _ in found(text) if c == "trade_union"]) is flagged
