"""A fresh PostgreSQL schema per test, and the dev corpus run on any database.

The server comes from `INTAKE_TEST_POSTGRES_URL` (`.ci/run` starts one and sets it,
see TESTING.md). Each test gets a schema of its own, named uniquely and dropped
afterwards; its URL sets `search_path`, so the real migrations, the CLI and every
engine a test makes see only that schema.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, select
from sqlalchemy.orm import Session, sessionmaker

from intake.evaluate import CaptureTransport, CorpusClock, import_registry_file
from intake.sender import drain_outbox_sync
from intake.settings import CompanySettings, DatabaseSettings, Settings
from intake.sources.base import SourceMail
from intake.wiring import build_pipeline, open_database
from store.models import Message, OutboxItem, Ticket
from store.outbox import RetryPolicy

URL_VARIABLE = "INTAKE_TEST_POSTGRES_URL"
DEV_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


def server_url() -> str:
    """The test server's URL; skips the test without one, fails it under CI."""
    url = os.environ.get(URL_VARIABLE, "")
    if not url:
        reason = (f"{URL_VARIABLE} is not set: no PostgreSQL server to test against "
                  "(e.g. postgresql+psycopg://intake:intake@127.0.0.1:5432/intake_test)")
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{reason}; CI must run the PostgreSQL tests (.ci/run starts one)")
        pytest.skip(reason)
    return url


def schema_url(url: str, schema: str, **settings: str) -> str:
    """`url` with `search_path` (and other server settings) set for every connection."""
    options = " ".join(f"-c{name}={value}" for name, value in
                       {"search_path": schema, **settings}.items())
    return make_url(url).update_query_dict({"options": options}) \
        .render_as_string(hide_password=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty schema on the test server (no tables yet)."""
    url = server_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
        yield schema_url(url, schema)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.dispose()


@dataclass(frozen=True)
class CorpusRun:
    """What the pipeline stored for the dev corpus."""

    actions: Counter[str]  # per Outcome.action ("duplicate" for None)
    per_mail: dict[str, tuple[str | None, str | None]]  # file -> (action, rule)
    tickets: dict[str, tuple[Any, ...]]  # reference -> what support sees of it
    outbox: Counter[str]  # rows per status after draining
    replies: int  # mails the transport accepted
    sessions: sessionmaker[Session]


def corpus_settings(url: str) -> Settings:
    support = (DEV_CORPUS / "mailbox.txt").read_text(encoding="utf-8").strip()
    return Settings(database=DatabaseSettings(url=url),
                    company=CompanySettings(support_address=support))


def run_dev_corpus(url: str) -> CorpusRun:
    """The dev corpus (registry and mail dates included) through the real pipeline."""
    settings = corpus_settings(url)
    sessions = open_database(settings)
    import_registry_file(DEV_CORPUS, sessions)
    clock = CorpusClock()
    pipeline = build_pipeline(settings, sessions, clock)
    actions: Counter[str] = Counter()
    for path in sorted(DEV_CORPUS.glob("*.eml")):
        raw = path.read_bytes()
        clock.follow(raw)
        actions[pipeline.handle(SourceMail(key=path.name, raw=raw)).action or "duplicate"] += 1
    transport = CaptureTransport()
    drain_outbox_sync(sessions, transport, now_fn=lambda: clock.current,
                      policy=RetryPolicy(), batch=1000)
    with sessions() as session:
        per_mail = {row.source_key or "": (row.action, row.rule) for row in session.scalars(
            select(Message).where(Message.direction == "in"))}
        tickets: dict[str, tuple[Any, ...]] = {
            t.reference: (t.kind, t.status, t.language, t.due_date, t.received_at,
                          t.requester_address, t.is_sender_known, t.needs_person,
                          t.sensitive_count, [s.full_name for s in t.data_subjects])
            for t in session.scalars(select(Ticket))}
        outbox = Counter(session.scalars(select(OutboxItem.status)))
    return CorpusRun(actions, per_mail, tickets, outbox, len(transport.sent), sessions)
