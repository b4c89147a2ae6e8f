"""The outbox drain against a real aiosmtpd and a real SQLite file database.

Time is a controllable clock passed in as `now_fn`; nothing sleeps to wait for a
backoff. Each test reads the database afresh to see what was committed.
"""

from __future__ import annotations

import asyncio
import logging
import mailbox
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError
from intake.sender import DrainResult, MaildirTransport, Transport, drain_outbox_sync
from intake.smtp import SmtpConfig, SmtpTransport
from store.database import make_engine, make_session_factory, transaction
from store.models import AuditEvent, Base, Message, OutboxItem, Ticket
from store.outbox import (
    RetryPolicy,
    claim_due,
    count_by_status,
    enqueue_reply,
    list_outbox,
    retry_now,
)
from tests.integration.conftest_smtp import smtp_server_fixture  # noqa: F401
from tests.integration.smtp_server import SmtpTestServer

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = RetryPolicy()
STALE_AFTER = timedelta(minutes=10)
SUPPORT = "gdpr@flexfone.example"
RESELLER = "support@reseller.example"


class Clock:
    """A clock that moves only when told to (or by `step` on every reading)."""

    def __init__(self, now: datetime, step: timedelta = timedelta(0)) -> None:
        self.now = now
        self.step = step

    def __call__(self) -> datetime:
        reading = self.now
        self.now += self.step
        return reading


@pytest.fixture
def session_factory(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    Base.metadata.create_all(engine)
    yield make_session_factory(engine)
    engine.dispose()


def open_ticket(factory: sessionmaker[Session]) -> int:
    with transaction(factory) as session:
        ticket = Ticket(
            reference="GDPR-2026-000123",
            kind="erasure",
            language="en",
            received_at=T0,
            due_date=date(2026, 4, 2),
            created_at=T0,
        )
        session.add(ticket)
        session.flush()
        return ticket.id


def queue_replies(
    factory: sessionmaker[Session], ticket_id: int | None, count: int = 1
) -> list[int]:
    """Queue `count` replies (with their outgoing Message rows); return outbox ids."""
    ids = []
    with transaction(factory) as session:
        for number in range(1, count + 1):
            message_id = f"<reply-{number}.GDPR-2026-000123@flexfone.example>"
            row = Message(
                ticket_id=ticket_id, direction="out", message_id=message_id, received_at=T0
            )
            session.add(row)
            session.flush()
            item = enqueue_reply(
                session,
                ticket_id=ticket_id,
                message_row_id=row.id,
                message_id=message_id,
                recipient=RESELLER,
                raw=render(message_id, number),
                now=T0,
            )
            ids.append(item.id)
    return ids


def render(message_id: str, number: int) -> bytes:
    reply = EmailMessage()
    reply["From"] = SUPPORT
    reply["To"] = RESELLER
    reply["Subject"] = f"[GDPR-2026-000123] We have received your request ({number})"
    reply["Message-ID"] = message_id
    reply["Auto-Submitted"] = "auto-replied"
    reply.set_content("We will anonymise the employee within one month.\n")
    return reply.as_bytes()


def smtp_transport(server: SmtpTestServer, **overrides: object) -> SmtpTransport:
    settings: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "tls_mode": "plain",
        "timeout": 5.0,
        "envelope_from": "bounces@flexfone.example",
    }
    settings.update(overrides)
    return SmtpTransport(SmtpConfig(**settings))  # type: ignore[arg-type]


def drain(
    factory: sessionmaker[Session],
    transport: Transport,
    now: datetime | Clock,
    policy: RetryPolicy = POLICY,
) -> DrainResult:
    now_fn = now if isinstance(now, Clock) else Clock(now)
    return drain_outbox_sync(
        factory, transport, now_fn=now_fn, policy=policy, stale_after=STALE_AFTER
    )


def outbox_row(factory: sessionmaker[Session], item_id: int) -> OutboxItem:
    with factory() as session:
        item = session.get(OutboxItem, item_id)
        assert item is not None
        return item


def utc(moment: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; the store writes UTC."""
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def audit_events(factory: sessionmaker[Session], event: str) -> list[AuditEvent]:
    with factory() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.event == event)))


def has_failed_reply(factory: sessionmaker[Session], ticket_id: int) -> bool:
    with factory() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket.has_failed_reply


def test_reply_is_sent_once_with_its_own_bytes_and_marked(
    session_factory: sessionmaker[Session],
    smtp_server: SmtpTestServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ticket_id = open_ticket(session_factory)
    [item_id] = queue_replies(session_factory, ticket_id)
    transport = smtp_transport(smtp_server)

    with caplog.at_level(logging.INFO, logger="intake.sender"):
        assert drain(session_factory, transport, T0) == DrainResult(sent=1)
    expected = f"outbox_id={item_id} message_id=<reply-1.GDPR-2026-000123@flexfone.example>"
    assert any(expected in record.getMessage() for record in caplog.records)
    assert drain(session_factory, transport, T0 + timedelta(days=1)) == DrainResult()

    [mail] = smtp_server.received
    assert mail.message_id == "<reply-1.GDPR-2026-000123@flexfone.example>"
    assert mail.mail_from == "bounces@flexfone.example"
    assert mail.recipients == (RESELLER,)
    assert mail.message["Auto-Submitted"] == "auto-replied"
    item = outbox_row(session_factory, item_id)
    assert (item.status, item.attempts, utc(item.sent_at)) == ("sent", 1, T0)
    assert item.claimed_at is None
    with session_factory() as session:
        message = session.get(Message, item.message_row_id)
        assert message is not None and utc(message.sent_at) == T0


def test_one_connection_serves_the_whole_drain(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    queue_replies(session_factory, open_ticket(session_factory), count=3)

    assert drain(session_factory, smtp_transport(smtp_server), T0) == DrainResult(sent=3)

    peers = {mail.peer for mail in smtp_server.received}
    assert len(smtp_server.received) == 3 and len(peers) == 1


@pytest.mark.parametrize(
    ("code", "text", "stage"),
    [
        (451, "4.3.0 Temporary local problem", "data"),
        (421, "4.3.2 Service shutting down", "data"),
        (450, "4.2.1 Mailbox busy", "rcpt"),
    ],
)
def test_temporary_failure_backs_off_then_sends_exactly_once(
    session_factory: sessionmaker[Session],
    smtp_server: SmtpTestServer,
    code: int,
    text: str,
    stage: str,
) -> None:
    [item_id] = queue_replies(session_factory, open_ticket(session_factory))
    smtp_server.fail_next(1, code=code, text=text, stage=stage)  # type: ignore[arg-type]
    transport = smtp_transport(smtp_server)

    assert drain(session_factory, transport, T0) == DrainResult(retried=1)
    item = outbox_row(session_factory, item_id)
    assert (item.status, item.attempts) == ("pending", 1)
    assert utc(item.next_attempt_at) == T0 + timedelta(seconds=60)
    assert item.last_error is not None and f"{code} {text}" in item.last_error

    assert drain(session_factory, transport, T0 + timedelta(seconds=59)) == DrainResult()
    assert drain(session_factory, transport, T0 + timedelta(seconds=60)) == DrainResult(sent=1)

    assert len(smtp_server.received) == 1
    item = outbox_row(session_factory, item_id)
    assert (item.status, item.attempts) == ("sent", 2)


@pytest.mark.parametrize("stage", ["rcpt", "data"])
def test_permanent_failure_fails_at_once_flags_the_ticket_and_is_audited(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer, stage: str
) -> None:
    ticket_id = open_ticket(session_factory)
    [item_id] = queue_replies(session_factory, ticket_id)
    smtp_server.fail_always(550, "5.1.1 <support@reseller.example>: no such user", stage=stage)  # type: ignore[arg-type]
    transport = smtp_transport(smtp_server)

    assert drain(session_factory, transport, T0) == DrainResult(failed=1)
    assert drain(session_factory, transport, T0 + timedelta(days=3)) == DrainResult()

    assert smtp_server.received == [] and smtp_server.handler.refused == 1
    item = outbox_row(session_factory, item_id)
    assert (item.status, item.attempts) == ("failed", 1)
    assert has_failed_reply(session_factory, ticket_id)
    [event] = audit_events(session_factory, "reply_failed")
    assert event.ticket_id == ticket_id and event.actor == "intake"
    assert event.details["error"] == "550 5.1.1 <support@reseller.example>: no such user"
    assert event.details["message_id"] == "<reply-1.GDPR-2026-000123@flexfone.example>"


def test_outage_defers_the_whole_batch_then_sends_each_once(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    ids = queue_replies(session_factory, open_ticket(session_factory), count=2)
    transport = smtp_transport(smtp_server)
    smtp_server.stop()

    assert drain(session_factory, transport, T0) == DrainResult(retried=2)
    for item_id in ids:
        item = outbox_row(session_factory, item_id)
        assert (item.status, item.attempts) == ("pending", 1)
        assert utc(item.next_attempt_at) == T0 + timedelta(seconds=60)
        assert item.last_error is not None and "cannot open an SMTP session" in item.last_error

    smtp_server.start()
    assert drain(session_factory, transport, T0 + timedelta(seconds=30)) == DrainResult()
    assert drain(session_factory, transport, T0 + timedelta(seconds=61)) == DrainResult(sent=2)

    received = sorted(mail.message_id for mail in smtp_server.received)
    assert received == [
        "<reply-1.GDPR-2026-000123@flexfone.example>",
        "<reply-2.GDPR-2026-000123@flexfone.example>",
    ]


def test_row_stuck_in_sending_is_reclaimed_after_stale_after_and_resent_identically(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    [item_id] = queue_replies(session_factory, open_ticket(session_factory))
    transport = smtp_transport(smtp_server)
    # A sender claims the row, sends it, and is killed before it can record that.
    with transaction(session_factory) as session:
        [claimed] = claim_due(session, T0, 10, STALE_AFTER)
        raw = claimed.raw
    asyncio.run(send_and_close(transport, raw))

    assert drain(session_factory, transport, T0 + timedelta(minutes=9)) == DrainResult()
    later = T0 + STALE_AFTER + timedelta(seconds=1)
    assert drain(session_factory, transport, later) == DrainResult(sent=1)
    assert drain(session_factory, transport, later + timedelta(hours=1)) == DrainResult()

    first, second = smtp_server.received  # at most one duplicate
    assert first.message_id == second.message_id
    assert first.message.as_bytes() == second.message.as_bytes()
    assert outbox_row(session_factory, item_id).status == "sent"


async def send_and_close(transport: SmtpTransport, raw: bytes) -> None:
    try:
        await transport.send(raw, "", [RESELLER])
    finally:
        await transport.close()


def test_connection_left_open_by_an_earlier_event_loop_is_replaced(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    queue_replies(session_factory, open_ticket(session_factory))
    transport = smtp_transport(smtp_server)
    earlier_loop = asyncio.new_event_loop()
    try:
        warm_up = transport.send(render("<warm-up@flexfone.example>", 0), "", [RESELLER])
        earlier_loop.run_until_complete(warm_up)

        assert drain(session_factory, transport, T0) == DrainResult(sent=1)
    finally:
        earlier_loop.run_until_complete(asyncio.sleep(0))  # let it finish closing
        earlier_loop.close()
    assert len(smtp_server.received) == 2


def test_late_250_after_client_timeout_resends_with_the_same_message_id(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    [item_id] = queue_replies(session_factory, open_ticket(session_factory))
    smtp_server.delay_data(1.0)

    transport = smtp_transport(smtp_server, timeout=0.3)
    assert drain(session_factory, transport, T0) == DrainResult(retried=1)
    assert len(smtp_server.received) == 1  # delivered, though the client saw a timeout

    smtp_server.reset()
    later = T0 + timedelta(minutes=1)
    assert drain(session_factory, transport, later) == DrainResult(sent=1)
    first, second = smtp_server.received
    assert first.message_id == second.message_id
    assert outbox_row(session_factory, item_id).attempts == 2


def test_temporary_failures_past_the_horizon_fail_the_reply(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    ticket_id = open_ticket(session_factory)
    [item_id] = queue_replies(session_factory, ticket_id)
    smtp_server.fail_always(451, "4.7.1 Greylisted", stage="rcpt")
    minute = timedelta(minutes=1)
    policy = RetryPolicy(base_delay=minute, max_delay=minute, horizon=2 * minute)
    transport = smtp_transport(smtp_server)

    assert drain(session_factory, transport, T0, policy) == DrainResult(retried=1)
    assert drain(session_factory, transport, T0 + minute, policy) == DrainResult(retried=1)
    assert drain(session_factory, transport, T0 + 2 * minute, policy) == DrainResult(failed=1)

    item = outbox_row(session_factory, item_id)
    assert (item.status, item.attempts) == ("failed", 3)
    assert has_failed_reply(session_factory, ticket_id)
    [event] = audit_events(session_factory, "reply_failed")
    assert event.details["error"] == "gave up after 3 attempts; last error: 451 4.7.1 Greylisted"


def test_login_trouble_defers_instead_of_failing_replies(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    [item_id] = queue_replies(session_factory, open_ticket(session_factory))
    transport = smtp_transport(smtp_server, user="intake", password="wrong")

    assert drain(session_factory, transport, T0) == DrainResult(retried=1)
    item = outbox_row(session_factory, item_id)
    assert item.status == "pending" and "AUTH" in (item.last_error or "")


def test_retry_now_sends_a_failed_reply_and_clears_the_ticket_flag(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    ticket_id = open_ticket(session_factory)
    [item_id] = queue_replies(session_factory, ticket_id)
    smtp_server.fail_next(1, code=554, text="5.7.1 Rejected for policy reasons")
    transport = smtp_transport(smtp_server)
    assert drain(session_factory, transport, T0) == DrainResult(failed=1)

    later = T0 + timedelta(hours=3)
    with transaction(session_factory) as session:
        assert [item.id for item in list_outbox(session, "failed")] == [item_id]
        retry_now(session, item_id, later, actor="support-anna")
    assert not has_failed_reply(session_factory, ticket_id)
    assert drain(session_factory, transport, later) == DrainResult(sent=1)

    [event] = audit_events(session_factory, "reply_retry_requested")
    assert event.actor == "support-anna" and event.details["attempts"] == 1
    with session_factory() as session:
        assert count_by_status(session) == {"pending": 0, "sending": 0, "sent": 1, "failed": 0}
        assert list_outbox(session, "failed") == []


def test_claims_older_than_half_stale_after_are_handed_back_untried(
    session_factory: sessionmaker[Session], smtp_server: SmtpTestServer
) -> None:
    ids = queue_replies(session_factory, open_ticket(session_factory), count=3)
    slow_clock = Clock(T0, step=timedelta(minutes=3))  # every reading 3 minutes later

    result = drain(session_factory, smtp_transport(smtp_server), slow_clock)

    assert result == DrainResult(sent=1, released=2)
    assert len(smtp_server.received) == 1
    for item_id in ids[1:]:
        item = outbox_row(session_factory, item_id)
        assert (item.status, item.attempts, item.claimed_at) == ("pending", 0, None)


def test_maildir_transport_files_the_reply(
    session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    [item_id] = queue_replies(session_factory, open_ticket(session_factory))
    writer = StdlibMaildirWriter(tmp_path / "outbox")

    assert drain(session_factory, MaildirTransport(writer), T0) == DrainResult(sent=1)

    [path] = (tmp_path / "outbox" / "new").iterdir()
    assert b"Message-ID: <reply-1.GDPR-2026-000123@flexfone.example>" in path.read_bytes()
    assert outbox_row(session_factory, item_id).status == "sent"


def test_maildir_that_cannot_be_written_defers_the_reply(
    session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    [item_id] = queue_replies(session_factory, open_ticket(session_factory))
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the Maildir should be")
    writer = StdlibMaildirWriter(blocker / "outbox")

    assert drain(session_factory, MaildirTransport(writer), T0) == DrainResult(retried=1)
    assert outbox_row(session_factory, item_id).status == "pending"


class StdlibMaildirWriter:
    """A `MailWriter` over the standard library's Maildir (the product's own
    `intake.sources.maildir.MaildirWriter` satisfies the same protocol)."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def deliver(self, raw: bytes) -> str:
        return mailbox.Maildir(self._path).add(raw)


@pytest.mark.parametrize(
    "settings",
    [
        {"host": "smtp.example.net", "tls_mode": "plain"},
        {"host": "127.0.0.1", "tls_mode": "plain", "user": "intake"},
        {"host": "127.0.0.1", "tls_mode": "ssl"},
    ],
)
def test_unsafe_or_incomplete_smtp_settings_are_refused(settings: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        SmtpConfig(port=25, envelope_from=SUPPORT, **settings)  # type: ignore[arg-type]
