"""Legal deadlines: GDPR art. 12(3) gives one month from receipt."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta


def received_time(header_date: datetime | None, now: datetime) -> datetime:
    """When the request counts as received: the mail's Date, unless missing or in the
    future (a wrong clock must never push the deadline later)."""
    if header_date is None:
        return now
    if header_date.tzinfo is None:
        header_date = header_date.replace(tzinfo=UTC)
    if header_date > now + timedelta(minutes=5):
        return now
    return header_date


def add_months(day: date, months: int) -> date:
    """Same day `months` later, clamped to the month's last day (31 Jan -> 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def due_date_for(received: datetime) -> date:
    """One month after receipt, counted on the date of receipt."""
    return add_months(received.date(), 1)
