"""The IMAP source over real TLS: Dovecot with a certificate of the test's own, reached
with STARTTLS and with implicit TLS; an untrusted certificate is refused before login."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intake.sources.imap import ImapConfig, ImapSource, SourceError
from tests.integration.dovecot import DovecotServer
from tests.integration.tls_support import make_certificate
from tests.mailfactory import make_mail


@pytest.fixture(scope="module")
def tls_dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DovecotServer]:
    server = DovecotServer(tls_files=make_certificate(tmp_path_factory.mktemp("imap-tls")))
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


def config(server: DovecotServer, mode: str, user: str, ca_file: str) -> ImapConfig:
    port = server.imaps_port if mode == "implicit" else server.port
    return ImapConfig(host=server.host, port=port, tls_mode=mode,  # type: ignore[arg-type]
                      user=user, password=server.password, ca_file=ca_file)


@pytest.mark.parametrize("mode", ["starttls", "implicit"])
def test_mail_is_fetched_over_verified_tls(tls_dovecot: DovecotServer, mailbox_user: str,
                                           mode: str) -> None:
    assert tls_dovecot.tls_files is not None
    tls_dovecot.append(mailbox_user, make_mail(subject=f"over {mode}"))
    source = ImapSource(config(tls_dovecot, mode, mailbox_user, str(tls_dovecot.tls_files[0])))
    try:
        mails = list(source.fetch_new())
        assert len(mails) == 1 and f"over {mode}".encode() in mails[0].raw
        source.mark_processed(mails[0].key)
    finally:
        source.close()
    assert tls_dovecot.messages(mailbox_user, "INBOX") == []


@pytest.mark.parametrize("mode", ["starttls", "implicit"])
def test_untrusted_certificate_is_refused(tls_dovecot: DovecotServer, mailbox_user: str,
                                          mode: str) -> None:
    source = ImapSource(config(tls_dovecot, mode, mailbox_user, ca_file=""))
    with pytest.raises(SourceError, match="(?i)certificate"):
        list(source.fetch_new())
    source.close()
