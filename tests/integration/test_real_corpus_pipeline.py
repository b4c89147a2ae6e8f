"""Every real-world mail goes through the whole pipeline (parse, decide, store,
render, queue) on a real SQLite database without an unhandled error."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.settings import DatabaseSettings, Settings
from intake.sources.base import SourceMail
from intake.wiring import build_pipeline, open_database
from store.models import Message

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/real is not beside the repo")
def test_every_real_mail_goes_through_the_pipeline(tmp_path: Path) -> None:
    files = sorted(path for path in CORPUS.rglob("*") if path.is_file()
                   and path.suffix not in (".md", ".jsonl"))
    settings = Settings(database=DatabaseSettings(url=f"sqlite:///{tmp_path}/real.db"))
    sessions = open_database(settings)
    pipeline = build_pipeline(settings, sessions, lambda: datetime(2026, 11, 28, tzinfo=UTC))
    started = time.monotonic()
    actions: dict[str, int] = {}
    for path in files:
        outcome = pipeline.handle(SourceMail(key=str(path.relative_to(CORPUS)),
                                             raw=path.read_bytes()))
        actions[outcome.action or "duplicate"] = actions.get(outcome.action or "duplicate", 0) + 1
    seconds = time.monotonic() - started
    with sessions() as session:
        stored = session.scalar(select(func.count()).select_from(Message)
                                .where(Message.direction == "in"))
    print(f"\n{len(files)} real-world files handled in {seconds:.1f} s; "
          f"{stored} stored, actions: {actions}")
    assert stored + actions.get("duplicate", 0) == len(files)
