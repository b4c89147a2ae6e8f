"""The triage app through Flask's test client: a fresh database per test (as in
Flask's tutorial), real tickets from the real pipeline, no browser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from intake.web import create_app
from store.models import AuditEvent, OutboxItem, Ticket
from tests.integration.triage_support import PASSWORD, Deployment

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def deployment(tmp_path: Path) -> Deployment:
    deployment = Deployment(tmp_path)
    deployment.add_user("anna", "admin")
    deployment.add_user("bo", "agent")
    return deployment


@pytest.fixture
def refs(deployment: Deployment) -> dict[str, str]:
    return deployment.feed_samples()


@pytest.fixture
def app(deployment: Deployment) -> Iterator[Flask]:
    drains: list[int] = []
    app = create_app(deployment.settings, deployment.sessions,
                     after_reply=lambda: drains.append(1))
    app.config["drains"] = drains
    yield app


def login(client: FlaskClient, name: str = "anna") -> str:
    token = TOKEN.search(client.get("/login").text)
    assert token is not None
    response = client.post("/login", data={"name": name, "password": PASSWORD,
                                           "csrf_token": token.group(1)})
    assert response.status_code == 302, response.text
    page = client.get("/queue").text
    match = TOKEN.search(page)
    assert match is not None
    return match.group(1)


def test_every_page_needs_a_login(app: Flask, refs: dict[str, str]) -> None:
    client = app.test_client()
    for path in ("/", "/queue", f"/tickets/{refs['access']}", "/overview", "/admin/users"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login")


def test_login_cookie_and_wrong_password(app: Flask) -> None:
    client = app.test_client()
    token = TOKEN.search(client.get("/login").text)
    assert token is not None
    wrong = client.post("/login", data={"name": "anna", "password": "nope",
                                        "csrf_token": token.group(1)})
    assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
    right = client.post("/login?next=//evil.example/", data={
        "name": "anna", "password": PASSWORD, "csrf_token": token.group(1)})
    assert right.headers["Location"] == "/queue"  # never an open redirect
    cookie = right.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_password_guessing_is_braked_per_name(app: Flask, deployment: Deployment) -> None:
    client = app.test_client()
    token = TOKEN.search(client.get("/login").text)
    assert token is not None
    for _ in range(5):
        wrong = client.post("/login", data={"name": "bo", "password": "guess",
                                            "csrf_token": token.group(1)})
        assert wrong.status_code == 401
    locked = client.post("/login", data={"name": "bo", "password": PASSWORD,
                                         "csrf_token": token.group(1)})
    assert locked.status_code == 429 and "Too many failed logins" in locked.text
    other = client.post("/login", data={"name": "anna", "password": PASSWORD,
                                        "csrf_token": token.group(1)})
    assert other.status_code == 302  # another name is not locked out
    with deployment.sessions() as session:
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.event == "login_failed")).all()
        assert len(events) == 5 and all("guess" not in str(e.details) for e in events)


def test_posts_without_session_or_token_are_refused(app: Flask, deployment: Deployment,
                                                    refs: dict[str, str]) -> None:
    stranger = app.test_client()
    target = f"/tickets/{refs['access']}/status"
    assert stranger.post(target, data={"status": "done", "csrf_token": "x"}).status_code == 400
    client = app.test_client()
    token = login(client)
    assert client.post(target, data={"status": "done"}).status_code == 400
    assert client.post(target, data={"status": "done", "csrf_token": token + "x"}
                       ).status_code == 400
    with deployment.sessions() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.reference == refs["access"])).one()
        assert ticket.status == "new"
    assert client.post(target, data={"status": "done", "csrf_token": token}).status_code == 302


def test_mail_content_is_escaped(app: Flask, refs: dict[str, str]) -> None:
    client = app.test_client()
    login(client)
    page = client.get(f"/tickets/{refs['script']}").text
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned" in page
    assert "Sletning &lt;b&gt;bold&lt;/b&gt;" in page
    response = client.get(f"/tickets/{refs['script']}")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_queue_filters_search_and_urgency(app: Flask, refs: dict[str, str]) -> None:
    client = app.test_client()
    login(client)
    listed = client.get("/queue").text
    assert all(ref in listed for ref in refs.values())
    access = client.get("/queue?kind=access").text
    assert refs["access"] in access and refs["erasure"] not in access
    unknown = client.get("/queue?flag=unknown_sender").text
    assert refs["stranger"] in unknown and refs["access"] not in unknown
    assert refs["access"] in client.get("/queue?q=Mark+Ellis").text
    by_extension = client.get("/queue?q=812").text
    assert refs["script"] in by_extension and refs["access"] not in by_extension
    assert refs["erasure"] in client.get("/queue?reseller=R001").text
    assert client.get("/queue?status=bogus").status_code == 400
    assert client.get("/queue?after=garbage").status_code == 400


def test_actions_are_audited_with_who(app: Flask, deployment: Deployment,
                                      refs: dict[str, str]) -> None:
    client = app.test_client()
    token = login(client, "bo")
    base = f"/tickets/{refs['access']}"
    client.post(f"{base}/assign", data={"assignee": "anna", "csrf_token": token})
    client.post(f"{base}/status", data={"status": "in_progress", "csrf_token": token})
    client.post(f"{base}/note", data={"note": "Called <b>the</b> reseller", "csrf_token": token})
    page = client.get(base).text
    assert "Called &lt;b&gt;the&lt;/b&gt; reseller" in page
    preview = client.post(f"{base}/reply/preview", data={"template": "completed",
                                                         "csrf_token": token})
    assert preview.status_code == 200 and refs["access"] in preview.text
    with deployment.sessions() as session:
        assert session.scalars(select(OutboxItem)).all()  # the automatic replies only
        before = len(session.scalars(select(OutboxItem)).all())
    client.post(f"{base}/reply", data={"template": "completed", "csrf_token": token})
    assert app.config["drains"] == [1]
    with deployment.sessions() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.reference == refs["access"])).one()
        events = session.scalars(select(AuditEvent).where(AuditEvent.ticket_id == ticket.id,
                                                          AuditEvent.actor == "bo")).all()
        assert [event.event for event in events] == [
            "assigned", "status_changed", "note", "staff_reply_queued"]
        assert ticket.assignee == "anna" and ticket.status == "done"
        assert len(session.scalars(select(OutboxItem)).all()) == before + 1


def test_merge_and_not_a_request(app: Flask, deployment: Deployment,
                                 refs: dict[str, str]) -> None:
    client = app.test_client()
    token = login(client)
    client.post(f"/tickets/{refs['script']}/merge",
                data={"target": refs["erasure"], "csrf_token": token})
    client.post(f"/tickets/{refs['stranger']}/not-a-request",
                data={"reason": "private person", "csrf_token": token})
    merged_page = client.get(f"/tickets/{refs['script']}").text
    assert f"Merged into <a href=\"/tickets/{refs['erasure']}\">" in merged_page
    target_page = client.get(f"/tickets/{refs['erasure']}").text
    assert "Ole Bjerg" in target_page and "merged from" in target_page
    with deployment.sessions() as session:
        statuses = {ref: status for ref, status in session.execute(
            select(Ticket.reference, Ticket.status))}
    assert statuses[refs["script"]] == "merged"
    assert statuses[refs["stranger"]] == "not_a_request"
    itself = client.post(f"/tickets/{refs['erasure']}/merge", follow_redirects=True,
                         data={"target": refs["erasure"], "csrf_token": token})
    assert "cannot be merged into itself" in itself.text


def test_admin_pages_are_for_admins(app: Flask, deployment: Deployment) -> None:
    agent = app.test_client()
    token = login(agent, "bo")
    assert agent.get("/admin/users").status_code == 403
    assert agent.post("/admin/users", data={"action": "add", "name": "eve",
                                            "password": "x" * 12, "csrf_token": token}
                      ).status_code == 403
    admin = app.test_client()
    token = login(admin, "anna")
    admin.post("/admin/users", data={"action": "add", "name": "carl", "password": "y" * 12,
                                     "role": "agent", "csrf_token": token})
    assert "carl" in admin.get("/admin/users").text
    admin.post("/admin/resellers", data={"reseller_id": "R009", "name": "Ny Tele",
                                         "domains": "nytele.dk", "contacts": "",
                                         "csrf_token": token})
    assert "Ny Tele" in admin.get("/admin/resellers").text
    bad = admin.post("/admin/resellers", data={"reseller_id": "R010", "name": "X",
                                               "domains": "not a domain", "csrf_token": token},
                     follow_redirects=True)
    assert "is not a mail domain" in bad.text


def test_overview_counts_and_chart(app: Flask, refs: dict[str, str]) -> None:
    client = app.test_client()
    login(client)
    page = client.get("/overview").text
    assert "Open tickets by kind and status (4)" in page
    assert "<svg class=\"chart\"" in page and page.count("<rect x=") >= 1
    assert "Tickets received per week, last 12 weeks (4)" in page


def test_logout_ends_the_session(app: Flask) -> None:
    client = app.test_client()
    token = login(client)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/queue").status_code == 302
