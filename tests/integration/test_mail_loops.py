"""Mail loops and rate limits on real servers: two bots answering each other through
Dovecot and an SMTP relay, our own addresses, a reseller's burst, an unknown sender's,
and a reseller's Jira that turns our receipt into a comment notification.

Every bot is the real `intake` command in a subprocess, with its own TOML and SQLite.
"""

from __future__ import annotations

import asyncio
import email
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session as DbSession

from intake.registry import parse_registry
from intake.settings import load_settings
from intake.wiring import open_database
from store.database import transaction
from store.models import AuditEvent, Message, OutboxItem, Ticket
from store.resellers import import_resellers
from tests.integration.dovecot import DovecotServer
from tests.integration.smtp_server import SmtpTestServer, free_port
from tests.mailfactory import make_mail

OUR_HEADERS = (b"auto-submitted", b"x-auto-response-suppress", b"x-intake-ticket")


class MailboxRelay:
    """aiosmtpd handler: each accepted mail is APPENDed to its recipient's Dovecot
    mailbox, as an MTA would deliver it; `strip` names headers a gateway drops on the way."""

    def __init__(self, dovecot: DovecotServer, mailboxes: dict[str, str],
                 strip: tuple[bytes, ...] = ()) -> None:
        self.dovecot = dovecot
        self.mailboxes = mailboxes  # address -> Dovecot user
        self.strip = strip
        self.delivered: list[tuple[str, bytes]] = []
        self._lock = threading.Lock()

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, options: list[str]) -> str:
        if address.lower() not in self.mailboxes:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = _without_headers(envelope.original_content or b"", self.strip)
        for address in envelope.rcpt_tos:
            await asyncio.to_thread(self.dovecot.append, self.mailboxes[address.lower()], raw)
            with self._lock:
                self.delivered.append((address.lower(), raw))
        return "250 Delivered"

    def count(self) -> int:
        with self._lock:
            return len(self.delivered)


def _without_headers(raw: bytes, names: tuple[bytes, ...]) -> bytes:
    if not names:
        return raw
    head, separator, body = raw.partition(b"\r\n\r\n")
    kept = [line for line in head.split(b"\r\n")
            if line.split(b":", 1)[0].strip().lower() not in names]
    return b"\r\n".join(kept) + separator + body


class Bot:
    """One configured intake: its mailbox user, support address, database and CLI."""

    def __init__(self, folder: Path, dovecot: DovecotServer, user: str, smtp_port: int, *,
                 address: str, prefix: str = "GDPR", registry: str = "",
                 extra: str = "") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.user, self.address = folder, user, address
        self.database = folder / "intake.db"
        config = folder / "intake.toml"
        config.write_text(f"""
[mailbox]
source = "imap"
batch_size = 50
[imap]
host = "{dovecot.host}"
port = {dovecot.port}
tls = "plain"
user = "{user}"
[smtp]
transport = "smtp"
host = "127.0.0.1"
port = {smtp_port}
tls = "plain"
retry_base_seconds = 0.01
retry_max_seconds = 0.01
[database]
url = "sqlite:///{self.database}"
[company]
support_address = "{address}"
ticket_prefix = "{prefix}"
{extra}
""", encoding="utf-8")
        self.env = {**os.environ, "INTAKE_IMAP_PASSWORD": dovecot.password,
                    "INTAKE_CONFIG": str(config)}
        records, problems = parse_registry(
            "reseller_id,name,domains,contacts\nR001,NordTele ApS,nordtele.dk,\n" + registry)
        assert problems == []
        with transaction(open_database(load_settings(config, {}))) as session:
            import_resellers(session, records)

    def intake(self, *args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "intake", *args], env=self.env,
                                cwd=self.folder, capture_output=True, text=True, timeout=120,
                                check=False)
        assert result.returncode == 0, f"intake {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
        return result.stdout

    def session(self) -> DbSession:
        return DbSession(create_engine(f"sqlite:///{self.database}"))

    def inbound(self) -> list[Message]:
        with self.session() as session:
            rows = session.scalars(select(Message).where(Message.direction == "in")
                                   .order_by(Message.id)).all()
            session.expunge_all()
            return list(rows)

    def events(self, name: str) -> list[AuditEvent]:
        with self.session() as session:
            rows = session.scalars(select(AuditEvent).where(AuditEvent.event == name)).all()
            session.expunge_all()
            return list(rows)


@pytest.fixture
def relay_port() -> int:
    return free_port()


def start_relay(relay: MailboxRelay, port: int) -> Controller:
    controller = Controller(relay, hostname="127.0.0.1", port=port)
    controller.start()
    return controller


@pytest.mark.parametrize(
    ("strip", "stopping_rule"),
    [((), "automated_mail"), ((b"auto-submitted", b"x-auto-response-suppress"), "own_reply")],
    ids=["as-sent", "gateway-drops-auto-submitted"],
)
def test_two_bots_stop_after_the_first_round(
    tmp_path: Path, dovecot: DovecotServer, mailbox_user: str, relay_port: int,
    strip: tuple[bytes, ...], stopping_rule: str,
) -> None:
    """Each bot's support address is the other's sender, each knows the other as a
    registered reseller (no sender cap), each one's replies land in the other's inbox."""
    alfa_user, beta_user = f"{mailbox_user}-a", f"{mailbox_user}-b"
    relay = MailboxRelay(dovecot, {"gdpr@alfa-tele.dk": alfa_user,
                                   "gdpr@beta-tele.dk": beta_user}, strip)
    controller = start_relay(relay, relay_port)
    try:
        alfa = Bot(tmp_path / "alfa", dovecot, alfa_user, relay_port, address="gdpr@alfa-tele.dk",
                   registry="R002,Beta Tele,beta-tele.dk,\n")
        beta = Bot(tmp_path / "beta", dovecot, beta_user, relay_port, address="gdpr@beta-tele.dk",
                   registry="R002,Alfa Tele,alfa-tele.dk,\n")
        dovecot.append(alfa_user, make_mail(sender="Beta <gdpr@beta-tele.dk>",
                                            to="gdpr@alfa-tele.dk"))
        dovecot.append(beta_user, make_mail(sender="Alfa <gdpr@alfa-tele.dk>",
                                            to="gdpr@beta-tele.dk"))
        sent_per_round = []
        for _round in range(2):  # then every inbox is empty and nothing is left to send
            before = relay.count()
            alfa.intake("run", "--once")
            beta.intake("run", "--once")
            sent_per_round.append(relay.count() - before)
    finally:
        controller.stop()

    print(f"\nmails relayed per round ({'/'.join(s.decode() for s in strip) or 'as sent'} "
          f"stripped): {sent_per_round}")
    assert sent_per_round == [2, 0]  # each bot answered the genuine mail, nothing else
    for bot in (alfa, beta):
        rows = bot.inbound()
        assert [row.action for row in rows] == ["acknowledge", "no_reply"]
        assert rows[1].rule == stopping_rule
        assert rows[1].ticket_id is None
        with bot.session() as session:
            assert len(session.scalars(select(Ticket)).all()) == 1
        assert dovecot.messages(bot.user, "INBOX") == []
        with bot.session() as session:
            assert {item.status for item in session.scalars(select(OutboxItem))} == {"sent"}


def test_without_any_of_our_headers_threading_still_ends_the_exchange(
    tmp_path: Path, dovecot: DovecotServer, mailbox_user: str, relay_port: int,
) -> None:
    """Worst case: a gateway drops Auto-Submitted, X-Auto-Response-Suppress and
    X-Intake-Ticket. Alfa takes Beta's receipt for a new request from a known reseller
    and answers it once; Beta's copy of that answer threads onto Beta's own reply
    (In-Reply-To) and is attached to its ticket for a person, unanswered."""
    alfa_user, beta_user = f"{mailbox_user}-a", f"{mailbox_user}-b"
    relay = MailboxRelay(dovecot, {"gdpr@alfa-tele.dk": alfa_user,
                                   "gdpr@beta-tele.dk": beta_user}, OUR_HEADERS)
    controller = start_relay(relay, relay_port)
    try:
        alfa = Bot(tmp_path / "alfa", dovecot, alfa_user, relay_port, address="gdpr@alfa-tele.dk",
                   prefix="ALFA", registry="R002,Beta Tele,beta-tele.dk,\n")
        beta = Bot(tmp_path / "beta", dovecot, beta_user, relay_port, address="gdpr@beta-tele.dk",
                   prefix="BETA", registry="R002,Alfa Tele,alfa-tele.dk,\n")
        dovecot.append(beta_user, make_mail(sender="Alfa <gdpr@alfa-tele.dk>",
                                            to="gdpr@beta-tele.dk"))
        sent_per_round = []
        for _round in range(3):
            before = relay.count()
            beta.intake("run", "--once")
            alfa.intake("run", "--once")
            sent_per_round.append(relay.count() - before)
    finally:
        controller.stop()

    print(f"\nmails relayed per round, all our headers stripped: {sent_per_round}")
    assert sent_per_round == [2, 0, 0]
    assert [row.action for row in beta.inbound()] == ["acknowledge", "attach_to_ticket"]
    assert [row.action for row in alfa.inbound()] == ["acknowledge"]


def test_no_reply_goes_to_our_own_addresses(
    tmp_path: Path, dovecot: DovecotServer, mailbox_user: str, smtp_server: SmtpTestServer,
) -> None:
    bot = Bot(tmp_path, dovecot, mailbox_user, smtp_server.port,
              address="persondata@flexfone.dk",
              extra='mailbox_addresses = ["gdpr@flexfone.dk", "privacy@flexfone.dk"]')
    dovecot.append_many(mailbox_user, [
        make_mail(sender="Persondata <PersonData@Flexfone.DK>"),
        make_mail(sender="GDPR <gdpr@flexfone.dk>"),
        make_mail(sender="Mette Holm <mette.holm@nordtele.dk>",
                  headers={"Reply-To": "privacy@flexfone.dk"}),
        make_mail(sender="Mette Holm <mette.holm@nordtele.dk>",  # the one genuine request
                  body="Hej\n\nSlet venligst Ida Lund, lokal 12.\n\nMvh\nMette"),
    ])
    bot.intake("run", "--once")
    assert [mail.recipients for mail in smtp_server.received] == [("mette.holm@nordtele.dk",)]
    rows = bot.inbound()
    assert [row.rule for row in rows[:2]] == ["from_own_mailbox", "from_own_mailbox"]
    suppressed = bot.events("reply_suppressed")
    assert [event.details["reason"] for event in suppressed] == ["recipient is our own mailbox"]


def test_a_resellers_burst_of_new_requests_each_gets_its_receipt(
    tmp_path: Path, dovecot: DovecotServer, mailbox_user: str, smtp_server: SmtpTestServer,
) -> None:
    """Twenty erasures in ten minutes from one registered reseller is normal work."""
    bot = Bot(tmp_path, dovecot, mailbox_user, smtp_server.port, address="persondata@flexfone.dk")
    start = datetime.now(UTC) - timedelta(minutes=10)
    dovecot.append_many(mailbox_user, [
        make_mail(subject=f"Sletning af medarbejder {number}",
                  body=f"Hej\n\nSlet venligst Jens Holm{number:02d}sen, lokal {300 + number}."
                       "\n\nMvh\nMette",
                  date=start + timedelta(seconds=30 * number))
        for number in range(20)
    ])
    output = bot.intake("run", "--once")
    assert "20 tickets opened" in output and "20 sent" in output
    assert len(smtp_server.received) == 20
    assert {mail.recipients for mail in smtp_server.received} == {("mette.holm@nordtele.dk",)}
    assert bot.events("reply_suppressed") == []


def test_an_unknown_senders_replies_are_capped_and_each_suppression_noted(
    tmp_path: Path, dovecot: DovecotServer, mailbox_user: str, smtp_server: SmtpTestServer,
) -> None:
    bot = Bot(tmp_path, dovecot, mailbox_user, smtp_server.port, address="persondata@flexfone.dk",
              extra="[replies]\nmax_per_sender_per_hour = 3")
    dovecot.append_many(mailbox_user, [
        make_mail(sender="Thomas Riis <thomas.riis@gmail.com>", subject=f"Mine data {number}",
                  body="Hej\n\nJeg vil gerne have indsigt i mine data.\n\nMvh\nThomas Riis")
        for number in range(5)
    ])
    output = bot.intake("run", "--once")
    assert "5 tickets opened" in output
    assert len(smtp_server.received) == 3
    suppressed = bot.events("reply_suppressed")
    assert len(suppressed) == 2
    with bot.session() as session:
        tickets = session.scalars(select(Ticket).order_by(Ticket.id)).all()
        outbox = session.scalars(select(OutboxItem)).all()
        assert {item.ticket_id for item in outbox} == {t.id for t in tickets[:3]}
        assert {event.ticket_id for event in suppressed} == {t.id for t in tickets[3:]}
    for event in suppressed:
        assert event.details["reason"] == (
            "rate limit: 3 replies to thomas.riis@gmail.com in the last hour "
            "(not a registered reseller)")
        assert event.details["action"] == "redirect_unknown_sender"


JIRA_ADDRESS = "support@nordit.atlassian.net"
JIRA_HEADERS = (
    "From: NordIT Servicedesk <support@nordit.atlassian.net>\r\n"
    "To: gdpr@alfa-tele.dk\r\n"
    "Subject: [JIRA] (SUP-4812) Sletning af fratraadt medarbejder\r\n"
    "Auto-Submitted: auto-generated\r\n"
    "Precedence: bulk\r\n"
    "X-JIRA-FingerPrint: 319bfbc022f7cb4fc1c92d3460ae3bde\r\n"
    "X-Mailer: Atlassian Jira Service Management\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
)


def jira_mail(message_id: str, body: str) -> bytes:
    """A mail as Jira Service Management sends it, with its machine headers."""
    return (JIRA_HEADERS + f"Message-ID: <{message_id}@nordit.atlassian.net>\r\n\r\n"
            + body.replace("\n", "\r\n")).encode("utf-8")


class JiraRelay(MailboxRelay):
    """The relay, where mail to the reseller's Jira comes back to our inbox as Jira
    does it: a comment notification with the machine headers and our text in it."""

    def __init__(self, dovecot: DovecotServer, mailboxes: dict[str, str], inbox: str) -> None:
        super().__init__(dovecot, mailboxes)
        self.inbox = inbox
        self.notified = 0

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, options: list[str]) -> str:
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        with self._lock:
            self.delivered.append((JIRA_ADDRESS, raw))
            self.notified += 1
            number = self.notified
        reply = email.message_from_bytes(raw, policy=policy.default)
        part = reply.get_body(("plain",))
        text = part.get_content() if part is not None else ""
        notification = jira_mail(
            f"comment-{number}",
            f"Flexfone Persondata commented on SUP-4812\n----\n{text}\n----\n"
            "Besvar denne e-mail for at tilføje en kommentar til SUP-4812.\n",
        )
        await asyncio.to_thread(self.dovecot.append, self.inbox, notification)
        return "250 Delivered"


def test_a_request_relayed_by_a_resellers_jira_is_answered_once_and_its_echo_attached(
    tmp_path: Path, dovecot: DovecotServer, mailbox_user: str, relay_port: int,
) -> None:
    """A reseller's Jira relays its agent's request with Precedence: bulk and
    Auto-Submitted: auto-generated. The request opens a ticket and gets its receipt;
    Jira turns the receipt into a comment notification with the same machine headers,
    which continues the ticket and is never answered: the exchange ends there."""
    relay = JiraRelay(dovecot, {}, inbox=mailbox_user)
    controller = start_relay(relay, relay_port)
    try:
        bot = Bot(tmp_path / "bot", dovecot, mailbox_user, relay_port,
                  address="gdpr@alfa-tele.dk", registry="R002,NordIT ApS,nordit.atlassian.net,\n")
        dovecot.append(mailbox_user, jira_mail("sup-4812", (
            "Hej Flexfone\n\nKunden har bedt os om at få slettet den fratrådte medarbejder "
            "nedenfor.\n\nMed venlig hilsen\nKasper Lund\nServicedesk | NordIT ApS\n\n"
            "---- Sagsdetaljer ----\nOpgave: SUP-4812\nBerørt bruger: Mette Kjær Hansen\n"
            "Lokalnummer: 412\n\nBesvar denne e-mail for at tilføje en kommentar til SUP-4812.\n"
        )))
        sent_per_round = []
        for _round in range(3):
            before = relay.count()
            bot.intake("run", "--once")
            sent_per_round.append(relay.count() - before)
    finally:
        controller.stop()

    print(f"\nreplies to the reseller's Jira per round: {sent_per_round}")
    assert sent_per_round == [1, 0, 0]
    rows = bot.inbound()
    assert [row.action for row in rows] == ["acknowledge", "attach_to_ticket"]
    with bot.session() as session:
        tickets = session.scalars(select(Ticket)).all()
        assert len(tickets) == 1
        assert rows[1].ticket_id == tickets[0].id
