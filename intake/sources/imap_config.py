"""IMAP settings (`ImapConfig`), checked when built, and the keys of IMAP mails."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Literal

from intake.errors import ConfigError, SourceError

__all__ = [
    "MAX_IDLE_SECONDS",
    "TLS_MODES",
    "ImapConfig",
    "TlsMode",
    "format_key",
    "is_loopback_host",
    "parse_key",
]

MAX_IDLE_SECONDS = 60.0
TLS_MODES = ("implicit", "starttls", "plain")
TlsMode = Literal["implicit", "starttls", "plain"]


@dataclass(frozen=True, slots=True)
class ImapConfig:
    """Where the mailbox is and how to log in; exactly one of password / oauth2_token."""

    host: str
    port: int
    tls_mode: TlsMode
    user: str
    password: str | None = field(default=None, repr=False)
    oauth2_token: str | None = field(default=None, repr=False)
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    timeout: float = 30.0
    idle_timeout: float = 55.0
    poll_interval: float = 30.0
    ca_file: str = ""  # extra CAs to trust (a private CA); verification is never off

    def __post_init__(self) -> None:
        problem = _find_config_problem(self)
        if problem is not None:
            raise ConfigError(f"IMAP settings for {self.user}@{self.host}:{self.port}: {problem}")


def _find_config_problem(config: ImapConfig) -> str | None:
    folders = (config.folder, config.processed_folder, config.quarantine_folder)
    checks = (
        (config.tls_mode in TLS_MODES, f"tls_mode must be one of {TLS_MODES}"),
        (
            config.tls_mode != "plain" or is_loopback_host(config.host),
            "tls_mode 'plain' sends the password unencrypted and is allowed only for a "
            "loopback host (localhost, 127.0.0.1, ::1); use 'implicit' or 'starttls'",
        ),
        (bool(config.host) and bool(config.user), "host and user must not be empty"),
        (0 < config.port < 65536, "port must be between 1 and 65535"),
        (
            (config.password is None) != (config.oauth2_token is None),
            "give exactly one of password and oauth2_token",
        ),
        (all(folders) and len(set(folders)) == 3, "the three folders must differ"),
        (config.timeout > 0 and config.poll_interval > 0, "timeouts must be positive"),
        (
            0 < config.idle_timeout <= MAX_IDLE_SECONDS,
            f"idle_timeout must be at most {MAX_IDLE_SECONDS:g} s (a dead server is noticed "
            "only when an IDLE wait ends)",
        ),
    )
    return next((message for is_ok, message in checks if not is_ok), None)


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback IP literals; names are not resolved."""
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def format_key(folder: str, uidvalidity: int, uid: int) -> str:
    """The `SourceMail.key` of a mail: "imap:FOLDER:UIDVALIDITY:UID"."""
    return f"imap:{folder}:{uidvalidity}:{uid}"


def parse_key(key: str, folder: str) -> tuple[int, int]:
    """(uidvalidity, uid) from a key of `folder`; SourceError for any other key."""
    prefix, _, rest = key.partition(":")
    rest, _, uid = rest.rpartition(":")
    key_folder, _, uidvalidity = rest.rpartition(":")
    if prefix != "imap" or key_folder != folder:
        raise SourceError(f"IMAP: {key!r} is not a mail of folder {folder}")
    try:
        return int(uidvalidity), int(uid)
    except ValueError:
        raise SourceError(f"IMAP: malformed mail key {key!r}") from None
