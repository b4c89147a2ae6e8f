"""The triage page in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright), against the real `intake serve` on a free loopback port, a fresh SQLite
database and a real aiosmtpd that receives the replies staff send.

Screenshots of the queue and a ticket go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from store.models import AuditEvent, Ticket
from tests.integration.smtp_server import SmtpTestServer, free_port
from tests.integration.triage_support import PASSWORD, Deployment

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _browser_missing() -> str | None:
    if shutil.which("chromium") or os.path.exists(CHROMIUM):
        return None
    return "Debian package chromium is not installed (.ci/run installs it)"


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpTestServer]:
    server = SmtpTestServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory,
         smtp: SmtpTestServer) -> Iterator[tuple[Deployment, str, dict[str, str]]]:
    """`intake serve` on a free port over a database with the sample tickets."""
    deployment = Deployment(tmp_path_factory.mktemp("web"), smtp_port=smtp.port)
    deployment.add_user("anna", "admin")
    refs = deployment.feed_samples()
    today = date.today()
    with deployment.sessions() as session, session.begin():  # one overdue, one due soon
        for ref, days in ((refs["erasure"], -2), (refs["script"], 3)):
            ticket = session.scalars(select(Ticket).where(Ticket.reference == ref)).one()
            ticket.due_date = today + timedelta(days=days)
    port = free_port()
    server = deployment.spawn("serve", "--host", "127.0.0.1", "--port", str(port))
    try:
        _wait_for_port(port, server)
        yield deployment, f"http://127.0.0.1:{port}", refs
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for_port(port: int, server: subprocess.Popen[str], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"intake serve exited: {server.stdout and server.stdout.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("intake serve did not listen in time")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    reason = _browser_missing()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                             headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    yield page
    context.close()


def log_in(page: Page, base: str) -> None:
    page.goto(f"{base}/queue")
    assert "/login" in page.url
    page.fill("input[name=name]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/queue")


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_work_a_ticket_from_the_queue(site: tuple[Deployment, str, dict[str, str]],
                                      page: Page, smtp: SmtpTestServer) -> None:
    deployment, base, refs = site
    p = page
    log_in(p, base)
    rows = p.locator("table.queue tbody tr")
    assert rows.count() == 4
    assert refs["erasure"] in rows.first.inner_text()  # overdue first, and marked so
    assert "overdue" in rows.first.get_attribute("class")
    assert "due_soon" in rows.nth(1).get_attribute("class")
    p.select_option("select[name=kind]", "access")
    p.click("form.filters button[type=submit]")
    p.wait_for_url("**kind=access**")
    listed = p.inner_text("table.queue tbody")
    assert rows.count() == 2 and refs["access"] in listed and refs["stranger"] in listed
    p.select_option("select[name=reseller]", "R002")
    p.click("form.filters button[type=submit]")
    p.wait_for_url("**reseller=R002**")
    assert rows.count() == 1 and refs["access"] in rows.first.inner_text()
    p.select_option("select[name=reseller]", "")
    p.select_option("select[name=kind]", "")
    p.click("form.filters button[type=submit]")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    p.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)

    p.click(f"text={refs['access']}")
    p.wait_for_url(f"{base}/tickets/{refs['access']}")
    assert "Mark Ellis" in p.inner_text("table.subjects")
    p.select_option("select[name=status]", "in_progress")
    p.click("text=Set status")
    assert "Status set to in progress" in p.inner_text("p.flash")
    audit = p.locator("table.audit tr.event-status_changed")
    assert "anna" in audit.inner_text() and "in_progress" in audit.inner_text()

    already = len(smtp.received)
    reply_form = p.locator("form", has_text="Reply with a template")
    reply_form.locator("select[name=template]").select_option("completed")
    reply_form.locator("button").click()
    assert "Preview: Request completed" in p.inner_text("h1")
    assert "Mark Ellis" in p.inner_text("pre.body")
    p.click("text=Send this reply")
    assert "queued" in p.inner_text("p.flash")

    def staff_reply_arrived() -> bool:
        return any(refs["access"] in str(mail.message["Subject"]) and
                   mail.recipients == ("sofie@cloudtale.com",) and
                   ".staff." in mail.message_id for mail in smtp.received[already:])
    assert wait_for(staff_reply_arrived), [m.message["Subject"] for m in smtp.received]
    p.reload()
    staff = p.locator("table.audit tr.event-staff_reply_queued")
    assert "anna" in staff.inner_text() and "completed" in staff.inner_text()
    assert p.locator("article.mail-out .badge-outbox-sent").count() >= 1
    p.screenshot(path=str(ARTIFACTS / "ticket.png"), full_page=True)
    with deployment.sessions() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.reference == refs["access"])).one()
        assert ticket.status == "done"
        actors = {e.actor for e in session.scalars(
            select(AuditEvent).where(AuditEvent.ticket_id == ticket.id,
                                     AuditEvent.event.in_(["status_changed",
                                                           "staff_reply_queued"])))}
        assert actors == {"anna"}


def test_script_in_a_mail_does_not_run(site: tuple[Deployment, str, dict[str, str]],
                                       page: Page) -> None:
    _deployment, base, refs = site
    p = page
    dialogs: list[str] = []
    p.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(p, base)
    p.goto(f"{base}/tickets/{refs['script']}")
    p.wait_for_load_state("load")
    body = p.locator("article.mail-in pre.body").first.inner_text()
    assert "<script>window.__pwned = 1; alert('x')</script>" in body
    assert '<img src=x onerror="window.__pwned = 2">' in body
    assert p.evaluate("window.__pwned === undefined")
    assert p.locator("article.mail script, article.mail img").count() == 0
    assert dialogs == []
    assert "Sletning <b>bold</b>" in p.inner_text("p.subject")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    p.screenshot(path=str(ARTIFACTS / "ticket-script.png"), full_page=True)


def test_posts_without_session_or_csrf_token_are_refused(
    site: tuple[Deployment, str, dict[str, str]], browser: Browser, page: Page
) -> None:
    deployment, base, refs = site
    target = f"{base}/tickets/{refs['erasure']}/status"
    stranger = browser.new_context()
    try:
        refused = stranger.request.post(target, form={"status": "done", "csrf_token": "guess"})
        assert refused.status == 400
    finally:
        stranger.close()
    p = page
    log_in(p, base)
    without_token = p.request.post(target, form={"status": "done"})
    assert without_token.status == 400
    # The same form as the page's, posted from another origin's page, lacks the token too.
    p.set_content(f'<form method="post" action="{target}"><input name="status" value="done">'
                  '</form>')
    with p.expect_navigation():
        p.evaluate("document.forms[0].submit()")
    assert "CSRF" in p.content() or "400" in p.content()
    with deployment.sessions() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.reference == refs["erasure"])).one()
        assert ticket.status == "new"


def test_logout_then_pages_need_login_again(site: tuple[Deployment, str, dict[str, str]],
                                            page: Page) -> None:
    _deployment, base, _refs = site
    p = page
    log_in(p, base)
    p.click("text=Log out")
    p.wait_for_url("**/login")
    p.goto(f"{base}/overview")
    assert "/login" in p.url
