"""The daily digest for support: new tickets, what is due, what is overdue, failed replies.

`intake digest` queues it in the outbox and drains (so it goes through the configured
transport like every reply); `intake run --digest` sends it once a day from
`[web] digest_hour` (UTC), remembering the last one in the audit log so a restart
does not send it twice.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from intake.settings import Settings
from intake.wiring import build_drain, open_database, utc_now
from store.database import transaction
from store.models import AuditEvent, OutboxItem, Ticket
from store.outbox import enqueue_reply
from store.stats import failed_replies, open_due_between, open_overdue, received_since
from store.tickets import record_event

log = logging.getLogger(__name__)

EVENT = "digest_queued"


@dataclass(frozen=True, slots=True)
class DigestSummary:
    """What the digest reports, as of `today`."""

    today: date
    new: list[Ticket]
    due_soon: list[Ticket]
    overdue: list[Ticket]
    failed: list[OutboxItem]

    @property
    def headline(self) -> str:
        return (f"{len(self.new)} new, {len(self.due_soon)} due within 7 days, "
                f"{len(self.overdue)} overdue, {len(self.failed)} failed replies")


def summarise(session: Session, now: datetime) -> DigestSummary:
    today = now.date()
    return DigestSummary(
        today=today,
        new=received_since(session, now - timedelta(days=1)),
        due_soon=open_due_between(session, today, today + timedelta(days=7)),
        overdue=open_overdue(session, today),
        failed=failed_replies(session),
    )


def render_digest_text(summary: DigestSummary) -> str:
    """The body: one section per list, one line per ticket."""
    lines = [f"Daily summary of the GDPR intake queue, {summary.today.isoformat()}:",
             summary.headline + ".", ""]
    sections: list[tuple[str, list[Ticket]]] = [
        ("New tickets in the last 24 hours", summary.new),
        ("Overdue", summary.overdue),
        ("Due within the next 7 days", summary.due_soon),
    ]
    for title, tickets in sections:
        lines.append(f"{title} ({len(tickets)}):")
        lines.extend(_ticket_line(ticket, summary.today) for ticket in tickets[:100])
        if len(tickets) > 100:
            lines.append(f"  … and {len(tickets) - 100} more (see `intake tickets`)")
        lines.append("")
    lines.append(f"Failed replies ({len(summary.failed)}):")
    lines.extend(f"  outbox {item.id} to {item.recipient}: {item.last_error or 'failed'}"
                 for item in summary.failed[:100])
    lines += ["", "Retry a failed reply with `intake outbox retry ID`."]
    return "\n".join(lines) + "\n"


def _ticket_line(ticket: Ticket, today: date) -> str:
    days = (ticket.due_date - today).days
    left = f"{-days} d overdue" if days < 0 else f"{days} d left"
    sender = ticket.reseller.name if ticket.reseller else f"{ticket.requester_address} (unknown)"
    return (f"  {ticket.reference}  {ticket.kind or 'other':<16} {ticket.status:<24} "
            f"due {ticket.due_date.isoformat()} ({left})  {sender}"
            + (f"  [{ticket.assignee}]" if ticket.assignee else ""))


def build_digest_mail(summary: DigestSummary, settings: Settings, now: datetime) -> EmailMessage:
    company = settings.company
    recipient = settings.web.digest_recipient or company.support_address
    domain = company.support_address.rsplit("@", 1)[-1] or "intake.invalid"
    message = EmailMessage()
    message["From"] = Address(company.from_name, addr_spec=company.support_address)
    message["To"] = recipient
    message["Subject"] = (f"GDPR intake daily summary {summary.today.isoformat()}: "
                          f"{summary.headline}")
    message["Date"] = format_datetime(now.astimezone(UTC))
    message["Message-ID"] = f"<digest.{now:%Y%m%d%H%M%S}.{uuid.uuid4().hex[:12]}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(render_digest_text(summary))
    return message


def queue_digest(session: Session, settings: Settings, now: datetime) -> OutboxItem:
    """Put today's digest in the outbox and note it in the audit log (caller commits)."""
    summary = summarise(session, now)
    message = build_digest_mail(summary, settings, now)
    item = enqueue_reply(session, ticket_id=None, message_row_id=None,
                         message_id=str(message["Message-ID"]), recipient=str(message["To"]),
                         raw=message.as_bytes(), now=now)
    record_event(session, at=now, event=EVENT, details={
        "outbox_id": item.id, "new": len(summary.new), "due_soon": len(summary.due_soon),
        "overdue": len(summary.overdue), "failed": len(summary.failed)})
    return item


def is_digest_due(session: Session, now: datetime, hour: int) -> bool:
    """True from `hour` (UTC) on, until today's digest has been queued."""
    if now.astimezone(UTC).hour < hour:
        return False
    midnight = datetime.combine(now.astimezone(UTC).date(), time(0), tzinfo=UTC)
    last = session.scalar(select(AuditEvent.id).where(AuditEvent.event == EVENT,
                                                      AuditEvent.at >= midnight).limit(1))
    return last is None


def send_digest(settings: Settings) -> int:
    """`intake digest`: queue the digest now and send it."""
    sessions = open_database(settings)
    now = utc_now()
    with transaction(sessions) as session:
        item = queue_digest(session, settings, now)
        recipient = item.recipient
    result = build_drain(settings, sessions)()
    print(f"digest to {recipient} queued; sent {result.sent}, retrying {result.retried}, "
          f"failed {result.failed}")
    return 0


class DailyDigest:
    """For `intake run --digest`: checks every few minutes, queues once a day."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session], *,
                 clock: Callable[[], datetime] = utc_now, check_seconds: float = 300.0):
        self._settings = settings
        self._sessions = sessions
        self._clock = clock
        self._check_seconds = check_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def queue_if_due(self) -> bool:
        """Queue today's digest if it is time and not done yet (the run's drain sends it)."""
        now = self._clock()
        with transaction(self._sessions) as session:
            if not is_digest_due(session, now, self._settings.web.digest_hour):
                return False
            queue_digest(session, self._settings, now)
        log.info("daily digest queued")
        return True

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="daily-digest", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        drain = build_drain(self._settings, self._sessions, self._clock)
        while not self._stop.is_set():
            try:
                if self.queue_if_due():
                    drain()
            except Exception:  # noqa: BLE001 - a failed digest never stops the run
                log.exception("daily digest failed; trying again later")
            self._stop.wait(self._check_seconds)
