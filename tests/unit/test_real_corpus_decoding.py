"""Every real-world mail goes through decoding, automation detection and splitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.automated import detect_automation
from parsers.mime import decode_mail
from parsers.quotes import split_text

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
NOT_MAIL = {"index.jsonl", "SOURCES.md"}


@pytest.mark.skipif(not REAL.is_dir(), reason="real corpus not present")
def test_real_corpus_is_handled() -> None:
    files = sorted(p for p in REAL.rglob("*") if p.is_file() and p.name not in NOT_MAIL)
    automated = 0
    for path in files:
        mail = decode_mail(path.read_bytes())
        for name, value in (("subject", mail.subject), ("from", mail.from_name), *mail.headers):
            assert "\r" not in value and "\n" not in value, (path, name)
        assert "\r" not in mail.body, path
        automated += detect_automation(mail) is not None
        split_text(mail.body)
    print(f"real corpus: {len(files)} files handled, {automated} taken as automated")
    assert len(files) > 1000
