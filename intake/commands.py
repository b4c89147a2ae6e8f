"""What each CLI command does; each returns an exit code and prints for a person."""

from __future__ import annotations

import dataclasses
import logging
import sys
from pathlib import Path

from intake.config_check import check_settings
from intake.errors import ConfigError
from intake.pipeline import Outcome
from intake.registry import parse_registry
from intake.runner import Runner, RunReport
from intake.settings import SECTIONS, Settings
from intake.wiring import build_drain, build_pipeline, build_source, open_database, utc_now
from store.database import transaction
from store.outbox import list_outbox, retry_now
from store.resellers import import_resellers

log = logging.getLogger("intake")


def config_check(settings: Settings) -> int:
    origin = settings.source_file or "built-in defaults"
    problems = check_settings(settings)
    if problems:
        print(f"{origin}: {len(problems)} problem(s):")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"{origin}: settings are valid "
          f"(mailbox: {settings.mailbox.source}, replies: {settings.smtp.transport}, "
          f"database: {settings.database.url.split('://')[0]})")
    return 0


def config_show(settings: Settings) -> int:
    for section in SECTIONS:
        print(f"[{section}]")
        for field in dataclasses.fields(getattr(settings, section)):
            value = getattr(getattr(settings, section), field.name)
            if field.name in ("password", "oauth2_token", "secret_key"):
                value = "(set)" if value else "(not set)"
            print(f"{field.name} = {value!r}")
        print()
    return 0


def _require_valid(settings: Settings) -> None:
    problems = check_settings(settings)
    if problems:
        raise ConfigError("invalid settings (run 'intake config check'): " + "; ".join(problems))


def db_upgrade(settings: Settings) -> int:
    open_database(settings)
    print(f"database at {settings.database.url.split('://')[0]}: schema is up to date")
    return 0


def resellers_import(settings: Settings, path: Path) -> int:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read {path}: {error.strerror}") from None
    records, problems = parse_registry(text)
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if problems:
        print(f"{path}: nothing imported: fix the {len(problems)} problem(s) above",
              file=sys.stderr)
        return 1
    sessions = open_database(settings)
    with transaction(sessions) as session:
        counts = import_resellers(session, records)
    print(f"{path}: {counts.added} added, {counts.updated} updated, "
          f"{counts.unchanged} unchanged ({len(records)} resellers in the file)")
    return 0


def resellers_list(settings: Settings) -> int:
    from sqlalchemy import select

    from store.models import Reseller

    sessions = open_database(settings)
    with sessions() as session:
        rows = list(session.scalars(select(Reseller).order_by(Reseller.reseller_id)))
    for row in rows:
        print(f"{row.reseller_id:<8} {row.name:<40} {';'.join(row.domains):<40} "
              f"{';'.join(row.contacts)}")
    print(f"{len(rows)} resellers")
    return 0


def outbox_list(settings: Settings, status: str | None) -> int:
    sessions = open_database(settings)
    with sessions() as session:
        items = list_outbox(session, status)
        for item in items:
            print(f"{item.id:>6}  {item.status:<8} attempts={item.attempts:<2} "
                  f"{item.recipient:<36} {item.message_id}"
                  + (f"\n        last error: {item.last_error}" if item.last_error else ""))
    print(f"{len(items)} outbox rows")
    return 0


def outbox_retry(settings: Settings, item_id: int) -> int:
    sessions = open_database(settings)
    with transaction(sessions) as session:
        retry_now(session, item_id, utc_now())
    result = build_drain(settings, sessions)()
    print(f"outbox {item_id}: queued again; sent {result.sent}, retrying {result.retried}, "
          f"failed {result.failed}")
    return 0


def make_runner(settings: Settings, *, quiet: bool) -> Runner:
    _require_valid(settings)
    sessions = open_database(settings)
    source, note = build_source(settings, sessions)
    if note:
        print(note)
    print(f"reading {_describe_source(settings)}; replies to {_describe_replies(settings)}")
    report = (lambda _n, _o: None) if quiet else print_outcome
    return Runner(source, build_pipeline(settings, sessions), build_drain(settings, sessions),
                  report, settings.mailbox.batch_size)


def _describe_source(settings: Settings) -> str:
    if settings.mailbox.source == "imap":
        imap = settings.imap
        return f"imap://{imap.user}@{imap.host}:{imap.port}/{imap.folder}"
    return f"Maildir {settings.mailbox.maildir}"


def _describe_replies(settings: Settings) -> str:
    if settings.smtp.transport == "smtp":
        return f"SMTP {settings.smtp.host}:{settings.smtp.port}"
    return f"Maildir {settings.smtp.outbox_maildir} (.eml files, nothing is sent)"


def print_outcome(number: int, outcome: Outcome) -> None:
    if outcome.is_duplicate:
        print(f"[{number}] {outcome.source_key}: already processed "
              f"({outcome.ticket_ref or 'no ticket'}), nothing new")
        return
    parts = [f"[{number}] {outcome.source_key}: {outcome.action}"]
    if outcome.ticket_ref:
        parts.append(f"-> {outcome.ticket_ref}")
    if outcome.further_tickets:
        parts.append("and " + ", ".join(outcome.further_tickets))
    if outcome.kind:
        parts.append(f"({outcome.kind})")
    parts.append("reply queued" if outcome.reply_queued else "no reply")
    line = " ".join(parts)
    if outcome.sensitive:
        found = ", ".join(f"{f.category} x{f.count}" for f in outcome.sensitive)
        line += f"\n      WARNING sensitive data removed before storage: {found}"
    for problem in outcome.problems:
        line += f"\n      needs a person: {problem}"
    print(line, flush=True)


def print_report(report: RunReport) -> None:
    print(
        f"{report.mails} mails in {report.seconds:.1f} s: {report.tickets_opened} tickets opened, "
        f"{report.attached} follow-ups attached, {report.no_reply} not answered (automated), "
        f"{report.duplicates} already seen, {report.failed} set aside; "
        f"{report.with_sensitive_data} with sensitive data removed; "
        f"replies: {report.replies_queued} queued, {report.sent} sent, "
        f"{report.retrying} retrying, {report.send_failed} failed",
        flush=True,
    )


def run_once(runner: Runner) -> int:
    print_report(runner.run_once())
    return 0


def run_forever(runner: Runner, settings: Settings) -> int:
    passes = 0

    def on_pass(report: RunReport) -> None:
        nonlocal passes
        passes += 1
        if passes == 1 or report.mails or report.sent or report.retrying or report.send_failed:
            print_report(report)
        if passes == 1:
            print("waiting for new mail (Ctrl-C or SIGTERM to stop)", flush=True)

    wait = min(settings.mailbox.poll_interval, 60.0)
    runner.run_forever(wait, on_pass, retry_seconds=max(1.0, min(wait, 30.0)))
    print("stopped", flush=True)
    return 0


def evaluate_corpus(corpus: Path, predictions: Path) -> int:
    from intake.evaluate import evaluate

    return evaluate(corpus, predictions)
