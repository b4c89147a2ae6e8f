"""`intake config check`: every problem in the settings, each said exactly."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import jinja2
from email_validator import EmailNotValidError, validate_email
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from intake.settings import TLS_MODES, Settings


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
    return problems


def _check_mailbox(settings: Settings) -> list[str]:
    mailbox, imap = settings.mailbox, settings.imap
    if mailbox.source == "maildir":
        return []
    if mailbox.source != "imap":
        return [f"[mailbox] source must be 'maildir' or 'imap', not {mailbox.source!r}"]
    problems = _check_server("imap", imap.host, imap.port, imap.tls)
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
    if smtp.transport == "maildir":
        return []
    if smtp.transport != "smtp":
        return [f"[smtp] transport must be 'maildir' or 'smtp', not {smtp.transport!r}"]
    problems = _check_server("smtp", smtp.host, smtp.port, smtp.tls)
    if smtp.user and not smtp.password:
        problems.append("[smtp] user is set but no password: set INTAKE_SMTP_PASSWORD "
                        "or [smtp] password_file")
    return problems


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
    """Every override template must compile now, not fail at send time."""
    folder = settings.replies.templates_dir
    if not folder:
        return []
    root = Path(folder)
    if not root.is_dir():
        return [f"[replies] templates_dir {folder!r} is not a folder"]
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(root))
    problems: list[str] = []
    for path in sorted(root.rglob("*.j2")):
        name = path.relative_to(root).as_posix()
        try:
            environment.get_template(name)
        except jinja2.TemplateSyntaxError as error:
            problems.append(f"[replies] {path}: line {error.lineno}: {error.message}")
    return problems
