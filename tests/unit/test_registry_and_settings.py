from __future__ import annotations

from pathlib import Path

import pytest

from intake.config_check import check_settings
from intake.errors import ConfigError
from intake.registry import parse_registry
from intake.settings import load_settings


def test_registry_rows_are_validated_and_nothing_is_guessed() -> None:
    text = (
        "reseller_id,name,domains,contacts\n"
        "R001,NordTele ApS,nordtele.dk;NordTele.com,Mette.Holm@nordtele.dk\n"
        "R002,Broken,not a domain,\n"
        "R003,No contact,,\n"
        "R001,Twice,twice.dk,\n"
    )
    records, problems = parse_registry(text)
    assert [r.reseller_id for r in records] == ["R001"]
    assert records[0].domains == ("nordtele.dk", "nordtele.com")
    assert records[0].contacts == ("mette.holm@nordtele.dk",)
    assert [p.line for p in problems] == [3, 4, 5]


def test_registry_with_wrong_header_is_refused() -> None:
    records, problems = parse_registry("id,name\nR1,x\n")
    assert records == [] and "header" in str(problems[0])


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_environment_overrides_the_file_and_secrets_come_from_files(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("s3cret\n", encoding="utf-8")
    path = write(tmp_path, f'[imap]\nhost = "mail.example.com"\npassword_file = "{secret}"\n'
                           '[mailbox]\nsource = "imap"\n')
    settings = load_settings(path, {"INTAKE_IMAP_PORT": "143", "INTAKE_IMAP_USER": "gdpr"})
    assert (settings.imap.host, settings.imap.port, settings.imap.password) == (
        "mail.example.com", 143, "s3cret")
    assert "s3cret" not in repr(settings)


def test_password_written_in_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="INTAKE_IMAP_PASSWORD"):
        load_settings(write(tmp_path, '[imap]\npassword = "x"\n'), {})


def test_unknown_keys_and_bad_values_say_where(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\[imap\] unknown key 'hots'"):
        load_settings(write(tmp_path, '[imap]\nhots = "x"\n'), {})
    with pytest.raises(ConfigError, match="INTAKE_IMAP_PORT"):
        load_settings(None, {"INTAKE_IMAP_PORT": "many"})


def test_config_check_lists_every_problem() -> None:
    settings = load_settings(None, {
        "INTAKE_MAILBOX_SOURCE": "imap", "INTAKE_IMAP_HOST": "mail.example.com",
        "INTAKE_IMAP_TLS": "plain", "INTAKE_SMTP_TRANSPORT": "smtp",
        "INTAKE_COMPANY_SUPPORT_ADDRESS": "not an address",
    })
    problems = "\n".join(check_settings(settings))
    assert "only allowed for a loopback host" in problems
    assert "[imap] user is empty" in problems
    assert "no password" in problems
    assert "[smtp] host is empty" in problems
    assert "support_address" in problems


def test_default_settings_are_valid() -> None:
    assert check_settings(load_settings(None, {})) == []


def test_web_settings_are_checked() -> None:
    settings = load_settings(None, {"INTAKE_WEB_HOST": "0.0.0.0", "INTAKE_WEB_DIGEST_HOUR": "25",
                                    "INTAKE_WEB_COOKIE_SECURE": "maybe"})
    problems = "\n".join(check_settings(settings))
    assert "cookie_secure must be 'yes' or 'no'" in problems
    assert "reachable from the network" in problems
    assert "digest_hour 25" in problems


def test_outbox_status_filter_is_accepted_in_both_places() -> None:
    from intake.cli import build_parser

    short = build_parser().parse_args(["outbox", "--status", "failed"])
    long = build_parser().parse_args(["outbox", "list", "--status", "failed"])
    assert (short.outbox_status, long.status) == ("failed", "failed")
