"""SQLAlchemy 2 models: what the product keeps.

Only redacted text is ever written to these tables: `Message.body_text` and
friends come from a `ParsedMail`, whose text fields are redacted by `parsers/`.
Schema changes go through Alembic (`store/migrations`), never `create_all` in
production code.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from store.utc import UTCDateTime

# Ticket statuses, in the words support uses.
STATUSES = (
    "new",
    "waiting_for_information",
    "in_progress",
    "passed_to_subprocessor",
    "done",
    "refused",
    "not_a_request",
    "merged",
)
OPEN_STATUSES = ("new", "waiting_for_information", "in_progress", "passed_to_subprocessor")
# Statuses staff set by hand (not_a_request and merged have their own actions).
STAFF_STATUSES = (
    "new",
    "waiting_for_information",
    "in_progress",
    "passed_to_subprocessor",
    "done",
    "refused",
)
ROLES = ("agent", "admin")


class Base(DeclarativeBase):
    """Declarative base; the metadata Alembic compares against."""


class Reseller(Base):
    __tablename__ = "resellers"

    id: Mapped[int] = mapped_column(primary_key=True)
    reseller_id: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    contacts: Mapped[list[str]] = mapped_column(JSON, default=list)


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), default="new")
    language: Mapped[str] = mapped_column(String(2))
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"))
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    requester_address: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_date: Mapped[date] = mapped_column(Date)
    # Flags support filters on.
    is_sender_known: Mapped[bool] = mapped_column(Boolean, default=True)
    needs_person: Mapped[bool] = mapped_column(Boolean, default=False)
    is_waiting_for_information: Mapped[bool] = mapped_column(Boolean, default=False)
    has_failed_reply: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    sensitive_count: Mapped[int] = mapped_column(Integer, default=0)
    assignee: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The ticket this one was merged into (status "merged"); a plain id, see 0002.
    merged_into_id: Mapped[int | None] = mapped_column(Integer)
    # The mail a further request of it opened this ticket from, stored on the first
    # ticket that mail opened; a plain id, see 0003.
    opened_from_message_id: Mapped[int | None] = mapped_column(Integer)

    reseller: Mapped[Reseller | None] = relationship()
    data_subjects: Mapped[list[DataSubjectRow]] = relationship(
        back_populates="ticket", order_by="DataSubjectRow.position"
    )
    messages: Mapped[list[Message]] = relationship(
        back_populates="ticket", order_by="Message.id"
    )

    # Keyset paging orders by (due_date, id); SQLite appends the rowid to every index.
    __table_args__ = (
        Index("ix_tickets_status_due", "status", "due_date"),
        Index("ix_tickets_due_id", "due_date", "id"),
        Index("ix_tickets_kind_due", "kind", "due_date"),
        Index("ix_tickets_reseller_due", "reseller_id", "due_date"),
        Index("ix_tickets_assignee_due", "assignee", "due_date"),
        Index("ix_tickets_received_at", "received_at"),
        Index("ix_tickets_failed_due", "due_date", "id",
              sqlite_where=text("has_failed_reply = 1"), postgresql_where=text("has_failed_reply")),
        Index("ix_tickets_needs_person_due", "due_date", "id",
              sqlite_where=text("needs_person = 1"), postgresql_where=text("needs_person")),
        Index("ix_tickets_unknown_sender_due", "due_date", "id",
              sqlite_where=text("is_sender_known = 0"),
              postgresql_where=text("NOT is_sender_known")),
        Index("ix_tickets_sensitive_due", "due_date", "id",
              sqlite_where=text("sensitive_count > 0"),
              postgresql_where=text("sensitive_count > 0")),
    )


class DataSubjectRow(Base):
    """An employee a ticket is about."""

    __tablename__ = "data_subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str | None] = mapped_column(String(300))
    extension: Mapped[str | None] = mapped_column(String(16))

    ticket: Mapped[Ticket] = relationship(back_populates="data_subjects")


class Message(Base):
    """One mail in or out; text fields hold redacted text only."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8))  # "in" or "out"
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    in_reply_to: Mapped[list[str]] = mapped_column(JSON, default=list)
    references: Mapped[list[str]] = mapped_column(JSON, default=list)
    from_name: Mapped[str] = mapped_column(String(300), default="")
    from_address: Mapped[str] = mapped_column(String(320), default="", index=True)
    to_addresses: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    signature_text: Mapped[str] = mapped_column(Text, default="")
    quoted_text: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    automated: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(2))
    kind: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str | None] = mapped_column(String(32))
    rule: Mapped[str | None] = mapped_column(String(64))
    sensitive: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    problems: Mapped[list[str]] = mapped_column(JSON, default=list)
    source_key: Mapped[str | None] = mapped_column(String(300))  # where the original sits
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"))  # known sender
    data_subjects: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)

    ticket: Mapped[Ticket | None] = relationship(back_populates="messages")


class AuditEvent(Base):
    """Who did what to a ticket, and when; never the content of sensitive data.

    Internal notes are events named "note" whose details hold the staff's text
    (`{"text": ...}`): written by support, never copied from a mail.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))  # "intake" or a user name
    event: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class User(Base):
    """A support person who may use the triage page; passwords are stored hashed."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16), default="agent")  # one of ROLES
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class OutboxItem(Base):
    """A rendered reply waiting to be sent; the bytes carry a fixed Message-ID."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    message_row_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    recipient: Mapped[str] = mapped_column(String(320))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    # pending, sending, sent or failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at"),)


class MailboxState(Base):
    """Per source folder: the UIDVALIDITY seen last, to notice a reset."""

    __tablename__ = "mailbox_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(300))
    folder: Mapped[str] = mapped_column(String(300))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("source", "folder"),)


class Counter(Base):
    """Named counters (ticket numbers per year) advanced inside the mail's transaction."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
