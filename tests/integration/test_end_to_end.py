"""The whole path on real servers: Dovecot IMAP -> `intake run` -> SQLite -> aiosmtpd.

Every test drives the real `intake` command in a subprocess, as an operator would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from store.models import AuditEvent, Message, Ticket
from tests.integration.dovecot import DovecotServer
from tests.integration.smtp_server import SmtpTestServer
from tests.mailfactory import make_bounce, make_mail

REGISTRY = (
    "reseller_id,name,domains,contacts\n"
    "R001,NordTele ApS,nordtele.dk,\n"
    "R002,CloudTale ApS,cloudtale.com,\n"
)


class Deployment:
    """One configured intake against the test servers: config file, database, CLI."""

    def __init__(self, folder: Path, dovecot: DovecotServer, user: str,
                 smtp: SmtpTestServer) -> None:
        self.folder = folder
        self.database = folder / "intake.db"
        self.config = folder / "intake.toml"
        self.config.write_text(
            f"""
[mailbox]
source = "imap"
batch_size = 2
poll_interval = 1

[imap]
host = "{dovecot.host}"
port = {dovecot.port}
tls = "plain"
user = "{user}"

[smtp]
transport = "smtp"
host = "{smtp.host}"
port = {smtp.port}
tls = "plain"
retry_base_seconds = 0.01
retry_max_seconds = 0.01

[database]
url = "sqlite:///{self.database}"
""",
            encoding="utf-8",
        )
        self.env = {**os.environ, "INTAKE_IMAP_PASSWORD": dovecot.password,
                    "INTAKE_CONFIG": str(self.config)}
        registry = folder / "resellers.csv"
        registry.write_text(REGISTRY, encoding="utf-8")
        self.intake("resellers", "import", str(registry))

    def intake(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "intake", *args], env=self.env,
                                cwd=self.folder, capture_output=True, text=True,
                                timeout=timeout, check=False)
        assert result.returncode == 0, f"intake {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
        return result

    def spawn(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "intake", *args], env=self.env,
                                cwd=self.folder, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)

    def session(self) -> Session:
        return Session(create_engine(f"sqlite:///{self.database}"))


@pytest.fixture
def deployment(tmp_path: Path, dovecot: DovecotServer, mailbox_user: str,
               smtp_server: SmtpTestServer) -> Deployment:
    return Deployment(tmp_path, dovecot, mailbox_user, smtp_server)


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_requests_become_tickets_and_threaded_replies(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    erasure = make_mail()
    access = make_mail(sender="Sofie Winther <sofie@cloudtale.com>", subject="Access request",
                       body="Hello,\n\nPlease give us access to the data about Mark Ellis, "
                            "ext. 118.\n\nBest regards\nSofie")
    stranger = make_mail(sender="Thomas Riis <thomas.riis@gmail.com>", subject="Mine data",
                         body="Hej\n\nJeg vil gerne have indsigt i mine data.\n\nMvh\nThomas Riis")
    dovecot.append_many(mailbox_user, [erasure, access, stranger])

    output = deployment.intake("run", "--once").stdout
    assert "3 mails" in output and "3 tickets opened" in output

    with deployment.session() as session:
        tickets = session.scalars(select(Ticket).order_by(Ticket.id)).all()
        assert [t.kind for t in tickets] == ["erasure", "access", "access"]
        assert [t.is_sender_known for t in tickets] == [True, True, False]
        assert [(s.full_name, s.extension) for s in tickets[0].data_subjects] == [
            ("Jens Peter Holm", "233")]
        for ticket in tickets:
            assert (ticket.due_date - ticket.received_at.date()).days in range(28, 32)
    received = {mail.recipients[0]: mail.message for mail in smtp_server.received}
    assert set(received) == {"mette.holm@nordtele.dk", "sofie@cloudtale.com",
                             "thomas.riis@gmail.com"}
    for ticket, raw in zip(tickets, (erasure, access, stranger), strict=True):
        reply = received[ticket.requester_address]
        original_id = raw.split(b"Message-ID: ")[1].split(b"\n")[0].strip().decode()
        assert f"[{ticket.reference}]" in reply["Subject"]
        assert reply["In-Reply-To"] == original_id
        assert original_id in reply["References"]
        assert reply["Auto-Submitted"] == "auto-replied"
        assert reply["Message-ID"].startswith(f"<{ticket.reference.lower()}.")
    assert "Re: " in received["sofie@cloudtale.com"]["Subject"]
    assert "SV: " in received["mette.holm@nordtele.dk"]["Subject"]
    assert dovecot.messages(mailbox_user, "INBOX") == []
    assert len(dovecot.messages(mailbox_user, "Processed")) == 3


def test_a_mail_with_two_requests_opens_two_tickets_each_answered(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    dovecot.append(mailbox_user, make_mail(
        subject="Sletning og indsigt - Silkeborg Tag",
        body="Hej\n\nTo ting for Silkeborg Tag ApS:\n\n"
             "1. Jens Peter Holm, lokal 214, er fratrådt. Han skal slettes.\n"
             "2. Mette Lund, lokal 233, vil gerne have indsigt i hvilke data I har om hende.\n\n"
             "Mvh\nLars"))
    output = deployment.intake("run", "--once").stdout
    assert "1 mails" in output and "2 tickets opened" in output and "replies: 2 queued" in output
    with deployment.session() as session:
        first, second = session.scalars(select(Ticket).order_by(Ticket.id)).all()
        assert (first.kind, second.kind) == ("erasure", "access")
        assert [(s.full_name, s.extension) for s in first.data_subjects] == [
            ("Jens Peter Holm", "214")]
        assert [(s.full_name, s.extension) for s in second.data_subjects] == [
            ("Mette Lund", "233")]
        assert second.due_date == first.due_date
        inbound = session.scalars(select(Message).where(Message.direction == "in")).all()
        assert len(inbound) == 1 and inbound[0].ticket_id == first.id  # stored once
        assert second.opened_from_message_id == inbound[0].id
        references = (first.reference, second.reference)
    replies = {mail.message["Subject"]: mail.message for mail in smtp_server.received}
    assert len(replies) == 2
    assert all(any(f"[{ref}]" in subject for subject in replies) for ref in references)
    shown = deployment.intake("tickets", "show", references[1]).stdout
    assert "Mette Lund, ext. 233" in shown and "Jens Peter Holm, lokal 214" in shown
    # an answer to the access receipt continues the access ticket
    receipt = next(m for s, m in replies.items() if f"[{references[1]}]" in s)
    dovecot.append(mailbox_user, make_mail(
        subject=f"SV: {receipt['Subject']}", in_reply_to=receipt["Message-ID"],
        body="Hej\n\nHun vil også gerne have sine voicemails med.\n\nMvh\nLars"))
    assert "attach_to_ticket" in deployment.intake("run", "--once").stdout
    with deployment.session() as session:
        second = session.scalars(select(Ticket).where(Ticket.reference == references[1])).one()
        assert [m.direction for m in second.messages].count("in") == 1


def test_second_run_and_same_mail_again_do_nothing_new(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    mail = make_mail()
    dovecot.append(mailbox_user, mail)
    deployment.intake("run", "--once")
    deployment.intake("run", "--once")
    dovecot.append(mailbox_user, mail)  # the very same mail delivered twice
    output = deployment.intake("run", "--once").stdout
    assert "already processed" in output
    with deployment.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
    assert len(smtp_server.received) == 1
    assert len(dovecot.messages(mailbox_user, "Processed")) == 2  # moved, never deleted


def test_follow_up_lands_on_its_ticket(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    dovecot.append(mailbox_user, make_mail(
        subject="Indsigt", body="Hej\n\nVi beder om indsigt for Karen Vinther.\n\nMvh\nMette"))
    deployment.intake("run", "--once")
    reply = smtp_server.received[0].message
    follow_up = make_mail(subject=f"SV: {reply['Subject']}", in_reply_to=reply["Message-ID"],
                          body="Hej\n\nKaren Vinther har lokalnummer 3319.\n\nMvh\nMette")
    dovecot.append(mailbox_user, follow_up)
    output = deployment.intake("run", "--once").stdout
    assert "attach_to_ticket" in output
    with deployment.session() as session:
        tickets = session.scalars(select(Ticket)).all()
        assert len(tickets) == 1
        assert len([m for m in tickets[0].messages if m.direction == "in"]) == 2
        assert [(s.full_name, s.extension) for s in tickets[0].data_subjects] == [
            ("Karen Vinther", "3319")]
    assert len(smtp_server.received) == 1  # a person reads the follow-up


def test_auto_reply_and_bounce_get_no_answer(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    auto_reply = make_mail(subject="Automatisk svar: Sletning af medarbejder",
                           body="Jeg er på ferie til 1. december.",
                           headers={"Auto-Submitted": "auto-replied"})
    dovecot.append_many(mailbox_user, [auto_reply, make_bounce()])
    output = deployment.intake("run", "--once").stdout
    assert "2 not answered" in output
    assert smtp_server.received == []
    with deployment.session() as session:
        rows = session.scalars(select(Message).where(Message.direction == "in")).all()
        assert sorted(r.automated or "" for r in rows) == ["auto_reply", "bounce"]
        assert {r.action for r in rows} == {"no_reply"}
        assert session.scalar(select(func.count()).select_from(Ticket)) == 0
    assert len(dovecot.messages(mailbox_user, "Processed")) == 2


def test_temporary_smtp_refusal_is_retried_and_sent_once(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    smtp_server.fail_next(1, code=451, text="4.3.0 try again later")
    dovecot.append(mailbox_user, make_mail())
    first = deployment.intake("run", "--once").stdout
    assert "1 retrying" in first and smtp_server.received == []
    time.sleep(0.05)  # past the 10 ms backoff configured above
    second = deployment.intake("run", "--once").stdout
    assert "1 sent" in second
    third = deployment.intake("run", "--once").stdout
    assert "0 sent" in third
    assert len(smtp_server.received) == 1


def test_sensitive_data_is_redacted_before_storage(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    dovecot.append(mailbox_user, make_mail(
        body="Hej\n\nSlet venligst Jens Peter Holm, lokal 233. Hans cpr er 120384-1234.\n\nMvh"))
    output = deployment.intake("run", "--once").stdout
    assert "WARNING sensitive data removed" in output and "cpr" in output
    assert b"120384" not in deployment.database.read_bytes()
    with deployment.session() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert ticket.sensitive_categories == ["cpr"]
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.event == "sensitive_data_redacted")).all()
        assert [e.details for e in events] == [{"cpr": 1}]
    assert "120384" not in smtp_server.received[0].raw.decode("utf-8", "replace")


def test_idle_picks_up_mail_appended_while_waiting(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    deployment.env["INTAKE_MAILBOX_POLL_INTERVAL"] = "300"  # only IDLE can wake it in time
    process = deployment.spawn("run")
    try:
        assert process.stdout is not None
        assert wait_for(lambda: "waiting for new mail" in (process.stdout.readline() or ""),
                        timeout=30)
        time.sleep(0.3)  # let the runner enter IDLE
        dovecot.append(mailbox_user, make_mail())
        assert wait_for(lambda: len(smtp_server.received) == 1, timeout=15)
    finally:
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=30)[0]
    assert process.returncode == 0, output
    assert "stopped" in output
    assert dovecot.messages(mailbox_user, "INBOX") == []


def test_uidvalidity_is_remembered_in_the_database(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
) -> None:
    from store.models import MailboxState

    dovecot.append(mailbox_user, make_mail())
    deployment.intake("run", "--once")
    with deployment.session() as session:
        state = session.scalars(select(MailboxState)).one()
        assert (state.folder, state.uidvalidity) == (
            "INBOX", dovecot.uidvalidity(mailbox_user, "INBOX"))
    dovecot.set_uidvalidity(mailbox_user, "INBOX", state.uidvalidity + 7)
    # another request (the same one sent again would join the first ticket)
    dovecot.append(mailbox_user, make_mail(body="Hej\n\nSlet venligst Ida Lund, lokal 12."))
    deployment.intake("run", "--once")
    with deployment.session() as session:
        assert session.scalars(select(MailboxState)).one().uidvalidity == state.uidvalidity + 7
        assert session.scalar(select(func.count()).select_from(Ticket)) == 2


def test_service_survives_an_imap_outage(
    tmp_path: Path, private_dovecot: DovecotServer, mailbox_user: str,
    smtp_server: SmtpTestServer,
) -> None:
    deployment = Deployment(tmp_path, private_dovecot, mailbox_user, smtp_server)
    private_dovecot.append(mailbox_user, make_mail())
    process = deployment.spawn("run")
    try:
        assert wait_for(lambda: len(smtp_server.received) == 1, timeout=20)
        private_dovecot.stop()
        time.sleep(2.5)  # a few failed passes while the server is down
        assert process.poll() is None, "the service died with its mailbox"
        private_dovecot.start()
        private_dovecot.append(mailbox_user, make_mail(
            subject="after the outage", body="Hej\n\nSlet venligst Ida Lund, lokal 12."))
        assert wait_for(lambda: len(smtp_server.received) == 2, timeout=30)
    finally:
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=30)[0]
    assert process.returncode == 0, output
    assert "retrying" in output


def test_follow_up_to_a_merged_ticket_lands_on_the_ticket_it_was_merged_into(
    deployment: Deployment, dovecot: DovecotServer, mailbox_user: str,
) -> None:
    dovecot.append_many(mailbox_user, [  # two colleagues ask for the same erasure
        make_mail(subject="Sletning", body="Hej\n\nSlet Jens Peter Holm, lokal 233.\n\nMvh"),
        make_mail(sender="Lis Holm <lis.holm@nordtele.dk>", subject="Sletning igen",
                  body="Hej\n\nSlet Jens Peter Holm, lokal 233.\n"),
    ])
    deployment.intake("run", "--once")
    with deployment.session() as session:
        first, second = [t.reference for t in session.scalars(select(Ticket).order_by(Ticket.id))]
    deployment.intake("tickets", "set", second, "--merge-into", first)
    dovecot.append(mailbox_user, make_mail(subject=f"SV: [{second}] Sletning igen",
                                           body="Hej\n\nEr han slettet nu?\n\nMvh"))
    output = deployment.intake("run", "--once").stdout
    assert f"attach_to_ticket -> {first}" in output
