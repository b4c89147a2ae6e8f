"""The outbox drain: claim due replies, send them, record what the server said.

Order of side effects, so that a crash loses nothing and sends at most one mail twice:
claim a batch in one short transaction and commit; send each row outside any
transaction; record each outcome in its own transaction. A process killed between
sending and recording leaves its row "sending"; after `stale_after` another drain
claims it again and resends the very same bytes, Message-ID included, so the
recipient's mail client can tell the copy for what it is.

The network sits behind one seam, `Transport`: `SmtpTransport` (aiosmtplib, one
connection per drain) and `MaildirTransport` (a local Maildir, the embedded default).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, Protocol, runtime_checkable

import aiosmtplib
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError, IntakeError
from store.database import transaction
from store.outbox import RetryPolicy, claim_due, mark_failed, mark_retry, mark_sent, release

logger = logging.getLogger(__name__)

DEFAULT_STALE_AFTER = timedelta(minutes=10)
TlsMode = Literal["implicit", "starttls", "plain"]


class DeliveryError(IntakeError):
    """A mail was not delivered; `code` is the server's reply code when there was one."""

    def __init__(self, reason: str, *, code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code

    def __str__(self) -> str:
        return f"{self.code} {self.reason}" if self.code is not None else self.reason


class TemporaryFailure(DeliveryError):
    """Worth trying again later: a 4xx reply, a refused or lost connection, a timeout."""


class ServerUnavailable(TemporaryFailure):
    """The server could not be reached or would not start a session (refused, login
    failed, no TLS): every other mail of this drain would fail the same way."""


class PermanentFailure(DeliveryError):
    """A 5xx reply for this mail: sending it again will not help."""


class _Disconnected(TemporaryFailure):
    """The server closed the connection mid-conversation."""


class Transport(Protocol):
    """Where replies go. `send` raises TemporaryFailure or PermanentFailure."""

    async def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        """Deliver `raw` unchanged; `sender` empty means the transport's own default."""
        ...


@runtime_checkable
class ClosingTransport(Transport, Protocol):
    """A transport holding a connection; the drain closes it when done."""

    async def close(self) -> None:
        """Release the connection; the next `send` opens a new one."""
        ...


class MailWriter(Protocol):
    """Something that files a mail and names where it went (e.g. a MaildirWriter)."""

    def deliver(self, raw: bytes) -> str: ...


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


class MaildirTransport:
    """Files each reply with a `MailWriter` (the embedded, no-network default)."""

    def __init__(self, writer: MailWriter):
        self._writer = writer

    async def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        try:
            key = self._writer.deliver(raw)
        except OSError as exc:
            raise TemporaryFailure(f"cannot write the mail: {exc}") from exc
        logger.debug("filed reply as %s", key)


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


@dataclass(frozen=True, slots=True)
class DrainResult:
    """What one drain did: counts of rows by outcome."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    released: int = 0


@dataclass(frozen=True, slots=True)
class _Claim:
    outbox_id: int
    message_id: str
    recipient: str
    raw: bytes


async def drain_outbox(
    session_factory: sessionmaker[Session],
    transport: Transport,
    *,
    now_fn: Callable[[], datetime],
    policy: RetryPolicy,
    batch: int = 50,
    stale_after: timedelta = DEFAULT_STALE_AFTER,
    envelope_from: str = "",
) -> DrainResult:
    """Send what is due, once each; `stale_after` must exceed a batch's send time.

    A claim older than half of `stale_after` is handed back untried rather than sent
    late, so another sender never takes over a row this one is still going to send.
    """
    claimed_at = now_fn()
    with transaction(session_factory) as session:
        claims = [
            _Claim(item.id, item.message_id, item.recipient, item.raw)
            for item in claim_due(session, claimed_at, batch, stale_after)
        ]
    counts = dict.fromkeys(("sent", "retried", "failed", "released"), 0)
    try:
        for index, claim in enumerate(claims):
            if now_fn() - claimed_at >= stale_after / 2:
                counts["released"] += _release_all(session_factory, claims[index:])
                break
            error = await _deliver(transport, claim, envelope_from)
            counts[_record(session_factory, claim, error, now_fn(), policy)] += 1
            if isinstance(error, ServerUnavailable):
                for rest in claims[index + 1 :]:
                    counts[_record(session_factory, rest, error, now_fn(), policy)] += 1
                break
    finally:
        if isinstance(transport, ClosingTransport):
            await transport.close()
    return DrainResult(**counts)


def drain_outbox_sync(
    session_factory: sessionmaker[Session],
    transport: Transport,
    *,
    now_fn: Callable[[], datetime],
    policy: RetryPolicy,
    batch: int = 50,
    stale_after: timedelta = DEFAULT_STALE_AFTER,
    envelope_from: str = "",
) -> DrainResult:
    """`drain_outbox` for callers without an event loop (the CLI)."""
    return asyncio.run(
        drain_outbox(
            session_factory,
            transport,
            now_fn=now_fn,
            policy=policy,
            batch=batch,
            stale_after=stale_after,
            envelope_from=envelope_from,
        )
    )


async def _deliver(transport: Transport, claim: _Claim, envelope_from: str) -> DeliveryError | None:
    try:
        await transport.send(claim.raw, envelope_from, [claim.recipient])
    except DeliveryError as error:
        return error
    return None


def _record(
    session_factory: sessionmaker[Session],
    claim: _Claim,
    error: DeliveryError | None,
    now: datetime,
    policy: RetryPolicy,
) -> str:
    """Store one outcome in its own transaction; name the counter it adds to."""
    ids = f"outbox_id={claim.outbox_id} message_id={claim.message_id}"
    with transaction(session_factory) as session:
        if error is None:
            mark_sent(session, claim.outbox_id, now)
            logger.info("sent reply %s", ids)
            return "sent"
        if isinstance(error, PermanentFailure):
            mark_failed(session, claim.outbox_id, now, str(error))
            logger.error("reply refused for good %s: %s", ids, error)
            return "failed"
        item = mark_retry(session, claim.outbox_id, now, str(error), policy)
        if item.status == "failed":
            logger.error("reply given up %s: %s", ids, error)
            return "failed"
        logger.warning("reply deferred %s until %s: %s", ids, item.next_attempt_at, error)
        return "retried"


def _release_all(session_factory: sessionmaker[Session], claims: list[_Claim]) -> int:
    with transaction(session_factory) as session:
        for claim in claims:
            release(session, claim.outbox_id)
    logger.warning("handed back %d claimed replies: the drain ran out of time", len(claims))
    return len(claims)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
