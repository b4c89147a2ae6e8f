"""The outbox drain: claim due replies, send them, record what the server said.

Order of side effects, so that a crash loses nothing and sends at most one mail twice:
claim a batch in one short transaction and commit; send each row outside any
transaction; record each outcome in its own transaction. A process killed between
sending and recording leaves its row "sending"; after `stale_after` another drain
claims it again and resends the very same bytes, Message-ID included, so the
recipient's mail client can tell the copy for what it is.

The network sits behind one seam, `Transport`: `SmtpTransport` (`intake.smtp`, one
connection per drain) and `MaildirTransport` (a local Maildir, the embedded default).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from sqlalchemy.orm import Session, sessionmaker

from intake.errors import (
    DeliveryError,
    PermanentFailure,
    ServerUnavailable,
    TemporaryFailure,
)
from intake.smtp import SmtpConfig, SmtpTransport, TlsMode, classify_smtp_error
from store.database import transaction
from store.outbox import RetryPolicy, claim_due, mark_failed, mark_retry, mark_sent, release

__all__ = [
    "DEFAULT_STALE_AFTER",
    "ClosingTransport",
    "DeliveryError",
    "DrainResult",
    "MailWriter",
    "MaildirTransport",
    "PermanentFailure",
    "ServerUnavailable",
    "SmtpConfig",
    "SmtpTransport",
    "TemporaryFailure",
    "TlsMode",
    "Transport",
    "classify_smtp_error",
    "drain_outbox",
    "drain_outbox_sync",
]

logger = logging.getLogger(__name__)

DEFAULT_STALE_AFTER = timedelta(minutes=10)


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
