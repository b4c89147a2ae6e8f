"""`SmtpTransport`: replies out over SMTP (aiosmtplib), one connection per drain.

`classify_smtp_error` sorts what the server or socket said into a temporary failure
(try again later) or a permanent one (this mail will never go).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import ssl
from dataclasses import dataclass, field
from typing import Literal

import aiosmtplib

from intake.errors import (
    ConfigError,
    DeliveryError,
    PermanentFailure,
    ServerUnavailable,
    TemporaryFailure,
)

__all__ = ["SmtpConfig", "SmtpTransport", "TlsMode", "classify_smtp_error"]

TlsMode = Literal["implicit", "starttls", "plain"]


class _Disconnected(TemporaryFailure):
    """The server closed the connection mid-conversation."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpConfig:
    """How to reach the submission server; "plain" (no TLS) is for loopback only."""

    host: str
    port: int
    tls_mode: TlsMode
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    envelope_from: str

    def __post_init__(self) -> None:
        if self.tls_mode not in ("implicit", "starttls", "plain"):
            raise ConfigError(f"smtp tls_mode {self.tls_mode!r}: implicit, starttls or plain")
        if self.tls_mode == "plain" and not _is_loopback(self.host):
            raise ConfigError(f"smtp tls_mode plain is for loopback only, not {self.host!r}")
        if (self.user is None) != (self.password is None):
            raise ConfigError("smtp user and password go together: give both or neither")
        if self.timeout <= 0:
            raise ConfigError("smtp timeout must be positive")


class SmtpTransport:
    """Sends over SMTP with aiosmtplib, reusing one connection until `close`."""

    def __init__(self, config: SmtpConfig, *, tls_context: ssl.SSLContext | None = None):
        self._config = config
        self._tls_context = tls_context
        self._client: aiosmtplib.SMTP | None = None

    async def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        envelope_from = sender or self._config.envelope_from
        is_reused = self._is_open()
        try:
            await self._send_once(raw, envelope_from, recipients)
        except _Disconnected:
            if not is_reused:
                raise
            # Most likely an idle connection the server dropped: once more on a fresh one.
            await self._send_once(raw, envelope_from, recipients)

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is None or not client.is_connected:
            return
        if client.loop is not asyncio.get_running_loop():
            _abandon(client)  # opened under another event loop: cannot talk to it here
            return
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()

    async def _send_once(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        client = await self._connect()
        try:
            await client.sendmail(sender, recipients, raw)
        except aiosmtplib.SMTPServerDisconnected as exc:
            self._drop()
            raise _Disconnected(f"server closed the connection: {_describe(exc)}") from exc
        except (aiosmtplib.SMTPException, OSError, ValueError) as exc:
            self._drop()
            raise classify_smtp_error(exc) from exc

    async def _connect(self) -> aiosmtplib.SMTP:
        if self._is_open():
            assert self._client is not None
            return self._client
        self._drop()
        config = self._config
        client = aiosmtplib.SMTP(
            hostname=config.host,
            port=config.port,
            username=config.user,
            password=config.password,
            timeout=config.timeout,
            use_tls=config.tls_mode == "implicit",
            start_tls=config.tls_mode == "starttls",
            tls_context=self._tls_context,
        )
        try:
            await client.connect()
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise ServerUnavailable(f"cannot open an SMTP session: {_describe(exc)}") from exc
        self._client = client
        return client

    def _is_open(self) -> bool:
        """A connection made under the running event loop is still up."""
        client = self._client
        return (
            client is not None and client.is_connected and client.loop is asyncio.get_running_loop()
        )

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            _abandon(client)


def _abandon(client: aiosmtplib.SMTP) -> None:
    """Close without a goodbye; the loop it was opened under may be gone already."""
    with contextlib.suppress(RuntimeError):  # "Event loop is closed"
        client.close()


def classify_smtp_error(exc: Exception) -> DeliveryError:
    """Map an aiosmtplib (or socket) error to a temporary or permanent failure."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        exc = exc.recipients[0]
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        kind = PermanentFailure if 500 <= exc.code < 600 else TemporaryFailure
        return kind(exc.message, code=exc.code)
    if isinstance(exc, ValueError):
        return PermanentFailure(f"address cannot be sent: {exc}")
    return TemporaryFailure(_describe(exc))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
