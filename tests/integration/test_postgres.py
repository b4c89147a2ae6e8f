"""The same code on a real PostgreSQL server: migrations, the dev corpus through the
pipeline (compared with SQLite), duplicates, concurrent outbox claims with SKIP
LOCKED, the queue's filters, search and paging, time zones and `intake db upgrade`.

Needs `INTAKE_TEST_POSTGRES_URL` (see postgres_support); skipped without it, except
under CI, where a missing server fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from intake.settings import DatabaseSettings, Settings
from intake.sources.base import SourceMail
from intake.wiring import build_pipeline, open_database
from parsers.model import DataSubject
from store import ticket_actions
from store.database import make_engine, make_session_factory, transaction, upgrade_schema
from store.models import Message, OutboxItem, Ticket
from store.outbox import claim_due, enqueue_reply
from store.queue import Cursor, QueueFilter, count_queue, list_queue
from store.tickets import set_data_subjects
from tests.integration.postgres_support import (
    DEV_CORPUS,
    pg_url,  # noqa: F401  (fixture)
    run_dev_corpus,
)
from tests.integration.queue_support import make_ticket

pytestmark = pytest.mark.integration
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def sessions(pg_url: str) -> Iterator[sessionmaker[Session]]:  # noqa: F811
    engine = make_engine(pg_url)
    upgrade_schema(engine)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session


def test_migrations_build_the_schema_and_search_index(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        assert session.scalar(text("SELECT version_num FROM alembic_version")) == "0003"
        tables = set(session.scalars(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
        assert {"tickets", "messages", "outbox", "users", "ticket_search"} <= tables
        column_type = session.scalar(text(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = 'tickets' AND column_name = 'received_at'"))
        assert column_type == "timestamp with time zone"
    upgrade_schema(sessions.kw["bind"])  # a second run changes nothing


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="shared/corpus/dev is not beside the repo")
def test_dev_corpus_gives_the_same_tickets_as_on_sqlite(pg_url: str,  # noqa: F811
                                                        tmp_path: Path) -> None:
    on_sqlite = run_dev_corpus(f"sqlite:///{tmp_path / 'dev.db'}")
    on_postgres = run_dev_corpus(pg_url)
    assert on_postgres.actions == on_sqlite.actions
    assert set(on_postgres.tickets) == set(on_sqlite.tickets) and on_sqlite.tickets
    assert on_postgres.per_mail == on_sqlite.per_mail
    assert on_postgres.tickets == on_sqlite.tickets
    assert on_postgres.outbox == on_sqlite.outbox and on_postgres.replies == on_sqlite.replies
    # search finds the same tickets by reference, requester and employee on both
    queries = {word for ref, ticket in on_sqlite.tickets.items()
               for word in [ref, str(ticket[5]), *(name or "" for name in ticket[9])] if word}
    for query in sorted(queries):
        found = []
        for run in (on_sqlite, on_postgres):
            with run.sessions() as session:
                found.append({t.reference for t in list_queue(
                    session, QueueFilter("all", search=query), limit=1000).tickets})
        assert found[0] == found[1], query


def test_the_same_mail_twice_opens_nothing(pg_url: str) -> None:  # noqa: F811
    settings = Settings(database=DatabaseSettings(url=pg_url))
    sessions = open_database(settings)
    pipeline = build_pipeline(settings, sessions, lambda: NOW)
    raw = (b"From: Mette Holm <mette@example.dk>\r\nTo: support@example.com\r\n"
           b"Subject: Sletning af Jens Holm\r\nMessage-ID: <twice@example.dk>\r\n"
           b"Date: Tue, 10 Mar 2026 08:00:00 +0100\r\n\r\n"
           b"Hej, slet venligst alle data om Jens Holm, lokal 233.\r\n")
    first = pipeline.handle(SourceMail(key="a", raw=raw))
    again = pipeline.handle(SourceMail(key="b", raw=raw))
    assert not first.is_duplicate and again.is_duplicate and again.action is None
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)
                              .where(Message.direction == "in")) == 1
        tickets = session.scalar(select(func.count()).select_from(Ticket))
        replies = session.scalar(select(func.count()).select_from(OutboxItem))
    assert tickets == (1 if first.ticket_ref else 0)
    assert replies == (1 if first.reply_queued else 0)


def _enqueue(sessions: sessionmaker[Session], count: int) -> set[int]:
    with transaction(sessions) as session:
        return {enqueue_reply(session, ticket_id=None, message_row_id=None,
                              message_id=f"<r{n}@intake.test>", recipient="a@example.dk",
                              raw=b"x", now=NOW - timedelta(seconds=n)).id
                for n in range(count)}


def test_concurrent_drains_never_claim_the_same_row(pg_url: str) -> None:  # noqa: F811
    sessions = make_session_factory(make_engine(pg_url))
    upgrade_schema(sessions.kw["bind"])
    expected = _enqueue(sessions, 200)
    start = threading.Barrier(4)
    claims: list[list[int]] = [[] for _ in range(4)]
    errors: list[BaseException] = []

    def drain(index: int) -> None:
        own = make_session_factory(make_engine(pg_url))  # an engine per worker
        try:
            start.wait()
            while True:
                with transaction(own) as session:
                    batch = claim_due(session, NOW, 7, timedelta(hours=1))
                if not batch:
                    return
                claims[index].extend(item.id for item in batch)
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)
        finally:
            own.kw["bind"].dispose()

    workers = [threading.Thread(target=drain, args=(n,)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert not errors
    every = [item for claimed in claims for item in claimed]
    assert len(every) == len(set(every)) == 200 and set(every) == expected
    assert sum(1 for claimed in claims if claimed) >= 2  # they really did share the work


def test_a_claim_skips_rows_another_sender_holds(pg_url: str) -> None:  # noqa: F811
    first = make_session_factory(make_engine(pg_url))
    upgrade_schema(first.kw["bind"])
    _enqueue(first, 20)
    second = make_session_factory(make_engine(pg_url))
    with first() as holder, holder.begin():
        held = {item.id for item in claim_due(holder, NOW, 5, timedelta(hours=1))}
        with transaction(second) as other:
            other.execute(text("SET LOCAL lock_timeout = '2s'"))  # waiting would fail here
            taken = {item.id for item in claim_due(other, NOW, 50, timedelta(hours=1))}
    assert len(held) == 5 and len(taken) == 15 and not held & taken


def test_keyset_pages_and_filters(session: Session) -> None:
    for number in range(1, 131):
        make_ticket(session, number, due=date(2026, 4, 1) + timedelta(days=number % 7),
                kind="access" if number % 5 == 0 else "erasure")
    done = session.scalars(select(Ticket).where(Ticket.reference == "GDPR-2026-000003")).one()
    done.status = "done"
    flagged = session.scalars(select(Ticket).where(Ticket.reference == "GDPR-2026-000010")).one()
    flagged.has_failed_reply, flagged.sensitive_count, flagged.assignee = True, 2, "anna"
    session.flush()
    seen: list[Ticket] = []
    page = list_queue(session, QueueFilter("all"), limit=50)
    while True:
        seen.extend(page.tickets)
        if page.next_cursor is None:
            break
        page = list_queue(session, QueueFilter("all"), after=page.next_cursor, limit=50)
    assert len(seen) == 130 == len({t.id for t in seen})
    assert [(t.due_date, t.id) for t in seen] == sorted((t.due_date, t.id) for t in seen)
    back = list_queue(session, QueueFilter("all"), before=Cursor.of(seen[100]), limit=50)
    assert [t.id for t in back.tickets] == [t.id for t in seen[50:100]]
    assert count_queue(session, QueueFilter()) == 129
    assert count_queue(session, QueueFilter(kind="access")) == 26
    assert [t.reference for t in list_queue(session, QueueFilter(status="closed")).tickets] == [
        done.reference]
    for filters in (QueueFilter(flags=("failed_reply", "sensitive")), QueueFilter(assignee="anna"),
                    QueueFilter(kind="access", flags=("failed_reply",))):
        assert [t.reference for t in list_queue(session, filters).tickets] == [flagged.reference]
    assert count_queue(session, QueueFilter(assignee="none")) == 128


def test_search_follows_every_change(session: Session) -> None:
    first = make_ticket(session, 1, due=date(2026, 4, 1), name="Karen Vinther", extension="3319")
    second = make_ticket(session, 2, due=date(2026, 4, 2), name="Ole Bjerg", extension="812",
                     body="Hej, slet Ole Bjerg fra omstillingen. José Müller-Sørensen")

    def found(text: str) -> list[str]:
        return [t.reference for t in list_queue(session, QueueFilter("all", search=text)).tickets]

    assert found("vinther") == [first.reference] and found("Karen Vin") == [first.reference]
    assert found("3319") == [first.reference] and found("331") == []
    assert found("GDPR-2026-000002") == [second.reference] and found("2026-000002") != []
    assert found("omstillingen") == [second.reference] and found("m@x.dk") != []
    assert found("jose") == found("JOSÉ") == found("muller-sør") == [second.reference]
    assert found("Ole & Bjerg") == [second.reference] and found("!:*") == []
    assert found("' OR 1=1 --") == [] and found("Bjerg Ole") == [second.reference]
    set_data_subjects(session, first, [DataSubject("Karen Winther", "3319")])
    assert found("Vinther") == [] and found("Winther") == [first.reference]
    ticket_actions.merge_ticket(session, second, first, actor="anna", now=NOW)
    assert found("omstillingen") == [first.reference]  # the mail moved with the merge
    assert found("812") == [first.reference, second.reference]  # employee copied over


def test_a_huge_ticket_text_is_indexed_in_part_not_refused(session: Session) -> None:
    words = " ".join(f"ord{n}x" for n in range(250_000))  # 2 MB of distinct words
    ticket = make_ticket(session, 5, due=date(2026, 4, 1), body=words)
    session.flush()
    found = list_queue(session, QueueFilter("all", search="ord12x")).tickets
    assert [t.reference for t in found] == [ticket.reference]


def test_times_come_back_aware_utc_whatever_the_session_zone(
        sessions: sessionmaker[Session]) -> None:
    copenhagen = timezone(timedelta(hours=1))
    moment = datetime(2026, 3, 10, 9, 30, 15, 123456, tzinfo=copenhagen)
    with transaction(sessions) as session:
        session.execute(text("SET LOCAL TIME ZONE 'America/New_York'"))
        ticket = make_ticket(session, 7, due=date(2026, 4, 1))
        ticket.received_at = moment
    with transaction(sessions) as session:
        session.execute(text("SET LOCAL TIME ZONE 'Asia/Tokyo'"))
        stored = session.scalars(select(Ticket).execution_options(populate_existing=True)).one()
        assert stored.received_at == moment and stored.received_at.utcoffset() == timedelta(0)
        assert stored.received_at.hour == 8 and stored.received_at.microsecond == 123456
        assert session.scalars(select(Ticket).where(Ticket.received_at == moment)).one()
        naive = session.scalar(text("SELECT received_at::timestamp FROM tickets"))
        assert naive == datetime(2026, 3, 10, 17, 30, 15, 123456)  # Tokyo wall time


def test_cli_db_upgrade(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    environment = {**os.environ, "INTAKE_DATABASE_URL": pg_url}
    environment.pop("INTAKE_CONFIG", None)
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "intake.cli", "db", "upgrade"],
                              env=environment, cwd=tmp_path, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert "schema is up to date" in done.stdout and "intake:intake" not in done.stdout
    with make_session_factory(make_engine(pg_url))() as session:
        assert session.scalar(text("SELECT version_num FROM alembic_version")) == "0003"
        assert session.scalar(text("SELECT count(*) FROM ticket_search")) == 0


def test_nul_characters_and_overlong_headers_are_stored(pg_url: str) -> None:  # noqa: F811
    """PostgreSQL refuses NUL in text and enforces column lengths; a mail must not fail."""
    settings = Settings(database=DatabaseSettings(url=pg_url))
    sessions = open_database(settings)
    pipeline = build_pipeline(settings, sessions, lambda: NOW)
    name = "Mette " + "Holm-" * 200
    raw = (f"From: {name} <mette@example.dk>\r\nTo: support@example.com\r\n"
           "Subject: Sletning\x00 af Jens Holm\r\nMessage-ID: <nul@example.dk>\r\n"
           "Date: Tue, 10 Mar 2026 08:00:00 +0100\r\n\r\n"
           "Hej, slet venligst\x00 Jens Holm, lokal 233.\r\n").encode()
    outcome = pipeline.handle(SourceMail(key="nul", raw=raw))
    assert not outcome.is_duplicate
    with sessions() as session:
        row = session.scalars(select(Message).where(Message.direction == "in")).one()
        assert "\x00" not in row.body_text and len(row.from_name) <= 300
