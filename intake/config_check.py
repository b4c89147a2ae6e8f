"""`intake config check`: every problem in the settings, each said exactly."""

from __future__ import annotations

import ipaddress
import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import jinja2
from email_validator import EmailNotValidError, validate_email
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from intake.errors import ConfigError
from intake.settings import TLS_MODES, Settings
from intake.tls import client_tls_context
from intake.wiring import company_of
from parsers.model import KINDS, Action, DataSubject, Kind, Language
from replies.render import (
    RENDERED_ACTIONS,
    STAFF_TEMPLATES,
    Company,
    Envelope,
    ReplyRequest,
    StaffReplyRequest,
    make_environment,
    render_html,
    render_text,
)

_LANGUAGES: tuple[Language, ...] = ("da", "en")
_SAMPLE_SUBJECTS = (
    DataSubject("Jens Hansen", "0123"), DataSubject("Anna Berg", None), DataSubject(None, "204"),
    DataSubject(None, None),
)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_settings(settings: Settings) -> list[str]:
    """A list of problems; empty when the settings can run."""
    problems: list[str] = []
    problems += _check_mailbox(settings)
    problems += _check_smtp(settings)
    problems += _check_database(settings)
    problems += _check_company(settings)
    problems += _check_templates(settings)
    problems += _check_web(settings)
    return problems


def _check_web(settings: Settings) -> list[str]:
    web = settings.web
    problems: list[str] = []
    if not 0 < web.port < 65536:
        problems.append(f"[web] port {web.port} is not a TCP port")
    if web.cookie_secure not in ("yes", "no"):
        problems.append(f"[web] cookie_secure must be 'yes' or 'no', not {web.cookie_secure!r}")
    if not is_loopback(web.host) and web.cookie_secure != "yes":
        problems.append(f"[web] host {web.host!r} is reachable from the network: serve it "
                        "behind HTTPS and set cookie_secure = 'yes'")
    if not 0 <= web.digest_hour <= 23:
        problems.append(f"[web] digest_hour {web.digest_hour} must be 0 to 23")
    if web.digest_recipient:
        try:
            validate_email(web.digest_recipient, check_deliverability=False)
        except EmailNotValidError as error:
            problems.append(f"[web] digest_recipient {web.digest_recipient!r}: {error}")
    return problems


def _check_mailbox(settings: Settings) -> list[str]:
    mailbox, imap = settings.mailbox, settings.imap
    if mailbox.source == "maildir":
        return []
    if mailbox.source != "imap":
        return [f"[mailbox] source must be 'maildir' or 'imap', not {mailbox.source!r}"]
    problems = _check_server("imap", imap.host, imap.port, imap.tls)
    problems += _check_ca_file("imap", imap.ca_file)
    if not imap.user:
        problems.append("[imap] user is empty")
    if imap.auth == "password" and not imap.password:
        problems.append("[imap] no password: set INTAKE_IMAP_PASSWORD or [imap] password_file")
    elif imap.auth == "oauth2" and not imap.oauth2_token:
        problems.append(
            "[imap] auth = 'oauth2' but no token: set INTAKE_IMAP_OAUTH2_TOKEN "
            "or [imap] oauth2_token_file"
        )
    elif imap.auth not in ("password", "oauth2"):
        problems.append(f"[imap] auth must be 'password' or 'oauth2', not {imap.auth!r}")
    if imap.folder == imap.processed_folder:
        problems.append("[imap] processed_folder must differ from folder")
    return problems


def _check_smtp(settings: Settings) -> list[str]:
    smtp = settings.smtp
    if smtp.retry_base_seconds <= 0 or smtp.retry_horizon_hours < 0:
        return ["[smtp] retry_base_seconds must be > 0 and retry_horizon_hours >= 0"]
    if smtp.stale_after_seconds <= 0:
        return ["[smtp] stale_after_seconds must be > 0"]
    if smtp.transport == "maildir":
        return []
    if smtp.transport != "smtp":
        return [f"[smtp] transport must be 'maildir' or 'smtp', not {smtp.transport!r}"]
    problems = _check_server("smtp", smtp.host, smtp.port, smtp.tls)
    problems += _check_ca_file("smtp", smtp.ca_file)
    if smtp.user and not smtp.password:
        problems.append("[smtp] user is set but no password: set INTAKE_SMTP_PASSWORD "
                        "or [smtp] password_file")
    return problems


def _check_ca_file(section: str, ca_file: str) -> list[str]:
    if not ca_file:
        return []
    try:
        client_tls_context(ca_file)
    except ConfigError as error:
        return [f"[{section}] ca_file: {error}"]
    return []


def _check_server(section: str, host: str, port: int, tls: str) -> list[str]:
    problems: list[str] = []
    if not host:
        problems.append(f"[{section}] host is empty")
    if not 0 < port < 65536:
        problems.append(f"[{section}] port {port} is not a TCP port")
    if tls not in TLS_MODES:
        problems.append(f"[{section}] tls must be one of {', '.join(TLS_MODES)}, not {tls!r}")
    elif tls == "plain" and host and not is_loopback(host):
        problems.append(f"[{section}] tls = 'plain' is only allowed for a loopback host, "
                        f"not {host!r}: passwords would cross the network in clear")
    return problems


def _check_database(settings: Settings) -> list[str]:
    try:
        url = make_url(settings.database.url)
    except ArgumentError:
        return [f"[database] url {settings.database.url!r} is not a database URL"]
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        return [f"[database] {url.get_backend_name()!r}: only sqlite and postgresql are supported"]
    return []


def _check_company(settings: Settings) -> list[str]:
    company = settings.company
    problems: list[str] = []
    for label, address in [("support_address", company.support_address)] + [
        ("mailbox_addresses", item) for item in company.mailbox_addresses
    ]:
        try:
            validate_email(address, check_deliverability=False)
        except EmailNotValidError as error:
            problems.append(f"[company] {label} {address!r}: {error}")
    if not company.ticket_prefix.isalnum():
        problems.append(f"[company] ticket_prefix {company.ticket_prefix!r} must be letters/digits")
    return problems


def _check_templates(settings: Settings) -> list[str]:
    """Every override must compile and render with every context the replies use, now,
    not fail at send time: an undefined variable or a missing include is reported."""
    folder = settings.replies.templates_dir
    if not folder:
        return []
    root = Path(folder)
    if not root.is_dir():
        return [f"[replies] templates_dir {folder!r} is not a folder"]
    problems = _syntax_problems(root)
    if problems:
        return problems  # rendering would only repeat them
    return _unused_overrides(root) + _render_problems(root, company_of(settings))


def _syntax_problems(root: Path) -> list[str]:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(root))
    problems: list[str] = []
    for path in sorted(root.rglob("*.j2")):
        name = path.relative_to(root).as_posix()
        try:
            environment.get_template(name)
        except jinja2.TemplateSyntaxError as error:
            problems.append(f"[replies] {path}: line {error.lineno}: {error.message}")
    return problems


def _unused_overrides(root: Path) -> list[str]:
    """A file named like no built-in template overrides nothing: most likely a typo."""
    built_in = set(make_environment().list_templates())
    return [
        f"[replies] {path}: no built-in template is called {name!r}, so it overrides nothing"
        for path in sorted(root.rglob("*.j2"))
        if (name := path.relative_to(root).as_posix()) not in built_in
        and not path.name.startswith("_")
    ]


def _render_problems(root: Path, company: Company) -> list[str]:
    """Render every reply text and its HTML part; one line per distinct failure."""
    environment = make_environment(root)
    failures: dict[str, list[str]] = {}
    for label, request in _sample_requests():
        try:
            text = render_text(request, company, environment)
            render_html(text, request.language, environment)
        except Exception as error:  # a checker reports whatever a template does
            problem = f"[replies] {_failing_template(error, root)}: {type(error).__name__}: {error}"
            failures.setdefault(problem, []).append(label)
    return [f"{problem} (rendering {labels[0]}"
            + (f", and {len(labels) - 1} more)" if len(labels) > 1 else ")")
            for problem, labels in failures.items()]


def _sample_requests() -> Iterator[tuple[str, ReplyRequest | StaffReplyRequest]]:
    """Each reply with a full and a bare context, in every language, for every kind."""
    for language, kind, is_full in itertools.product(_LANGUAGES, KINDS, (True, False)):
        full = "with employees and sensitive data" if is_full else "without employees"
        for action in sorted(RENDERED_ACTIONS):
            yield (f"{language}/{action}.txt.j2 for {kind} {full}",
                   _sample_reply(action, language, kind, is_full))
        for template in STAFF_TEMPLATES:
            yield (f"{language}/staff_{template}.txt.j2 for {kind} {full}",
                   _sample_staff_reply(template, language, kind, is_full))


def _sample_reply(action: Action, language: Language, kind: Kind, is_full: bool) -> ReplyRequest:
    return ReplyRequest(
        action=action, language=language, kind=kind, ticket_ref="GDPR-2026-000123",
        due_date=date(2026, 12, 28), data_subjects=_SAMPLE_SUBJECTS if is_full else (),
        sensitive_categories=("cpr", "health") if is_full else (),
        envelope=Envelope(
            recipient_name="Mette Holm" if is_full else "", recipient_address="mette@example.com",
            original_subject="Sletning", in_reply_to="<in@example.com>",
            references=("<root@example.com>",), message_id="<reply@example.com>",
            sent_at=datetime(2026, 11, 28, 10, tzinfo=UTC),
        ),
    )


def _sample_staff_reply(
    template: str, language: Language, kind: Kind, is_full: bool
) -> StaffReplyRequest:
    sample = _sample_reply("acknowledge", language, kind, is_full)
    return StaffReplyRequest(
        template=template, language=language, kind=kind, ticket_ref=sample.ticket_ref,
        due_date=sample.due_date, data_subjects=sample.data_subjects,
        text="Sample text." if is_full or template in ("refused", "free_text") else "",
        extension_months=2 if is_full else 1, envelope=sample.envelope,
    )


def _failing_template(error: BaseException, root: Path) -> str:
    """The template the error happened in: an override's path, or a built-in's name."""
    filename = ""
    traceback = error.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename.endswith(".j2"):
            filename = traceback.tb_frame.f_code.co_filename
        traceback = traceback.tb_next
    if isinstance(error, jinja2.TemplateNotFound) and not filename:
        return f"include {error.name!r}"
    if not filename:
        return str(root)
    path = Path(filename)
    if path.is_relative_to(root.resolve()) or path.is_relative_to(root):
        return str(path)
    return f"built-in {path.parent.name}/{path.name}"
