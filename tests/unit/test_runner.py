"""The runner: one failing mail is set aside with a flagged ticket; the loop goes on."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from intake.pipeline import Outcome, Pipeline
from intake.runner import Runner
from intake.sender import DrainResult
from intake.settings import DatabaseSettings, Settings
from intake.sources.base import SourceMail
from intake.sources.maildir import MaildirSource, MaildirWriter
from intake.wiring import build_pipeline, open_database
from store.models import Ticket
from tests.mailfactory import make_mail


class PipelineFailingOn:
    """Our own pipeline, made to fail on mails whose bytes contain a marker."""

    def __init__(self, real: Pipeline, marker: bytes) -> None:
        self._real = real
        self._marker = marker

    def handle(self, mail: SourceMail) -> Outcome:
        if self._marker in mail.raw:
            raise RuntimeError("store refused the row")
        return self._real.handle(mail)

    def record_failure(self, mail: SourceMail, error: BaseException) -> str:
        return self._real.record_failure(mail, error)


def test_a_failing_mail_is_quarantined_with_a_flagged_ticket(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    writer = MaildirWriter(inbox)
    writer.deliver(make_mail(subject="first"))
    writer.deliver(make_mail(subject="poison", body="Hej\n\nBOOM lokal 12 Jens Hansen"))
    # (another employee: the same request sent twice would join the first ticket)
    writer.deliver(make_mail(subject="third", body="Hej\n\nSlet venligst Ida Lund, lokal 12."))
    settings = Settings(database=DatabaseSettings(url=f"sqlite:///{tmp_path}/t.db"))
    sessions = open_database(settings)
    real = build_pipeline(settings, sessions, lambda: datetime(2026, 11, 28, tzinfo=UTC))
    source = MaildirSource(inbox)
    runner = Runner(source, PipelineFailingOn(real, b"BOOM"),  # type: ignore[arg-type]
                    lambda: DrainResult(0, 0, 0, 0), lambda _n, _o: None)

    report = runner.run_once()

    assert (report.mails, report.failed) == (2, 1)
    with sessions() as session:
        tickets = session.scalars(select(Ticket).order_by(Ticket.id)).all()
        assert len(tickets) == 3
        flagged = [t for t in tickets if t.needs_person]
        assert [t.subject for t in flagged] == ["poison"]
        assert flagged[0].messages[0].source_key.startswith("maildir:")
    quarantined = inbox / ".Quarantine"
    assert len(list((quarantined / "new").iterdir()) + list((quarantined / "cur").iterdir())) == 1
    assert list(source.fetch_new()) == []
