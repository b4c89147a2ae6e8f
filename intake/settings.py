"""Settings: one TOML file, environment variables override it, built once in the CLI.

Secrets never come from the TOML file itself: only from the environment
(`INTAKE_IMAP_PASSWORD`, `INTAKE_IMAP_OAUTH2_TOKEN`, `INTAKE_SMTP_PASSWORD`,
`INTAKE_WEB_SECRET_KEY`) or from a file named in it (`password_file`,
`oauth2_token_file`, `secret_key_file`).
Any other key can be overridden as `INTAKE_<SECTION>_<KEY>`, e.g.
`INTAKE_DATABASE_URL` or `INTAKE_IMAP_HOST`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from intake.errors import ConfigError

TLS_MODES = ("implicit", "starttls", "plain")
SECRET_KEYS = ("password", "oauth2_token", "secret_key")


@dataclass(frozen=True, slots=True)
class MailboxSettings:
    """Where mail is read: a local Maildir (the embedded default) or IMAP."""

    source: str = "maildir"  # "maildir" or "imap"
    maildir: str = "intake-data/inbox"
    sample_maildir: str = "examples/maildir"  # seeds `maildir` when it does not exist
    batch_size: int = 100
    poll_interval: float = 30.0


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str = ""
    port: int = 993
    tls: str = "implicit"
    user: str = ""
    auth: str = "password"  # "password" or "oauth2" (XOAUTH2)
    password: str | None = field(default=None, repr=False)
    password_file: str = ""
    oauth2_token: str | None = field(default=None, repr=False)
    oauth2_token_file: str = ""
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    timeout: float = 30.0
    idle_timeout: float = 55.0
    ca_file: str = ""  # extra CAs to trust, for a server with a private CA


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where replies go: SMTP, or a local Maildir of .eml files (the default)."""

    transport: str = "maildir"  # "maildir" or "smtp"
    outbox_maildir: str = "intake-data/sent"
    host: str = ""
    port: int = 587
    tls: str = "starttls"
    user: str = ""
    password: str | None = field(default=None, repr=False)
    password_file: str = ""
    timeout: float = 30.0
    ca_file: str = ""  # extra CAs to trust, for a relay with a private CA
    retry_base_seconds: float = 60.0  # first wait after a temporary failure, then doubling
    retry_max_seconds: float = 3600.0
    retry_horizon_hours: float = 48.0  # after this, a reply that still fails is marked failed
    # A reply left "sending" this long (its process died mid-send) is sent again,
    # with the same Message-ID; must exceed the time one batch takes to send.
    stale_after_seconds: float = 600.0


@dataclass(frozen=True, slots=True)
class DatabaseSettings:
    url: str = "sqlite:///intake.db"


@dataclass(frozen=True, slots=True)
class CompanySettings:
    """Facts the replies use; defaults are the provider's."""

    name: str = "Flexfone"
    from_name: str = "Flexfone Persondata"
    support_address: str = "persondata@flexfone.dk"
    # Other addresses that deliver into the support mailbox: never answered.
    mailbox_addresses: tuple[str, ...] = ()
    reseller_portal: str = "forhandler.flexfone.dk"
    customer_portal: str = "kunde.flexfone.dk"
    voicemail_portal: str = "Myfone.dk"
    signature: str = ""
    ticket_prefix: str = "GDPR"


@dataclass(frozen=True, slots=True)
class ReplySettings:
    templates_dir: str = ""  # operator overrides, searched before the built-in templates
    max_per_ticket_per_hour: int = 3
    max_per_sender_per_hour: int = 10


@dataclass(frozen=True, slots=True)
class WebSettings:
    """The triage page (`intake serve`) and the daily digest for support."""

    host: str = "127.0.0.1"
    port: int = 8080
    # Signs the session cookie; without one a random key is made per process
    # (everyone is logged out when it restarts).
    secret_key: str | None = field(default=None, repr=False)
    secret_key_file: str = ""
    session_hours: float = 12.0
    cookie_secure: str = "no"  # "yes" behind HTTPS: the cookie is then never sent in clear
    digest_recipient: str = ""  # default: the company's support address
    digest_hour: int = 7  # `intake run --digest` sends it once a day from this hour (UTC)


@dataclass(frozen=True, slots=True)
class Settings:
    mailbox: MailboxSettings = field(default_factory=MailboxSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    company: CompanySettings = field(default_factory=CompanySettings)
    replies: ReplySettings = field(default_factory=ReplySettings)
    web: WebSettings = field(default_factory=WebSettings)
    source_file: str = ""  # the TOML file read, "" for built-in defaults


SECTIONS: dict[str, type[Any]] = {
    "mailbox": MailboxSettings,
    "imap": ImapSettings,
    "smtp": SmtpSettings,
    "database": DatabaseSettings,
    "company": CompanySettings,
    "replies": ReplySettings,
    "web": WebSettings,
}


def load_settings(path: Path | None, environ: Mapping[str, str]) -> Settings:
    """Read `path` (or built-in defaults), apply `INTAKE_*` overrides, read secret files."""
    document: dict[str, Any] = {}
    if path is not None:
        document = _read_toml(path)
    sections: dict[str, Any] = {}
    for name, cls in SECTIONS.items():
        raw = document.pop(name, {})
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: [{name}] must be a table")
        sections[name] = _build_section(name, cls, raw, environ, path)
    if document:
        unknown = ", ".join(sorted(document))
        raise ConfigError(f"{path}: unknown section(s): {unknown}; known: {', '.join(SECTIONS)}")
    return Settings(**sections, source_file=str(path or ""))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def _build_section(
    name: str, cls: type[Any], raw: dict[str, Any], environ: Mapping[str, str], path: Path | None
) -> Any:
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(f"{path}: [{name}] unknown key {key!r}; known: {', '.join(known)}")
        if key in SECRET_KEYS:
            raise ConfigError(
                f"{path}: [{name}] {key} must not be written in the file: set "
                f"INTAKE_{name.upper()}_{key.upper()} or {key}_file instead"
            )
        values[key] = _coerce(name, key, value, known[key].type, path)
    for key in known:
        env_name = f"INTAKE_{name.upper()}_{key.upper()}"
        if env_name in environ:
            values[key] = _coerce(name, key, environ[env_name], known[key].type, env_name)
    for key in SECRET_KEYS:
        file_key = f"{key}_file"
        if key in known and values.get(key) is None and values.get(file_key):
            values[key] = _read_secret(Path(values[file_key]), f"[{name}] {file_key}")
    return cls(**values)


def _coerce(section: str, key: str, value: Any, annotation: Any, origin: object) -> Any:
    """Turn a TOML or environment value into the field's type, or say what is wrong."""
    where = f"{origin}: [{section}] {key}"
    kind = str(annotation)
    try:
        if kind.startswith("int"):
            return int(value)
        if kind.startswith("float"):
            return float(value)
        if kind.startswith("tuple"):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(item).strip() for item in items if str(item).strip())
        if isinstance(value, (dict, list)):
            raise ValueError("expected a single value")
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: {value!r} is not a valid {kind}") from None


def _read_secret(path: Path, where: str) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ConfigError(f"{where}: cannot read {path}: {error.strerror}") from None
