"""Render a reply decision into an `EmailMessage`: templates for the words, code for the headers.

Pure: no I/O except loading templates through the Jinja2 environment passed in.
Every value that came from a mail (names, subject, message ids) is cleaned here
before it reaches a header, so a crafted subject cannot add a header line.

Templates: `<lang>/<action>.txt.j2` is the text body; `layout.html.j2` wraps that text
into the HTML alternative (autoescaped). Partials start with `_`: greeting, signature,
sensitive-data warning, `_on_behalf`, `_kind_<kind>` and `_macros` (all the words).
Context: action, lang, kind ("other" when None), ref, due (formatted), employees
(`Employee`: name, extension, missing), sensitive (categories), greeting_name, company.

Staff replies (`render_staff_reply`) use `<lang>/staff_<template>.txt.j2` with the same
context (action "staff_<template>", sensitive empty) plus `text` (support's words, line
breaks kept; one line for a sub-processor's name) and `months` (a deadline extension).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import jinja2
from email_validator import EmailNotValidError, validate_email

from intake.errors import IntakeError
from parsers.headers import REPLY_PREFIX as SUBJECT_REPLY_PREFIX
from parsers.model import Action, DataSubject, Kind, Language, MissingField, SensitiveCategory

RENDERED_ACTIONS: frozenset[Action] = frozenset(
    {"acknowledge", "ask_for_missing", "redirect_unknown_sender"}
)
REPLY_PREFIX: dict[Language, str] = {"da": "SV: ", "en": "Re: "}
DEFAULT_SUBJECT: dict[Language, str] = {
    "da": "Din henvendelse om persondata",
    "en": "Your data protection request",
}
MONTHS: dict[Language, tuple[str, ...]] = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli",
           "august", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"),
}  # fmt: skip
STAFF_TEMPLATES: tuple[str, ...] = (
    "completed", "passed_to_subprocessor", "deadline_extended", "refused", "free_text",
)  # fmt: skip
_ONE_LINE_TEXT = frozenset({"passed_to_subprocessor"})  # a name, not a paragraph
MAX_SUBJECT_CHARS = 160
MAX_NAME_CHARS = 80
MAX_MESSAGE_ID_CHARS = 250
MAX_REFERENCES_CHARS = 900  # well inside one 998-octet header line, even unfolded

_TICKET_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_MESSAGE_ID = re.compile(r"^<[!-;=?-~]+>$")  # printable ASCII, no "<", ">" or spaces inside
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_GREETABLE_NAME = re.compile(r"^[^\W\d_]+(?:[ .'\-][^\W\d_]*)*$")


class RenderError(IntakeError, ValueError):
    """A reply cannot be rendered from the values given."""


class InvalidRecipient(RenderError):
    """The address to reply to is not a single valid mail address."""


@dataclass(frozen=True, slots=True)
class Company:
    """Who the replies come from; configuration, defaulting to the provider's."""

    name: str = "Flexfone"
    support_address: str = "persondata@flexfone.dk"
    from_name: str = "Flexfone Persondata"
    reseller_portal: str = "forhandler.flexfone.dk"
    customer_portal: str = "kunde.flexfone.dk"
    voicemail_portal: str = "Myfone.dk"
    signature: str = ""  # optional extra signature lines


@dataclass(frozen=True, slots=True)
class Envelope:
    """Who a reply goes to and which mail it answers: the same for every reply."""

    recipient_name: str
    recipient_address: str
    original_subject: str
    in_reply_to: str | None
    references: tuple[str, ...]
    message_id: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class ReplyRequest:
    """Everything one reply is made of; values from the mail are already redacted."""

    action: Action
    language: Language
    kind: Kind | None
    ticket_ref: str
    due_date: date
    data_subjects: tuple[DataSubject, ...]
    sensitive_categories: tuple[SensitiveCategory, ...]
    envelope: Envelope


@dataclass(frozen=True, slots=True)
class StaffReplyRequest:
    """A reply support sends from a ticket; `text` is support's own words."""

    template: str  # one of STAFF_TEMPLATES
    language: Language
    kind: Kind | None
    ticket_ref: str
    due_date: date  # the deadline in force once this reply is sent
    data_subjects: tuple[DataSubject, ...]
    text: str
    extension_months: int
    envelope: Envelope


@dataclass(frozen=True, slots=True)
class Employee:
    """A data subject as the templates see it: cleaned, ready to print."""

    name: str | None
    extension: str | None
    missing: tuple[MissingField, ...]


def make_environment(override_dir: Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment: templates in `override_dir` win over the package's own."""
    loaders: list[jinja2.BaseLoader] = []
    if override_dir is not None:
        loaders.append(jinja2.FileSystemLoader(override_dir))
    loaders.append(jinja2.PackageLoader("replies", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "html.j2"), default_for_string=False, default=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def render_reply(request: ReplyRequest, company: Company, env: jinja2.Environment) -> EmailMessage:
    """The reply for `request` as a message ready for the outbox."""
    return _compose(render_text(request, company, env), request, company, env)


def render_staff_reply(
    request: StaffReplyRequest, company: Company, env: jinja2.Environment
) -> EmailMessage:
    """A reply support sends from a ticket: same greeting, signature and headers."""
    return _compose(render_text(request, company, env), request, company, env)


def render_text(
    request: ReplyRequest | StaffReplyRequest, company: Company, env: jinja2.Environment
) -> str:
    """The plain-text body of a reply, automatic or staff, as it will be sent."""
    ref = _checked_ticket_ref(request.ticket_ref)
    context = _template_context(request, company, ref)
    if isinstance(request, ReplyRequest):
        if request.action not in RENDERED_ACTIONS:
            raise RenderError(f"action {request.action!r} is never answered with a reply")
        name = f"{request.language}/{request.action}.txt.j2"
    else:
        if request.template not in STAFF_TEMPLATES:
            raise RenderError(f"no staff template {request.template!r}; one of {STAFF_TEMPLATES}")
        if request.template in _ONE_LINE_TEXT:
            text = _shorten(_clean_header_text(request.text), MAX_NAME_CHARS)
        else:
            text = _clean_block_text(request.text)
        context.update(text=text, months=request.extension_months)
        name = f"{request.language}/staff_{request.template}.txt.j2"
    return _tidy_text(env.get_template(name).render(context))


def render_html(text: str, language: Language, env: jinja2.Environment) -> str:
    """The HTML alternative of a text body (every value escaped by the layout)."""
    return env.get_template("layout.html.j2").render(
        language=language, paragraphs=_paragraphs(text)
    )


def _compose(
    text: str,
    request: ReplyRequest | StaffReplyRequest,
    company: Company,
    env: jinja2.Environment,
) -> EmailMessage:
    """Text plus its HTML alternative, with the headers every reply carries."""
    ref = _checked_ticket_ref(request.ticket_ref)
    envelope = request.envelope
    message_id = _clean_message_id(envelope.message_id)
    if message_id is None:
        raise RenderError(f"message id {envelope.message_id!r} is not of the form <id@host>")
    message = EmailMessage(policy=SMTP)
    message["From"] = Address(
        _clean_header_text(company.from_name), addr_spec=company.support_address
    )
    message["To"] = _recipient(envelope.recipient_name, envelope.recipient_address)
    message["Reply-To"] = Address(addr_spec=company.support_address)
    message["Subject"] = reply_subject(envelope.original_subject, ref, request.language)
    message["Date"] = envelope.sent_at
    message["Message-ID"] = message_id
    _add_thread_headers(message, envelope.in_reply_to, envelope.references)
    message["Auto-Submitted"] = "auto-replied"
    message["X-Auto-Response-Suppress"] = "All"
    message["X-Intake-Ticket"] = ref
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(
        render_html(text, request.language, env), subtype="html", charset="utf-8"
    )
    message["Content-Language"] = request.language  # after the body: set_content drops Content-*
    return message


def reply_subject(original_subject: str, ticket_ref: str, language: Language) -> str:
    """`SV: [REF] subject` (`Re:` in English): one prefix, the reference once, no line breaks."""
    ref = _checked_ticket_ref(ticket_ref)
    tag = f"[{ref}]"
    subject = _strip_prefixes(_clean_header_text(original_subject))
    while subject.upper().startswith(tag.upper()):
        subject = _strip_prefixes(subject[len(tag) :])
    subject = _shorten(subject, MAX_SUBJECT_CHARS) or DEFAULT_SUBJECT[language]
    if not re.search(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", subject, re.I):
        subject = f"{tag} {subject}"
    return REPLY_PREFIX[language] + subject


def format_date(value: date, language: Language) -> str:
    """`28. december 2026` in Danish, `28 December 2026` in English."""
    month = MONTHS[language][value.month - 1]
    if language == "da":
        return f"{value.day}. {month} {value.year}"
    return f"{value.day} {month} {value.year}"


def _template_context(
    request: ReplyRequest | StaffReplyRequest, company: Company, ref: str
) -> dict[str, object]:
    name = _clean_header_text(request.envelope.recipient_name)
    sensitive = request.sensitive_categories if isinstance(request, ReplyRequest) else ()
    return {
        "action": (
            request.action if isinstance(request, ReplyRequest) else f"staff_{request.template}"
        ),
        "lang": request.language,
        "kind": request.kind or "other",
        "ref": ref,
        "due": format_date(request.due_date, request.language),
        "employees": [_employee(subject) for subject in request.data_subjects],
        "sensitive": list(dict.fromkeys(sensitive)),
        "greeting_name": name if len(name) <= 60 and _GREETABLE_NAME.match(name) else "",
        "company": company,
    }


def _employee(subject: DataSubject) -> Employee:
    name = _shorten(_clean_header_text(subject.full_name or ""), MAX_NAME_CHARS) or None
    extension = "".join(ch for ch in subject.extension or "" if ch.isdigit())[:16] or None
    return Employee(name=name, extension=extension, missing=subject.missing)


def _recipient(name: str, address: str) -> Address:
    try:
        valid = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as error:
        raise InvalidRecipient(f"cannot reply to {address!r}: {error}") from error
    display_name = _shorten(_clean_header_text(name), MAX_NAME_CHARS)
    return Address(display_name=display_name, addr_spec=valid.ascii_email or valid.normalized)


def _checked_ticket_ref(ticket_ref: str) -> str:
    if not _TICKET_REF.match(ticket_ref):
        raise RenderError(f"ticket reference {ticket_ref!r} is not a plain token")
    return ticket_ref


def _clean_header_text(value: str) -> str:
    """One line of text: control characters and line breaks become spaces, runs collapse."""
    kept: list[str] = []
    for char in value:
        if char in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(char)
        kept.append(" " if category in ("Cc", "Zl", "Zp") or char.isspace() else char)
    return " ".join("".join(kept).split())


def _clean_block_text(value: str) -> str:
    """Text of several lines: each line cleaned as a header value, line breaks kept."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(_clean_header_text(line) for line in lines).strip()


def _strip_prefixes(subject: str) -> str:
    return SUBJECT_REPLY_PREFIX.sub("", subject, count=1).strip()


def _shorten(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    return value[: limit - 1].rstrip() + "…"


def _clean_message_id(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_MESSAGE_ID_CHARS or not _MESSAGE_ID.match(value):
        return None
    return value


def _add_thread_headers(
    message: EmailMessage, in_reply_to: str | None, references: Iterable[str]
) -> None:
    """In-Reply-To and References, from ids that are well-formed; others are dropped."""
    answered = _clean_message_id(in_reply_to)
    if answered is not None:
        message["In-Reply-To"] = answered
    thread = _references(references, answered)
    if thread:
        message["References"] = thread


def _references(references: Iterable[str], in_reply_to: str | None) -> str:
    """References for the reply: the thread's, then the mail answered; root kept when trimmed."""
    ids = [clean for ref in references if (clean := _clean_message_id(ref)) is not None]
    if in_reply_to is not None:
        ids.append(in_reply_to)
    ids = list(dict.fromkeys(ids))
    if not ids:
        return ""
    root, recent = ids[0], ids[1:]
    budget = MAX_REFERENCES_CHARS - len(root)
    kept: list[str] = []
    for message_id in reversed(recent):
        budget -= len(message_id) + 1
        if budget < 0:
            break
        kept.append(message_id)
    return " ".join([root, *reversed(kept)])


def _tidy_text(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy) + "\n"


def _paragraphs(text: str) -> list[list[str]]:
    return [block.splitlines() for block in text.strip().split("\n\n")]
