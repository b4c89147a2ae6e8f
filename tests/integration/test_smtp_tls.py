"""Replies over real TLS: STARTTLS with AUTH, and implicit TLS, against aiosmtpd with a
certificate of the test's own CA; an untrusted certificate keeps the reply queued."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from intake.sources.maildir import MaildirWriter
from tests.integration.smtp_server import ScriptedHandler, free_port
from tests.integration.tls_support import make_certificate
from tests.mailfactory import make_mail

USER, PASSWORD = "persondata", "relay-secret"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def authenticate(_server: Any, _session: Any, _envelope: Any, mechanism: str,
                 data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(), PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*map(str, certificate))
    return context


@pytest.fixture(params=["starttls", "implicit"])
def tls_server(request: pytest.FixtureRequest,
               certificate: tuple[Path, Path]) -> Iterator[tuple[str, int, ScriptedHandler]]:
    handler, port = ScriptedHandler(), free_port()
    context = server_context(certificate)
    if request.param == "starttls":
        controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=context,
                                require_starttls=True, authenticator=authenticate,
                                auth_require_tls=True)
    else:
        controller = Controller(handler, hostname="127.0.0.1", port=port, ssl_context=context,
                                authenticator=authenticate, auth_require_tls=False)
    controller.start()
    try:
        yield request.param, port, handler
    finally:
        controller.stop()


def run_once(folder: Path, mode: str, port: int, ca_file: str) -> str:
    config = folder / "intake.toml"
    config.write_text(f"""
[mailbox]
maildir = "{folder / 'inbox'}"
[smtp]
transport = "smtp"
host = "127.0.0.1"
port = {port}
tls = "{mode}"
user = "{USER}"
ca_file = "{ca_file}"
[database]
url = "sqlite:///{folder / 'intake.db'}"
""", encoding="utf-8")
    registry = folder / "resellers.csv"
    registry.write_text("reseller_id,name,domains,contacts\nR001,NordTele,nordtele.dk,\n")
    env = {**os.environ, "INTAKE_CONFIG": str(config), "INTAKE_SMTP_PASSWORD": PASSWORD}
    for args in (["resellers", "import", str(registry)], ["run", "--once"]):
        result = subprocess.run([sys.executable, "-m", "intake", *args], env=env, cwd=folder,
                                capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def test_reply_goes_out_over_verified_tls_with_auth(
    tmp_path: Path, tls_server: tuple[str, int, ScriptedHandler],
    certificate: tuple[Path, Path],
) -> None:
    mode, port, handler = tls_server
    MaildirWriter(tmp_path / "inbox").deliver(make_mail())
    output = run_once(tmp_path, mode, port, str(certificate[0]))
    assert "1 sent" in output
    assert [mail.recipients for mail in handler.received] == [("mette.holm@nordtele.dk",)]


def test_untrusted_certificate_keeps_the_reply_queued(
    tmp_path: Path, tls_server: tuple[str, int, ScriptedHandler],
) -> None:
    mode, port, handler = tls_server
    MaildirWriter(tmp_path / "inbox").deliver(make_mail())
    output = run_once(tmp_path, mode, port, ca_file="")
    assert "0 sent, 1 retrying" in output
    assert handler.received == []
