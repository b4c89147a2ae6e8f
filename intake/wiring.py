"""Build the running parts from `Settings`: source, transport, pipeline, database."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from intake.pipeline import Pipeline, PipelineConfig
from intake.sender import DrainResult, MaildirTransport, Transport, drain_outbox_sync
from intake.settings import Settings
from intake.smtp import SmtpConfig, SmtpTransport
from intake.sources.base import MailSource
from intake.tls import client_tls_context
from replies.render import Company, make_environment
from store.database import make_engine, make_session_factory, upgrade_schema
from store.outbox import RetryPolicy


def utc_now() -> datetime:
    return datetime.now(UTC)


def open_database(settings: Settings) -> sessionmaker[Session]:
    """Engine + sessions, with the schema brought to the newest revision."""
    engine = make_engine(settings.database.url)
    upgrade_schema(engine)
    return make_session_factory(engine)


def company_of(settings: Settings) -> Company:
    c = settings.company
    return Company(
        name=c.name,
        support_address=c.support_address,
        from_name=c.from_name,
        reseller_portal=c.reseller_portal,
        customer_portal=c.customer_portal,
        voicemail_portal=c.voicemail_portal,
        signature=c.signature,
    )


def own_addresses(settings: Settings) -> frozenset[str]:
    addresses = {settings.company.support_address, *settings.company.mailbox_addresses}
    if settings.mailbox.source == "imap" and "@" in settings.imap.user:
        addresses.add(settings.imap.user)
    return frozenset(address.strip().lower() for address in addresses if address.strip())


def build_pipeline(
    settings: Settings,
    sessions: sessionmaker[Session],
    clock: Callable[[], datetime] = utc_now,
) -> Pipeline:
    templates_dir = Path(settings.replies.templates_dir) if settings.replies.templates_dir else None
    config = PipelineConfig(
        company=company_of(settings),
        ticket_prefix=settings.company.ticket_prefix,
        own_addresses=own_addresses(settings),
        max_replies_per_ticket_per_hour=settings.replies.max_per_ticket_per_hour,
        max_replies_per_sender_per_hour=settings.replies.max_per_sender_per_hour,
    )
    return Pipeline(sessions, config, make_environment(templates_dir), clock)


def build_source(
    settings: Settings, sessions: sessionmaker[Session] | None = None
) -> tuple[MailSource, str]:
    """The configured mailbox, and a note for the person when a sample was copied in."""
    from intake.sources.maildir import MaildirSource

    if settings.mailbox.source == "imap":
        from intake.sources.imap import ImapConfig, ImapSource

        imap = settings.imap
        config = ImapConfig(
            host=imap.host,
            port=imap.port,
            tls_mode=imap.tls,  # type: ignore[arg-type]
            user=imap.user,
            password=imap.password if imap.auth == "password" else None,
            oauth2_token=imap.oauth2_token if imap.auth == "oauth2" else None,
            folder=imap.folder,
            processed_folder=imap.processed_folder,
            quarantine_folder=imap.quarantine_folder,
            timeout=imap.timeout,
            idle_timeout=imap.idle_timeout,
            poll_interval=settings.mailbox.poll_interval,
            ca_file=imap.ca_file,
        )
        from store.mailbox_state import DatabaseUidStateStore

        state = DatabaseUidStateStore(sessions) if sessions is not None else None
        return ImapSource(config, state=state), ""
    path = Path(settings.mailbox.maildir)
    note = _seed_sample(path, Path(settings.mailbox.sample_maildir))
    return MaildirSource(path, poll_interval=settings.mailbox.poll_interval), note


def _seed_sample(path: Path, sample: Path) -> str:
    """The embedded default starts from a copy of the shipped sample mail."""
    if path.exists() or not sample.is_dir():
        return ""
    shutil.copytree(sample, path)
    count = sum(1 for item in (path / "new").iterdir()) if (path / "new").is_dir() else 0
    return f"no mailbox at {path}: copied {count} sample mails from {sample}"


def build_transport(settings: Settings) -> Transport:
    from intake.sources.maildir import MaildirWriter

    smtp = settings.smtp
    if smtp.transport == "smtp":
        return SmtpTransport(
            SmtpConfig(
                host=smtp.host,
                port=smtp.port,
                tls_mode=smtp.tls,  # type: ignore[arg-type]
                user=smtp.user or None,
                password=smtp.password,
                timeout=smtp.timeout,
                envelope_from=settings.company.support_address,
            ),
            tls_context=client_tls_context(smtp.ca_file) if smtp.tls != "plain" else None,
        )
    return MaildirTransport(MaildirWriter(Path(smtp.outbox_maildir)))


def retry_policy(settings: Settings) -> RetryPolicy:
    smtp = settings.smtp
    return RetryPolicy(
        base_delay=timedelta(seconds=smtp.retry_base_seconds),
        max_delay=timedelta(seconds=max(smtp.retry_max_seconds, smtp.retry_base_seconds)),
        horizon=timedelta(hours=smtp.retry_horizon_hours),
    )


def build_drain(
    settings: Settings,
    sessions: sessionmaker[Session],
    clock: Callable[[], datetime] = utc_now,
) -> Callable[[], DrainResult]:
    transport = build_transport(settings)
    policy = retry_policy(settings)

    def drain() -> DrainResult:
        return drain_outbox_sync(
            sessions, transport, now_fn=clock, policy=policy,
            stale_after=timedelta(seconds=settings.smtp.stale_after_seconds),
        )

    return drain
