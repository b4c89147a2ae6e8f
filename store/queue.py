"""The triage queue: filters, full-text search and keyset paging by due date.

Tickets are ordered by (due_date, id). A page is fetched with a cursor, the
(due_date, id) of the row it continues from, never with OFFSET: page 2,000 costs
what page 1 costs. Search uses the index `ticket_search` built by migration 0002 and
fed by triggers: SQLite FTS5, or a PostgreSQL tsvector table with a GIN index, both
matching the same way (`fts_query`, `tsquery`); other databases fall back to LIKE.

Functions take a Session; they only read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    column,
    exists,
    false,
    func,
    or_,
    select,
    text,
    true,
    tuple_,
)
from sqlalchemy.orm import Session, selectinload

from intake.errors import IntakeError
from store.models import OPEN_STATUSES, STATUSES, DataSubjectRow, Message, Reseller, Ticket

PAGE_SIZE = 50
STATUS_CHOICES = ("open", "all", "closed", *STATUSES)
FLAGS = ("sensitive", "unknown_sender", "waiting", "failed_reply", "needs_person")
FLAG_LABELS = {
    "sensitive": "sensitive data seen",
    "unknown_sender": "unknown sender",
    "waiting": "waiting for information",
    "failed_reply": "failed reply",
    "needs_person": "needs a person",
}
NONE = "none"  # the filter value for "not set" (no kind, no reseller, unassigned)


class QueueError(IntakeError):
    """A filter or cursor that cannot be understood."""


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What a person asked to see; empty strings mean "any"."""

    status: str = "open"  # one of STATUS_CHOICES
    kind: str = ""  # a kind, or NONE
    reseller: str = ""  # a reseller code (e.g. R001), or NONE for unknown senders
    flags: tuple[str, ...] = ()  # all of these (see FLAGS)
    assignee: str = ""  # a user name, or NONE for unassigned
    search: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUS_CHOICES:
            raise QueueError(f"unknown status {self.status!r}; one of {', '.join(STATUS_CHOICES)}")
        unknown = [flag for flag in self.flags if flag not in FLAGS]
        if unknown:
            raise QueueError(f"unknown flag(s) {', '.join(unknown)}; known: {', '.join(FLAGS)}")


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page starts or ends: a ticket's due date and id."""

    due_date: date
    ticket_id: int

    def encode(self) -> str:
        return f"{self.due_date.isoformat()}.{self.ticket_id}"

    @classmethod
    def decode(cls, value: str) -> Cursor:
        try:
            day, _, number = value.partition(".")
            return cls(date.fromisoformat(day), int(number))
        except ValueError:
            raise QueueError(f"not a queue position: {value!r}") from None

    @classmethod
    def of(cls, ticket: Ticket) -> Cursor:
        return cls(ticket.due_date, ticket.id)


@dataclass(frozen=True, slots=True)
class QueuePage:
    tickets: list[Ticket] = field(default_factory=list)
    next_cursor: Cursor | None = None  # continue after this row
    prev_cursor: Cursor | None = None  # go back before this row


def list_queue(
    session: Session,
    filters: QueueFilter,
    *,
    after: Cursor | None = None,
    before: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> QueuePage:
    """One page of tickets, due first; `after`/`before` page forwards/backwards."""
    query = filtered_tickets(session, filters).options(
        selectinload(Ticket.reseller), selectinload(Ticket.data_subjects)
    )
    order = (Ticket.due_date, Ticket.id)
    if before is not None:
        query = query.where(tuple_(*order) < tuple_(before.due_date, before.ticket_id))
        rows = list(session.scalars(query.order_by(*(c.desc() for c in order)).limit(limit + 1)))
        has_more = len(rows) > limit
        rows = rows[:limit][::-1]
        return QueuePage(rows, Cursor.of(rows[-1]) if rows else None,
                         Cursor.of(rows[0]) if has_more and rows else None)
    if after is not None:
        query = query.where(tuple_(*order) > tuple_(after.due_date, after.ticket_id))
    rows = list(session.scalars(query.order_by(*order).limit(limit + 1)))
    has_more = len(rows) > limit
    rows = rows[:limit]
    return QueuePage(rows, Cursor.of(rows[-1]) if has_more else None,
                     Cursor.of(rows[0]) if after is not None and rows else None)


def count_queue(session: Session, filters: QueueFilter) -> int:
    """How many tickets the filters select (all pages)."""
    query = filtered_tickets(session, filters).with_only_columns(func.count(Ticket.id))
    return session.scalar(query.order_by(None)) or 0


def filtered_tickets(session: Session, filters: QueueFilter) -> Select[Ticket]:
    """SELECT tickets WHERE every filter holds (no order, no limit)."""
    conditions = [_status_condition(filters.status)]
    if filters.kind:
        conditions.append(Ticket.kind.is_(None) if filters.kind == NONE
                          else Ticket.kind == filters.kind)
    if filters.reseller:
        conditions.append(_reseller_condition(session, filters.reseller))
    if filters.assignee:
        conditions.append(Ticket.assignee.is_(None) if filters.assignee == NONE
                          else Ticket.assignee == filters.assignee)
    conditions.extend(_flag_condition(flag) for flag in filters.flags)
    if filters.search.strip():
        conditions.append(search_condition(session, filters.search))
    return select(Ticket).where(and_(*conditions))


def _status_condition(status: str) -> ColumnElement[bool]:
    if status == "open":
        return Ticket.status.in_(OPEN_STATUSES)
    if status == "closed":
        return Ticket.status.not_in(OPEN_STATUSES)
    if status == "all":
        return Ticket.id.is_not(None)
    return Ticket.status == status


def _reseller_condition(session: Session, code: str) -> ColumnElement[bool]:
    if code == NONE:
        return Ticket.reseller_id.is_(None)
    reseller_id = session.scalar(select(Reseller.id).where(Reseller.reseller_id == code))
    return Ticket.reseller_id == reseller_id if reseller_id is not None else false()


def _flag_condition(flag: str) -> ColumnElement[bool]:
    conditions: dict[str, ColumnElement[bool]] = {
        "sensitive": Ticket.sensitive_count > 0,
        "unknown_sender": Ticket.is_sender_known == false(),
        "waiting": or_(Ticket.is_waiting_for_information == true(),
                       Ticket.status == "waiting_for_information"),
        "failed_reply": Ticket.has_failed_reply == true(),
        "needs_person": Ticket.needs_person == true(),
    }
    return conditions[flag]


_WORD = re.compile(r"\w+")


def fts_query(search: str) -> str:
    """A safe FTS5 query: each space-separated chunk a phrase, all of them required.

    Punctuation splits words ("GDPR-2026-000123" is the phrase gdpr 2026 000123), no
    FTS5 operator can be injected, and a final alphabetic word matches as a prefix
    ("Jen" finds Jens) while numbers match whole (extension 233 is not 2330).
    """
    phrases = []
    for chunk in search.split():
        words = _WORD.findall(chunk)
        if not words:
            continue
        phrase = '"' + " ".join(words) + '"'
        if len(words[-1]) >= 2 and not words[-1].isdigit():
            phrase += "*"
        phrases.append(phrase)
    return " ".join(phrases)


_PLAIN_WORD = re.compile(r"[^\W_]+")


def tsquery(search: str) -> str:
    """`fts_query` for PostgreSQL's to_tsquery: the same phrases, prefixes and words.

    Words are letters and digits only (nothing an operator could hide in); the
    database folds case and accents as it did for the indexed text.
    """
    phrases = []
    for chunk in search.split():
        words = _PLAIN_WORD.findall(chunk)
        if not words:
            continue
        phrase = " <-> ".join(words)
        if len(words[-1]) >= 2 and not words[-1].isdigit():
            phrase += ":*"
        phrases.append(f"({phrase})")
    return " & ".join(phrases)


def search_condition(session: Session, search: str) -> ColumnElement[bool]:
    """Tickets whose reference, names, extensions or redacted text match `search`."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        query = fts_query(search)
        if not query:
            return false()
        # rowid is the ticket id: the match never reads the index's stored text.
        matches = text("SELECT rowid FROM ticket_search WHERE ticket_search MATCH :fts")
        return Ticket.id.in_(matches.bindparams(fts=query).columns(column("rowid", Integer)))
    if dialect == "postgresql":
        query = tsquery(search)
        if not query:
            return false()
        matches = text("SELECT ticket_id FROM ticket_search "
                       "WHERE body @@ to_tsquery('simple', ticket_search_fold(:tsq))")
        return Ticket.id.in_(matches.bindparams(tsq=query).columns(column("ticket_id", Integer)))
    return _like_condition(search)


def _like_condition(search: str) -> ColumnElement[bool]:
    """The portable fallback: every word somewhere in the ticket, case-insensitively."""
    conditions = []
    for word in search.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(or_(
            Ticket.reference.ilike(pattern, escape="\\"),
            Ticket.requester_name.ilike(pattern, escape="\\"),
            Ticket.requester_address.ilike(pattern, escape="\\"),
            Ticket.subject.ilike(pattern, escape="\\"),
            exists().where(DataSubjectRow.ticket_id == Ticket.id, or_(
                DataSubjectRow.full_name.ilike(pattern, escape="\\"),
                DataSubjectRow.extension.ilike(pattern, escape="\\"))),
            exists().where(Message.ticket_id == Ticket.id, Message.direction == "in",
                           Message.body_text.ilike(pattern, escape="\\")),
        ))
    return and_(*conditions) if conditions else false()


def urgency(ticket: Ticket, today: date) -> str:
    """"overdue", "due_soon" (within 7 days) or "" for an open ticket; "" when closed."""
    if ticket.status not in OPEN_STATUSES:
        return ""
    days = (ticket.due_date - today).days
    if days < 0:
        return "overdue"
    return "due_soon" if days <= 7 else ""
