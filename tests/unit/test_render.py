"""Rendering replies: words per action, kind and language; headers that cannot be injected."""

from __future__ import annotations

import email
import email.utils
import os
from datetime import UTC, date, datetime
from email.message import EmailMessage, Message
from email.policy import default as default_policy
from pathlib import Path
from typing import get_args

import jinja2
import pytest

from parsers.model import (
    KINDS,
    PERSON_KINDS,
    Action,
    DataSubject,
    Kind,
    Language,
    SensitiveCategory,
)
from parsers.sensitive import find_sensitive
from replies.render import (
    Company,
    Envelope,
    InvalidRecipient,
    ReplyRequest,
    format_date,
    make_environment,
    render_reply,
    reply_subject,
)
from tests.reply_requests import changed

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "replies"
ACTIONS: tuple[Action, ...] = ("acknowledge", "ask_for_missing", "redirect_unknown_sender")
LANGUAGES: tuple[Language, ...] = ("da", "en")
REF = "GDPR-2026-000123"
COMPLETE = (DataSubject("Jens Hansen", "0123"), DataSubject("Anna Berg", "204"))
MIXED = (
    DataSubject("Jens Hansen", None),
    DataSubject(None, "123"),
    DataSubject("Anna Berg", "204"),
)
EXPECTED_HEADERS = {
    "from", "to", "reply-to", "subject", "date", "message-id", "in-reply-to", "references",
    "auto-submitted", "x-auto-response-suppress", "x-intake-ticket", "mime-version",
    "content-type", "content-language",
}  # fmt: skip


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return make_environment()


def make_request(**changes: object) -> ReplyRequest:
    request = ReplyRequest(
        action="acknowledge",
        language="da",
        kind="erasure",
        ticket_ref=REF,
        due_date=date(2026, 12, 28),
        data_subjects=COMPLETE,
        sensitive_categories=(),
        envelope=Envelope(
            recipient_name="Mette Sørensen",
            recipient_address="mette@forhandler.dk",
            original_subject="SV: Sletning af medarbejdere",
            in_reply_to="<original-1@forhandler.dk>",
            references=("<root@forhandler.dk>",),
            message_id="<reply-1@intake.flexfone.dk>",
            sent_at=datetime(2026, 11, 28, 10, 0, tzinfo=UTC),
        ),
    )
    return changed(request, changes)


def body_text(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert isinstance(part, EmailMessage)
    content = part.get_content()
    assert isinstance(content, str)
    return content


def reparsed(message: EmailMessage) -> Message:
    """The message as a receiving server would see it."""
    return email.message_from_bytes(message.as_bytes(), policy=default_policy)


SNAPSHOT_SUBJECTS: dict[Kind, tuple[str, str]] = {
    "erasure": ("SV: Sletning af medarbejdere", "RE: Fwd: Erasure of employees"),
    "access": ("Indsigt i persondata", "Access request"),
    "rectification": ("VS: Ret navn på medarbejder", "Fw: Correct employee name"),
    "portability": ("Udlevering af voicemails", "Export voicemails"),
    "objection": ("Indsigelse", "Objection"),
    "marketing_optout": ("Afmeld nyhedsbrev", "Unsubscribe newsletter"),
    "other": ("Spørgsmål om persondata", "Question about personal data"),
}


def snapshot_request(action: Action, kind: Kind, language: Language) -> ReplyRequest:
    subjects: tuple[DataSubject, ...] = MIXED if action == "ask_for_missing" else COMPLETE
    if action == "redirect_unknown_sender":
        subjects = COMPLETE[:1]
    if action == "acknowledge" and kind not in PERSON_KINDS and kind != "other":
        subjects = ()
    sensitive = ("cpr", "health") if action == "ask_for_missing" else ()
    danish, english = SNAPSHOT_SUBJECTS[kind]
    return make_request(
        action=action,
        kind=kind,
        language=language,
        original_subject=danish if language == "da" else english,
        data_subjects=subjects,
        sensitive_categories=sensitive,
    )


def assert_matches_snapshot(name: str, text: str) -> None:
    """Compare with tests/data/replies/<name>.txt; write it when asked to
    (INTAKE_UPDATE_SNAPSHOTS=1), or when missing outside CI. Under CI a missing
    snapshot fails: a reply nobody has read must not pass."""
    path = SNAPSHOTS / f"{name}.txt"
    if not path.exists() and os.environ.get("CI"):
        pytest.fail(f"{path} is missing: render it with INTAKE_UPDATE_SNAPSHOTS=1 and read it")
    if os.environ.get("INTAKE_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path} differs; review, then update"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_kind_and_language_renders(
    env: jinja2.Environment, action: Action, kind: Kind, language: Language
) -> None:
    request = snapshot_request(action, kind, language)
    message = render_reply(request, Company(), env)
    text = body_text(message)

    assert REF in text
    assert f"[{REF}]" in str(message["Subject"])
    if action != "redirect_unknown_sender":
        assert format_date(request.due_date, language) in text
    for subject in request.data_subjects:
        assert (subject.full_name or subject.extension or "") in text
    assert "\n\n\n" not in text and text.endswith("\n") and not text.startswith("\n")
    assert_matches_snapshot(
        f"{action}_{kind}_{language}", f"Subject: {message['Subject']}\n\n{text}"
    )


@pytest.mark.parametrize("action", ACTIONS)
def test_one_reply_names_every_employee(env: jinja2.Environment, action: Action) -> None:
    subjects = (
        DataSubject("Jens Hansen", "101"),
        DataSubject("Åse Ørum-Læsø", "102"),
        DataSubject("Bo Li", "103"),
        DataSubject(None, "104"),
    )
    for language in LANGUAGES:
        text = body_text(
            render_reply(
                make_request(action=action, language=language, data_subjects=subjects),
                Company(),
                env,
            )
        )
        for name in ("Jens Hansen", "Åse Ørum-Læsø", "Bo Li", "104"):
            assert name in text


def test_kind_none_acknowledges_as_other(env: jinja2.Environment) -> None:
    text = body_text(render_reply(make_request(kind=None), Company(), env))
    assert "henvendelse om persondata" in text


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (date(2026, 12, 28), "da", "28. december 2026"),
        (date(2026, 5, 1), "da", "1. maj 2026"),
        (date(2027, 2, 3), "da", "3. februar 2027"),
        (date(2026, 12, 28), "en", "28 December 2026"),
        (date(2026, 5, 1), "en", "1 May 2026"),
    ],
)
def test_format_date(value: date, language: Language, expected: str) -> None:
    assert format_date(value, language) == expected


def test_danish_due_date_in_acknowledgement(env: jinja2.Environment) -> None:
    text = body_text(render_reply(make_request(), Company(), env))
    assert "senest 28. december 2026" in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "da",
            [
                "For Jens Hansen mangler vi lokalnummeret.",
                "For medarbejderen med lokalnummer 123 mangler vi det fulde navn.",
                "For Anna Berg (lokalnummer 204) har vi alt, hvad vi skal bruge.",
                "mangler vi både det fulde navn og lokalnummeret.",
            ],
        ),
        (
            "en",
            [
                "For Jens Hansen, we need the extension.",
                "For the employee with extension 123, we need the full name.",
                "For Anna Berg (extension 204), we have everything we need.",
                "we need both the full name and the extension.",
            ],
        ),
    ],
)
def test_ask_for_missing_says_what_is_missing_per_employee(
    env: jinja2.Environment, language: Language, expected: list[str]
) -> None:
    subjects = (*MIXED, DataSubject(None, None))
    request = make_request(action="ask_for_missing", language=language, data_subjects=subjects)
    text = body_text(render_reply(request, Company(), env))
    for line in expected:
        assert line in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [("da", "fulde navn og lokalnummer"), ("en", "full name and extension")],
)
def test_ask_for_missing_without_any_employee(
    env: jinja2.Environment, language: Language, expected: str
) -> None:
    request = make_request(action="ask_for_missing", language=language, data_subjects=())
    assert expected in body_text(render_reply(request, Company(), env))


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize(
    ("language", "marker", "category"),
    [
        ("da", "følsomme personoplysninger", "CPR-nummer og faglig organisering"),
        ("en", "sensitive personal data", "CPR number and membership of a trade-union"),
    ],
)
def test_sensitive_warning_only_when_needed(
    env: jinja2.Environment, action: Action, language: Language, marker: str, category: str
) -> None:
    plain = make_request(action=action, language=language)
    warned = make_request(
        action=action, language=language, sensitive_categories=("cpr", "trade_union", "cpr")
    )
    assert marker not in body_text(render_reply(plain, Company(), env))
    text = body_text(render_reply(warned, Company(), env))
    assert marker in text
    assert f"({category})" in text


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_warning_names_categories_in_words_no_detector_flags(
    env: jinja2.Environment, language: Language
) -> None:
    """A search of the replies for what a sender wrote ("hendes fagforening") must not
    find it in the warning that names the category."""
    every = tuple(get_args(SensitiveCategory))
    warned = make_request(action="acknowledge", language=language, sensitive_categories=every)
    text = body_text(render_reply(warned, Company(), env))
    warning = next(part for part in text.split("\n\n") if "(" in part and "CPR" in part)
    assert find_sensitive(warning) == ()


def test_headers(env: jinja2.Environment) -> None:
    message = reparsed(render_reply(make_request(), Company(), env))
    assert {key.lower() for key in message} == EXPECTED_HEADERS
    assert message["From"] == "Flexfone Persondata <persondata@flexfone.dk>"
    assert message["To"] == "Mette Sørensen <mette@forhandler.dk>"
    assert message["Reply-To"] == "persondata@flexfone.dk"
    assert message["Subject"] == f"SV: [{REF}] Sletning af medarbejdere"
    assert message["Message-ID"] == "<reply-1@intake.flexfone.dk>"
    assert message["In-Reply-To"] == "<original-1@forhandler.dk>"
    assert message["References"] == "<root@forhandler.dk> <original-1@forhandler.dk>"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert message["X-Intake-Ticket"] == REF
    assert message["Content-Language"] == "da"
    assert email.utils.parsedate_to_datetime(message["Date"]) == datetime(
        2026, 11, 28, 10, tzinfo=UTC
    )


def test_header_section_is_ascii_with_encoded_danish_letters(env: jinja2.Environment) -> None:
    request = make_request(original_subject="Sletning af Søren Ærø", recipient_name="Åse Ørum")
    raw = render_reply(request, Company(), env).as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    head.decode("ascii")
    message = email.message_from_bytes(raw, policy=default_policy)
    assert message["Subject"] == f"SV: [{REF}] Sletning af Søren Ærø"
    assert message["To"].addresses[0].display_name == "Åse Ørum"


@pytest.mark.parametrize(
    "changes",
    [
        {"original_subject": "Sletning\r\nBcc: victim@example.com"},
        {"original_subject": "Sletning\nBcc: victim@example.com\n\nbody"},
        {"original_subject": "Sletning\u2028Bcc: victim@example.com\x00\x1b[31m"},
        {"recipient_name": "Jens\r\nBcc: victim@example.com"},
        {"recipient_name": 'Jens" <evil@example.com>,\r\nCc: victim@example.com'},
        {"data_subjects": (DataSubject("Jens\r\nBcc: victim@example.com", "123"),)},
        {"in_reply_to": "<a@b>\r\nBcc: victim@example.com"},
        {"references": ("<a@b>\r\nBcc: victim@example.com", "<c@d>")},
    ],
)
def test_header_injection_adds_no_header(
    env: jinja2.Environment, changes: dict[str, object]
) -> None:
    message = render_reply(make_request(**changes), Company(), env)
    received = reparsed(message)
    assert {key.lower() for key in received} <= EXPECTED_HEADERS
    assert received["Bcc"] is None and received["Cc"] is None
    assert [address for _, address in email.utils.getaddresses([received["To"]])] == [
        "mette@forhandler.dk"
    ]
    for key, value in received.items():
        assert "\n" not in str(value) and "\r" not in str(value), key


@pytest.mark.parametrize(
    ("original", "language", "expected"),
    [
        ("Sletning af medarbejder", "da", f"SV: [{REF}] Sletning af medarbejder"),
        ("Re: SV: AW: Sletning", "da", f"SV: [{REF}] Sletning"),
        ("Fwd: VS: re[2]: Erasure", "en", f"Re: [{REF}] Erasure"),
        (f"SV: [{REF}] Sletning", "da", f"SV: [{REF}] Sletning"),
        (f"Re: [{REF}] SV: Sletning", "da", f"SV: [{REF}] Sletning"),
        (f"Re: Sag {REF} igen", "en", f"Re: Sag {REF} igen"),
        (f"re: [{REF.lower()}] slet", "da", f"SV: [{REF}] slet"),
        ("Re: [GDPR-2026-000124] Sletning", "da", f"SV: [{REF}] [GDPR-2026-000124] Sletning"),
        ("", "da", f"SV: [{REF}] Din henvendelse om persondata"),
        ("Re:  ", "en", f"Re: [{REF}] Your data protection request"),
        ("Svar om sletning", "da", f"SV: [{REF}] Svar om sletning"),
        ("Line\r\nBcc: x@y", "en", f"Re: [{REF}] Line Bcc: x@y"),
    ],
)
def test_reply_subject(original: str, language: Language, expected: str) -> None:
    assert reply_subject(original, REF, language) == expected


@pytest.mark.parametrize(
    "original", ["Sletning", "SV: Re: Sletning", f"[{REF}] x", "", "a" * 500, "Re:\r\nSV: y"]
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_reply_subject_is_idempotent(original: str, language: Language) -> None:
    once = reply_subject(original, REF, language)
    assert reply_subject(once, REF, language) == once
    assert once.count(REF) == 1
    assert len(once) < 200


def test_reply_subject_rejects_a_ref_that_is_not_a_token() -> None:
    with pytest.raises(ValueError):
        reply_subject("x", "GDPR-1\r\nBcc: y", "da")


@pytest.mark.parametrize(
    "address",
    [
        "not-an-address",
        "",
        "a@example.com, b@example.com",
        "Jens <jens@example.com>",
        "jens@example.com\r\nBcc: victim@example.com",
        "jens@localhost",
        "jøns@example.com",
    ],
)
def test_invalid_recipient_raises(env: jinja2.Environment, address: str) -> None:
    with pytest.raises(InvalidRecipient) as raised:
        render_reply(make_request(recipient_address=address), Company(), env)
    assert isinstance(raised.value, ValueError)


def test_international_domain_is_sent_as_ascii(env: jinja2.Environment) -> None:
    message = render_reply(make_request(recipient_address="jens@blåbær.dk"), Company(), env)
    assert message["To"].addresses[0].addr_spec == "jens@" + "blåbær.dk".encode("idna").decode()


@pytest.mark.parametrize("action", ["attach_to_ticket", "no_reply"])
def test_actions_without_a_reply_raise(env: jinja2.Environment, action: Action) -> None:
    with pytest.raises(ValueError):
        render_reply(make_request(action=action), Company(), env)


def test_references_are_bounded_and_keep_root_and_latest(env: jinja2.Environment) -> None:
    references = tuple(f"<message-{number:04d}-{'x' * 40}@example.com>" for number in range(200))
    request = make_request(references=references, in_reply_to="<latest@example.com>")
    header = str(render_reply(request, Company(), env)["References"])
    ids = header.split()
    assert len(header) <= 1000
    assert ids[0] == references[0]
    assert ids[-1] == "<latest@example.com>"
    assert ids[-2] == references[-1]


def test_without_in_reply_to_or_references(env: jinja2.Environment) -> None:
    message = render_reply(make_request(in_reply_to=None, references=()), Company(), env)
    assert message["In-Reply-To"] is None and message["References"] is None


def test_greeting_uses_a_personal_name_only(env: jinja2.Environment) -> None:
    named = body_text(render_reply(make_request(), Company(), env))
    assert named.startswith("Hej Mette Sørensen,\n")
    role = body_text(
        render_reply(make_request(recipient_name="Support | Telecom ApS #2"), Company(), env)
    )
    assert role.startswith("Hej,\n")


def test_company_configuration_is_used(env: jinja2.Environment) -> None:
    company = Company(
        name="Telco",
        support_address="gdpr@telco.example",
        from_name="Telco GDPR",
        customer_portal="customers.telco.example",
        signature="Telefon 70 00 00 00",
    )
    message = render_reply(make_request(language="en"), company, env)
    text = body_text(message)
    assert message["From"] == "Telco GDPR <gdpr@telco.example>"
    assert message["Reply-To"] == "gdpr@telco.example"
    assert "customers.telco.example" in text
    assert text.endswith("Telco GDPR\ngdpr@telco.example\nTelefon 70 00 00 00\n")


def test_html_alternative_escapes_values_from_the_mail(env: jinja2.Environment) -> None:
    subjects = (DataSubject("<script>alert(1)</script> Hansen", "123"),)
    message = render_reply(make_request(data_subjects=subjects), Company(), env)
    html_part = message.get_body(("html",))
    assert isinstance(html_part, EmailMessage)
    html = html_part.get_content()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hansen" in html
    assert "<script>alert(1)</script> Hansen" in body_text(message)


def test_override_folder_replaces_a_template(tmp_path: Path) -> None:
    (tmp_path / "da").mkdir()
    (tmp_path / "da" / "_signature.txt.j2").write_text(
        "Mange hilsner\nTeamet hos {{ company.name }}\n", encoding="utf-8"
    )
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "redirect_unknown_sender.txt.j2").write_text(
        "Ask your reseller. Case {{ ref }}.\n", encoding="utf-8"
    )
    env = make_environment(tmp_path)
    danish = body_text(render_reply(make_request(), Company(), env))
    assert danish.endswith("Mange hilsner\nTeamet hos Flexfone\n")
    assert "Tak for din mail" in danish  # the rest still comes from the package
    english = render_reply(
        make_request(action="redirect_unknown_sender", language="en"), Company(), env
    )
    assert body_text(english) == f"Ask your reseller. Case {REF}.\n"


def test_templates_refuse_unknown_variables(tmp_path: Path) -> None:
    (tmp_path / "da").mkdir()
    (tmp_path / "da" / "acknowledge.txt.j2").write_text("{{ no_such_value }}\n", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        render_reply(make_request(), Company(), make_environment(tmp_path))


def test_only_html_templates_are_autoescaped(env: jinja2.Environment) -> None:
    text = body_text(render_reply(make_request(recipient_name="Bo & Co"), Company(), env))
    assert "&amp;" not in text
