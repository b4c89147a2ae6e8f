"""The main loop: drain the mailbox, send the outbox, wait for new mail, repeat.

Order of side effects per mail: commit (in `Pipeline.handle`) -> mark at the source.
A mail the pipeline fails on is recorded as a flagged ticket and set aside in the
quarantine folder; the loop goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from intake.errors import IntakeError
from intake.pipeline import Outcome, Pipeline
from intake.sender import DrainResult
from intake.sources.base import MailSource, SourceMail

log = logging.getLogger(__name__)


class StopRequested(Exception):
    """Raised by the signal handler while the loop waits, to end the wait at once."""


@dataclass(slots=True)
class RunReport:
    """Counts for the person watching: what one pass did."""

    mails: int = 0
    duplicates: int = 0
    tickets_opened: int = 0
    attached: int = 0
    no_reply: int = 0
    replies_queued: int = 0
    with_sensitive_data: int = 0
    failed: int = 0
    sent: int = 0
    retrying: int = 0
    send_failed: int = 0
    seconds: float = 0.0
    actions: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: Outcome) -> None:
        self.mails += 1
        if outcome.is_duplicate:
            self.duplicates += 1
            return
        action = outcome.action or "none"
        self.actions[action] = self.actions.get(action, 0) + 1
        self.tickets_opened += action in ("acknowledge", "ask_for_missing",
                                          "redirect_unknown_sender")
        self.tickets_opened += len(outcome.further_tickets)
        self.replies_queued += outcome.further_replies
        self.attached += action == "attach_to_ticket"
        self.no_reply += action == "no_reply"
        self.replies_queued += outcome.reply_queued
        self.with_sensitive_data += bool(outcome.sensitive)

    def add_drain(self, result: DrainResult) -> None:
        self.sent += result.sent
        self.retrying += result.retried
        self.send_failed += result.failed


Reporter = Callable[[int, Outcome], None]


class Runner:
    """Runs the pipeline over a source and drains the outbox; one instance per process."""

    def __init__(
        self,
        source: MailSource,
        pipeline: Pipeline,
        drain: Callable[[], DrainResult],
        report: Reporter,
        batch_size: int = 100,
    ) -> None:
        self._source = source
        self._pipeline = pipeline
        self._drain = drain
        self._report = report
        self._batch_size = batch_size
        self.stopping = False
        self.waiting = False  # True only while blocked in wait_for_new: a signal may end it

    def run_once(self) -> RunReport:
        """Process every new mail, then send what the outbox holds."""
        started = time.monotonic()
        report = RunReport()
        for mail in self._source.fetch_new(self._batch_size):
            outcome = self._handle(mail)
            if outcome is None:
                report.failed += 1
            else:
                report.add(outcome)
                self._report(report.mails, outcome)
            if self.stopping:
                break
        report.add_drain(self._drain())
        report.seconds = time.monotonic() - started
        return report

    def run_forever(self, wait_seconds: float, on_pass: Callable[[RunReport], None],
                    retry_seconds: float = 30.0) -> None:
        """Loop until `stopping` is set (by a signal); a pass finishes the mail in hand.

        An unreachable mailbox or database does not end the service: the pass is
        logged and tried again after `retry_seconds`; nothing is lost meanwhile.
        """
        while not self.stopping:
            pause = wait_seconds
            try:
                on_pass(self.run_once())
            except (IntakeError, SQLAlchemyError, OSError) as error:
                log.warning("pass failed, retrying in %.0f s: %s", retry_seconds, error)
                pause = retry_seconds
            if self.stopping or not self._wait(pause):
                break

    def _wait(self, seconds: float) -> bool:
        """Wait for new mail; False when a stop was requested meanwhile."""
        self.waiting = True
        try:
            try:
                self._source.wait_for_new(seconds)
            except (IntakeError, OSError) as error:
                log.warning("waiting for mail failed: %s", error)
                time.sleep(seconds)
        except StopRequested:
            return False
        finally:
            self.waiting = False
        return not self.stopping

    def _handle(self, mail: SourceMail) -> Outcome | None:
        try:
            outcome = self._pipeline.handle(mail)
        except Exception as error:  # noqa: BLE001 - one mail never stops the loop
            log.exception("mail %s failed: %s", mail.key, error)
            self._set_aside(mail, error)
            return None
        self._source.mark_processed(mail.key)
        return outcome

    def _set_aside(self, mail: SourceMail, error: Exception) -> None:
        """Record a flagged ticket pointing at the original, then quarantine it.

        If even that fails (the database is down), the mail stays where it is and
        the error goes up: the next pass tries again, nothing is lost.
        """
        reference = self._pipeline.record_failure(mail, error)
        self._source.quarantine(mail.key)
        log.warning("mail %s set aside in quarantine, ticket %s", mail.key, reference or "-")
