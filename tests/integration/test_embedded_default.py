"""The quick start: no servers, the sample Maildir, SQLite and .eml replies on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from store.models import Ticket

REPO = Path(__file__).resolve().parents[2]


def intake(folder: Path, *args: str) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("INTAKE_")}
    result = subprocess.run([sys.executable, "-m", "intake", *args], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_quick_start_processes_the_sample_mail_once(tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    samples = len(list((tmp_path / "examples" / "maildir" / "new").iterdir()))
    intake(tmp_path, "resellers", "import", "examples/resellers.csv")

    output = intake(tmp_path, "run", "--once")
    assert f"copied {samples} sample mails" in output
    assert f"{samples} mails" in output
    assert "WARNING sensitive data removed" in output

    sent = sorted((tmp_path / "intake-data" / "sent" / "new").iterdir())
    replies = [message_from_bytes(path.read_bytes(), policy=policy.default) for path in sent]
    engine = create_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    with Session(engine) as session:
        tickets = session.scalars(select(Ticket)).all()
        references = {ticket.reference for ticket in tickets}
    assert len(replies) == len([t for t in tickets]) >= 4
    for reply in replies:
        assert reply["Auto-Submitted"] == "auto-replied"
        assert any(f"[{ref}]" in reply["Subject"] for ref in references)
    processed = tmp_path / "intake-data" / "inbox" / ".Processed"
    assert len(list((processed / "cur").iterdir()) + list((processed / "new").iterdir())) == samples
    assert b"120384" not in (tmp_path / "intake.db").read_bytes()

    again = intake(tmp_path, "run", "--once")
    assert "0 mails" in again
    assert len(list((tmp_path / "intake-data" / "sent" / "new").iterdir())) == len(sent)
