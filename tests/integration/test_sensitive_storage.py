"""Issue 4's proof: after the whole dev corpus went through the real pipeline, not one
labelled sensitive text is in the database file or in a reply that was sent."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.evaluate import CaptureTransport, CorpusClock, import_registry_file
from intake.sender import drain_outbox_sync
from intake.settings import DatabaseSettings, Settings
from intake.sources.base import SourceMail
from intake.wiring import build_pipeline, open_database
from store.outbox import RetryPolicy

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


def byte_forms(text: str) -> list[bytes]:
    """How a text can sit in SQLite: UTF-8 in TEXT columns, escaped inside JSON."""
    return [text.encode("utf-8"), json.dumps(text)[1:-1].encode("ascii")]


def occurs(text: str, haystack: bytes) -> bool:
    """Short texts (a PIN) only count as a whole token, not inside a hash or an id."""
    for form in byte_forms(text):
        if len(text) >= 6:
            if form in haystack:
                return True
        elif re.search(rb"(?<![0-9A-Za-z])" + re.escape(form) + rb"(?![0-9A-Za-z])", haystack):
            return True
    return False


@pytest.mark.skipif(not DEV.is_dir(), reason="shared/corpus/dev is not beside the repo")
def test_no_labelled_sensitive_text_reaches_storage_or_replies(tmp_path: Path) -> None:
    database = tmp_path / "dev.db"
    settings = Settings(database=DatabaseSettings(url=f"sqlite:///{database}"))
    sessions = open_database(settings)
    import_registry_file(DEV, sessions)
    clock = CorpusClock()
    pipeline = build_pipeline(settings, sessions, clock)
    for path in sorted(DEV.glob("*.eml")):
        raw = path.read_bytes()
        clock.follow(raw)
        pipeline.handle(SourceMail(key=path.name, raw=raw))
    transport = CaptureTransport()
    result = drain_outbox_sync(sessions, transport, now_fn=lambda: datetime.now(UTC),
                               policy=RetryPolicy(), batch=1000)
    assert result.sent > 100
    sessions.kw["bind"].dispose()  # close connections; the WAL file is read as well

    stored = b"".join(p.read_bytes() for p in tmp_path.glob("dev.db*"))
    replies = b"\n".join(transport.sent.values())
    labels = [json.loads(line) for line in (DEV / "labels.jsonl").read_text().splitlines()]
    texts = [(row["file"], item["text"]) for row in labels for item in row["sensitive"]]
    assert len(texts) >= 40
    leaks = [(name, text) for name, text in texts if occurs(text, stored) or occurs(text, replies)]
    print(f"\n{len(texts)} labelled sensitive texts searched in {len(stored):,} bytes of "
          f"database and {len(transport.sent)} replies: {len(leaks)} found")
    assert leaks == []
