"""The outbox: rendered replies waiting to be sent, and what happened to each.

A row is written in the same transaction as the ticket it answers (`enqueue_reply`),
carrying the reply's final bytes and its fixed Message-ID, so every attempt sends the
same mail. The sender (`intake/sender.py`) claims due rows, sends them outside any
transaction and records the outcome with `mark_sent`, `mark_retry` or `mark_failed`.

Every function takes a Session; the caller owns the commit. Times are passed in.
SQLite hands timezone-aware columns back naive, so values read here are taken as UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from intake.errors import IntakeError
from store.models import Message, OutboxItem, Ticket
from store.tickets import record_event

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
OUTBOX_STATUSES = (PENDING, SENDING, SENT, FAILED)

ACTOR = "intake"


class OutboxError(IntakeError):
    """An outbox row is missing, or cannot make the change asked for."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff for temporary failures, given up after a horizon.

    Attempt n (counting from 1) waits `base_delay * 2**(n-1)`, at most `max_delay`,
    before the next one. The horizon is measured along that schedule (the sum of the
    waits), not in wall time, so a sender that was itself down does not eat into it;
    the last wait is shortened to land exactly on the horizon.
    """

    base_delay: timedelta = timedelta(seconds=60)
    max_delay: timedelta = timedelta(hours=1)
    horizon: timedelta = timedelta(days=2)

    def __post_init__(self) -> None:
        if self.base_delay <= timedelta(0):
            raise ValueError("base_delay must be positive")
        if self.max_delay < self.base_delay:
            raise ValueError("max_delay must be at least base_delay")
        if self.horizon < timedelta(0):
            raise ValueError("horizon must not be negative")

    def backoff(self, attempts: int) -> timedelta:
        """The uncapped-by-horizon wait after attempt number `attempts` failed."""
        exponent = min(max(attempts, 1) - 1, 64)
        if self.base_delay.total_seconds() * 2.0**exponent >= self.max_delay.total_seconds():
            return self.max_delay
        return self.base_delay * (1 << exponent)

    def next_delay(self, attempts: int) -> timedelta | None:
        """The wait before the next attempt after `attempts` failed ones; None: give up."""
        waited = timedelta(0)
        for done in range(1, max(attempts, 1)):
            waited += self.backoff(done)
            if waited >= self.horizon:
                return None
        if waited >= self.horizon:
            return None
        return min(self.backoff(attempts), self.horizon - waited)


def enqueue_reply(
    session: Session,
    *,
    ticket_id: int | None,
    message_row_id: int | None,
    message_id: str,
    recipient: str,
    raw: bytes,
    now: datetime,
) -> OutboxItem:
    """Queue one rendered reply, due at once; `raw` already carries `message_id`."""
    item = OutboxItem(
        ticket_id=ticket_id,
        message_row_id=message_row_id,
        message_id=message_id,
        recipient=recipient,
        raw=raw,
        status=PENDING,
        attempts=0,
        next_attempt_at=_utc(now),
        created_at=_utc(now),
    )
    session.add(item)
    session.flush()
    return item


def claim_due(
    session: Session, now: datetime, limit: int, stale_after: timedelta
) -> list[OutboxItem]:
    """Mark up to `limit` due rows "sending" and return them, oldest due first.

    Due: pending with `next_attempt_at <= now`, or stuck in "sending" since before
    `now - stale_after` (its sender died between sending and recording). The UPDATE
    repeats the condition, so two claimers never both get a row; on PostgreSQL the
    candidate rows are locked with SKIP LOCKED so concurrent senders do not wait.
    """
    now = _utc(now)
    due = _is_due(now, stale_after)
    candidates = (
        select(OutboxItem.id)
        .where(due)
        .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    claimed = session.scalars(
        update(OutboxItem)
        .where(OutboxItem.id.in_(candidates.scalar_subquery()), due)
        .values(status=SENDING, claimed_at=now)
        .returning(OutboxItem),
        execution_options={"populate_existing": True},
    ).all()
    return sorted(claimed, key=lambda item: (_utc(item.next_attempt_at), item.id))


def mark_sent(session: Session, item_id: int, now: datetime) -> OutboxItem:
    """Record that the server accepted the mail."""
    now = _utc(now)
    item = _get(session, item_id)
    item.status = SENT
    item.attempts += 1
    item.sent_at = now
    item.claimed_at = None
    if item.message_row_id is not None:
        message = session.get(Message, item.message_row_id)
        if message is not None:
            message.sent_at = now
    return item


def mark_retry(
    session: Session, item_id: int, now: datetime, error: str, policy: RetryPolicy
) -> OutboxItem:
    """Record a temporary failure: back off, or fail for good past the horizon."""
    item = _get(session, item_id)
    if item.status == SENT:
        return item  # another sender got it through meanwhile
    item.attempts += 1
    delay = policy.next_delay(item.attempts)
    if delay is None:
        gave_up = f"gave up after {item.attempts} attempts; last error: {error}"
        return _fail(session, item, _utc(now), gave_up)
    item.status = PENDING
    item.next_attempt_at = _utc(now) + delay
    item.claimed_at = None
    item.last_error = error
    return item


def mark_failed(session: Session, item_id: int, now: datetime, error: str) -> OutboxItem:
    """Record a permanent failure (the server's 5xx answer in `error`); flag the ticket."""
    item = _get(session, item_id)
    if item.status == SENT:
        return item
    item.attempts += 1
    return _fail(session, item, _utc(now), error)


def release(session: Session, item_id: int) -> OutboxItem:
    """Hand a claimed row back untried, due as it was (the sender ran out of time)."""
    item = _get(session, item_id)
    if item.status == SENDING:
        item.status = PENDING
        item.claimed_at = None
    return item


def list_outbox(session: Session, status: str | None = None) -> list[OutboxItem]:
    """Outbox rows, optionally of one status, oldest first."""
    if status is not None and status not in OUTBOX_STATUSES:
        raise OutboxError(f"unknown outbox status {status!r}; one of {OUTBOX_STATUSES}")
    query = select(OutboxItem).order_by(OutboxItem.id)
    if status is not None:
        query = query.where(OutboxItem.status == status)
    return list(session.scalars(query))


def retry_now(session: Session, item_id: int, now: datetime, *, actor: str = ACTOR) -> OutboxItem:
    """Make a pending or failed row due at once, with a fresh backoff schedule."""
    now = _utc(now)
    item = _get(session, item_id)
    if item.status not in (PENDING, FAILED):
        raise OutboxError(f"outbox item {item_id} is {item.status}; cannot retry it")
    if item.ticket_id is not None:
        _audit(session, item, now, "reply_retry_requested", {}, actor=actor)
    item.status = PENDING
    item.attempts = 0
    item.next_attempt_at = now
    item.claimed_at = None
    if item.ticket_id is not None:
        _refresh_failed_flag(session, item.ticket_id)
    return item


def count_by_status(session: Session) -> dict[str, int]:
    """How many rows are in each status (every status present, zero included)."""
    counts = dict.fromkeys(OUTBOX_STATUSES, 0)
    query = select(OutboxItem.status, func.count()).group_by(OutboxItem.status)
    for status, count in session.execute(query):
        counts[status] = count
    return counts


def _is_due(now: datetime, stale_after: timedelta) -> ColumnElement[bool]:
    return or_(
        and_(OutboxItem.status == PENDING, OutboxItem.next_attempt_at <= now),
        and_(OutboxItem.status == SENDING, OutboxItem.claimed_at < now - stale_after),
    )


def _fail(session: Session, item: OutboxItem, now: datetime, error: str) -> OutboxItem:
    item.status = FAILED
    item.claimed_at = None
    item.last_error = error
    if item.ticket_id is not None:
        ticket = session.get(Ticket, item.ticket_id)
        if ticket is not None:
            ticket.has_failed_reply = True
        _audit(session, item, now, "reply_failed", {"error": error})
    return item


def _audit(
    session: Session,
    item: OutboxItem,
    now: datetime,
    event: str,
    details: dict[str, object],
    *,
    actor: str = ACTOR,
) -> None:
    record_event(
        session,
        at=now,
        event=event,
        ticket_id=item.ticket_id,
        message_id=item.message_row_id,
        actor=actor,
        details={
            "outbox_id": item.id,
            "message_id": item.message_id,
            "recipient": item.recipient,
            "attempts": item.attempts,
            **details,
        },
    )


def _refresh_failed_flag(session: Session, ticket_id: int) -> None:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        return
    session.flush()
    still_failed = session.scalar(
        select(func.count())
        .select_from(OutboxItem)
        .where(OutboxItem.ticket_id == ticket_id, OutboxItem.status == FAILED)
    )
    ticket.has_failed_reply = bool(still_failed)


def _get(session: Session, item_id: int) -> OutboxItem:
    item = session.get(OutboxItem, item_id)
    if item is None:
        raise OutboxError(f"no outbox item {item_id}")
    return item


def _utc(moment: datetime) -> datetime:
    """`moment` as an aware UTC datetime; a naive one (as SQLite returns) is UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def count_recent_replies(
    session: Session, since: datetime, *, ticket_id: int | None = None,
    recipient: str | None = None,
) -> int:
    """Replies queued since `since` on one ticket or to one recipient (the loop breaker)."""
    query = select(func.count()).select_from(OutboxItem).where(OutboxItem.created_at >= since)
    if ticket_id is not None:
        query = query.where(OutboxItem.ticket_id == ticket_id)
    if recipient is not None:
        query = query.where(OutboxItem.recipient == recipient)
    return session.scalar(query) or 0
