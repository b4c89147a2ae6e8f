"""Fixtures for the integration tests: private Dovecot servers, fresh mailbox users,
and (from conftest_smtp) `smtp_server`."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.integration.conftest_smtp import smtp_server_fixture  # noqa: F401
from tests.integration.dovecot import DovecotServer, find_binary

_user_numbers = itertools.count(1)


def _unavailable_reason() -> str | None:
    missing = [name for name in ("dovecot", "doveadm") if find_binary(name) is None]
    if missing:
        return f"{' and '.join(missing)} not installed (Debian package dovecot-imapd)"
    if os.geteuid() != 0:
        return "the private Dovecot must start as root (its mail processes run as nobody)"
    return None


def _start_server(without_capabilities: tuple[str, ...] = ()) -> Iterator[DovecotServer]:
    reason = _unavailable_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the IMAP tests (.ci/run installs Dovecot)")
        pytest.skip(reason)
    with DovecotServer(without_capabilities=without_capabilities) as server:
        yield server


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One Dovecot for the whole session; tests keep apart by `mailbox_user`."""
    yield from _start_server()


@pytest.fixture(scope="session")
def dovecot_without_idle() -> Iterator[DovecotServer]:
    """A Dovecot that does not announce IDLE, for the polling path."""
    yield from _start_server(without_capabilities=("IDLE",))


@pytest.fixture(scope="session")
def dovecot_without_move() -> Iterator[DovecotServer]:
    """A Dovecot that does not announce MOVE, for the COPY + keyword path."""
    yield from _start_server(without_capabilities=("MOVE",))


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    """A Dovecot of the test's own, for tests that stop and start it (outages)."""
    yield from _start_server()


@pytest.fixture
def mailbox_user(request: pytest.FixtureRequest) -> str:
    """A user name no other test has used: its own empty mailbox on any Dovecot here."""
    test_name = "".join(c if c.isalnum() else "-" for c in request.node.name)[:40]
    return f"u{os.getpid()}-{next(_user_numbers)}-{test_name}".lower()
