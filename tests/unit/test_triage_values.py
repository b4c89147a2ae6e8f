"""Pure parts of triage: the search query builder, queue cursors, the week chart and
the digest text. No database, no sockets."""

from __future__ import annotations

from datetime import date

import pytest

from intake.digest import DigestSummary, render_digest_text
from intake.web.chart import week_chart
from store.models import Ticket
from store.queue import Cursor, QueueError, QueueFilter, fts_query, urgency


@pytest.mark.parametrize(("search", "expected"), [
    ("Jens Holm", '"Jens"* "Holm"*'),
    ("GDPR-2026-000123", '"GDPR 2026 000123"'),
    ("233", '"233"'),
    ('x" OR body:* NEAR(', '"x" "OR"* "body"* "NEAR"*'),  # operators become quoted words
    ("Søren", '"Søren"*'),
    ("  ", ""),
    ("-- ;", ""),
])
def test_fts_query_is_phrases_without_operators(search: str, expected: str) -> None:
    assert fts_query(search) == expected


def test_cursor_round_trip_and_garbage() -> None:
    cursor = Cursor(date(2026, 3, 1), 42)
    assert Cursor.decode(cursor.encode()) == cursor
    for bad in ("", "2026-03-01", "x.1", "2026-13-01.1"):
        with pytest.raises(QueueError):
            Cursor.decode(bad)


def test_filter_rejects_unknown_values() -> None:
    with pytest.raises(QueueError):
        QueueFilter(status="closedish")
    with pytest.raises(QueueError):
        QueueFilter(flags=("sensitive", "haunted"))


def _ticket(reference: str, due: date, status: str = "new", kind: str | None = "erasure") -> Ticket:
    return Ticket(reference=reference, due_date=due, status=status, kind=kind, reseller=None,
                  requester_address="a@b.dk", assignee=None)


def test_urgency_marks_open_tickets_only() -> None:
    today = date(2026, 3, 10)
    assert urgency(_ticket("A", date(2026, 3, 9)), today) == "overdue"
    assert urgency(_ticket("B", date(2026, 3, 17)), today) == "due_soon"
    assert urgency(_ticket("C", date(2026, 3, 18)), today) == ""
    assert urgency(_ticket("D", date(2026, 3, 1), status="done"), today) == ""


def test_week_chart_stacks_kinds_and_scales() -> None:
    weeks = [(date(2026, 3, 2), {"erasure": 3, "access": 1}), (date(2026, 3, 9), {})]
    chart = week_chart(weeks, ("erasure", "access"), width=400, height=200)
    assert len(chart.bars) == 2 and len(chart.x_labels) == 2
    erasure, access = chart.bars
    assert erasure.y + erasure.height == pytest.approx(chart.plot_bottom)
    assert access.y + access.height == pytest.approx(erasure.y, abs=0.11)
    assert erasure.height == pytest.approx(3 * access.height, abs=0.2)
    assert chart.y_labels[-1].text == "4" and "3 erasure" in erasure.title


def test_digest_text_lists_each_section() -> None:
    today = date(2026, 3, 10)
    late = _ticket("GDPR-2026-000001", date(2026, 3, 1), kind=None)
    soon = _ticket("GDPR-2026-000002", date(2026, 3, 12))
    summary = DigestSummary(today=today, new=[soon], due_soon=[soon], overdue=[late], failed=[])
    text = render_digest_text(summary)
    assert summary.headline == "1 new, 1 due within 7 days, 1 overdue, 0 failed replies"
    overdue = text.split("Overdue (1):")[1].split("Due within")[0]
    assert "GDPR-2026-000001" in overdue and "9 d overdue" in overdue
    assert "GDPR-2026-000002" in text.split("Due within the next 7 days (1):")[1]
    assert "Failed replies (0):" in text
