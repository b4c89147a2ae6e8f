"""Counts for the overview page and the daily digest. Read only; times are passed in."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from store.models import OPEN_STATUSES, OutboxItem, Ticket

NO_KIND = "other"  # how a ticket without a recognised kind is counted


@dataclass(frozen=True, slots=True)
class WeekCounts:
    """Tickets received in the week starting `monday`, per kind."""

    monday: date
    by_kind: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def open_by_kind_and_status(session: Session) -> dict[tuple[str, str], int]:
    """Open tickets counted per (kind, status)."""
    query = (select(Ticket.kind, Ticket.status, func.count())
             .where(Ticket.status.in_(OPEN_STATUSES)).group_by(Ticket.kind, Ticket.status))
    return {(kind or NO_KIND, status): count for kind, status, count in session.execute(query)}


def open_due_between(session: Session, first: date, last: date) -> list[Ticket]:
    """Open tickets due from `first` to `last` (inclusive), soonest first."""
    query = (select(Ticket).options(selectinload(Ticket.reseller))
             .where(Ticket.status.in_(OPEN_STATUSES), Ticket.due_date >= first,
                    Ticket.due_date <= last)
             .order_by(Ticket.due_date, Ticket.id))
    return list(session.scalars(query))


def open_overdue(session: Session, today: date) -> list[Ticket]:
    """Open tickets whose due date has passed, oldest first."""
    query = (select(Ticket).options(selectinload(Ticket.reseller))
             .where(Ticket.status.in_(OPEN_STATUSES), Ticket.due_date < today)
             .order_by(Ticket.due_date, Ticket.id))
    return list(session.scalars(query))


def received_since(session: Session, since: datetime) -> list[Ticket]:
    """Tickets opened at or after `since`, oldest first."""
    query = (select(Ticket).options(selectinload(Ticket.reseller))
             .where(Ticket.created_at >= since).order_by(Ticket.created_at, Ticket.id))
    return list(session.scalars(query))


def failed_replies(session: Session) -> list[OutboxItem]:
    """Replies the mail server refused for good (not retried any more)."""
    query = select(OutboxItem).where(OutboxItem.status == "failed").order_by(OutboxItem.id)
    return list(session.scalars(query))


def received_per_week(session: Session, today: date, weeks: int = 12) -> list[WeekCounts]:
    """Tickets received per ISO week (Monday first) and kind, the last `weeks` weeks."""
    first_monday = monday_of(today) - timedelta(weeks=weeks - 1)
    since = datetime.combine(first_monday, time(0), tzinfo=UTC)
    counts: dict[date, Counter[str]] = {
        first_monday + timedelta(weeks=n): Counter() for n in range(weeks)
    }
    query = select(Ticket.received_at, Ticket.kind).where(Ticket.received_at >= since)
    for received_at, kind in session.execute(query):
        week = monday_of(received_at.date())
        if week in counts:
            counts[week][kind or NO_KIND] += 1
    return [WeekCounts(monday, dict(counter)) for monday, counter in counts.items()]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())
