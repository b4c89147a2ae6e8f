"""The IMAP calls `ImapSource` builds on: connect, log in, fetch, mark; no state kept.

Errors come out as `SourceError` naming the action and mailbox, never a secret.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from intake.errors import SourceError
from intake.sources.imap_config import ImapConfig
from intake.tls import client_tls_context

__all__ = [
    "CONNECTION_LOST",
    "fetch_bodies",
    "log_in",
    "mark_and_move",
    "new_client",
    "source_error",
    "where_of",
]

# A dropped connection shows up as imaplib's abort (BYE, EOF) or as a socket error.
CONNECTION_LOST: tuple[type[Exception], ...] = (IMAPClientAbortError, OSError)


def where_of(config: ImapConfig) -> str:
    """user@host:port of a mailbox, for messages (never a secret)."""
    return f"{config.user}@{config.host}:{config.port}"


def source_error(config: ImapConfig, action: str, error: BaseException) -> SourceError:
    """A SourceError naming the action and mailbox, with any secret blanked out."""
    text = str(error) or type(error).__name__
    for secret in (config.password, config.oauth2_token):
        if secret:
            text = text.replace(secret, "***")
    return SourceError(f"IMAP: could not {action} for {where_of(config)}: {text}")


def new_client(config: ImapConfig) -> Any:
    """A connected, not yet logged-in client (TLS from the start in implicit mode)."""
    is_implicit = config.tls_mode == "implicit"
    try:
        return IMAPClient(
            config.host,
            port=config.port,
            ssl=is_implicit,
            ssl_context=client_tls_context(config.ca_file) if is_implicit else None,
            timeout=config.timeout,
        )
    except (*CONNECTION_LOST, IMAPClientError) as error:
        raise source_error(config, "connect", error) from error


def log_in(client: Any, config: ImapConfig) -> None:
    """STARTTLS where configured (refusing a server without it), then log in."""
    if config.tls_mode == "starttls":
        if not client.has_capability("STARTTLS"):
            raise SourceError(
                f"IMAP server {where_of(config)} does not offer STARTTLS; "
                "refusing to log in without TLS"
            )
        client.starttls(client_tls_context(config.ca_file))
    if config.oauth2_token is not None:
        client.oauth2_login(config.user, config.oauth2_token)
    else:
        client.login(config.user, cast(str, config.password))


def fetch_bodies(client: Any, uids: list[int]) -> dict[int, bytes]:
    """Raw bodies of `uids` (BODY.PEEK[], never sets \\Seen); mail gone meanwhile is left out."""
    response = client.fetch(uids, ["BODY.PEEK[]"])
    return {
        int(uid): data[b"BODY[]"]
        for uid, data in response.items()
        if isinstance(data.get(b"BODY[]"), bytes)
    }


def mark_and_move(
    client: Any,
    uid: int,
    target: str,
    keywords: Sequence[str],
    has_keywords: bool,
    has_move: bool,
) -> None:
    """Set the keywords (where the folder allows them), then MOVE, or COPY without MOVE."""
    if has_keywords:
        client.add_flags([uid], list(keywords), silent=True)
    if has_move:
        client.move([uid], target)
    else:
        client.copy([uid], target)
