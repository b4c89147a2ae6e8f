"""The `smtp_server` fixture: a fresh scriptable aiosmtpd per test.

Import it into a conftest (or a test module) to make it available:
    from tests.integration.conftest_smtp import smtp_server_fixture  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.smtp_server import SmtpTestServer


@pytest.fixture(name="smtp_server")
def smtp_server_fixture() -> Iterator[SmtpTestServer]:
    """A running SMTP server on a free loopback port; stopped after the test."""
    server = SmtpTestServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
