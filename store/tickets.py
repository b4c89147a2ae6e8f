"""Ticket queries: references, opening, follow-up lookup, data subjects, audit.

Functions take a Session; the caller owns the commit (one transaction per mail).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from parsers.model import DataSubject
from store.models import AuditEvent, Counter, DataSubjectRow, Message, Ticket


def next_ticket_number(session: Session, prefix: str, year: int) -> int:
    """Advance the per-prefix, per-year counter inside the current transaction."""
    name = f"ticket:{prefix}:{year}"
    counter = session.get(Counter, name, with_for_update=True)
    if counter is None:
        counter = Counter(name=name, value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return counter.value


def find_ticket_by_reference(session: Session, reference: str) -> Ticket | None:
    return session.scalar(select(Ticket).where(Ticket.reference == reference.upper()))


def find_ticket_by_message_ids(session: Session, message_ids: Sequence[str]) -> Ticket | None:
    """The ticket of the newest stored message (in or out) among `message_ids`."""
    if not message_ids:
        return None
    row = session.scalar(
        select(Message)
        .where(Message.message_id.in_(list(message_ids)), Message.ticket_id.is_not(None))
        .order_by(Message.id.desc())
        .limit(1)
    )
    return row.ticket if row is not None else None


def find_duplicate(session: Session, message_id: str | None, sha256: str) -> Message | None:
    """An inbound message already stored with the same Message-ID or the same bytes."""
    conditions = [Message.sha256 == sha256]
    if message_id:
        conditions.append(Message.message_id == message_id)
    return session.scalar(
        select(Message).where(Message.direction == "in", or_(*conditions)).limit(1)
    )


def open_ticket(
    session: Session,
    *,
    reference: str,
    kind: str | None,
    language: str,
    reseller_id: int | None,
    requester_name: str,
    requester_address: str,
    subject: str,
    received_at: datetime,
    due_date: date,
    now: datetime,
) -> Ticket:
    ticket = Ticket(
        reference=reference,
        kind=kind,
        status="new",
        language=language,
        reseller_id=reseller_id,
        requester_name=requester_name,
        requester_address=requester_address,
        subject=subject,
        received_at=received_at,
        due_date=due_date,
        is_sender_known=reseller_id is not None,
        needs_person=False,
        is_waiting_for_information=False,
        has_failed_reply=False,
        sensitive_categories=[],
        sensitive_count=0,
        created_at=now,
    )
    session.add(ticket)
    session.flush()
    return ticket


def set_data_subjects(session: Session, ticket: Ticket, subjects: Sequence[DataSubject]) -> None:
    """Replace the ticket's data subjects with `subjects`, in order."""
    for row in list(ticket.data_subjects):
        session.delete(row)
    session.flush()
    ticket.data_subjects = [
        DataSubjectRow(position=index, full_name=subject.full_name, extension=subject.extension)
        for index, subject in enumerate(subjects)
    ]
    session.flush()


def ticket_subjects(ticket: Ticket) -> tuple[DataSubject, ...]:
    return tuple(DataSubject(row.full_name, row.extension) for row in ticket.data_subjects)


def ticket_thread(session: Session, ticket: Ticket) -> list[Message]:
    """The ticket's messages in order, with the mail it was opened from when that mail
    is stored on another ticket (one mail, several requests)."""
    messages = list(ticket.messages)
    if ticket.opened_from_message_id is not None:
        source = session.get(Message, ticket.opened_from_message_id)
        if source is not None and source not in messages:
            messages.append(source)
    return sorted(messages, key=lambda message: message.id)


def record_event(
    session: Session,
    *,
    at: datetime,
    event: str,
    ticket_id: int | None = None,
    message_id: int | None = None,
    actor: str = "intake",
    details: dict[str, object] | None = None,
) -> AuditEvent:
    """Append an audit event; details name categories and counts, never content."""
    row = AuditEvent(
        ticket_id=ticket_id,
        message_id=message_id,
        at=at,
        actor=actor,
        event=event,
        details=details or {},
    )
    session.add(row)
    return row
