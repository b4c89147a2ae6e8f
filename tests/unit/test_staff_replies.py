"""Staff replies rendered: every template in both languages, read as snapshots."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import jinja2
import pytest

from parsers.model import DataSubject, Kind, Language
from replies.render import (
    STAFF_TEMPLATES,
    Company,
    Envelope,
    RenderError,
    StaffReplyRequest,
    make_environment,
    render_staff_reply,
)
from tests.reply_requests import changed
from tests.unit.test_render import (
    EXPECTED_HEADERS,
    SNAPSHOT_SUBJECTS,
    assert_matches_snapshot,
    body_text,
)

REF = "GDPR-2026-000123"
LANGUAGES: tuple[Language, ...] = ("da", "en")
SUBJECTS = (DataSubject("Jens Hansen", "0123"), DataSubject("Anna Berg", "204"))
SNAPSHOT_KIND: dict[str, Kind] = {
    "completed": "erasure",
    "passed_to_subprocessor": "access",
    "deadline_extended": "access",
    "refused": "erasure",
    "free_text": "rectification",
}
SNAPSHOT_TEXT: dict[str, dict[Language, str]] = {
    "completed": {
        "da": "Lokalnumrene 0123 og 204 er frigivet og kan bruges til nye medarbejdere.",
        "en": "Extensions 0123 and 204 have been released and can be given to new employees.",
    },
    "passed_to_subprocessor": {"da": "TDC", "en": "TDC"},
    "deadline_extended": {
        "da": "Oplysningerne om opkald ligger hos TDC, og de har bedt om mere tid til at "
        "samle dem.",
        "en": "The call records are held by TDC, who have asked for more time to collect them.",
    },
    "refused": {
        "da": "Opkaldsdata, som vi fakturerer efter, skal vi gemme i fem år efter "
        "bogføringsloven. De bliver slettet automatisk, når perioden er udløbet.",
        "en": "Call records that we invoice from must be kept for five years under the Danish "
        "Bookkeeping Act. They are deleted automatically when that period ends.",
    },
    "free_text": {
        "da": "Feltet for afdeling kan ikke rettes i forhandlersystemet.\n\nVi har rettet det "
        "for jer, så der nu står Salg.",
        "en": "The department field cannot be changed in the reseller system.\n\nWe have "
        "changed it for you; it now says Sales.",
    },
}


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return make_environment()


def staff_request(**changes: object) -> StaffReplyRequest:
    request = StaffReplyRequest(
        template="completed",
        language="da",
        kind="erasure",
        ticket_ref=REF,
        due_date=date(2026, 12, 28),
        data_subjects=SUBJECTS,
        text="",
        extension_months=0,
        envelope=Envelope(
            recipient_name="Mette Sørensen",
            recipient_address="mette@forhandler.dk",
            original_subject="Sletning af medarbejdere",
            in_reply_to="<follow-up-2@forhandler.dk>",
            references=("<root@forhandler.dk>",),
            message_id="<gdpr-2026-000123.staff.1@flexfone.dk>",
            sent_at=datetime(2026, 12, 10, 9, 30, tzinfo=UTC),
        ),
    )
    return changed(request, changes)


def snapshot_request(template: str, language: Language) -> StaffReplyRequest:
    extended = template == "deadline_extended"
    return staff_request(
        template=template,
        language=language,
        kind=SNAPSHOT_KIND[template],
        text=SNAPSHOT_TEXT[template][language],
        extension_months=2 if extended else 0,
        due_date=date(2027, 2, 28) if extended else date(2026, 12, 28),
        original_subject=SNAPSHOT_SUBJECTS[SNAPSHOT_KIND[template]][language == "en"],
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", STAFF_TEMPLATES)
def test_every_staff_template_renders_in_both_languages(
    env: jinja2.Environment, template: str, language: Language
) -> None:
    message = render_staff_reply(snapshot_request(template, language), Company(), env)
    text = body_text(message)
    assert text.startswith("Hej Mette Sørensen,\n" if language == "da" else "Hello Mette")
    assert "Flexfone Persondata\npersondata@flexfone.dk\n" in text
    assert "\n\n\n" not in text and "{{" not in text and "  " not in text
    if template != "free_text":
        assert REF in text and "Jens Hansen" in text and "Anna Berg (" in text
    for paragraph in SNAPSHOT_TEXT[template][language].split("\n\n"):
        assert paragraph in text
    assert_matches_snapshot(f"staff_{template}_{language}",
                            f"Subject: {message['Subject']}\n\n{text}")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("da", ["med to måneder", "Den nye frist er 28. februar 2027.", "artikel 12, stk. 3"]),
     ("en", ["by two months", "The new deadline is 28 February 2027.", "Article 12(3)"])],
)
def test_deadline_extension_names_months_new_date_and_article(
    env: jinja2.Environment, language: Language, expected: list[str]
) -> None:
    text = body_text(render_staff_reply(snapshot_request("deadline_extended", language),
                                        Company(), env))
    for phrase in expected:
        assert phrase in text
    one = staff_request(template="deadline_extended", language=language, text="x",
                        extension_months=1)
    assert ("med én måned" if language == "da" else "by one month") in body_text(
        render_staff_reply(one, Company(), env))


def test_sub_processor_is_optional_and_kept_to_one_line(env: jinja2.Environment) -> None:
    unnamed = body_text(render_staff_reply(
        staff_request(template="passed_to_subprocessor"), Company(), env))
    assert "hos en af vores underdatabehandlere" in unnamed
    named = body_text(render_staff_reply(
        staff_request(template="passed_to_subprocessor", text="TDC\r\nBcc: x@y"), Company(), env))
    assert "hos vores underdatabehandler TDC Bcc: x@y, så" in named


@pytest.mark.parametrize("kind", ["erasure", "rectification", "marketing_optout", "access"])
def test_completed_says_what_was_done_for_the_kind(env: jinja2.Environment, kind: Kind) -> None:
    text = body_text(render_staff_reply(staff_request(kind=kind, language="en"), Company(), env))
    expected = {
        "erasure": "could identify the employees has been anonymised",
        "rectification": "The data has been corrected.",
        "marketing_optout": "No more newsletters or offers will be sent.",
        "access": "We have now completed your request for access (case",
    }[kind]
    assert expected in text


def test_free_text_keeps_paragraphs_and_drops_control_characters(
    env: jinja2.Environment,
) -> None:
    text = "Første afsnit.\r\nAnden linje.\x1b[31m\n\n\n\nTredje\u202e afsnit."
    request = staff_request(template="free_text", text=text)
    text = body_text(render_staff_reply(request, Company(), env))
    assert "Første afsnit.\nAnden linje. [31m\n\nTredje afsnit.\n\nVenlig hilsen" in text


def test_staff_reply_has_the_headers_of_every_reply(env: jinja2.Environment) -> None:
    message = render_staff_reply(staff_request(template="refused", text="Nej."), Company(), env)
    received = email.message_from_bytes(message.as_bytes(), policy=default_policy)
    assert {key.lower() for key in received} == EXPECTED_HEADERS
    assert received["Subject"] == f"SV: [{REF}] Sletning af medarbejdere"
    assert received["Reply-To"] == "persondata@flexfone.dk"
    assert received["Auto-Submitted"] == "auto-replied"
    assert received["X-Auto-Response-Suppress"] == "All"
    assert received["X-Intake-Ticket"] == REF
    assert received["In-Reply-To"] == "<follow-up-2@forhandler.dk>"
    assert received["References"] == "<root@forhandler.dk> <follow-up-2@forhandler.dk>"


def test_html_part_escapes_staff_text(env: jinja2.Environment) -> None:
    request = staff_request(template="free_text", text="<b>fed</b> & <script>x</script>")
    message = render_staff_reply(request, Company(), env)
    html_part = message.get_body(("html",))
    assert isinstance(html_part, EmailMessage)
    html = html_part.get_content()
    assert "<script>" not in html and "&lt;b&gt;fed&lt;/b&gt; &amp; &lt;script&gt;" in html


def test_company_overrides_reach_staff_replies(env: jinja2.Environment) -> None:
    company = Company(name="Telco", support_address="gdpr@telco.example",
                      from_name="Telco GDPR", signature="Telefon 70 00 00 00")
    message = render_staff_reply(
        staff_request(template="completed", kind="marketing_optout"), company, env)
    text = body_text(message)
    assert message["From"] == "Telco GDPR <gdpr@telco.example>"
    assert "Telco-løsning" in text
    assert text.endswith("Telco GDPR\ngdpr@telco.example\nTelefon 70 00 00 00\n")


def test_unknown_staff_template_raises(env: jinja2.Environment) -> None:
    with pytest.raises(RenderError):
        render_staff_reply(staff_request(template="acknowledge"), Company(), env)


def test_staff_snapshots_exist_for_every_template() -> None:
    folder = Path(__file__).resolve().parents[1] / "data" / "replies"
    names = {path.stem for path in folder.glob("staff_*.txt")}
    assert names == {f"staff_{t}_{lang}" for t in STAFF_TEMPLATES for lang in LANGUAGES}
