"""Shared set-up for the triage tests: a configured deployment with real tickets.

Tickets are made the real way: mails go through the real pipeline into a fresh
SQLite database. The CLI runs as a subprocess, as an operator would run it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from intake.pipeline import Outcome
from intake.settings import Settings, load_settings
from intake.sources.base import SourceMail
from intake.wiring import build_pipeline, open_database
from store.database import transaction
from store.resellers import ResellerRecord, import_resellers
from store.users import add_user
from tests.mailfactory import make_mail

PASSWORD = "correct horse battery"
SCRIPT_BODY = ("Hej\n\n<script>window.__pwned = 1; alert('x')</script>"
               "<img src=x onerror=\"window.__pwned = 2\">\n"
               "Slet venligst Ole Bjerg, lokal 812.\n\nMvh\nMette")

MAILS = {
    "erasure": make_mail(),
    "access": make_mail(sender="Sofie Winther <sofie@cloudtale.com>", subject="Access request",
                        body="Hello,\n\nPlease give us access to the data about Mark Ellis, "
                             "ext. 118.\n\nBest regards\nSofie"),
    "stranger": make_mail(sender="Thomas Riis <thomas.riis@gmail.com>", subject="Mine data",
                          body="Hej\n\nJeg vil gerne have indsigt i mine data.\n\nMvh\nThomas"),
    "script": make_mail(subject="Sletning <b>bold</b>", body=SCRIPT_BODY),
}


class Deployment:
    """A folder with intake.toml, a SQLite database, resellers, users and tickets."""

    def __init__(self, folder: Path, smtp_port: int | None = None) -> None:
        self.folder = folder
        self.database = folder / "intake.db"
        self.config = folder / "intake.toml"
        for part in ("new", "cur", "tmp"):  # an empty mailbox of our own (no sample copied)
            (folder / "inbox" / part).mkdir(parents=True, exist_ok=True)
        smtp = (f'transport = "smtp"\nhost = "127.0.0.1"\nport = {smtp_port}\ntls = "plain"\n'
                "retry_base_seconds = 0.01\nretry_max_seconds = 0.01\n" if smtp_port
                else f'transport = "maildir"\noutbox_maildir = "{folder / "sent"}"\n')
        self.config.write_text(
            f'[mailbox]\nsource = "maildir"\nmaildir = "{folder / "inbox"}"\n'
            f'sample_maildir = ""\n\n[smtp]\n{smtp}\n'
            f'[database]\nurl = "sqlite:///{self.database}"\n', encoding="utf-8")
        self.env = {**{k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")},
                    "INTAKE_CONFIG": str(self.config),
                    "INTAKE_WEB_SECRET_KEY": "test-secret-key-" + "x" * 32}
        self.settings: Settings = load_settings(self.config, {})
        self.sessions: sessionmaker[Session] = open_database(self.settings)
        with transaction(self.sessions) as session:
            import_resellers(session, [
                ResellerRecord("R001", "NordTele ApS", ("nordtele.dk",), ()),
                ResellerRecord("R002", "CloudTale ApS", ("cloudtale.com",), ()),
            ])

    def feed(self, *mails: bytes) -> list[Outcome]:
        pipeline = build_pipeline(self.settings, self.sessions)
        return [pipeline.handle(SourceMail(f"test:{index}", raw))
                for index, raw in enumerate(mails)]

    def feed_samples(self) -> dict[str, str]:
        """The sample mails as tickets: name -> ticket reference."""
        outcomes = self.feed(*MAILS.values())
        return {name: outcome.ticket_ref or "" for name, outcome in
                zip(MAILS, outcomes, strict=True)}

    def add_user(self, name: str, role: str = "agent") -> None:
        with transaction(self.sessions) as session:
            add_user(session, name, PASSWORD, role=role, now=datetime.now(UTC))

    def intake(self, *args: str, stdin: str | None = None,
               expect: int = 0) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "intake", *args], env=self.env,
                                cwd=self.folder, capture_output=True, text=True, input=stdin,
                                timeout=120, check=False)
        assert result.returncode == expect, (
            f"intake {' '.join(args)} -> {result.returncode}:\n{result.stdout}\n{result.stderr}")
        return result

    def spawn(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "intake", *args], env=self.env,
                                cwd=self.folder, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
