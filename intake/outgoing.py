"""Render the reply a decision calls for and put it in the outbox (same transaction)."""

from __future__ import annotations

import logging
from datetime import datetime
from email.message import EmailMessage

import jinja2
from sqlalchemy.orm import Session

from parsers.model import Decision, ParsedMail, SensitiveCategory
from replies.render import Company, Envelope, InvalidRecipient, ReplyRequest, render_reply
from store.models import Message, Ticket
from store.outbox import enqueue_reply
from store.tickets import record_event, ticket_subjects

log = logging.getLogger(__name__)


def reply_message_id(ticket_reference: str, inbound_sha256: str, support_address: str) -> str:
    """A Message-ID fixed before the first attempt, the same on every retry."""
    domain = support_address.rsplit("@", 1)[-1] or "intake.invalid"
    return f"<{ticket_reference.lower()}.{inbound_sha256[:16]}@{domain}>"


def queue_reply(
    session: Session,
    *,
    ticket: Ticket,
    parsed: ParsedMail,
    decision: Decision,
    inbound: Message,
    company: Company,
    own_addresses: frozenset[str],
    templates: jinja2.Environment,
    now: datetime,
) -> bool:
    """Render and enqueue the reply; False (and an audit note) when it must not go out."""
    recipient = parsed.reply_to or parsed.from_address
    if recipient in own_addresses or parsed.from_address in own_addresses:
        _suppress(session, ticket, inbound, now, "recipient is our own mailbox")
        return False
    request = _reply_request(ticket, parsed, decision, recipient, company, now)
    try:
        message = render_reply(request, company, templates)
    except InvalidRecipient as error:
        ticket.needs_person = True
        _suppress(session, ticket, inbound, now, f"invalid recipient: {error}")
        return False
    outgoing = _outgoing_row(ticket, parsed, decision, message, company, recipient, now)
    session.add(outgoing)
    session.flush()
    enqueue_reply(session, ticket_id=ticket.id, message_row_id=outgoing.id,
                  message_id=request.envelope.message_id, recipient=recipient,
                  raw=message.as_bytes(), now=now)
    record_event(session, at=now, event="reply_queued", ticket_id=ticket.id,
                 message_id=outgoing.id, details={"action": decision.action,
                                                 "language": parsed.language})
    return True


def _suppress(session: Session, ticket: Ticket, inbound: Message, now: datetime,
              reason: str) -> None:
    record_event(session, at=now, event="reply_suppressed", ticket_id=ticket.id,
                 message_id=inbound.id, details={"reason": reason})


def _reply_request(ticket: Ticket, parsed: ParsedMail, decision: Decision, recipient: str,
                   company: Company, now: datetime) -> ReplyRequest:
    categories: tuple[SensitiveCategory, ...] = tuple(f.category for f in parsed.sensitive)
    return ReplyRequest(
        action=decision.action,
        language=parsed.language,
        kind=parsed.kind,
        ticket_ref=ticket.reference,
        due_date=ticket.due_date,
        data_subjects=ticket_subjects(ticket),
        sensitive_categories=categories,
        envelope=Envelope(
            recipient_name=parsed.from_name,
            recipient_address=recipient,
            original_subject=parsed.subject,
            in_reply_to=parsed.message_id,
            references=parsed.references,
            message_id=reply_message_id(ticket.reference, parsed.sha256, company.support_address),
            sent_at=now,
        ),
    )


def _outgoing_row(ticket: Ticket, parsed: ParsedMail, decision: Decision, message: EmailMessage,
                  company: Company, recipient: str, now: datetime) -> Message:
    """What the thread keeps of the reply: its text, as the recipient will read it."""
    body = message.get_body(("plain",))
    return Message(
        ticket_id=ticket.id,
        direction="out",
        message_id=str(message["Message-ID"]),
        sha256=None,
        in_reply_to=[parsed.message_id] if parsed.message_id else [],
        references=list(parsed.references),
        from_name=company.from_name,
        from_address=company.support_address,
        to_addresses=[recipient],
        subject=str(message["Subject"]),
        body_text=body.get_content() if body is not None else "",
        received_at=now,
        language=parsed.language,
        kind=ticket.kind,
        action=decision.action,
        rule=decision.rule,
    )
