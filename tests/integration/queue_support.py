"""A ticket with one employee and one incoming mail, for the queue tests on any database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from parsers.model import DataSubject
from store.models import Message, Ticket
from store.tickets import open_ticket, set_data_subjects

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def make_ticket(session: Session, number: int, *, due: date, kind: str = "erasure",
                name: str = "Jens Holm", extension: str = "233", body: str = "Slet venligst",
                ) -> Ticket:
    ticket = open_ticket(session, reference=f"GDPR-2026-{number:06d}", kind=kind, language="da",
                         reseller_id=None, requester_name="Mette", requester_address="m@x.dk",
                         subject="Sletning", received_at=NOW - timedelta(days=number % 60),
                         due_date=due, now=NOW)
    set_data_subjects(session, ticket, [DataSubject(name, extension)])
    session.add(Message(ticket_id=ticket.id, direction="in", subject="Sletning",
                        body_text=body, received_at=NOW))
    session.flush()
    return ticket
