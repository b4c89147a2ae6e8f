"""Replies support sends from a ticket: completed, passed on, deadline extended, refused,
free text. Rendered like the automatic replies (same greeting, signature, HTML part and
headers), stored and queued in the caller's transaction; the caller commits.

GDPR art. 12(3): the deadline is one month from receipt and may be extended by two
further months, so an extension never moves the due date past receipt + 3 months, and
it is announced before the deadline in force has passed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from typing import cast

import jinja2
from sqlalchemy.orm import Session

from intake.deadlines import add_months
from intake.errors import IntakeError
from parsers.model import Kind, Language
from parsers.sensitive import redact_text
from replies.render import (
    STAFF_TEMPLATES,
    Company,
    Envelope,
    RenderError,
    StaffReplyRequest,
    render_staff_reply,
)
from store.models import Message, OutboxItem, Ticket
from store.outbox import enqueue_reply
from store.tickets import record_event, ticket_subjects

__all__ = [
    "MAX_MONTHS_FROM_RECEIPT",
    "STAFF_TEMPLATES",
    "StaffReplyError",
    "StaffReplyInput",
    "preview_staff_reply",
    "queue_staff_reply",
]

MAX_MONTHS_FROM_RECEIPT = 3  # one month, plus at most two further months
NEEDS_TEXT: dict[str, str] = {
    "deadline_extended": "a reason for the extension",
    "refused": "a reason for the refusal",
    "free_text": "the text of the reply",
}
STATUS_AFTER: dict[str, str] = {
    "completed": "done",
    "refused": "refused",
    "passed_to_subprocessor": "passed_to_subprocessor",
}


class StaffReplyError(IntakeError):
    """A staff reply cannot be sent as asked; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class StaffReplyInput:
    """What support chose: a template and its text."""

    template: str
    text: str = ""  # the reason (refused, deadline_extended), the sub-processor, or free text
    extension_months: int = 0  # deadline_extended: 1 or 2


def preview_staff_reply(
    session: Session,
    ticket: Ticket,
    reply: StaffReplyInput,
    *,
    company: Company,
    templates: jinja2.Environment,
    now: datetime,
) -> EmailMessage:
    """The reply as it would go out now; changes nothing."""
    reply, _found = _redacted(reply, ticket)
    due = _due_after(ticket, reply, now)
    message_id = staff_message_id(ticket.reference, company.support_address)
    return _render(ticket, reply, due, message_id, company, templates, now)


def queue_staff_reply(
    session: Session,
    ticket: Ticket,
    reply: StaffReplyInput,
    *,
    actor: str,
    company: Company,
    templates: jinja2.Environment,
    now: datetime,
) -> OutboxItem:
    """Render, store the outgoing message, queue it, move the deadline and the status."""
    reply, found = _redacted(reply, ticket)
    due = _due_after(ticket, reply, now)
    message_id = staff_message_id(ticket.reference, company.support_address)
    message = _render(ticket, reply, due, message_id, company, templates, now)
    outgoing = _store_outgoing(session, ticket, reply, message, now)
    item = enqueue_reply(session, ticket_id=ticket.id, message_row_id=outgoing.id,
                         message_id=message_id, recipient=ticket.requester_address,
                         raw=message.as_bytes(), now=now)
    details: dict[str, object] = {"template": reply.template, "outbox_id": item.id,
                                  "language": outgoing.language}
    if reply.template == "deadline_extended":
        record_event(session, at=now, event="deadline_extended", ticket_id=ticket.id,
                     message_id=outgoing.id, actor=actor,
                     details={"old": ticket.due_date.isoformat(), "new": due.isoformat(),
                              "months": reply.extension_months, "reason": reply.text.strip()})
        ticket.due_date = due
    status = STATUS_AFTER.get(reply.template)
    if status is not None and status != ticket.status:
        details.update(status_from=ticket.status, status_to=status)
        ticket.status = status
    if found:
        record_event(session, at=now, event="sensitive_data_redacted", ticket_id=ticket.id,
                     message_id=outgoing.id, actor=actor, details=found)
    record_event(session, at=now, event="staff_reply_queued", ticket_id=ticket.id,
                 message_id=outgoing.id, actor=actor, details=details)
    return item


def _redacted(reply: StaffReplyInput, ticket: Ticket) -> tuple[StaffReplyInput, dict[str, object]]:
    """Support's own text obeys the same rule as mail: sensitive data is never sent or kept."""
    text, spans = redact_text(reply.text, _language(ticket.language))
    found: dict[str, object] = {}
    for span in spans:
        found[span.category] = int(str(found.get(span.category, 0))) + 1
    return replace(reply, text=text), found


def staff_message_id(ticket_reference: str, support_address: str) -> str:
    """A new Message-ID, fixed in the outbox row before the first attempt."""
    domain = support_address.rsplit("@", 1)[-1] or "intake.invalid"
    return f"<{ticket_reference.lower()}.staff.{uuid.uuid4().hex[:20]}@{domain}>"


def _due_after(ticket: Ticket, reply: StaffReplyInput, now: datetime) -> date:
    """Check the input; the due date once this reply is sent."""
    if reply.template not in STAFF_TEMPLATES:
        raise StaffReplyError(f"unknown template {reply.template!r}; one of "
                              f"{', '.join(STAFF_TEMPLATES)}")
    if reply.template in NEEDS_TEXT and not reply.text.strip():
        raise StaffReplyError(f"{reply.template} needs {NEEDS_TEXT[reply.template]}")
    if not ticket.requester_address:
        raise StaffReplyError(f"ticket {ticket.reference} has no requester address to reply to")
    if reply.template != "deadline_extended":
        return ticket.due_date
    return _extended_due(ticket, reply.extension_months, now)


def _extended_due(ticket: Ticket, months: int, now: datetime) -> date:
    if months not in (1, 2):
        raise StaffReplyError(f"a deadline is extended by 1 or 2 months, not {months}")
    if _utc(now).date() > ticket.due_date:
        raise StaffReplyError(f"the deadline {ticket.due_date.isoformat()} has passed: an "
                              "extension must be announced before it (GDPR art. 12(3))")
    limit = add_months(ticket.received_at.date(), MAX_MONTHS_FROM_RECEIPT)
    new_due = add_months(ticket.due_date, months)
    if new_due > limit:
        raise StaffReplyError(
            f"extending {ticket.due_date.isoformat()} by {months} month(s) gives "
            f"{new_due.isoformat()}, past {limit.isoformat()} (receipt + 3 months, "
            "GDPR art. 12(3))")
    return new_due


def _render(ticket: Ticket, reply: StaffReplyInput, due: date, message_id: str,
            company: Company, templates: jinja2.Environment, now: datetime) -> EmailMessage:
    answered = _newest_inbound(ticket)
    references = tuple(answered.references) if answered is not None else ()
    request = StaffReplyRequest(
        template=reply.template,
        language=_language(ticket.language),
        kind=cast(Kind | None, ticket.kind),
        ticket_ref=ticket.reference,
        due_date=due,
        data_subjects=ticket_subjects(ticket),
        text=reply.text,
        extension_months=reply.extension_months,
        envelope=Envelope(
            recipient_name=ticket.requester_name,
            recipient_address=ticket.requester_address,
            original_subject=ticket.subject,
            in_reply_to=answered.message_id if answered is not None else None,
            references=references,
            message_id=message_id,
            sent_at=now,
        ),
    )
    try:
        return render_staff_reply(request, company, templates)
    except RenderError as error:
        raise StaffReplyError(f"ticket {ticket.reference}: {error}") from error


def _store_outgoing(session: Session, ticket: Ticket, reply: StaffReplyInput,
                    message: EmailMessage, now: datetime) -> Message:
    answered = _newest_inbound(ticket)
    body = message.get_body(("plain",))
    outgoing = Message(
        ticket_id=ticket.id,
        direction="out",
        message_id=str(message["Message-ID"]),
        sha256=None,
        in_reply_to=[answered.message_id] if answered and answered.message_id else [],
        references=str(message["References"] or "").split(),
        from_name=str(message["From"].addresses[0].display_name),
        from_address=str(message["From"].addresses[0].addr_spec),
        to_addresses=[ticket.requester_address],
        subject=str(message["Subject"]),
        body_text=body.get_content() if body is not None else "",
        received_at=now,
        language=_language(ticket.language),
        kind=ticket.kind,
        action=f"staff_{reply.template}",
        rule="staff_reply",
    )
    session.add(outgoing)
    session.flush()
    return outgoing


def _newest_inbound(ticket: Ticket) -> Message | None:
    inbound = [row for row in ticket.messages if row.direction == "in"]
    return max(inbound, key=lambda row: row.id) if inbound else None


def _language(value: str) -> Language:
    return "en" if value == "en" else "da"


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
