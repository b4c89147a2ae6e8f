"""`intake tickets …`, `intake users add` and `intake digest` as an operator runs them:
the real command in a subprocess, a fresh SQLite database, a real aiosmtpd."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from store.models import AuditEvent, Ticket, User
from tests.integration.smtp_server import SmtpTestServer
from tests.integration.triage_support import Deployment


@pytest.fixture
def deployment(tmp_path: Path, smtp_server: SmtpTestServer) -> Deployment:
    return Deployment(tmp_path, smtp_port=smtp_server.port)


@pytest.fixture
def refs(deployment: Deployment) -> dict[str, str]:
    return deployment.feed_samples()


def test_users_add_hashes_the_password(deployment: Deployment) -> None:
    deployment.intake("users", "add", "mette", "--role", "admin", "--password-stdin",
                      stdin="a long enough password\n")
    with deployment.sessions() as session:
        user = session.scalars(select(User)).one()
    assert (user.name, user.role, user.is_active) == ("mette", "admin", True)
    assert user.password_hash.startswith("scrypt:") and "long enough" not in user.password_hash
    again = deployment.intake("users", "add", "mette", "--password-stdin",
                              stdin="another password!\n", expect=2)
    assert "already exists" in again.stderr
    short = deployment.intake("users", "add", "bo", "--password-stdin", stdin="short\n", expect=2)
    assert "at least 10 characters" in short.stderr
    assert "mette" in deployment.intake("users", "list").stdout


def test_list_filters_and_search(deployment: Deployment, refs: dict[str, str]) -> None:
    listing = deployment.intake("tickets").stdout
    assert all(ref in listing for ref in refs.values()) and "4 of 4 tickets" in listing
    assert listing.splitlines()[0].split()[:3] == ["DUE", "REFERENCE", "STATUS"]
    access = deployment.intake("tickets", "--kind", "access", "--reseller", "R002").stdout
    assert refs["access"] in access and "1 of 1 tickets" in access
    unknown = deployment.intake("tickets", "list", "--flag", "unknown_sender").stdout
    assert refs["stranger"] in unknown and refs["access"] not in unknown
    found = deployment.intake("tickets", "-q", "Ole Bjerg").stdout
    assert refs["script"] in found and "1 of 1" in found
    paged = deployment.intake("tickets", "--limit", "3").stdout
    after = paged.split("--after ")[1].strip()
    rest = deployment.intake("tickets", "--limit", "3", "--after", after).stdout
    assert "1 of 4 tickets" in rest


def test_show_and_set_write_the_audit_log(deployment: Deployment, refs: dict[str, str]) -> None:
    deployment.add_user("anna")
    ref = refs["access"]
    deployment.intake("tickets", "set", ref, "--status", "in_progress", "--assign", "anna",
                      "--note", "Asked TDC", "--as", "anna")
    shown = deployment.intake("tickets", "show", ref).stdout
    assert "in_progress" in shown and "Mark Ellis, ext. 118" in shown
    assert "Please give us access" in shown
    assert "status_changed" in shown and "Asked TDC" in shown
    missing = deployment.intake("tickets", "set", ref, "--assign", "nobody-here", expect=2)
    assert "no active user" in missing.stderr
    deployment.intake("tickets", "set", refs["script"], "--merge-into", refs["erasure"])
    with deployment.sessions() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.actor == "anna")).all()
        assert [e.event for e in events] == ["assigned", "status_changed", "note"]
        merged = session.scalars(select(Ticket).where(Ticket.reference == refs["script"])).one()
        assert merged.status == "merged"
    assert refs["erasure"] in deployment.intake("tickets", "-q", "Ole Bjerg").stdout


def test_reply_sends_through_smtp(deployment: Deployment, refs: dict[str, str],
                                  smtp_server: SmtpTestServer) -> None:
    ref = refs["access"]
    preview = deployment.intake("tickets", "reply", ref, "--template", "deadline_extended",
                                "--months", "1", "--text", "TDC needs more time",
                                "--preview").stdout
    assert "TDC needs more time" in preview and ref in preview
    assert smtp_server.received == []
    sent = deployment.intake("tickets", "reply", ref, "--template", "deadline_extended",
                             "--months", "1", "--text", "TDC needs more time").stdout
    assert "queued" in sent
    staff = [mail for mail in smtp_server.received if ".staff." in mail.message_id]
    assert len(staff) == 1 and ref in str(staff[0].message["Subject"])
    assert "TDC needs more time" in staff[0].message.get_body(("plain",)).get_content()
    refused = deployment.intake("tickets", "reply", ref, "--template", "refused", expect=2)
    assert "needs a reason" in refused.stderr


def test_export_csv_and_json(deployment: Deployment, refs: dict[str, str]) -> None:
    rows = list(csv.DictReader(io.StringIO(
        deployment.intake("tickets", "export", "--format", "csv", "--status", "all").stdout)))
    assert sorted(row["reference"] for row in rows) == sorted(refs.values())
    access = next(row for row in rows if row["reference"] == refs["access"])
    assert access["employees"] == "Mark Ellis/118" and access["reseller"] == "R002"
    records = json.loads(deployment.intake("tickets", "export", "--format", "json",
                                           "--kind", "access").stdout)
    assert {record["reference"] for record in records} == {refs["access"], refs["stranger"]}
    assert records[0]["employees"][0].keys() == {"full_name", "extension"}


def test_digest_mails_support(deployment: Deployment, refs: dict[str, str],
                              smtp_server: SmtpTestServer) -> None:
    with deployment.sessions() as session, session.begin():
        ticket = session.scalars(select(Ticket).where(Ticket.reference == refs["access"])).one()
        ticket.due_date = ticket.received_at.date().replace(year=2000)
    output = deployment.intake("digest").stdout
    assert "digest to persondata@flexfone.dk queued; sent" in output
    digest = [mail for mail in smtp_server.received if mail.message_id.startswith("<digest.")]
    assert len(digest) == 1
    subject = str(digest[0].message["Subject"])
    assert "4 new" in subject and "1 overdue" in subject
    body = digest[0].message.get_body(("plain",)).get_content()
    assert f"{refs['access']}" in body.split("Overdue (1):")[1].split("Due within")[0]
    assert digest[0].message["Auto-Submitted"] == "auto-generated"


def test_run_sends_the_digest_once_a_day(deployment: Deployment, refs: dict[str, str],
                                         smtp_server: SmtpTestServer) -> None:
    deployment.env["INTAKE_WEB_DIGEST_HOUR"] = "0"
    deployment.env["INTAKE_WEB_DIGEST_RECIPIENT"] = "lead@flexfone.dk"
    deployment.intake("run", "--once", "--digest")
    deployment.intake("run", "--once", "--digest")
    digests = [mail for mail in smtp_server.received if mail.message_id.startswith("<digest.")]
    assert [mail.recipients for mail in digests] == [("lead@flexfone.dk",)]
    assert "4 new" in str(digests[0].message["Subject"])
