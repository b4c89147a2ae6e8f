from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from intake.deadlines import add_months, due_date_for, received_time

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_due_date_is_one_month_after_receipt() -> None:
    assert due_date_for(datetime(2026, 11, 28, 9, 0, tzinfo=UTC)) == date(2026, 12, 28)


def test_month_end_is_clamped() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 12, 15), 3) == date(2027, 3, 15)


def test_a_date_in_the_future_never_pushes_the_deadline_later() -> None:
    assert received_time(NOW + timedelta(days=3), NOW) == NOW
    assert received_time(None, NOW) == NOW
    earlier = NOW - timedelta(hours=5)
    assert received_time(earlier, NOW) == earlier


def test_naive_dates_are_taken_as_utc() -> None:
    naive = datetime(2026, 11, 1, 8, 0)
    assert received_time(naive, NOW).tzinfo is UTC
