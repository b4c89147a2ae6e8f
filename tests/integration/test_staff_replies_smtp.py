"""Staff replies from a ticket: preview, queue, deadline and status, sent to aiosmtpd."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from intake.pipeline import Pipeline
from intake.sender import drain_outbox_sync
from intake.settings import DatabaseSettings, Settings
from intake.smtp import SmtpConfig, SmtpTransport
from intake.sources.base import SourceMail
from intake.staff_replies import (
    STAFF_TEMPLATES,
    StaffReplyError,
    StaffReplyInput,
    preview_staff_reply,
    queue_staff_reply,
)
from intake.wiring import build_pipeline, company_of, open_database
from replies.render import make_environment
from store.database import transaction
from store.models import AuditEvent, Message, OutboxItem, Ticket
from store.outbox import RetryPolicy
from store.resellers import ResellerRecord, import_resellers
from tests.integration.smtp_server import SmtpTestServer
from tests.mailfactory import make_mail

RECEIVED = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)
SETTINGS = Settings()
COMPANY = company_of(SETTINGS)
TEMPLATES = make_environment()


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    return open_database(Settings(database=DatabaseSettings(url=f"sqlite:///{tmp_path}/i.db")))


def open_request(sessions: sessionmaker[Session], *, follow_up: bool = False) -> int:
    """A ticket opened by the real pipeline from an unknown sender's access request; one
    followed up comes from a registered reseller (an unregistered address writing into a
    thread is redirected on a ticket of its own)."""
    if follow_up:
        with transaction(sessions) as session:
            import_resellers(session, [ResellerRecord("R1", "CloudTale", ("cloudtale.com",), ())])
    pipeline: Pipeline = build_pipeline(SETTINGS, sessions, clock=lambda: RECEIVED)
    first = make_mail(sender="Sofie Winther <sofie@cloudtale.com>", subject="Access request",
                      message_id="<first@cloudtale.com>", date=RECEIVED,
                      body="Hello,\n\nPlease give us access to the data about Mark Ellis, "
                           "ext. 118.\n\nBest regards\nSofie")
    pipeline.handle(SourceMail("first", first))
    if follow_up:
        with sessions() as session:
            ack = session.scalars(select(OutboxItem)).one().message_id
        pipeline.handle(SourceMail("second", make_mail(
            sender="Sofie Winther <sofie@cloudtale.com>", subject="Re: Access request",
            message_id="<second@cloudtale.com>", in_reply_to=ack, date=RECEIVED,
            body="Hello,\n\nAny news?\n\nSofie")))
    with sessions() as session:
        return session.scalars(select(Ticket.id)).one()


def queue(sessions: sessionmaker[Session], ticket_id: int, reply: StaffReplyInput,
          now: datetime = NOW) -> OutboxItem:
    with transaction(sessions) as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        item = queue_staff_reply(session, ticket, reply, actor="anna", company=COMPANY,
                                 templates=TEMPLATES, now=now)
        session.expunge(item)
        return item


def drain(sessions: sessionmaker[Session], smtp: SmtpTestServer) -> None:
    transport = SmtpTransport(SmtpConfig(host=smtp.host, port=smtp.port, tls_mode="plain",
                                         envelope_from=COMPANY.support_address))
    drain_outbox_sync(sessions, transport, now_fn=lambda: NOW, policy=RetryPolicy())


def plain(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def events(sessions: sessionmaker[Session], name: str) -> list[AuditEvent]:
    with sessions() as session:
        rows = list(session.scalars(select(AuditEvent).where(AuditEvent.event == name)))
        session.expunge_all()
        return rows


def test_completed_reply_threads_on_the_newest_mail_and_closes_the_ticket(
    sessions: sessionmaker[Session], smtp_server: SmtpTestServer,
) -> None:
    ticket_id = open_request(sessions, follow_up=True)
    item = queue(sessions, ticket_id, StaffReplyInput("completed", "The data is attached."))
    drain(sessions, smtp_server)

    received = [mail for mail in smtp_server.received if mail.message_id == item.message_id]
    assert len(received) == 1 and received[0].recipients == ("sofie@cloudtale.com",)
    reply = received[0].message
    assert reply["In-Reply-To"] == "<second@cloudtale.com>"
    assert reply["References"].split()[-1] == "<second@cloudtale.com>"
    assert reply["Subject"].startswith("Re: [GDPR-2026-")
    assert reply["Subject"].endswith("] Access request")
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["Reply-To"] == "persondata@flexfone.dk"
    assert reply["Message-ID"].startswith("<gdpr-2026-") and ".staff." in reply["Message-ID"]
    text = plain(reply)
    assert "We have now completed your request for access (case GDPR-2026-000001) " \
        "concerning Mark Ellis (extension 118)." in text
    assert "The data is attached." in text
    with sessions() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.status == "done"
        outgoing = session.scalars(select(Message).where(
            Message.direction == "out", Message.action == "staff_completed")).one()
        assert outgoing.message_id == item.message_id and outgoing.sent_at is not None
        assert "The data is attached." in outgoing.body_text
    [event] = events(sessions, "staff_reply_queued")
    assert event.actor == "anna" and event.details["template"] == "completed"
    assert event.details["status_to"] == "done"


def test_deadline_extension_moves_the_due_date_up_to_three_months_from_receipt(
    sessions: sessionmaker[Session], smtp_server: SmtpTestServer,
) -> None:
    ticket_id = open_request(sessions)
    queue(sessions, ticket_id, StaffReplyInput("deadline_extended", "TDC needs more time.", 1))
    with pytest.raises(StaffReplyError, match="past 2027-02-28"):
        queue(sessions, ticket_id, StaffReplyInput("deadline_extended", "Still waiting.", 2))
    queue(sessions, ticket_id, StaffReplyInput("deadline_extended", "Still waiting.", 1))
    drain(sessions, smtp_server)

    with sessions() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.due_date == date(2027, 2, 28)
    moves = [(e.details["old"], e.details["new"], e.details["reason"])
             for e in events(sessions, "deadline_extended")]
    assert moves == [("2026-12-28", "2027-01-28", "TDC needs more time."),
                     ("2027-01-28", "2027-02-28", "Still waiting.")]
    texts = [plain(mail.message) for mail in smtp_server.received
             if ".staff." in mail.message_id]
    assert "The new deadline is 28 January 2027." in texts[0]
    assert "The new deadline is 28 February 2027." in texts[1]


def test_preview_changes_nothing(sessions: sessionmaker[Session]) -> None:
    ticket_id = open_request(sessions)
    with transaction(sessions) as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        for template in STAFF_TEMPLATES:
            message = preview_staff_reply(
                session, ticket, StaffReplyInput(template, "Reason.", 2), company=COMPANY,
                templates=TEMPLATES, now=NOW)
            assert message["To"] == "Sofie Winther <sofie@cloudtale.com>"
        assert "28 February 2027" in plain(preview_staff_reply(
            session, ticket, StaffReplyInput("deadline_extended", "Reason.", 2),
            company=COMPANY, templates=TEMPLATES, now=NOW))
    with sessions() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        assert (ticket.status, ticket.due_date) == ("new", date(2026, 12, 28))
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 1  # the receipt
        assert events(sessions, "staff_reply_queued") == []


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (StaffReplyInput("thanks"), "unknown template 'thanks'"),
        (StaffReplyInput("refused", "  "), "refused needs a reason"),
        (StaffReplyInput("deadline_extended", ""), "needs a reason for the extension"),
        (StaffReplyInput("free_text"), "free_text needs the text"),
        (StaffReplyInput("deadline_extended", "Busy.", 3), "by 1 or 2 months, not 3"),
    ],
)
def test_invalid_input_is_refused_and_nothing_changes(
    sessions: sessionmaker[Session], reply: StaffReplyInput, message: str,
) -> None:
    ticket_id = open_request(sessions)
    with pytest.raises(StaffReplyError, match=message):
        queue(sessions, ticket_id, reply)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 1


def test_extension_after_the_deadline_and_ticket_without_address_are_refused(
    sessions: sessionmaker[Session],
) -> None:
    ticket_id = open_request(sessions)
    late = datetime(2026, 12, 29, 8, 0, tzinfo=UTC)
    with pytest.raises(StaffReplyError, match="has passed"):
        queue(sessions, ticket_id, StaffReplyInput("deadline_extended", "Busy.", 1), now=late)
    with transaction(sessions) as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.requester_address = ""
    with pytest.raises(StaffReplyError, match="no requester address"):
        queue(sessions, ticket_id, StaffReplyInput("completed"))


def test_refused_and_passed_on_set_the_status(sessions: sessionmaker[Session]) -> None:
    ticket_id = open_request(sessions)
    queue(sessions, ticket_id, StaffReplyInput("passed_to_subprocessor", "TDC"))
    with sessions() as session:
        assert session.get(Ticket, ticket_id).status == "passed_to_subprocessor"  # type: ignore[union-attr]
    queue(sessions, ticket_id, StaffReplyInput("refused", "Not our customer."))
    queue(sessions, ticket_id, StaffReplyInput("free_text", "One more thing."))
    with sessions() as session:
        assert session.get(Ticket, ticket_id).status == "refused"  # type: ignore[union-attr]
        ids = session.scalars(select(OutboxItem.message_id)).all()
        assert len(ids) == len(set(ids)) == 4


def test_sensitive_data_in_staff_text_is_neither_sent_nor_stored(
    sessions: sessionmaker[Session], smtp_server: SmtpTestServer,
) -> None:
    ticket_id = open_request(sessions)
    item = queue(sessions, ticket_id, StaffReplyInput(
        "free_text", "We found Mark under CPR 120384-1234 and closed his account."))
    drain(sessions, smtp_server)
    [received] = [m for m in smtp_server.received if m.message_id == item.message_id]
    assert "120384" not in plain(received.message)
    assert "[CPR number removed]" in plain(received.message)
    with sessions() as session:
        outgoing = session.scalars(select(Message).where(
            Message.direction == "out", Message.action == "staff_free_text")).one()
        assert "120384" not in outgoing.body_text
    [event] = events(sessions, "sensitive_data_redacted")
    assert event.actor == "anna" and event.details == {"cpr": 1}
