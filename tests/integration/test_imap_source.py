"""ImapSource against a real private Dovecot: no mocks."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from intake.errors import ConfigError
from intake.sources.imap import (
    PROCESSED_KEYWORD,
    QUARANTINED_KEYWORD,
    ImapConfig,
    ImapSource,
    SourceError,
)
from tests.integration.dovecot import DovecotServer, free_port

SOURCE_LOGGER = "intake.sources.imap"


class MemoryState:
    """The UidStateStore a test can look into."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], tuple[int, int]] = {}

    def get(self, source: str, folder: str) -> tuple[int, int] | None:
        return self.entries.get((source, folder))

    def put(self, source: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.entries[(source, folder)] = (uidvalidity, last_uid)


def make_mail(number: int, user: str = "reseller") -> bytes:
    return (
        f"From: {user}@reseller.example\r\n"
        f"To: support@flexfone.example\r\n"
        f"Subject: Sletning af medarbejder {number}\r\n"
        f"Message-ID: <{number}.{user}@reseller.example>\r\n"
        f"\r\n"
        f"Slet venligst medarbejder nummer {number}.\r\n"
    ).encode()


def make_config(server: DovecotServer, user: str, **overrides: Any) -> ImapConfig:
    settings: dict[str, Any] = {
        "host": server.host,
        "port": server.port,
        "tls_mode": "plain",
        "user": user,
        "password": server.password,
        "timeout": 10.0,
    }
    settings.update(overrides)
    return ImapConfig(**settings)


@pytest.fixture
def source(dovecot: DovecotServer, mailbox_user: str) -> Iterator[ImapSource]:
    with ImapSource(make_config(dovecot, mailbox_user)) as imap_source:
        yield imap_source


@pytest.fixture
def idle_started() -> Iterator[threading.Event]:
    """Set when the source has sent IDLE (seen through its debug log line)."""
    event = threading.Event()

    class Watcher(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("IDLE started"):
                event.set()

    source_logger = logging.getLogger(SOURCE_LOGGER)
    watcher, old_level = Watcher(logging.DEBUG), source_logger.level
    source_logger.addHandler(watcher)
    source_logger.setLevel(logging.DEBUG)
    yield event
    source_logger.removeHandler(watcher)
    source_logger.setLevel(old_level)


def wait_in_thread(imap_source: ImapSource, timeout: float) -> tuple[Any, ThreadPoolExecutor]:
    executor = ThreadPoolExecutor(max_workers=1)
    return executor.submit(imap_source.wait_for_new, timeout), executor


# -- fetching ------------------------------------------------------------------------


def test_fetch_new_yields_every_mail_oldest_first_in_batches(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource, caplog: pytest.LogCaptureFixture
) -> None:
    raws = [make_mail(number) for number in range(150)]
    dovecot.append_many(mailbox_user, raws)
    uidvalidity = dovecot.uidvalidity(mailbox_user)

    with caplog.at_level(logging.DEBUG, logger=SOURCE_LOGGER):
        mails = list(source.fetch_new(batch_size=40))

    assert [mail.raw for mail in mails] == raws
    assert [mail.key for mail in mails] == [
        f"imap:INBOX:{uidvalidity}:{uid}" for uid in range(1, 151)
    ]
    batches = [r for r in caplog.records if r.getMessage().startswith("Fetching")]
    assert [r.args[0] for r in batches] == [40, 40, 40, 30]  # type: ignore[index]


def test_fetch_reads_with_peek_and_leaves_mail_unseen(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    dovecot.append_many(mailbox_user, [make_mail(1), make_mail(2)])

    assert len(list(source.fetch_new())) == 2

    for _raw, flags in dovecot.messages_with_flags(mailbox_user):
        assert b"\\Seen" not in flags


def test_mail_handed_out_but_never_marked_comes_again(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    dovecot.append(mailbox_user, make_mail(1))

    first = list(source.fetch_new())
    again = list(source.fetch_new())

    assert first == again and len(first) == 1


# -- marking -------------------------------------------------------------------------


def test_mark_processed_moves_mail_to_processed_folder_and_deletes_nothing(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    raws = [make_mail(number) for number in range(3)]
    dovecot.append_many(mailbox_user, raws)

    for mail in source.fetch_new():
        source.mark_processed(mail.key)

    assert {"Processed", "Quarantine"} <= set(dovecot.folders(mailbox_user))
    assert dovecot.messages(mailbox_user, "INBOX") == []
    processed = dovecot.messages_with_flags(mailbox_user, "Processed")
    assert [raw for raw, _flags in processed] == raws
    assert all(PROCESSED_KEYWORD.encode() in flags for _raw, flags in processed)
    assert all(b"\\Seen" not in flags and b"\\Deleted" not in flags for _raw, flags in processed)


def test_processed_mail_is_not_fetched_again_even_after_a_restart(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    dovecot.append_many(mailbox_user, [make_mail(1), make_mail(2)])
    for mail in source.fetch_new():
        source.mark_processed(mail.key)

    assert list(source.fetch_new()) == []
    with ImapSource(make_config(dovecot, mailbox_user)) as restarted:
        assert list(restarted.fetch_new()) == []


def test_mark_processed_twice_is_harmless(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    dovecot.append(mailbox_user, make_mail(1))
    (mail,) = source.fetch_new()

    source.mark_processed(mail.key)
    source.mark_processed(mail.key)

    assert dovecot.messages(mailbox_user, "Processed") == [mail.raw]


def test_quarantine_moves_mail_to_quarantine_folder(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    dovecot.append_many(mailbox_user, [make_mail(1), make_mail(2)])
    bad, good = source.fetch_new()

    source.quarantine(bad.key)
    source.mark_processed(good.key)

    assert dovecot.messages(mailbox_user, "INBOX") == []
    ((raw, flags),) = dovecot.messages_with_flags(mailbox_user, "Quarantine")
    assert raw == bad.raw and QUARANTINED_KEYWORD.encode() in flags
    assert dovecot.messages(mailbox_user, "Processed") == [good.raw]
    assert list(source.fetch_new()) == []


def test_without_move_mail_is_copied_and_flagged_never_deleted(
    dovecot_without_move: DovecotServer, mailbox_user: str
) -> None:
    server = dovecot_without_move
    raws = [make_mail(1), make_mail(2)]
    server.append_many(mailbox_user, raws)

    with ImapSource(make_config(server, mailbox_user)) as flag_source:
        first, second = flag_source.fetch_new()
        flag_source.mark_processed(first.key)
        flag_source.quarantine(second.key)
        assert list(flag_source.fetch_new()) == []

    inbox = server.messages_with_flags(mailbox_user, "INBOX")
    assert [raw for raw, _flags in inbox] == raws
    assert all(PROCESSED_KEYWORD.encode() in flags for _raw, flags in inbox)
    assert server.messages(mailbox_user, "Processed") == [first.raw]
    assert server.messages(mailbox_user, "Quarantine") == [second.raw]


def test_a_key_of_another_folder_or_source_is_refused(source: ImapSource) -> None:
    for key in ("imap:Archive:1:1", "maildir:1700000000.M1P1Q1.host", "imap:INBOX:x:1"):
        with pytest.raises(SourceError):
            source.mark_processed(key)


# -- UIDVALIDITY -----------------------------------------------------------------------


def test_uidvalidity_change_is_noticed_and_mail_delivered_again(
    dovecot: DovecotServer, mailbox_user: str, caplog: pytest.LogCaptureFixture
) -> None:
    dovecot.append_many(mailbox_user, [make_mail(1), make_mail(2)])
    state = MemoryState()
    config = make_config(dovecot, mailbox_user)
    with ImapSource(config, state=state) as first_run:
        done, pending = first_run.fetch_new()
        first_run.mark_processed(done.key)
    old_uidvalidity = dovecot.uidvalidity(mailbox_user)
    assert state.get(first_run.name, "INBOX") == (old_uidvalidity, 2)

    dovecot.set_uidvalidity(mailbox_user, "INBOX", old_uidvalidity + 1000)
    with ImapSource(config, state=state) as second_run, caplog.at_level(logging.WARNING):
        again = list(second_run.fetch_new())
        assert [mail.raw for mail in again] == [pending.raw]
        assert again[0].key != pending.key
        assert "UIDVALIDITY" in caplog.text and str(old_uidvalidity) in caplog.text
        with pytest.raises(SourceError, match="stale"):
            second_run.mark_processed(pending.key)  # the old key no longer names a mail
        second_run.mark_processed(again[0].key)

    assert state.get(second_run.name, "INBOX") == (old_uidvalidity + 1000, 2)
    assert dovecot.messages(mailbox_user, "Processed") == [done.raw, pending.raw]


def test_uidvalidity_change_during_a_session_is_noticed(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource, caplog: pytest.LogCaptureFixture
) -> None:
    dovecot.append(mailbox_user, make_mail(1))
    (before,) = source.fetch_new()

    dovecot.set_uidvalidity(mailbox_user, "INBOX", 7)
    with caplog.at_level(logging.WARNING):
        (after,) = source.fetch_new()

    assert after.key == "imap:INBOX:7:1" and after.raw == before.raw
    assert "UIDVALIDITY" in caplog.text


# -- connection loss -------------------------------------------------------------------


def test_kick_mid_fetch_reconnects_and_continues(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource, caplog: pytest.LogCaptureFixture
) -> None:
    raws = [make_mail(number) for number in range(30)]
    dovecot.append_many(mailbox_user, raws)
    mails = source.fetch_new(batch_size=10)
    first_batch = [next(mails) for _ in range(10)]

    dovecot.kick(mailbox_user)
    with caplog.at_level(logging.INFO, logger=SOURCE_LOGGER):
        rest = list(mails)
        for mail in first_batch + rest:
            source.mark_processed(mail.key)

    assert [mail.raw for mail in first_batch + rest] == raws
    assert "lost while trying to fetch" in caplog.text and "Reconnected" in caplog.text
    assert dovecot.messages(mailbox_user, "Processed") == raws


def test_kick_between_operations_reconnects(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    dovecot.append(mailbox_user, make_mail(1))
    (mail,) = source.fetch_new()

    dovecot.kick(mailbox_user)
    source.mark_processed(mail.key)

    assert dovecot.messages(mailbox_user, "Processed") == [mail.raw]


def test_server_outage_gives_source_error_then_recovers(
    private_dovecot: DovecotServer, mailbox_user: str
) -> None:
    server = private_dovecot
    server.append(mailbox_user, make_mail(1))
    with ImapSource(make_config(server, mailbox_user)) as outage_source:
        (mail,) = outage_source.fetch_new()

        server.stop()
        with pytest.raises(SourceError) as raised:
            outage_source.mark_processed(mail.key)
        assert f"{mailbox_user}@{server.host}:{server.port}" in str(raised.value)

        server.start()
        outage_source.mark_processed(mail.key)

    assert server.messages(mailbox_user, "Processed") == [mail.raw]


# -- waiting ---------------------------------------------------------------------------


def test_idle_wakes_up_when_another_connection_appends(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource, idle_started: threading.Event
) -> None:
    assert list(source.fetch_new()) == []
    waiting, executor = wait_in_thread(source, timeout=30.0)
    with executor:
        assert idle_started.wait(10), "the source never entered IDLE"
        appended_at = time.monotonic()
        dovecot.append(mailbox_user, make_mail(1))
        assert waiting.result(timeout=10) is True
        woke_after = time.monotonic() - appended_at

    assert woke_after < 5, f"IDLE woke {woke_after:.1f} s after the append"
    assert [mail.raw for mail in source.fetch_new()] == [make_mail(1)]


def test_idle_returns_false_when_nothing_comes(source: ImapSource) -> None:
    assert list(source.fetch_new()) == []
    started = time.monotonic()

    assert source.wait_for_new(timeout=0.5) is False
    assert 0.4 < time.monotonic() - started < 5


def test_wait_returns_at_once_when_mail_came_before_waiting(
    dovecot: DovecotServer, mailbox_user: str, source: ImapSource
) -> None:
    assert list(source.fetch_new()) == []
    dovecot.append(mailbox_user, make_mail(1))  # arrives between fetch and IDLE
    started = time.monotonic()

    assert source.wait_for_new(timeout=30) is True
    assert time.monotonic() - started < 5


def test_kick_during_idle_reconnects_and_reports_maybe_new_mail(
    dovecot: DovecotServer,
    mailbox_user: str,
    source: ImapSource,
    idle_started: threading.Event,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert list(source.fetch_new()) == []
    with caplog.at_level(logging.DEBUG, logger=SOURCE_LOGGER):  # idle_started needs DEBUG
        waiting, executor = wait_in_thread(source, timeout=30.0)
        with executor:
            assert idle_started.wait(10), "the source never entered IDLE"
            dovecot.kick(mailbox_user)
            assert waiting.result(timeout=10) is True

    assert "lost while trying to wait in IDLE" in caplog.text
    dovecot.append(mailbox_user, make_mail(1))
    assert len(list(source.fetch_new())) == 1


def test_polling_when_the_server_has_no_idle(
    dovecot_without_idle: DovecotServer, mailbox_user: str, idle_started: threading.Event
) -> None:
    server = dovecot_without_idle
    config = make_config(server, mailbox_user, poll_interval=0.2)
    with ImapSource(config) as polling_source:
        assert list(polling_source.fetch_new()) == []

        started = time.monotonic()
        assert polling_source.wait_for_new(timeout=30) is True
        assert 0.15 < time.monotonic() - started < 5
        started = time.monotonic()
        assert polling_source.wait_for_new(timeout=0.05) is True
        assert time.monotonic() - started < 0.2

        server.append(mailbox_user, make_mail(1))
        assert [mail.raw for mail in polling_source.fetch_new()] == [make_mail(1)]

    assert not idle_started.is_set()


# -- configuration and login -----------------------------------------------------------


@pytest.mark.parametrize("host", ["imap.example.com", "10.0.0.1", "localhost.example.com"])
def test_plain_text_is_refused_for_a_host_off_loopback(host: str) -> None:
    with pytest.raises(ConfigError, match="plain") as raised:
        ImapConfig(host=host, port=143, tls_mode="plain", user="support", password="pw")
    assert host in str(raised.value)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_plain_text_is_allowed_on_loopback(host: str) -> None:
    ImapConfig(host=host, port=143, tls_mode="plain", user="support", password="pw")


@pytest.mark.parametrize(
    "overrides",
    [
        {"tls_mode": "ssl"},
        {"password": None},
        {"oauth2_token": "token"},  # with a password too
        {"idle_timeout": 600.0},
        {"processed_folder": "INBOX"},
        {"port": 0},
    ],
)
def test_wrong_settings_are_refused(overrides: dict[str, Any]) -> None:
    settings: dict[str, Any] = {
        "host": "imap.example.com",
        "port": 993,
        "tls_mode": "implicit",
        "user": "support",
        "password": "pw",
    }
    with pytest.raises(ConfigError):
        ImapConfig(**(settings | overrides))


def test_bad_password_names_host_and_user_but_not_the_password(
    dovecot: DovecotServer, mailbox_user: str
) -> None:
    password = "Wrong-Password-4711"
    config = make_config(dovecot, mailbox_user, password=password)
    assert password not in repr(config)

    with ImapSource(config) as bad_source, pytest.raises(SourceError) as raised:
        list(bad_source.fetch_new())

    message = str(raised.value)
    assert "log in" in message
    assert dovecot.host in message and str(dovecot.port) in message and mailbox_user in message
    assert password not in message


def test_unreachable_server_gives_source_error_only_when_used() -> None:
    port = free_port()
    config = ImapConfig(
        host="127.0.0.1", port=port, tls_mode="plain", user="support", password="pw", timeout=5
    )
    unreachable = ImapSource(config)  # connects lazily: nothing happens yet

    with pytest.raises(SourceError, match=f"connect for support@127.0.0.1:{port}"):
        unreachable.wait_for_new(timeout=1)
    unreachable.close()
    unreachable.close()
