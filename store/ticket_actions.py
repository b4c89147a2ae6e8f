"""What support does to a ticket: assign, set status, note, merge, not a request.

Every action writes an audit event naming the actor (a user name) and the time.
Functions take a Session; the caller owns the commit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import IntakeError
from store.models import OPEN_STATUSES, STAFF_STATUSES, AuditEvent, DataSubjectRow, Ticket, User
from store.tickets import find_ticket_by_reference, record_event

MAX_NOTE_CHARS = 5000
MAX_REASON_CHARS = 1000


class TicketActionError(IntakeError):
    """An action that cannot be done on this ticket, said so a person understands."""


def get_ticket(session: Session, reference: str) -> Ticket:
    """The ticket with this reference, or an error naming it."""
    ticket = find_ticket_by_reference(session, reference.strip())
    if ticket is None:
        raise TicketActionError(f"no ticket {reference!r}")
    return ticket


def assign(session: Session, ticket: Ticket, assignee: str | None, *, actor: str,
           now: datetime) -> None:
    """Give the ticket to an active user, or to nobody (`None`)."""
    if assignee is not None:
        user = session.scalar(select(User).where(User.name == assignee))
        if user is None or not user.is_active:
            raise TicketActionError(f"no active user {assignee!r} to assign to")
    if ticket.assignee == assignee:
        return
    record_event(session, at=now, event="assigned", ticket_id=ticket.id, actor=actor,
                 details={"from": ticket.assignee, "to": assignee})
    ticket.assignee = assignee


def set_status(session: Session, ticket: Ticket, status: str, *, actor: str,
               now: datetime) -> None:
    """Move the ticket to one of the statuses staff set by hand."""
    if status not in STAFF_STATUSES:
        raise TicketActionError(f"unknown status {status!r}; one of {', '.join(STAFF_STATUSES)}")
    _require_not_merged(ticket)
    if ticket.status == status:
        return
    record_event(session, at=now, event="status_changed", ticket_id=ticket.id, actor=actor,
                 details={"from": ticket.status, "to": status})
    ticket.status = status


def add_note(session: Session, ticket: Ticket, note: str, *, actor: str,
             now: datetime) -> AuditEvent:
    """An internal note: staff text, never sent to anyone."""
    note = note.strip()
    if not note:
        raise TicketActionError("the note is empty")
    if len(note) > MAX_NOTE_CHARS:
        raise TicketActionError(f"the note is longer than {MAX_NOTE_CHARS} characters")
    return record_event(session, at=now, event="note", ticket_id=ticket.id, actor=actor,
                        details={"text": note})


def mark_not_a_request(session: Session, ticket: Ticket, reason: str, *, actor: str,
                       now: datetime) -> None:
    """Close the ticket as not a GDPR request (spam, a question, a misdirected mail)."""
    _require_not_merged(ticket)
    record_event(session, at=now, event="marked_not_a_request", ticket_id=ticket.id,
                 actor=actor, details={"from": ticket.status,
                                       "reason": reason.strip()[:MAX_REASON_CHARS]})
    ticket.status = "not_a_request"


def merge_ticket(session: Session, source: Ticket, target: Ticket, *, actor: str,
                 now: datetime) -> None:
    """Fold `source` into `target`: its mail, replies and employees move over.

    The merged ticket keeps its own audit log and points to its target; the target
    takes the earlier due date and the union of flags and sensitive categories.
    """
    if source.id == target.id:
        raise TicketActionError("a ticket cannot be merged into itself")
    _require_not_merged(source)
    if target.status == "merged":
        raise TicketActionError(f"{target.reference} was itself merged; merge into its target")
    moved = len(source.messages)
    for message in list(source.messages):
        message.ticket = target
    _move_outbox(session, source, target)
    _merge_subjects(source, target)
    _merge_flags(source, target)
    if source.status in OPEN_STATUSES and target.status not in OPEN_STATUSES:
        target.status = "in_progress"
    record_event(session, at=now, event="merged_into", ticket_id=source.id, actor=actor,
                 details={"into": target.reference, "from_status": source.status})
    record_event(session, at=now, event="merged_from", ticket_id=target.id, actor=actor,
                 details={"from": source.reference, "messages": moved})
    source.status = "merged"
    source.merged_into_id = target.id
    session.flush()


def _require_not_merged(ticket: Ticket) -> None:
    if ticket.status == "merged":
        raise TicketActionError(f"{ticket.reference} was merged into another ticket")


def _move_outbox(session: Session, source: Ticket, target: Ticket) -> None:
    from store.models import OutboxItem

    for item in session.scalars(select(OutboxItem).where(OutboxItem.ticket_id == source.id)):
        item.ticket_id = target.id


def _merge_subjects(source: Ticket, target: Ticket) -> None:
    known = {(row.full_name, row.extension) for row in target.data_subjects}
    position = len(target.data_subjects)
    for row in source.data_subjects:
        if (row.full_name, row.extension) in known:
            continue
        target.data_subjects.append(DataSubjectRow(position=position, full_name=row.full_name,
                                                   extension=row.extension))
        known.add((row.full_name, row.extension))
        position += 1


def _merge_flags(source: Ticket, target: Ticket) -> None:
    target.due_date = min(target.due_date, source.due_date)
    target.needs_person = target.needs_person or source.needs_person
    target.has_failed_reply = target.has_failed_reply or source.has_failed_reply
    target.is_waiting_for_information = (target.is_waiting_for_information
                                         or source.is_waiting_for_information)
    target.sensitive_categories = sorted(set(target.sensitive_categories)
                                         | set(source.sensitive_categories))
    target.sensitive_count += source.sensitive_count


def audit_log(session: Session, ticket: Ticket) -> list[AuditEvent]:
    """The ticket's audit events, oldest first."""
    return list(session.scalars(
        select(AuditEvent).where(AuditEvent.ticket_id == ticket.id)
        .order_by(AuditEvent.at, AuditEvent.id)
    ))
