"""Queue queries, staff actions, users and counts on a real (fresh) SQLite database
built by the real migrations, FTS5 triggers included."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from parsers.model import DataSubject
from store import ticket_actions
from store.database import make_engine, make_session_factory, upgrade_schema
from store.models import Ticket
from store.queue import Cursor, QueueFilter, count_queue, list_queue
from store.stats import open_by_kind_and_status, received_per_week
from store.tickets import set_data_subjects
from store.users import UserError, add_user, authenticate
from tests.integration.queue_support import make_ticket

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    engine = make_engine(f"sqlite:///{tmp_path / 'queue.db'}")
    upgrade_schema(engine)
    with make_session_factory(engine)() as session:
        yield session


def test_keyset_pages_cover_every_ticket_once_in_due_order(session: Session) -> None:
    for number in range(1, 131):  # many share a due date: the id breaks the tie
        make_ticket(session, number, due=date(2026, 4, 1) + timedelta(days=number % 7))
    seen: list[Ticket] = []
    page = list_queue(session, QueueFilter(), limit=50)
    while True:
        seen.extend(page.tickets)
        if page.next_cursor is None:
            break
        page = list_queue(session, QueueFilter(), after=page.next_cursor, limit=50)
    assert len(seen) == 130 == len({t.id for t in seen})
    assert [(t.due_date, t.id) for t in seen] == sorted((t.due_date, t.id) for t in seen)
    back = list_queue(session, QueueFilter(), before=Cursor.of(seen[100]), limit=50)
    assert [t.id for t in back.tickets] == [t.id for t in seen[50:100]]
    assert back.prev_cursor == Cursor.of(seen[50])
    assert count_queue(session, QueueFilter()) == 130


def test_search_follows_every_change(session: Session) -> None:
    first = make_ticket(session, 1, due=date(2026, 4, 1), name="Karen Vinther", extension="3319")
    second = make_ticket(session, 2, due=date(2026, 4, 2), name="Ole Bjerg", extension="812",
                         body="Hej, slet Ole Bjerg fra omstillingen")

    def found(text: str) -> list[str]:
        return [t.reference for t in list_queue(session, QueueFilter("all", search=text)).tickets]

    assert found("vinther") == [first.reference] and found("Karen Vin") == [first.reference]
    assert found("3319") == [first.reference] and found("331") == []
    assert found("GDPR-2026-000002") == [second.reference]
    assert found("omstillingen") == [second.reference]
    set_data_subjects(session, first, [DataSubject("Karen Winther", "3319")])
    assert found("Vinther") == [] and found("Winther") == [first.reference]
    ticket_actions.merge_ticket(session, second, first, actor="anna", now=NOW)
    assert found("omstillingen") == [first.reference]  # the mail moved with the merge
    assert found("812") == [first.reference, second.reference]  # employee copied over


def test_filters_combine(session: Session) -> None:
    plain = make_ticket(session, 1, due=date(2026, 4, 1))
    flagged = make_ticket(session, 2, due=date(2026, 4, 2), kind="access")
    flagged.has_failed_reply = True
    flagged.sensitive_count, flagged.sensitive_categories = 1, ["health"]
    flagged.assignee = "anna"
    closed = make_ticket(session, 3, due=date(2026, 4, 3))
    closed.status = "done"
    session.flush()

    def refs(**filters: object) -> list[str]:
        return [t.reference for t in list_queue(session, QueueFilter(**filters)).tickets]  # type: ignore[arg-type]

    assert refs() == [plain.reference, flagged.reference]
    assert refs(status="closed") == [closed.reference]
    assert refs(flags=("failed_reply", "sensitive")) == [flagged.reference]
    assert refs(kind="access") == [flagged.reference]
    assert refs(assignee="none") == [plain.reference]
    assert refs(assignee="anna") == [flagged.reference]
    assert refs(reseller="none", status="all") == [plain.reference, flagged.reference,
                                                    closed.reference]
    assert refs(reseller="R404") == []


def test_actions_check_their_input(session: Session) -> None:
    ticket = make_ticket(session, 1, due=date(2026, 4, 1))
    with pytest.raises(ticket_actions.TicketActionError, match="no active user"):
        ticket_actions.assign(session, ticket, "ghost", actor="anna", now=NOW)
    with pytest.raises(ticket_actions.TicketActionError, match="unknown status"):
        ticket_actions.set_status(session, ticket, "merged", actor="anna", now=NOW)
    with pytest.raises(ticket_actions.TicketActionError, match="empty"):
        ticket_actions.add_note(session, ticket, "   ", actor="anna", now=NOW)
    ticket_actions.mark_not_a_request(session, ticket, "spam", actor="anna", now=NOW)
    events = ticket_actions.audit_log(session, ticket)
    assert [(e.event, e.actor, e.details["reason"]) for e in events] == [
        ("marked_not_a_request", "anna", "spam")]


def test_users_and_passwords(session: Session) -> None:
    add_user(session, "anna", "correct horse battery", role="admin", now=NOW)
    assert authenticate(session, "anna", "correct horse battery") is not None
    assert authenticate(session, "anna", "wrong password!") is None
    assert authenticate(session, "nobody", "correct horse battery") is None
    with pytest.raises(UserError):
        add_user(session, "anna", "another password", role="agent", now=NOW)
    with pytest.raises(UserError):
        add_user(session, "bo b", "another password", role="agent", now=NOW)
    with pytest.raises(UserError):
        add_user(session, "bo", "another password", role="root", now=NOW)


def test_overview_counts(session: Session) -> None:
    make_ticket(session, 1, due=date(2026, 4, 1))
    make_ticket(session, 8, due=date(2026, 4, 1), kind="access")
    make_ticket(session, 9, due=date(2026, 4, 1), kind="access").status = "done"
    session.flush()
    assert open_by_kind_and_status(session) == {("erasure", "new"): 1, ("access", "new"): 1}
    weeks = received_per_week(session, NOW.date(), weeks=12)
    assert len(weeks) == 12 and weeks[-1].monday == date(2026, 3, 9)
    assert sum(week.total for week in weeks) == 3
    assert weeks[-1].by_kind == {"erasure": 1}  # received 1 day before NOW
