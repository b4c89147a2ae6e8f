"""End-to-end pipeline throughput and memory: parse, decide, store, render, queue.

Usage: python3 scripts/bench_pipeline.py [--copies N] [--database URL]
Feeds the dev corpus N times (each copy with fresh Message-IDs, so nothing is a
duplicate) through the real pipeline into a temporary SQLite file, then drains the
outbox into memory. Prints mails/s per stage and the peak resident memory.
"""

from __future__ import annotations

import argparse
import re
import resource
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from intake.evaluate import CaptureTransport, import_registry_file
from intake.sender import drain_outbox_sync
from intake.settings import DatabaseSettings, ReplySettings, Settings
from intake.sources.base import SourceMail
from intake.wiring import build_pipeline, open_database
from store.outbox import RetryPolicy

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
MESSAGE_ID = re.compile(rb"^(Message-ID:\s*<)", re.IGNORECASE | re.MULTILINE)


def copies_of(raws: list[bytes], copies: int) -> list[bytes]:
    """The corpus `copies` times; every copy gets its own Message-IDs and bytes."""
    return [MESSAGE_ID.sub(rb"\g<1>copy%d." % n, raw, count=1) + b"\n" * n
            for n in range(copies) for raw in raws]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEV)
    args = parser.parse_args()
    raws = copies_of([p.read_bytes() for p in sorted(args.corpus.glob("*.eml"))], args.copies)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database=DatabaseSettings(url=f"sqlite:///{folder}/bench.db"),
                            replies=ReplySettings(max_per_sender_per_hour=10**9,
                                                  max_per_ticket_per_hour=10**9))
        sessions = open_database(settings)
        import_registry_file(args.corpus, sessions)
        pipeline = build_pipeline(settings, sessions)
        started = time.perf_counter()
        for number, raw in enumerate(raws):
            pipeline.handle(SourceMail(key=f"bench:{number}", raw=raw))
        handled = time.perf_counter() - started
        transport = CaptureTransport()
        started = time.perf_counter()
        result = drain_outbox_sync(sessions, transport, now_fn=lambda: datetime.now(UTC),
                                   policy=RetryPolicy(), batch=500)
        drained = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(raws)} mails ({args.copies} copies of {args.corpus.name})")
    print(f"  pipeline (parse+decide+store+render+queue): {len(raws) / handled:7.1f} mails/s")
    print(
        f"  outbox drain to memory: {result.sent} replies, {result.sent / drained:7.1f} replies/s"
    )
    print(f"  peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
