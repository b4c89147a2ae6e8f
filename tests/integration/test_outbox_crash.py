"""The outbox on a real SMTP server through the real CLI: a sender killed between the
server's acceptance and its own record, an outage, a permanent refusal, a retry."""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from intake.sender import DEFAULT_STALE_AFTER, drain_outbox_sync
from intake.settings import load_settings
from intake.smtp import SmtpConfig, SmtpTransport
from intake.wiring import open_database, retry_policy, utc_now
from store.models import OutboxItem, Ticket
from tests.integration.smtp_server import SmtpTestServer
from tests.mailfactory import make_mail


class Installation:
    """intake on a local Maildir, replying over SMTP to the test server."""

    def __init__(self, folder: Path, smtp: SmtpTestServer) -> None:
        self.folder, self.smtp = folder, smtp
        self.database = folder / "intake.db"
        self.inbox = mailbox.Maildir(folder / "inbox", create=True)
        self.config = folder / "intake.toml"
        self.config.write_text(f"""
[mailbox]
source = "maildir"
maildir = "{folder / 'inbox'}"
[smtp]
transport = "smtp"
host = "{smtp.host}"
port = {smtp.port}
tls = "plain"
timeout = 120
retry_base_seconds = 0.01
retry_max_seconds = 0.01
[database]
url = "sqlite:///{self.database}"
""", encoding="utf-8")
        self.env = {**os.environ, "INTAKE_CONFIG": str(self.config)}
        (folder / "resellers.csv").write_text(
            "reseller_id,name,domains,contacts\nR001,NordTele ApS,nordtele.dk,\n",
            encoding="utf-8")
        self.intake("resellers", "import", str(folder / "resellers.csv"))

    def deliver(self, count: int) -> None:
        for number in range(count):
            self.inbox.add(make_mail(subject=f"Sletning {number}",
                                     body=f"Hej\n\nSlet venligst Jens Holm, lokal {200 + number}."
                                          "\n\nMvh\nMette"))

    def intake(self, *args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "intake", *args], env=self.env,
                                cwd=self.folder, capture_output=True, text=True, timeout=120,
                                check=False)
        assert result.returncode == 0, f"intake {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
        return result.stdout

    def spawn(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "intake", *args], env=self.env,
                                cwd=self.folder, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)

    def outbox(self) -> list[OutboxItem]:
        with Session(create_engine(f"sqlite:///{self.database}")) as session:
            rows = list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))
            session.expunge_all()
            return rows

    def ticket_flags(self) -> list[bool]:
        with Session(create_engine(f"sqlite:///{self.database}")) as session:
            return [t.has_failed_reply for t in session.scalars(select(Ticket).order_by(Ticket.id))]


@pytest.fixture
def installation(tmp_path: Path, smtp_server: SmtpTestServer) -> Installation:
    return Installation(tmp_path, smtp_server)


def wait_until(condition: object, timeout: float = 30.0) -> bool:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


def test_sender_killed_after_the_server_accepted_resends_only_that_mail(
    installation: Installation, smtp_server: SmtpTestServer,
) -> None:
    installation.deliver(3)
    smtp_server.delay_data(60)  # the server keeps the mail, its 250 never reaches the sender
    process = installation.spawn("run", "--once")
    try:
        assert wait_until(lambda: len(smtp_server.received) == 1), "the first mail never arrived"
    finally:
        process.kill()  # SIGKILL: no clean-up, no record of the send
        process.wait(timeout=10)
    smtp_server.reset()
    in_flight = smtp_server.received[0].message_id
    assert [row.status for row in installation.outbox()] == ["sending"] * 3

    # A sender started at once leaves the fresh claims alone: nothing goes twice.
    assert "0 sent" in installation.intake("run", "--once")
    assert len(smtp_server.received) == 1

    # After stale_after, another drain takes the rows over (a clock past it).
    settings = load_settings(installation.config, {})
    transport = SmtpTransport(SmtpConfig(host=smtp_server.host, port=smtp_server.port,
                                         tls_mode="plain", envelope_from="persondata@flexfone.dk"))
    later = utc_now() + DEFAULT_STALE_AFTER + timedelta(seconds=1)
    result = drain_outbox_sync(open_database(settings), transport, now_fn=lambda: later,
                               policy=retry_policy(settings))
    assert result.sent == 3
    assert "0 sent" in installation.intake("run", "--once")

    copies = Counter(mail.message_id for mail in smtp_server.received)
    print(f"\nmails accepted by the server: {len(smtp_server.received)}, per Message-ID: "
          f"{sorted(copies.values(), reverse=True)}")
    assert copies[in_flight] == 2  # the one in flight, twice, with the same Message-ID
    assert sorted(copies.values()) == [1, 1, 2]
    assert {row.message_id for row in installation.outbox()} == set(copies)
    assert [row.status for row in installation.outbox()] == ["sent"] * 3
    duplicates = [mail.raw for mail in smtp_server.received if mail.message_id == in_flight]
    assert duplicates[0] == duplicates[1]  # the very same bytes


def test_server_down_then_up_sends_once_it_is_back(
    installation: Installation, smtp_server: SmtpTestServer,
) -> None:
    installation.deliver(1)
    smtp_server.stop()
    assert "1 retrying" in installation.intake("run", "--once")
    listing = installation.intake("outbox", "list", "--status", "pending")
    assert "attempts=1" in listing and "cannot open an SMTP session" in listing
    smtp_server.start()
    time.sleep(0.05)  # past the 10 ms backoff configured above
    assert "1 sent" in installation.intake("run", "--once")
    assert "0 sent" in installation.intake("run", "--once")
    assert len(smtp_server.received) == 1
    assert [row.status for row in installation.outbox()] == ["sent"]


def test_permanent_refusal_flags_the_ticket_is_not_retried_and_can_be_retried_by_hand(
    installation: Installation, smtp_server: SmtpTestServer,
) -> None:
    installation.deliver(1)
    smtp_server.fail_always(550, "5.1.1 Mailbox unavailable")
    assert "1 failed" in installation.intake("run", "--once")
    assert installation.ticket_flags() == [True]
    listing = installation.intake("outbox", "list", "--status", "failed")
    assert "550 5.1.1 Mailbox unavailable" in listing
    installation.intake("run", "--once")
    assert smtp_server.handler.refused == 1  # never tried again by itself
    assert smtp_server.received == []

    smtp_server.reset()
    item = installation.outbox()[0]
    output = installation.intake("outbox", "retry", str(item.id))
    assert "sent 1" in output
    assert len(smtp_server.received) == 1
    assert smtp_server.received[0].message_id == item.message_id
    assert installation.ticket_flags() == [False]
    assert [row.status for row in installation.outbox()] == ["sent"]
